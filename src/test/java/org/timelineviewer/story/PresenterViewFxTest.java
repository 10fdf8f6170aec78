package org.timelineviewer.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.presentation.Presentation;
import org.timelineviewer.presentation.Slide;
import org.timelineviewer.presentation.TestClock;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.UiFixture;

/** The presenter's screen over the UI fixture's story (title slide + 6 steps), with a test clock. */
@ExtendWith(ApplicationExtension.class)
class PresenterViewFxTest {

    /** 01:02:03 UTC is 09:02 in Shanghai: the clock label must use the clock's zone, not the machine's. */
    static final Instant START = Instant.parse("2025-03-01T01:02:03Z");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Timeline timeline;
    private Story story;
    private TestClock clock;
    private Presentation presentation;
    private PresenterView view;

    @Start
    void start(Stage stage) {
        timeline = UiFixture.timeline();
        story = timeline.story(null).orElseThrow();
        clock = new TestClock(START, ZONE);
        presentation = new Presentation(story, clock, Language.EN);
        view = new PresenterView(presentation);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Slide> steps(FxRobot robot) {
        return robot.lookup("#presenter-steps").queryAs(ListView.class);
    }

    private String title(int step, Language language) {
        return story.steps().get(step - 1).event().title().in(language);
    }

    private String notes(int step, Language language) {
        return story.steps().get(step - 1).notesText().map(n -> n.in(language))
                .orElse(Messages.of(language).get("story.notes.none"));
    }

    @Test
    void opensOnTheTitleSlideWithStepOneNext(FxRobot robot) {
        assertThat(story.id()).isEqualTo(UiFixture.STORY);
        assertThat(presentation.current()).isInstanceOf(Slide.Title.class);

        assertThat(text(robot, "#presenter-current"))
                .contains(story.title().en())
                .startsWith(Messages.of(Language.EN).get("presenter.titleSlide"));
        assertThat(text(robot, "#presenter-next")).isEqualTo("1.  " + title(1, Language.EN));
        assertThat(text(robot, "#presenter-notes")).isEqualTo(story.subtitleText().map(t -> t.en()).orElse(""));
        assertThat(steps(robot).getItems()).containsExactlyElementsOf(presentation.slides());
        assertThat(steps(robot).getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void afterAdvanceShowsStepOneAndItsNotes(FxRobot robot) {
        FxWait.run(presentation::advance);

        assertThat(text(robot, "#presenter-current")).isEqualTo("1.  " + title(1, Language.EN));
        assertThat(text(robot, "#presenter-next")).isEqualTo("2.  " + title(2, Language.EN));
        assertThat(text(robot, "#presenter-notes")).isEqualTo(notes(1, Language.EN));
        assertThat(steps(robot).getSelectionModel().getSelectedIndex()).as("the list follows").isEqualTo(1);
    }

    @Test
    void followsEveryMoveOfThePresentation(FxRobot robot) {
        FxWait.run(() -> presentation.goToStep(4));

        assertThat(text(robot, "#presenter-current")).isEqualTo("4.  Gamma launches");
        assertThat(text(robot, "#presenter-next")).isEqualTo("5.  Series A");
        assertThat(text(robot, "#presenter-notes")).isEqualTo("Notes for step four.");
        assertThat(steps(robot).getSelectionModel().getSelectedIndex()).isEqualTo(4);

        FxWait.run(presentation::goBack);
        assertThat(text(robot, "#presenter-current")).isEqualTo("3.  Seed round");
        assertThat(text(robot, "#presenter-notes")).as("a step without notes says so")
                .isEqualTo(Messages.of(Language.EN).get("story.notes.none"));
    }

    @Test
    void switchingTheNotesToChineseShowsChineseTexts(FxRobot robot) {
        FxWait.run(presentation::advance);

        FxWait.run(presentation::toggleNotesLanguage);

        assertThat(title(1, Language.ZH)).isNotEqualTo(title(1, Language.EN));
        assertThat(text(robot, "#presenter-current")).isEqualTo("1.  " + title(1, Language.ZH));
        assertThat(text(robot, "#presenter-next")).isEqualTo("2.  " + title(2, Language.ZH));
        assertThat(text(robot, "#presenter-notes")).isEqualTo(notes(1, Language.ZH));

        FxWait.run(presentation::first);
        assertThat(text(robot, "#presenter-current"))
                .startsWith(Messages.of(Language.ZH).get("presenter.titleSlide"))
                .contains(story.title().zh());
    }

    @Test
    void atTheLastSlideNextIsTheEndSlide(FxRobot robot) {
        FxWait.run(presentation::last);

        assertThat(text(robot, "#presenter-current")).isEqualTo("6.  Delta pilot");
        assertThat(text(robot, "#presenter-next")).isEqualTo("End — Esc returns");

        FxWait.run(() -> presentation.setNotesLanguage(Language.ZH));
        assertThat(text(robot, "#presenter-next")).isEqualTo("结束 — 按 Esc 返回");
    }

    @Test
    void onTheEndSlideItSaysSoAndNothingComesNext(FxRobot robot) {
        FxWait.run(() -> {
            presentation.last();
            presentation.advance();
        });

        assertThat(text(robot, "#presenter-current")).isEqualTo("End — Esc returns");
        assertThat(text(robot, "#presenter-next")).isEqualTo(Messages.of(Language.EN).get("presenter.next.none"));
        assertThat(text(robot, "#presenter-next")).isNotEqualTo("!presenter.next.none!");
        assertThat(text(robot, "#presenter-notes")).isEmpty();
        assertThat(steps(robot).getSelectionModel().getSelectedIndex()).as("no step is current").isEqualTo(-1);
        assertThat(presentation.atEnd()).as("clearing the list's selection does not move the story").isTrue();

        FxWait.run(presentation::goBack);
        assertThat(text(robot, "#presenter-current")).isEqualTo("6.  Delta pilot");
        assertThat(steps(robot).getSelectionModel().getSelectedIndex()).isEqualTo(6);
    }

    @Test
    void clickingAStepInTheListJumpsThere(FxRobot robot) {
        String wanted = "3.  " + title(3, Language.EN);
        Node cell = robot.lookup("#presenter-steps .list-cell")
                .match((ListCell<?> c) -> wanted.equals(c.getText()))
                .query();

        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(presentation.index()).isEqualTo(3);
        assertThat(text(robot, "#presenter-current")).isEqualTo(wanted);
        assertThat(text(robot, "#presenter-notes")).isEqualTo(notes(3, Language.EN));
    }

    @Test
    void selectingAStepInTheListJumpsThere(FxRobot robot) {
        ListView<Slide> list = steps(robot);

        FxWait.run(() -> list.getSelectionModel().select(5));

        assertThat(presentation.index()).isEqualTo(5);
        assertThat(((Slide.Step) presentation.current()).number()).isEqualTo(5);
        assertThat(text(robot, "#presenter-current")).isEqualTo("5.  " + title(5, Language.EN));

        FxWait.run(() -> list.getSelectionModel().select(0));
        assertThat(presentation.current()).isInstanceOf(Slide.Title.class);
    }

    @Test
    void listCellsAreNumberedStepTitles(FxRobot robot) {
        assertThat(robot.lookup("#presenter-steps .list-cell").queryAllAs(ListCell.class))
                .extracting(ListCell::getText)
                .contains("1.  " + title(1, Language.EN), "2.  " + title(2, Language.EN));
    }

    @Test
    void elapsedTimeTicksWithTheClock(FxRobot robot) throws Exception {
        assertThat(text(robot, "#presenter-elapsed")).isEqualTo("0:00:00");

        clock.advance(Duration.ofSeconds(65));
        // No interaction: the view's own ticker (every 500 ms) must pick the new time up.
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> "0:01:05".equals(text(robot, "#presenter-elapsed")));
        assertThat(text(robot, "#presenter-elapsed")).isEqualTo("0:01:05");

        clock.advance(Duration.ofHours(1).plusMinutes(2));
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> "1:03:05".equals(text(robot, "#presenter-elapsed")));
        assertThat(text(robot, "#presenter-elapsed")).isEqualTo("1:03:05");
    }

    @Test
    void theNextStepIsPreviewedAsAMiniatureCardWithoutItsQuote(FxRobot robot) {
        Node card = robot.lookup("#presenter-next-card").query();
        assertThat(card.isVisible()).as("on the title slide: step 1 comes next").isTrue();
        assertThat(((Label) card.lookup("#card-title")).getText()).isEqualTo(title(1, Language.EN));

        FxWait.run(() -> presentation.goToStep(4));
        assertThat(((Label) card.lookup("#card-title")).getText()).isEqualTo(title(5, Language.EN));
        assertThat(card.lookup(".card-quote").isVisible()).as("no quote in the miniature").isFalse();

        FxWait.run(() -> presentation.setNotesLanguage(Language.ZH));
        assertThat(((Label) card.lookup("#card-title")).getText()).isEqualTo(title(5, Language.ZH));

        FxWait.run(presentation::last);
        assertThat(card.isVisible()).as("the end slide comes next: no card").isFalse();
    }

    @Test
    void thePauseButtonStopsTheTimerAndGoesOnAndResetSetsItToZero(FxRobot robot) throws Exception {
        clock.advance(Duration.ofSeconds(65));
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> "0:01:05".equals(text(robot, "#presenter-elapsed")));
        javafx.scene.control.Button pause = robot.lookup("#presenter-pause").queryButton();
        assertThat(pause.getText()).isEqualTo("Pause (F9)");

        robot.clickOn(pause);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(presentation.timerPausedProperty().get()).isTrue();
        assertThat(pause.getText()).isEqualTo("Go on (F9)");
        assertThat(robot.lookup("#presenter-elapsed").queryAs(Label.class).getStyleClass()).contains("paused");
        clock.advance(Duration.ofMinutes(10));
        FxWait.pulse();
        FxWait.run(() -> { }); // the ticker has had its chance
        assertThat(text(robot, "#presenter-elapsed")).as("paused: the clock's ten minutes do not count").isEqualTo("0:01:05");

        robot.clickOn(pause);
        WaitForAsyncUtils.waitForFxEvents();
        clock.advance(Duration.ofSeconds(5));
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> "0:01:10".equals(text(robot, "#presenter-elapsed")));

