package org.timelineviewer.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timelineviewer.model.LocalizedText;
import org.timelineviewer.model.TestEvents;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.Snapshots;

/**
 * Each painted event has a sprite of its own, which a zoom moves: an event that keeps its row
 * and its label's side is not painted again, however wide its day grows, and what the moved
 * sprites show is what painting them afresh shows. A sprite that goes is kept for the events to
 * come, up to a bound.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomingMovesPaintedEventsFxTest extends FxRobot {

    /** Few and far apart (one every 40 days over three years): every one has a row at every step. */
    private static final int EVENTS = 28;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        long from = LocalDate.of(2020, 1, 1).toEpochDay();
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            String day = LocalDate.ofEpochDay(from + 40L * i).toString();
            String end = i % 9 == 4 ? LocalDate.ofEpochDay(from + 40L * i + 25).toString() : null; // a few bars
            events.add(TestEvents.event("e" + i, day, end, 1 + i % 3,
                    new LocalizedText("事件" + i, "Event " + i), List.of()));
        }
        Timeline timeline = new Timeline(new LocalizedText("时间线", "Timeline"), null, List.of(TestEvents.SOURCE),
                List.of(TestEvents.CATEGORY), List.of(), events);
        view = new TimelineView();
        view.setAnimated(false);
        view.setMarkerNodeLimit(0); // every event painted
        view.setTimeline(timeline);
        stage.setScene(new Scene(view, 1400, 700));
        stage.show();
    }

    private EventLayer layer() {
        return (EventLayer) view.lookup(".event-layer");
    }

    @Test
    void aZoomMovesTheSpritesOfThePointsAndPaintsThemAgainOnlyWhenTheirLabelsTurn() {
        double mid = LocalDate.of(2021, 6, 1).toEpochDay();
        FxWait.run(() -> view.showWindow(new TimeWindow(mid - 700.3, mid + 700.3)));
        FxWait.settle();
        int pointsDrawn = 0;
        for (int i = 1; i <= 12; i++) {
            TimeWindow w = FxWait.call(() -> view.getVisibleWindow());
            double span = w.span() * 0.97; // 3 % a step, never a whole number of pixels
            FxWait.run(() -> view.showWindow(new TimeWindow(w.center() - span / 2, w.center() + span / 2)));
            FxWait.settle();
            int painted = FxWait.call(() -> layer().paintedCount());
            int drawn = FxWait.call(() -> layer().drawnLastPass());
            int bars = FxWait.call(() -> barsInView());
            assertThat(painted).as("events painted at step %d", i).isGreaterThan(10);
            // a bar widens with the zoom and is painted again; a point only when its label turns at the right edge
            pointsDrawn += Math.max(0, drawn - bars);
            Image stepped = Snapshots.of(view);
            FxWait.run(() -> layer().paintAfresh());
            FxWait.settle();
            assertThat(FxWait.call(() -> layer().drawnLastPass())).isEqualTo(painted);
            assertThat(Snapshots.differingPixels(stepped, Snapshots.of(view), 0))
                    .as("pixels of zoom step %d (%d of %d events drawn) unlike the view painted afresh", i, drawn, painted)
                    .isZero();
        }
        assertThat(pointsDrawn).as("points painted again in 12 zoom steps").isLessThanOrEqualTo(12);
    }

    @Test
    void spritesOfEventsThatLeaveAreKeptUpToABound() {
        double mid = LocalDate.of(2021, 6, 1).toEpochDay();
        FxWait.run(() -> view.showWindow(new TimeWindow(mid - 100, mid + 100)));
        FxWait.settle();
        int shownThere = FxWait.call(() -> layer().paintedCount());
        FxWait.run(() -> view.showWindow(new TimeWindow(mid + 400, mid + 600)));
        FxWait.settle();
        FxWait.run(() -> view.showWindow(new TimeWindow(mid - 100, mid + 100)));
        FxWait.settle();
        assertThat(FxWait.call(() -> layer().drawnLastPass()))
                .as("events back in view on the sprites they had (of %d)", shownThere).isZero();
        assertThat(FxWait.call(() -> layer().spriteCount())).isLessThanOrEqualTo(EVENTS);
    }

    private int barsInView() {
        TimeWindow w = view.getVisibleWindow();
        int n = 0;
        for (TimelineEvent e : view.getEvents()) {
            if (!e.isPoint() && e.startDay() < w.end() && e.endDay() > w.start()) {
                n++;
            }
        }
        return n;
    }
}
