package org.timelineviewer.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
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

/**
 * Above the marker node limit the events shown are painted; once painted they stay so until no
 * more than three quarters of the limit are in view, so that a view whose count hovers about the
 * limit does not switch to and fro (each switch makes or styles a marker for every event shown).
 */
@ExtendWith(ApplicationExtension.class)
class MarkerNodeLimitFxTest extends FxRobot {

    private static final int EVENTS = 28;
    private static final int LIMIT = 20;
    private static final long FROM = LocalDate.of(2020, 1, 1).toEpochDay();
    private TimelineView view;

    @Start
    void start(Stage stage) {
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) { // one every 40 days
            events.add(TestEvents.event("e" + i, LocalDate.ofEpochDay(FROM + 40L * i).toString(), null, 1,
                    new LocalizedText("事件" + i, "Event " + i), List.of()));
        }
        view = new TimelineView();
        view.setAnimated(false);
        view.setMarkerNodeLimit(LIMIT);
        view.setTimeline(new Timeline(new LocalizedText("时间线", "Timeline"), null, List.of(TestEvents.SOURCE),
                List.of(TestEvents.CATEGORY), List.of(), events));
        stage.setScene(new Scene(view, 1400, 700));
        stage.show();
    }

    @Test
    void paintedEventsStayPaintedUntilAQuarterFewerThanTheLimitAreInView() {
        assertThat(paintedWith(EVENTS)).as("all %d in view", EVENTS).isTrue();
        assertThat(paintedWith(17)).as("17 in view, after more than the limit").isTrue();
        assertThat(paintedWith(LIMIT)).isTrue();
        assertThat(paintedWith(LIMIT - LIMIT / 4)).as("three quarters of the limit in view").isFalse();
        assertThat(paintedWith(17)).as("17 in view, after fewer").isFalse();
        assertThat(paintedWith(LIMIT)).isFalse();
        assertThat(paintedWith(LIMIT + 1)).isTrue();
        assertThat(paintedWith(12)).isFalse();
    }

    @Test
    void aNewLimitDecidesAfresh() {
        assertThat(paintedWith(17)).isTrue(); // after the fitted view, all painted
        FxWait.run(() -> view.setMarkerNodeLimit(17));
        FxWait.settle();
        assertThat(painted()).as("17 in view, limit 17").isFalse();
        FxWait.run(() -> view.setMarkerNodeLimit(16));
        FxWait.settle();
        assertThat(painted()).as("17 in view, limit 16").isTrue();
    }

    /** Shows the first {@code count} events (and no other) and tells whether they are painted. */
    private boolean paintedWith(int count) {
        TimeWindow window = new TimeWindow(FROM - 20, FROM + 40.0 * (count - 1) + 20);
        FxWait.run(() -> view.showWindow(window));
        FxWait.settle();
        assertThat(FxWait.call(() -> view.eventsInView().size())).isEqualTo(count);
        return painted();
    }

    private boolean painted() {
        int painted = FxWait.call(() -> ((EventLayer) view.lookup(".event-layer")).paintedCount());
        long markers = FxWait.call(() -> view.lookupAll(".event-marker").stream().filter(Node::isVisible).count());
        assertThat(painted == 0 || markers == 0).as("%d painted and %d markers", painted, markers).isTrue();
        return painted > 0;
    }
}
