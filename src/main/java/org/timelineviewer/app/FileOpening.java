package org.timelineviewer.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.timelineviewer.export.ExportException;
import org.timelineviewer.export.SafeFiles;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.io.ImportReport;
import org.timelineviewer.io.Opened;
import org.timelineviewer.io.TimelineLoadException;
import org.timelineviewer.io.TimelineWriter;
import org.timelineviewer.presentation.RecentFiles;
import org.timelineviewer.presentation.ViewerState;

/**
 * Opening timelines as any desktop program does: Open… (a chooser that remembers its folder and
 * offers every format), a file dropped on the window or chosen from Open Recent, the command line
 * or a second start; Reload; following the open file as another program saves it; Save as
 * timeline…. Files are read off the FX thread; a file that cannot be used leaves the timeline on
 * screen as it was and says why, in the user's language, at each problem's place.
 */
final class FileOpening {

    private static final Logger LOG = Logger.getLogger(FileOpening.class.getName());

    private final ViewerState state;
    private final RecentFiles recent;
    private final TimelineSource source;
    private final Executor reading;
    private final FileFollower follower;
    private Window owner;
    private Path folder;

    /**
     * @param reading where files are read (a thread of their own: never the FX thread)
     * @param folder  where the chooser opens first (the folder of the last file opened), if known
     */
    FileOpening(ViewerState state, RecentFiles recent, TimelineSource source, Executor reading, Optional<Path> folder) {
        this.state = state;
        this.recent = recent;
        this.source = source;
        this.reading = reading;
        this.folder = folder.orElse(null);
        this.follower = new FileFollower(this::changedOnDisk);
    }

    /** The window dialogs belong to. */
    void setOwner(Window window) {
        owner = window;
    }

