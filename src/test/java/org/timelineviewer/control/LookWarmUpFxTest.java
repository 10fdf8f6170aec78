package org.timelineviewer.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timelineviewer.model.Category;
import org.timelineviewer.model.EventStatus;
import org.timelineviewer.model.HistoricDate;
import org.timelineviewer.model.LocalizedText;
import org.timelineviewer.model.TestEvents;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.testing.FxWait;

/**
 * A crowded view makes the looks it paints its events in while it is still, so that a zoom
 * does not stop to style a new look in the middle of the gesture; and while the view keeps
 * changing, it leaves them to be made as they are needed.
 */
@ExtendWith(ApplicationExtension.class)
class LookWarmUpFxTest extends FxRobot {

    private static final String[] COLOURS = {"#2E7D32", "#1565C0", "#C62828", "#6A1B9A", "#EF6C00", "#00838F"};

    private TimelineView view;
    private List<TimelineEvent> events;

    @Start
    void start(Stage stage) {
        Random random = new Random(11);
        long from = LocalDate.of(2015, 1, 1).toEpochDay();
        List<Category> categories = new ArrayList<>();
        for (int c = 0; c < COLOURS.length; c++) {
            categories.add(new Category("c" + c, new LocalizedText("类" + c, "Kind " + c), COLOURS[c]));
        }
        events = new ArrayList<>();
        EventStatus[] statuses = EventStatus.values();
        for (int i = 0; i < 2_000; i++) {
            LocalDate day = LocalDate.ofEpochDay(from + random.nextInt(4_000));
            String end = i % 7 == 0 ? day.plusDays(20 + random.nextInt(200)).toString() : null;
            TimelineEvent e = TestEvents.event("e" + i, day.toString(), end, 1);
            events.add(new TimelineEvent(e.id(), e.start(), end == null ? null : HistoricDate.parse(end),
                    categories.get(random.nextInt(categories.size())), 1 + random.nextInt(3),
                    statuses[random.nextInt(statuses.length)], e.title(), e.summary(), null, List.of(), List.of(),
                    List.of(), e.source(), List.of()));
        }
        view = new TimelineView();
        view.setAnimated(false);
        view.setTimeline(new Timeline(new LocalizedText("多", "Many"), null, List.of(TestEvents.SOURCE), categories,
                List.of(), events));
        stage.setScene(new Scene(view, 1200, 600));
        stage.show();
    }

    private EventLayer layer() {
        return (EventLayer) view.lookup(".event-layer");
    }

    private int distinctLooks() {
        Set<String> looks = new HashSet<>();
        for (TimelineEvent e : events) {
            looks.add(EventMarker.look(e, e.category().color()));
        }
        return looks.size();
    }

    @Test
    void aStillViewMakesTheLooksOfAllItsEventsAndAZoomThenMakesNone() {
        FxWait.settle();
        int shown = FxWait.call(() -> layer().looksAndStamps()[0]);
        assertThat(distinctLooks()).as("looks of all events, against those the fitted view paints (%d)", shown)
                .isGreaterThan(shown);

        FxWait.until("every look made while the view is still", () -> layer().looksWarmedUp());
        assertThat(FxWait.call(() -> layer().looksAndStamps()[0])).isEqualTo(distinctLooks());

        TimeWindow fitted = FxWait.call(() -> view.getVisibleWindow());
        double mid = (fitted.start() + fitted.end()) / 2;
        for (double half = (fitted.end() - fitted.start()) / 2; half > 20; half *= 0.7) {
            TimeWindow w = new TimeWindow(mid - half, mid + half);
            FxWait.run(() -> view.showWindow(w));
            FxWait.settle();
            assertThat(FxWait.call(() -> layer().looksAndStamps()[0])).as("looks after zooming to %s", w)
                    .isEqualTo(distinctLooks());
        }
    }

    @Test
    void aViewThatKeepsChangingLeavesTheLooksForLater() {
        FxWait.settle();
        TimeWindow fitted = FxWait.call(() -> view.getVisibleWindow());
        Set<String> needed = new HashSet<>(); // the looks of the events painted
        FxWait.call(() -> layer().paintedEvents()).forEach(e -> needed.add(EventMarker.look(e, e.category().color())));
        assertThat(FxWait.call(() -> layer().looksAndStamps()[0])).isEqualTo(needed.size());
        long until = System.nanoTime() + (long) (LookWarmUp.STILL.toMillis() * 3 * 1e6);
        int step = 0;
        while (System.nanoTime() < until) { // pans to and fro, a frame at a time, for three times the wait
            double by = (step++ % 2 == 0 ? 1 : -1) * (fitted.end() - fitted.start()) * 0.001;
            FxWait.run(() -> view.showWindow(new TimeWindow(fitted.start() + by, fitted.end() + by)));
            FxWait.settle();
            FxWait.call(() -> layer().paintedEvents()).forEach(e -> needed.add(EventMarker.look(e, e.category().color())));
        }
        assertThat(FxWait.call(() -> layer().looksWarmedUp())).as("looks made during %d frames", step).isFalse();
        assertThat(FxWait.call(() -> layer().looksAndStamps()[0])).as("looks made, against those painted")
                .isEqualTo(needed.size()).isLessThan(distinctLooks());
    }
}
