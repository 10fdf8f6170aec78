package org.timelineviewer.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.LocalizedText;
import org.timelineviewer.model.TestEvents;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.Snapshots;

/**
 * A crowded view pans by moving its events' sprites and painting only the events that came or
 * changed: after every step it must look exactly as the same view painted afresh, the steps at one
 * scale must draw much less than all the events they show, and the events that come must take the
 * sprites of those that went.
 */
@ExtendWith(ApplicationExtension.class)
class PanningPaintsOnlyWhatChangedFxTest extends FxRobot {

    private static final int EVENTS = 3_000;
    private TimelineView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Random random = new Random(11);
        long from = LocalDate.of(2015, 1, 1).toEpochDay();
        long to = LocalDate.of(2026, 12, 31).toEpochDay();
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            LocalDate day = LocalDate.ofEpochDay(from + random.nextInt((int) (to - from)));
            // every 40th a bar (its label slides along the left edge), titles of many widths
            String end = i % 40 == 0 ? day.plusDays(20 + random.nextInt(300)).toString() : null;
            String words = "w".repeat(1 + random.nextInt(18));
            events.add(TestEvents.event("e" + i, day.toString(), end, 1 + random.nextInt(3),
                    new LocalizedText("事件" + i + "号", "Event " + i + " " + words), List.of()));
        }
        Timeline timeline = new Timeline(new LocalizedText("时间线", "Timeline"), null, List.of(TestEvents.SOURCE),
                List.of(TestEvents.CATEGORY), List.of(), events);
        view = new TimelineView();
        view.setAnimated(false);
        view.setTimeline(timeline);
        scene = new Scene(view, 1400, 700);
        stage.setScene(scene);
        stage.show();
    }

    private EventLayer layer() {
        return (EventLayer) view.lookup(".event-layer");
    }

    @Test
    void everyStepOfAPanLooksAsTheViewPaintedAfreshAndDrawsOnlyWhatChanged() {
        for (Language language : Language.values()) {
            int[] drawnAndShown = panAndCompare(language);
            // what a step draws anew: the events that came in at the edges, the labels that turned or slid
            // there and those whose rows that changed (about 40 % here, with a bar in 40); all, before
            assertThat(drawnAndShown[0]).as("events drawn in all the steps (of %d shown), in %s", drawnAndShown[1], language)
                    .isLessThan(drawnAndShown[1] * 6 / 10);
        }
    }

    /**
     * Dots larger than a row reach into the rows above and below: their sprites overlap their
     * neighbours', and kept sprites must still look as sprites painted afresh.
     */
    @Test
    void eventsThatReachIntoTheirNeighboursAreRepaintedWhenTheirNeighboursGo() {
        FxWait.run(() -> scene.getStylesheets().add("data:text/css,.timeline-view .event-marker.point .event-shape {"
                + " -fx-pref-width: 44; -fx-pref-height: 44; -fx-background-radius: 22, 22; -fx-border-radius: 22; }"));
        FxWait.settle();
        panAndCompare(Language.EN);
    }

    @Test
    void eventsThatComeTakeTheSpritesOfThoseThatWent() {
        double from = LocalDate.of(2015, 1, 1).toEpochDay();
        int before = FxWait.call(() -> layer().spriteCount()); // what the tests before left
        int most = 0;
        for (int i = 0; i < 30; i++) { // a view at a time across the twelve years: thousands of events pass by
            double start = from + i * 140.0;
            FxWait.run(() -> view.showWindow(new TimeWindow(start, start + 140)));
            FxWait.settle();
            most = Math.max(most, FxWait.call(() -> layer().paintedCount()));
        }
        assertThat(most).isGreaterThan(60);
        // a pass takes spare sprites only: those of the pass before and its own, at most
        assertThat(FxWait.call(() -> layer().spriteCount())).as("sprites, with at most %d shown at once", most)
                .isLessThanOrEqualTo(Math.max(before, 2 * most));
    }

    /** Pans to and fro, comparing each step with the view painted afresh; how many events the steps drew, and showed. */
    private int[] panAndCompare(Language language) {
        FxWait.run(() -> view.setLanguage(language));
        double mid = LocalDate.of(2021, 1, 1).toEpochDay();
        FxWait.run(() -> view.showWindow(new TimeWindow(mid - 120.3, mid + 120.3)));
        FxWait.settle();
        TimeWindow start = FxWait.call(() -> view.getVisibleWindow());
        int paintedInAll = 0;
        int drawnInAll = 0;
        for (int i = 1; i <= 24; i++) {
            // 3.7 % of the view a step, back after 16: never a whole number of pixels, and on past where
            // the steady layout starts anew, so that a step paints afresh from a new anchor
            double by = start.span() * 0.037 * (i <= 16 ? i : 32 - i);
            FxWait.run(() -> view.showWindow(new TimeWindow(start.start() + by, start.end() + by)));
            FxWait.settle();
            int painted = FxWait.call(() -> layer().paintedCount());
            int drawn = FxWait.call(() -> layer().drawnLastPass());
            assertThat(painted).as("events painted at step %d in %s", i, language).isGreaterThan(60);
            paintedInAll += painted;
            drawnInAll += drawn;
            Image stepped = Snapshots.of(view);
            FxWait.run(() -> layer().paintAfresh());
            FxWait.settle();
            assertThat(FxWait.call(() -> layer().drawnLastPass())).isEqualTo(painted);
            assertThat(Snapshots.differingPixels(stepped, Snapshots.of(view), 0))
                    .as("pixels of step %d (%d of %d events drawn) unlike the view painted afresh, in %s",
                            i, drawn, painted, language)
                    .isZero();
        }
        return new int[] {drawnInAll, paintedInAll};
    }
}
