package org.timelineviewer.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Story;
import org.timelineviewer.presentation.Presentation;
import org.timelineviewer.presentation.Rehearsal;
import org.timelineviewer.presentation.TestClock;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.UiFixture;

/**
 * The presenter view's countdown and pace mark, over the UI fixture's story (title slide + 6
 * steps) given a minute per step, with a test clock; and a rehearsal's times.
 */
@ExtendWith(ApplicationExtension.class)
class TalkClockFxTest {

    private TestClock clock;
    private Story story;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        clock = new TestClock(PresenterViewFxTest.START, PresenterViewFxTest.ZONE);
        story = UiFixture.timeline().story(null).orElseThrow()
                .withTargets(Collections.nCopies(UiFixture.STEPS, Duration.ofMinutes(1)));
        stage.setScene(new Scene(new Label(), 1280, 800));
        stage.show();
    }

    private Presentation show(Story shown, Duration length, boolean rehearsing) {
        Presentation p = new Presentation(shown, clock, Language.EN, length);
        FxWait.run(() -> {
            Scene scene = new Scene(new PresenterView(p, java.util.List.of(), rehearsing ? new Rehearsal(p) : null), 1280, 800);
            scene.getStylesheets().add(PresenterView.class.getResource("presenter.css").toExternalForm());
            stage.setScene(scene);
        });
        return p;
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    /** Whether {@code node} and every parent are visible. */
    private static boolean showing(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String text(FxRobot robot, String query) {
        return FxWait.call(() -> label(robot, query).getText());
    }

    /** Waits for the view's own ticker to show {@code expected} in {@code query}. */
    private static void shows(FxRobot robot, String query, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> expected.equals(text(robot, query)));
        assertThat(text(robot, query)).isEqualTo(expected);
    }

    @Test
    void theCountdownAndThePaceMarkFollowTheTimer(FxRobot robot) throws Exception {
        Presentation p = show(story, null, false);
        assertThat(text(robot, "#presenter-countdown")).isEqualTo("6:00");
        assertThat(text(robot, "#presenter-pace")).isEqualTo("● on time");
        assertThat(label(robot, "#presenter-pace").getStyleClass()).contains("on-time").doesNotContain("ahead", "behind");

        FxWait.run(p::advance); // step 1: 0:00 to 1:00
        clock.advance(Duration.ofSeconds(100));
        shows(robot, "#presenter-countdown", "4:20");
        assertThat(text(robot, "#presenter-pace")).isEqualTo("▼ behind 0:40");
        assertThat(label(robot, "#presenter-pace").getStyleClass()).contains("behind").doesNotContain("on-time");

        FxWait.run(() -> p.goToStep(3)); // begins at 2:00: 20 s early
        assertThat(text(robot, "#presenter-pace")).isEqualTo("▲ ahead 0:20");
        assertThat(label(robot, "#presenter-pace").getStyleClass()).contains("ahead");

        FxWait.run(p::toggleTimer); // paused: the clock's minutes do not count
        clock.advance(Duration.ofMinutes(10));
        FxWait.pulse();
        FxWait.run(() -> { });
        assertThat(text(robot, "#presenter-countdown")).isEqualTo("4:20");

        FxWait.run(p::toggleTimer);
        clock.advance(Duration.ofSeconds(300)); // 6:40 of 6:00
        shows(robot, "#presenter-countdown", "−0:40");
        assertThat(label(robot, "#presenter-countdown").getStyleClass()).contains("over");

        FxWait.run(() -> p.setNotesLanguage(Language.ZH));
        assertThat(text(robot, "#presenter-pace")).isEqualTo("▼ 落后 3:40");

        FxWait.run(p::resetTimer);
        FxWait.run(() -> p.setNotesLanguage(Language.EN));
        shows(robot, "#presenter-countdown", "6:00");
        assertThat(label(robot, "#presenter-countdown").getStyleClass()).doesNotContain("over");
        assertThat(text(robot, "#presenter-pace")).isEqualTo("▲ ahead 2:00");
    }

    @Test
    void aChosenLengthIsCountedDownAndWithoutOneOrTargetsThereIsNoCountdown(FxRobot robot) {
        Story untimed = UiFixture.timeline().story(null).orElseThrow();
        show(untimed, Duration.ofMinutes(20), false);
        assertThat(text(robot, "#presenter-countdown")).isEqualTo("20:00");

        show(untimed, null, false);
        assertThat(FxWait.call(() -> showing(label(robot, "#presenter-countdown")))).isFalse();
        assertThat(FxWait.call(() -> showing(label(robot, "#presenter-pace")))).isFalse();
        assertThat(FxWait.call(() -> showing(label(robot, "#presenter-rehearsed")))).isFalse();
        assertThat(FxWait.call(() -> showing(label(robot, "#presenter-elapsed")))).isTrue();
    }

    @Test
    void aRehearsalShowsTheTimeOnTheStepAndInTheListOfSteps(FxRobot robot) throws Exception {
        Presentation p = show(story, null, true);
        FxWait.run(p::advance);
        clock.advance(Duration.ofSeconds(30));
        shows(robot, "#presenter-rehearsed", "Rehearsal: this step 0:30, all 0:30");

        FxWait.run(p::advance);
        clock.advance(Duration.ofSeconds(12));
        shows(robot, "#presenter-rehearsed", "Rehearsal: this step 0:12, all 0:42");
        String first = story.steps().get(0).event().title().en();
        assertThat(FxWait.call(() -> robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .map(c -> c.getText()).filter(t -> t != null && t.startsWith("1.  ")).findFirst().orElseThrow()))
                .isEqualTo("1.  " + first + "  · 0:30");
    }
}
