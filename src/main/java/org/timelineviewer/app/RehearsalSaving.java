package org.timelineviewer.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.timelineviewer.export.ExportException;
import org.timelineviewer.export.SafeFiles;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.io.TimelineLoadException;
import org.timelineviewer.io.TimelineWriter;
import org.timelineviewer.model.MinutesSeconds;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.presentation.StoryTargets;
import org.timelineviewer.presentation.ViewerState;

/**
 * When a rehearsal ends: shows each step's time and offers to keep them as the story's target
 * times — written into the open file when it is one of this app's own and can be written (the
 * file as it is on disk now, with only those targets changed, replaced whole or not at all), or
 * into a copy chosen with Save as… (the bundled timeline, a file from another tool), which is
 * then opened. Nothing is written without the presenter's yes.
 */
final class RehearsalSaving {

    private static final Logger LOG = Logger.getLogger(RehearsalSaving.class.getName());

    private final ViewerState state;
    private final Consumer<Path> openCopy;
    private Window owner;

    /** @param openCopy opens a copy saved with Save as… (so that its targets are in use) */
    RehearsalSaving(ViewerState state, Consumer<Path> openCopy) {
        this.state = state;
        this.openCopy = openCopy;
    }

    void setOwner(Window window) {
        owner = window;
    }

    /** Offers to keep {@code times} (one per step of {@code story}, to the second) as its target times. */
    void offer(Story story, List<Duration> times) {
        if (times.stream().allMatch(Duration::isZero)) {
            return; // no step was shown long enough to time
        }
        Messages m = state.getMessages();
        Path file = state.getFile();
        boolean inPlace = writable(file) && StoryTargets.apply(state.getTimeline(), story, times).isPresent();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.initModality(Modality.WINDOW_MODAL);
        alert.setTitle(m.get("rehearsal.title"));
        Duration total = times.stream().reduce(Duration.ZERO, Duration::plus);
        alert.setHeaderText(m.format("rehearsal.header", story.title().in(m.language()), MinutesSeconds.format(total)));
        TextArea list = new TextArea(stepTimes(m, story, times));
        list.setId("rehearsal-times");
        list.setEditable(false);
        list.setPrefRowCount(Math.min(12, times.size()));
        list.setPrefColumnCount(50);
        Label question = new Label(inPlace ? m.format("rehearsal.question.file", String.valueOf(file.getFileName()))
                : m.get("rehearsal.question.copy"));
        question.setWrapText(true);
        question.setId("rehearsal-question");
        alert.getDialogPane().setContent(new VBox(10, list, question));
        alert.getDialogPane().setId("rehearsal-dialog");
        ButtonType save = new ButtonType(m.get("rehearsal.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType saveAs = new ButtonType(m.get("rehearsal.saveAs"), ButtonBar.ButtonData.OTHER);
        ButtonType discard = new ButtonType(m.get("rehearsal.discard"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(inPlace ? List.of(save, saveAs, discard) : List.of(saveAs, discard));
        alert.setOnHidden(e -> {
            ButtonType answer = alert.getResult();
            if (answer == save) {
                saveInto(file, story, times);
            } else if (answer == saveAs) {
                saveAs(story, times);
            }
        });
        alert.show();
    }

    private static String stepTimes(Messages m, Story story, List<Duration> times) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < times.size(); i++) {
            Duration d = times.get(i);
            text.append(i == 0 ? "" : "\n").append(m.format("rehearsal.step", i + 1,
                    story.steps().get(i).event().title().in(m.language()),
                    d.isZero() ? m.get("rehearsal.notShown") : MinutesSeconds.format(d)));
        }
        return text.toString();
    }

    /** A file of this app's own format that may be written. */
    private static boolean writable(Path file) {
        return file != null && String.valueOf(file.getFileName()).endsWith(".timeline") && Files.isWritable(file);
    }

    /**
     * Into the open file as it is on disk now (it may have been edited since it was opened); when
     * it no longer reads or no longer has the story as rehearsed, into a copy instead.
     */
    void saveInto(Path file, Story story, List<Duration> times) {
        Timeline onDisk;
        try {
            onDisk = new TimelineFileReader().read(file);
        } catch (TimelineLoadException e) {
            LOG.info("the rehearsal's times go into a copy: " + file + " no longer reads");
            saveAs(story, times);
            return;
        }
        Optional<Timeline> updated = StoryTargets.apply(onDisk, story, times);
        if (updated.isEmpty()) {
            LOG.info("the rehearsal's times go into a copy: the story changed in " + file);
            saveAs(story, times);
        } else if (write(file, updated.get())) {
            state.reload(updated.get());
        }
    }

    private void saveAs(Story story, List<Duration> times) {
        Optional<Timeline> updated = StoryTargets.apply(state.getTimeline(), story, times);
        if (updated.isEmpty()) {
            return; // the story is not the timeline's own (every event, or the events shown)
        }
        Messages m = state.getMessages();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("file.chooser.save"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("file.filter.own"), "*.timeline"));
        chooser.setInitialFileName(story.id() + ".timeline");
        Path open = state.getFile();
        if (open != null && open.getParent() != null && Files.isDirectory(open.getParent())) {
            chooser.setInitialDirectory(open.getParent().toFile());
        }
        File chosen = chooser.showSaveDialog(owner); // the chooser asks before replacing a file
        if (chosen != null && write(chosen.toPath(), updated.get())) {
            openCopy.accept(chosen.toPath());
        }
    }

    private boolean write(Path file, Timeline timeline) {
        Messages m = state.getMessages();
        try {
            TimelineWriter writer = new TimelineWriter();
            SafeFiles.write(file, out -> writer.write(timeline, out));
            state.showNotice(m.format("rehearsal.saved", String.valueOf(file.getFileName())));
            return true;
        } catch (ExportException e) {
            SaveFailedAlert.show(owner, m, e);
            return false;
        }
    }
}
