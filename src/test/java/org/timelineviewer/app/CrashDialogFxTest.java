package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;

/** The dialog for an unexpected error: explanation in the user's language, the log, copyable details. */
@ExtendWith(ApplicationExtension.class)
class CrashDialogFxTest extends FxRobot {

    private final Path log = Path.of("/home/someone/.local/state/timeline-viewer/logs/timeline-viewer-0.log");

    @Test
    void explainsInEnglishAndNamesTheLog() {
        Alert[] alert = new Alert[1];
        interact(() -> alert[0] = CrashReporter.dialog(new IllegalStateException("the flux capacitor"),
                Messages.of(Language.EN), log));
        assertThat(alert[0].getTitle()).isEqualTo("Something went wrong");
        assertThat(alert[0].getHeaderText()).contains("carried on");
        assertThat(alert[0].getContentText()).contains(log.toString());
        TextArea details = (TextArea) alert[0].getDialogPane().getExpandableContent();
        assertThat(details.getText()).contains("IllegalStateException: the flux capacitor", "Java ");
    }

    @Test
    void explainsInChinese() {
        Alert[] alert = new Alert[1];
        interact(() -> alert[0] = CrashReporter.dialog(new RuntimeException("x"), Messages.of(Language.ZH), log));
        assertThat(alert[0].getTitle()).isEqualTo("出现了问题");
        assertThat(alert[0].getContentText()).contains("日志位于", log.toString());
        assertThat(alert[0].getButtonTypes()).extracting(ButtonType::getText).contains("复制详细信息");
    }

    @Test
    void withoutALogFileItSaysSo() {
        Alert[] alert = new Alert[1];
        interact(() -> alert[0] = CrashReporter.dialog(new RuntimeException("x"), Messages.of(Language.EN), null));
        assertThat(alert[0].getContentText()).contains("No log file");
    }

    @Test
    void copyDetailsPutsThemOnTheClipboardAndKeepsTheDialogOpen() {
        Alert[] alert = new Alert[1];
        interact(() -> {
            alert[0] = CrashReporter.dialog(new IllegalArgumentException("copy me"), Messages.of(Language.EN), log);
            alert[0].show();
        });
        ButtonType copy = alert[0].getButtonTypes().stream().filter(b -> b.getText().equals("Copy details"))
                .findFirst().orElseThrow();
        interact(() -> ((Button) alert[0].getDialogPane().lookupButton(copy)).fire());
        String[] clip = new String[1];
        interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        assertThat(clip[0]).contains("IllegalArgumentException: copy me");
        assertThat(alert[0].isShowing()).isTrue();
        interact(() -> alert[0].close());
    }

    @Test
    void anErrorOnAnyThreadIsLoggedAndShownWhileTheAppKeepsRunning() throws Exception {
        java.util.List<Alert> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<java.util.logging.LogRecord> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger.getLogger(CrashReporter.class.getName()).addHandler(capture);
        CrashReporter reporter = new CrashReporter(() -> Messages.of(Language.EN), () -> null, java.util.Optional::empty, shown::add);
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("from a worker");
        }, "worker");
        worker.setUncaughtExceptionHandler(reporter);
        worker.start();
        worker.join();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown).hasSize(1);
        assertThat(((TextArea) shown.get(0).getDialogPane().getExpandableContent()).getText()).contains("from a worker");
        assertThat(logged).anySatisfy(r -> assertThat(r.getThrown()).hasMessage("from a worker"));
        boolean[] stillRunning = new boolean[1];
        interact(() -> stillRunning[0] = true);
        assertThat(stillRunning[0]).isTrue();
        java.util.logging.Logger.getLogger(CrashReporter.class.getName()).removeHandler(capture);
    }
}
