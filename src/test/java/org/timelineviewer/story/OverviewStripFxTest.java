package org.timelineviewer.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.PathElement;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timelineviewer.model.TestEvents;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.testing.FxWait;

/**
 * The audience's overview strip draws a tick per event once per event list and size, not every
 * frame the view moves: a camera flight over 100,000 events would otherwise walk them all each frame.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewStripFxTest {

    private final OverviewStrip strip = new OverviewStrip();
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane(strip);
        stage.setScene(new Scene(root, 800, 40));
        stage.show();
    }

    private static List<TimelineEvent> monthly(int months) {
        List<TimelineEvent> out = new ArrayList<>();
        for (int m = 0; m < months; m++) {
            LocalDate d = LocalDate.of(2015, 1, 15).plusMonths(m);
            out.add(TestEvents.point("p" + m, d.toString()));
        }
        return out;
    }

    private PathElement firstTick() {
        return FxWait.call(() -> ((javafx.scene.shape.Path) strip.getChildrenUnmodifiable().get(1)).getElements().get(0));
    }

    @Test
    void movingTheViewKeepsTheTicksAndNewEventsOrASizeRedrawThem() {
        List<TimelineEvent> events = monthly(24);
        FxWait.run(() -> strip.setEvents(events));
        FxWait.settle();
        assertThat(FxWait.call(strip::tickElementCount)).isEqualTo(2 * 24);
        PathElement before = firstTick();

        double day = events.get(5).startDay();
        for (int frame = 0; frame < 5; frame++) {
            double shift = frame * 10;
            FxWait.run(() -> {
                strip.show(new TimeWindow(day + shift, day + shift + 90), events.get(5));
                strip.layout();
            });
        }
        assertThat(firstTick()).as("the same tick, not one drawn again for the frame").isSameAs(before);
        assertThat(FxWait.call(strip::currentX)).isFinite();

        FxWait.run(() -> strip.setEvents(monthly(12)));
        FxWait.settle();
        assertThat(FxWait.call(strip::tickElementCount)).isEqualTo(2 * 12);
        PathElement twelve = firstTick();
        assertThat(twelve).isNotSameAs(before);

        FxWait.run(() -> strip.setMaxWidth(500));
        FxWait.settle();
        assertThat(firstTick()).as("drawn again for the new width").isNotSameAs(twelve);
    }
}
