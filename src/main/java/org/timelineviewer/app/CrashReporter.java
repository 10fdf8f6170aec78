package org.timelineviewer.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.timelineviewer.i18n.Messages;

/**
 * Catches what nothing else caught: logs it, and tells the person in their language what
 * happened, where the log is, and lets them copy the details, while the app keeps running.
 * One dialog at a time: a burst of errors does not bury the window in dialogs.
 */
public final class CrashReporter implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(CrashReporter.class.getName());

    private final Supplier<Messages> messages;
    private final Supplier<Window> owner;
    private final Supplier<java.util.Optional<Path>> logFile;
    private final java.util.function.Consumer<Alert> present;
    private boolean showing;

    public CrashReporter(Supplier<Messages> messages, Supplier<Window> owner, Supplier<java.util.Optional<Path>> logFile) {
        this(messages, owner, logFile, Alert::showAndWait);
    }

    /** With {@code present} showing the dialog (tests record it instead of waiting on it). */
    CrashReporter(Supplier<Messages> messages, Supplier<Window> owner, Supplier<java.util.Optional<Path>> logFile,
                  java.util.function.Consumer<Alert> present) {
        this.messages = messages;
        this.owner = owner;
        this.logFile = logFile;
        this.present = present;
    }

    /** Becomes the handler of every thread, the JavaFX thread included. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "uncaught on " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            try {
                Platform.runLater(() -> show(error));
            } catch (IllegalStateException toolkitGone) {
                // the window is closed already: the log has it
            }
        }
    }

    private void show(Throwable error) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            Alert alert = dialog(error, messages.get(), logFile.get().orElse(null));
            Window window = owner.get();
            if (window != null && window.isShowing()) {
                alert.initOwner(window);
            }
            present.accept(alert);
        } finally {
            showing = false;
        }
    }

    /**
     * Tells the person that the app could not start (on the FX thread; returns once the dialog is
     * closed). The caller has logged the error and ends the app afterwards.
     */
    public void startFailed(Throwable error) {
        Alert alert = dialog(error, messages.get(), logFile.get().orElse(null), "crash.start.header", "crash.start.body");
        alert.getDialogPane().setId("start-failed-dialog");
        present.accept(alert);
    }

    /** The dialog for {@code error}: explanation, log location, details to copy. */
    static Alert dialog(Throwable error, Messages m, Path logFile) {
        return dialog(error, m, logFile, "crash.header", "crash.body");
    }

    private static Alert dialog(Throwable error, Messages m, Path logFile, String header, String body) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(m.get("crash.title"));
        alert.setHeaderText(m.get(header));
        String where = logFile == null ? m.get("crash.log.none") : m.format("crash.log", logFile.toString());
        alert.setContentText(m.get(body) + "\n\n" + where);
        String details = details(error);
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefRowCount(14);
        text.setId("crash-details");
        alert.getDialogPane().setExpandableContent(text);
        alert.getDialogPane().setId("crash-dialog");
        ButtonType copy = new ButtonType(m.get("crash.copy"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.OK);
        // Copying keeps the dialog open.
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        });
        return alert;
    }

    static String details(Throwable error) {
        StringWriter out = new StringWriter();
        out.append("Timeline Viewer, Java ").append(System.getProperty("java.version"))
                .append(", JavaFX ").append(System.getProperty("javafx.runtime.version", "?"))
                .append(", ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(System.lineSeparator());
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