    /** The folder the chooser last opened in. */
    Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** Open…: asks which file, then opens it. */
    void choose() {
        Messages m = state.getMessages();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("file.chooser.open"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("file.filter.all"), "*.timeline", "*.json", "*.csv", "*.tsv", "*.mw",
                        "*.markwhen"),
                new FileChooser.ExtensionFilter(m.get("file.filter.own"), "*.timeline"),
                new FileChooser.ExtensionFilter(m.get("file.filter.timelinejs"), "*.json"),
                new FileChooser.ExtensionFilter(m.get("file.filter.sheet"), "*.csv", "*.tsv"),
                new FileChooser.ExtensionFilter(m.get("file.filter.markwhen"), "*.mw", "*.markwhen"),
                new FileChooser.ExtensionFilter(m.get("file.filter.any"), "*"));
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            open(file.toPath());
        }
    }

    /** Opens {@code file} (read off the FX thread); the future completes once it shows, or failed. */
    CompletableFuture<Boolean> open(Path file) {
        Path path = file.toAbsolutePath().normalize();
        return CompletableFuture.supplyAsync(() -> read(path), reading).thenApplyAsync(result -> {
            if (result.opened != null) {
                shown(path, result.opened);
                return true;
            }
            showProblems(result.failure, false);
            return false;
        }, Platform::runLater);
    }

    /** Shows a file opened at start-up (already read): follows it, and reports its import. */
    void openedAtStart(Path file, ImportReport report) {
        recent.add(file);
        folder = file.getParent();
        follower.follow(file);
        if (report.format().isForeign()) {
            showReport(file, report);
        }
    }

    /** Open the bundled timeline. */
    void openBundled() {
        try {
            follower.stop();
            state.open(source.bundled(), null);
        } catch (TimelineLoadException e) {
            showProblems(e, false);
        }
    }

    /** Reload: the open file again (the view and the selection stay). */
    CompletableFuture<Boolean> reload() {
        Path file = state.getFile();
        if (file == null) {
            return CompletableFuture.completedFuture(false);
        }
        return CompletableFuture.supplyAsync(() -> read(file), reading).thenApplyAsync(result -> {
            if (result.opened == null) {
                showProblems(result.failure, false);
                return false;
            }
            state.reload(result.opened.timeline());
            return true;
        }, Platform::runLater);
    }

    /** Save as timeline…: this app's format, written whole or not at all. */
    void saveAs() {
        Messages m = state.getMessages();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("file.chooser.save"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("file.filter.own"), "*.timeline"));
        String name = state.getFile() == null ? "timeline" : String.valueOf(state.getFile().getFileName());
        chooser.setInitialFileName((name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name) + ".timeline");
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            save(file.toPath());
        }
    }

    /** Writes the timeline shown to {@code file} in this app's format. */
    void save(Path file) {
        Messages m = state.getMessages();
        try {
            TimelineWriter writer = new TimelineWriter();
            var timeline = state.getTimeline();
            SafeFiles.write(file, out -> writer.write(timeline, out));
            state.showNotice(m.format("file.saved", String.valueOf(file.getFileName())));
        } catch (ExportException e) {
            SaveFailedAlert.show(owner, m, e);
        }
    }

    /** Stops following the open file (when the window closes). */
    void close() {
        follower.stop();
    }

    /** What reading a file gave: the timeline, or why not. */
    private record Result(Opened opened, TimelineLoadException failure) {
    }

    private Result read(Path file) {
        try {
            return new Result(source.open(file), null);
        } catch (TimelineLoadException e) {
            return new Result(null, e);
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.log(Level.WARNING, "could not open " + file, e);
            return new Result(null, new TimelineLoadException(file.toString(), List.of(org.timelineviewer.io.Problem.keyed(
                    "", 0, 0, "import.problem.unreadable", file.toString(), String.valueOf(e.getMessage())))));
        }
    }

    private void shown(Path file, Opened opened) {
        state.open(opened.timeline(), file);
        recent.add(file);
        folder = file.getParent();
        follower.follow(file);
        if (opened.report().format().isForeign()) {
            showReport(file, opened.report());
        }
    }

    /** The open file changed on disk (saved by another program): read it again, keep the view. */
    private void changedOnDisk(Path file) {
        Result result = read(file);
        Platform.runLater(() -> {
            if (!file.equals(state.getFile())) {
                return; // another file was opened meanwhile
            }
            if (result.opened != null) {
                state.reload(result.opened.timeline());
            } else {
                state.showFileProblems(result.failure.problems()); // the last good timeline stays
            }
        });
    }

    /** What the import kept and what it did not (non-modal), with Save as timeline… at hand. */
    private void showReport(Path file, ImportReport report) {
        Messages m = state.getMessages();
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initModality(Modality.NONE);
        alert.initOwner(owner);
        alert.setTitle(m.get("import.title"));
        alert.setHeaderText(m.format("import.header", String.valueOf(file.getFileName()), report.summary(m)));
        TextArea notes = new TextArea(report.notes().stream().map(n -> "•  " + n.text(m)).collect(Collectors.joining("\n")));
        notes.setEditable(false);
        notes.setWrapText(true);
        notes.setPrefRowCount(Math.min(14, report.notes().size() * 2 + 1));
        notes.setPrefColumnCount(60);
        notes.setId("import-notes");
        alert.getDialogPane().setContent(notes);
        alert.getDialogPane().setId("import-report");
        ButtonType save = new ButtonType(m.get("file.saveAs"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(save, ButtonType.OK);
        alert.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            saveAs();
        });
        alert.show();
    }

    /**
     * Why a file did not open, every problem at its place, in plain words. {@code atStart}: the
     * bundled timeline is shown instead; otherwise the timeline that was open stays.
     */
    void showProblems(TimelineLoadException failure, boolean atStart) {
        LOG.log(Level.WARNING, failure.getMessage());
        Messages m = state.getMessages();
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initModality(Modality.NONE);
        alert.initOwner(owner);
        alert.setTitle(m.get("error.load.title"));
        alert.setHeaderText(m.format(atStart ? "error.load.header" : "error.load.header.kept",
                shortName(failure.fileName()), failure.problems().size()));
        TextArea text = new TextArea(failure.problems().stream().map(p -> p.describe(m)).collect(Collectors.joining("\n")));
        text.setEditable(false);
        text.setWrapText(true);
        text.setId("load-problems");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("load-problems-dialog");
        alert.show();
    }

    private static String shortName(String file) {
        try {
            Path p = Path.of(file);
            return p.getFileName() == null ? file : p.getFileName().toString();
        } catch (java.nio.file.InvalidPathException e) {
            return file;
        }
    }
}
