package org.timelineviewer.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Story;
import org.timelineviewer.presentation.Presentation;
import org.timelineviewer.presentation.Rehearsal;
import org.timelineviewer.presentation.TestClock;
import org.timelineviewer.testing.FxWait;

/**
 * The presenter's screen at its smallest (1280 x 800), in the app's theme, with the widest
 * readings the clock gives (over time, behind by minutes, a rehearsal): every time, mark and
 * timer button shows whole, in both languages.
 */
@ExtendWith(ApplicationExtension.class)
class TalkClockLayoutFxTest {

    private final TestClock clock = new TestClock(PresenterViewFxTest.START, PresenterViewFxTest.ZONE);
    private Presentation presentation;

    @Start
    void start(Stage stage) throws Exception {
        // the font the app loads before its first window: run alone, the test measured the
        // buttons in the fallback font, and "Pause (F9)" was cut off
        org.timelineviewer.app.BundledFonts.load();
        javafx.application.Application.setUserAgentStylesheet(org.timelineviewer.app.AppTheme.userAgentStylesheet());
        Story story = new TimelineFileReader().read(Path.of("assets/timelines/alibaba-ai-era.timeline")).story(null).orElseThrow();
        story = story.withTargets(Collections.nCopies(story.steps().size(), Duration.ofMinutes(2)));
        presentation = new Presentation(story, clock, Language.EN);
        Scene scene = new Scene(new PresenterView(presentation, List.of(), new Rehearsal(presentation)), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                PresenterView.class.getResource("/org/timelineviewer/app/app.css")).toExternalForm());
        scene.getStylesheets().add(Objects.requireNonNull(PresenterView.class.getResource("presenter.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void everyTimeShowsWhole(FxRobot robot) {
        FxWait.settle();
        for (String id : List.of("#presenter-elapsed", "#presenter-countdown", "#presenter-pace", "#presenter-clock",
                "#presenter-pause", "#presenter-reset", "#presenter-rehearsed")) {
            Labeled labeled = robot.lookup(id).queryAs(Labeled.class);
            String drawn = FxWait.call(() -> ((Text) labeled.lookup(".text")).getText());
            assertThat(drawn).as(id + " as drawn (not cut off)").isEqualTo(FxWait.call(labeled::getText));
        }
    }

    @Test
    void theWidestReadingsShowWholeInBothLanguages(FxRobot robot) {
        FxWait.run(() -> presentation.goToStep(2));
        clock.advance(Duration.ofMinutes(12).plusSeconds(34));
        FxWait.run(() -> presentation.goToStep(3)); // due to end at 6:00: behind by 6:34
        clock.advance(Duration.ofMinutes(30));
        // The presenter view reads the clock on its half-second ticker.
        FxWait.until("the pace mark reads the advanced clock",
                () -> robot.lookup("#presenter-pace").queryAs(Labeled.class).getText().startsWith("▼ behind 36:"));
        assertThat(FxWait.call(() -> robot.lookup("#presenter-pace").queryAs(Labeled.class).getText())).startsWith("▼ behind 36:");
        assertThat(FxWait.call(() -> robot.lookup("#presenter-countdown").queryAs(Labeled.class).getText())).startsWith("−6:");
        everyTimeShowsWhole(robot);

        FxWait.run(() -> presentation.setNotesLanguage(Language.ZH));
        everyTimeShowsWhole(robot);
    }
}