        robot.clickOn("#presenter-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#presenter-elapsed")).isEqualTo("0:00:00");
        assertThat(robot.lookup("#presenter-reset").queryButton().isFocusTraversable()).as("the keys stay with the show").isFalse();
    }

    @Test
    void disposedItsClockStopsAndItNoLongerFollowsThePresentation(FxRobot robot) throws Exception {
        FxWait.run(view::dispose);
        String before = text(robot, "#presenter-current");

        FxWait.run(presentation::advance);

        assertThat(text(robot, "#presenter-current")).isEqualTo(before);
        assertThat(view.isTicking()).isFalse();
    }

    @Test
    void aDisposedViewInAClosedWindowIsCollected(FxRobot robot) {
        java.lang.ref.WeakReference<PresenterView> ref = FxWait.call(() -> {
            Stage window = new Stage();
            PresenterView other = new PresenterView(new Presentation(story, clock, Language.EN));
            window.setScene(new Scene(other, 800, 600));
            window.show();
            window.close();
            other.dispose();
            view.getScene().getWindow().requestFocus();
            return new java.lang.ref.WeakReference<>(other);
        });
        for (int i = 0; i < 10 && ref.get() != null; i++) {
            System.gc();
            FxWait.settle();
        }
        assertThat(ref.get()).as("the view, its clock stopped, is collected").isNull();
    }

    @Test
    void clockShowsTheTimeOfDayInTheClocksZone(FxRobot robot) throws Exception {
        assertThat(text(robot, "#presenter-clock")).isEqualTo("09:02");

        clock.advance(Duration.ofSeconds(65));
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> "09:03".equals(text(robot, "#presenter-clock")));
        assertThat(text(robot, "#presenter-clock")).isEqualTo("09:03");
    }
}
