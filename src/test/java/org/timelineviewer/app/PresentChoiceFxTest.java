package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.presentation.ShownEventsStory;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.UiFixture;

/** The menu beside the Present button: a story of the file's, every event, or the events shown. */
class PresentChoiceFxTest extends FxAppTest {

    @TempDir
    Path folder;

    @Test
    void theMenuOffersTheFilesStoryEveryEventAndTheEventsShown() {
        assertThat(itemTexts()).containsExactly("Story: Fixture tour (6 steps)", null,
                "All events (15)", "The events shown now (15)", null, "Rehearse", "Talk length");
    }

    @Test
    void rehearseStartsARehearsalOfTheStoryChosen() {
        clickOn("#present-choice");
        clickOn("#present-rehearse");
        clickOn("#present-rehearse-" + UiFixture.STORY);
        waitUntil("rehearsing", () -> storyMode().isRunning());
        assertThat(storyMode().rehearsal()).isNotNull();
        assertThat(storyMode().presentation().story().id()).isEqualTo(UiFixture.STORY);
        assertThat(storyMode().rehearsal().presentation()).isSameAs(storyMode().presentation());
        FxWait.keys(KeyCode.ESCAPE);
        waitUntil("ended", () -> !storyMode().isRunning());
        assertThat(storyMode().rehearsal()).isNull();

        choose("#present-all");
        assertThat(storyMode().rehearsal()).as("presenting is not rehearsing").isNull();
    }

    @Test
    void theTalkLengthChosenIsCountedDownByEveryPresentationOfTheRunAndTheMenuSaysWhichItIs() {
        assertThat(FxWait.call(() -> storyMode().talkLength())).isNull();
        clickOn("#present-choice");
        clickOn("#present-talk-length");
        assertThat(lookup("#present-talk-length-targets").queryAs(javafx.scene.Node.class)).isNotNull();
        clickOn("#present-talk-length-20");
        settle();
        assertThat(FxWait.call(() -> storyMode().talkLength())).isEqualTo(java.time.Duration.ofMinutes(20));

        choose("#present-all");
        assertThat(storyMode().presentation().paceReading().orElseThrow().left())
                .isLessThanOrEqualTo(java.time.Duration.ofMinutes(20)).isGreaterThan(java.time.Duration.ofMinutes(19));
        FxWait.keys(KeyCode.ESCAPE);
        waitUntil("ended", () -> !storyMode().isRunning());

        clickOn("#present-choice");
        clickOn("#present-talk-length");
        List<String> selected = FxWait.call(() -> ((javafx.scene.control.Menu) item("present-talk-length")).getItems().stream()
                .filter(i -> ((javafx.scene.control.RadioMenuItem) i).isSelected()).map(MenuItem::getText).toList());
        assertThat(selected).containsExactly("20 min");
        clickOn("#present-talk-length-targets");
        settle();
        assertThat(FxWait.call(() -> storyMode().talkLength())).isNull();
        choose("#present-all");
        assertThat(storyMode().presentation().pace()).as("the fixture's story has no targets").isEmpty();
    }

    @Test
    void allEventsPresentsEveryEventInTimeOrder() {
        choose("#present-all");
        assertThat(storyMode().isRunning()).isTrue();
        Story story = storyMode().presentation().story();
        assertThat(story.id()).isEqualTo(Story.DEFAULT_ID);
        assertThat(story.steps()).map(Story.Step::event).containsExactlyElementsOf(state().getTimeline().events());
    }

    @Test
    void theEventsShownPresentsWhatTheSearchLeaves() {
        onFx(() -> state().search("launch"));
        List<TimelineEvent> shown = state().getShownEvents();
        assertThat(shown).hasSizeBetween(2, UiFixture.EVENTS - 1);
        assertThat(itemTexts()).contains("The events shown now (" + shown.size() + ")");

        choose("#present-shown");
        Story story = storyMode().presentation().story();
        assertThat(story.id()).isEqualTo(ShownEventsStory.ID);
        assertThat(story.steps()).map(Story.Step::event).containsExactlyElementsOf(shown);
        assertThat(story.title().en()).isEqualTo("Fixture timeline — " + shown.size() + " events shown");
        assertThat(story.title().zh()).isEqualTo("测试时间线 — 显示的" + shown.size() + "个事件");
    }

    @Test
    void withNothingShownTheShownEventsCannotBePresented() {
        onFx(() -> state().search("no event is called this"));
        assertThat(state().getShownEvents()).isEmpty();
        clickOn("#present-choice");
        MenuItem shown = item("present-shown");
        assertThat(shown.isDisable()).isTrue();
        FxWait.keys(KeyCode.ESCAPE);
    }

    @Test
    void aFileWithSeveralStoriesOffersEachAndPresentsTheOneChosenWhileF5PresentsTheFirst() throws Exception {
        String text = Files.readString(UiFixture.PATH).replace("\"stories\": [", """
                "stories": [
                    {"id": "short", "title": {"zh": "短故事", "en": "Short story"},
                     "steps": [{"event": "beta-launch"}, {"event": "alpha-launch"}]},
                """);
        Path file = folder.resolve("two-stories.timeline");
        Files.writeString(file, text);
        Timeline two = new TimelineFileReader().read(file);
        assertThat(two.stories()).hasSize(2);
        onFx(() -> state().open(two));

        assertThat(itemTexts()).startsWith("Story: Short story (2 steps)", "Story: Fixture tour (6 steps)");
        choose("#present-story-" + UiFixture.STORY);
        assertThat(storyMode().presentation().story().id()).isEqualTo(UiFixture.STORY);
        FxWait.keys(KeyCode.ESCAPE);
        assertThat(storyMode().isRunning()).isFalse();

        onFx(() -> stage.requestFocus());
        FxWait.keys(KeyCode.F5);
        assertThat(storyMode().isRunning()).isTrue();
        assertThat(storyMode().presentation().story().id()).as("F5: the file's first story").isEqualTo("short");
    }

    private void choose(String itemId) {
        clickOn("#present-choice");
        clickOn(itemId);
        settle();
        waitUntil("presenting", () -> storyMode().isRunning());
    }

    private List<String> itemTexts() {
        clickOn("#present-choice");
        List<String> texts = FxWait.call(() -> menu().getItems().stream()
                .map(i -> i instanceof javafx.scene.control.SeparatorMenuItem ? null : i.getText()).toList());
        FxWait.keys(KeyCode.ESCAPE);
        waitUntil("the menu closed", () -> !menu().isShowing());
        return texts;
    }

    private MenuItem item(String id) {
        return FxWait.call(() -> menu().getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow());
    }

    private MenuButton menu() {
        return lookup("#present-choice").queryAs(MenuButton.class);
    }
}
