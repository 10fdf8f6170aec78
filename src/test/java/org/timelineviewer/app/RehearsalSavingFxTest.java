package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.presentation.Presentation;
import org.timelineviewer.presentation.TestClock;
import org.timelineviewer.presentation.ViewerState;
import org.timelineviewer.story.StoryMode;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.UiFixture;

/**
 * Rehearse, save, open again: a rehearsal of the UI fixture's story with a test clock, its times
 * written into the open file at the presenter's yes, read back as the steps' targets, and the
 * next presentation counting down by them.
 */
@ExtendWith(ApplicationExtension.class)
class RehearsalSavingFxTest {

    @TempDir
    Path folder;

    private Stage stage;
    private final TestClock clock = new TestClock(java.time.Instant.parse("2025-03-01T01:02:03Z"), java.time.ZoneId.of("UTC"));
    private final List<Path> openedCopies = new CopyOnWriteArrayList<>();
    private ViewerState state;
    private StoryMode mode;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("main window"), 800, 600));
        stage.show();
    }

    private void wire(Timeline timeline, Path file) {
        FxWait.run(() -> {
            state = new ViewerState(timeline, Language.EN);
            if (file != null) {
                state.open(timeline, file);
            }
            RehearsalSaving saving = new RehearsalSaving(state, openedCopies::add);
            saving.setOwner(stage);
            mode = new StoryMode(clock, false);
            mode.setOnRehearsed(saving::offer);
        });
    }

    /** Rehearses the first story: 40 s on step 1, 25 + 10 s on step 2, 5 s on step 4 (a pause of 5 min between), then Esc. */
    private void rehearse(FxRobot robot) {
        FxWait.run(() -> mode.rehearse(state.getTimeline(), state.getTimeline().stories().get(0), Language.EN, stage));
        Presentation p = FxWait.call(mode::presentation);
        FxWait.run(p::advance);
        clock.advance(Duration.ofSeconds(40));
        FxWait.run(p::advance);
        clock.advance(Duration.ofSeconds(25));
        FxWait.run(p::toggleTimer);
        clock.advance(Duration.ofMinutes(5));
        FxWait.run(p::toggleTimer);
        FxWait.run(p::goBack);
        FxWait.run(p::advance);
        clock.advance(Duration.ofSeconds(10));
        FxWait.run(() -> p.goToStep(4));
        clock.advance(Duration.ofSeconds(5));
        FxWait.run(p::last);
        FxWait.run(p::advance); // the end slide
        clock.advance(Duration.ofSeconds(30));
        FxWait.keys(KeyCode.ESCAPE);
        FxWait.until("the rehearsal ended and its times are offered", () -> !mode.isRunning()
                && robot.lookup("#rehearsal-dialog").tryQuery().isPresent());
    }

    private static DialogPane dialog(FxRobot robot) {
        return robot.lookup("#rehearsal-dialog").queryAs(DialogPane.class);
    }

    private static List<String> buttons(FxRobot robot) {
        return FxWait.call(() -> dialog(robot).getButtonTypes().stream().map(ButtonType::getText).toList());
    }

    private static void press(FxRobot robot, String text) {
        DialogPane pane = dialog(robot);
        ButtonType type = FxWait.call(() -> pane.getButtonTypes().stream().filter(b -> b.getText().equals(text)).findFirst().orElseThrow());
        robot.clickOn((Button) FxWait.call(() -> pane.lookupButton(type)));
        FxWait.until("the dialog closed", () -> robot.lookup("#rehearsal-dialog").tryQuery().isEmpty());
    }

    @Test
    void theTimesSavedIntoTheOpenFileLoadBackAsTargetsAndTheCountdownUsesThem(FxRobot robot) throws Exception {
        Path file = folder.resolve("talk.timeline");
        Files.copy(UiFixture.PATH, file);
        Timeline before = new TimelineFileReader().read(file);
        wire(before, file);

        rehearse(robot);
        Story story = before.stories().get(0);
        String title2 = story.steps().get(1).event().title().en();
        assertThat(FxWait.call(() -> dialog(robot).getHeaderText())).isEqualTo("Rehearsal of “Fixture tour”: 1:20 in all");
        assertThat(FxWait.call(() -> robot.lookup("#rehearsal-times").queryAs(TextArea.class).getText()))
                .contains("1.  " + story.steps().get(0).event().title().en() + " — 0:40", "2.  " + title2 + " — 0:35",
                        "3.  " + story.steps().get(2).event().title().en() + " — not shown");
        assertThat(FxWait.call(() -> robot.lookup("#rehearsal-question").queryAs(Label.class).getText()))
                .startsWith("Write these times into talk.timeline as the steps’ target times (a step not shown keeps its own)?");
        assertThat(buttons(robot)).containsExactly("Save", "Save as…", "Don’t save");
        assertThat(Files.readString(file)).as("nothing written before the yes").doesNotContain("\"target\"");

        press(robot, "Save");
        Timeline after = new TimelineFileReader().read(file);
        assertThat(after.stories().get(0).steps()).extracting(Story.Step::target).containsExactly(
                Duration.ofSeconds(40), Duration.ofSeconds(35), null, Duration.ofSeconds(5), null, null);
        assertThat(after.events()).as("everything else as it was").containsExactlyElementsOf(before.events());
        assertThat(after.categories()).containsExactlyElementsOf(before.categories());
        assertThat(after.eras()).containsExactlyElementsOf(before.eras());
        assertThat(after.sources()).containsExactlyElementsOf(before.sources());
        assertThat(after.stories().get(0).steps()).extracting(Story.Step::notes)
                .containsExactlyElementsOf(story.steps().stream().map(Story.Step::notes).toList());
        assertThat(FxWait.call(() -> state.getTimeline().stories().get(0))).isEqualTo(after.stories().get(0));
        assertThat(FxWait.call(() -> state.noticeProperty().get())).isEqualTo("Saved the rehearsal’s times in talk.timeline");
        assertThat(openedCopies).isEmpty();

        // The next talk counts down by the targets: 40 + 35 + 5 s, and 3 steps at their average (26.7, to the second 27 s).
        FxWait.run(() -> mode.start(after, after.stories().get(0), Language.EN, stage));
        Presentation next = FxWait.call(mode::presentation);
        assertThat(next.pace().orElseThrow().length()).isEqualTo(Duration.ofSeconds(161));
        assertThat(next.paceReading().orElseThrow().left()).isEqualTo(Duration.ofSeconds(161));
        FxWait.run(mode::end);
        assertThat(robot.lookup("#rehearsal-dialog").tryQuery()).as("a talk, not a rehearsal: nothing offered").isEmpty();
    }

    @Test
    void theBundledTimelineIsOnlyOfferedACopyAndNothingIsWrittenWithoutAYes(FxRobot robot) throws Exception {
        Timeline fixture = UiFixture.timeline();
        wire(fixture, null);

        rehearse(robot);
        assertThat(FxWait.call(() -> robot.lookup("#rehearsal-question").queryAs(Label.class).getText()))
                .startsWith("Save a copy of the timeline with these times");
        assertThat(buttons(robot)).containsExactly("Save as…", "Don’t save");

        press(robot, "Don’t save");
        assertThat(FxWait.call(() -> state.getTimeline())).isSameAs(fixture);
        assertThat(FxWait.call(() -> state.noticeProperty().get())).isEmpty();
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
