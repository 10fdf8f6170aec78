package org.timelineviewer.story;

import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.TimelineEvent;

/**
 * A thin bar under the card showing the whole timeline: a tick per event, the part in view, and
 * where the current event is, so the audience knows where in the story they are.
 */
final class OverviewStrip extends Region {

    private final Path ticks = new Path();
    private final Region window = new Region();
    private final Region current = new Region();
    private List<TimelineEvent> events = List.of();
    /** The whole timeline with a margin: where the strip's left and right edges are. */
    private TimeWindow all = new TimeWindow(0, 1);
    /** The width, height and left inset the ticks were drawn for; NaN when they must be drawn again. */
    private double ticksWidth = Double.NaN;
    private double ticksHeight = Double.NaN;
    private double ticksLeft = Double.NaN;
    private TimeWindow visible;
    private TimelineEvent currentEvent;

    OverviewStrip() {
        getStyleClass().add("overview-strip");
        setId("overview");
        ticks.getStyleClass().add("overview-ticks");
        window.getStyleClass().add("overview-window");
        current.getStyleClass().add("overview-current");
        getChildren().addAll(window, ticks, current);
        for (var n : getChildren()) {
            n.setManaged(false);
        }
        setMinHeight(18);
        setPrefHeight(18);
    }

    void setEvents(List<TimelineEvent> all) {
        events = List.copyOf(all);
        double first = events.stream().mapToDouble(TimelineEvent::startDay).min().orElse(0);
        double last = events.stream().mapToDouble(TimelineEvent::endDay).max().orElse(1);
        double pad = (last - first) * 0.02;
        this.all = new TimeWindow(first - pad, last + pad);
        ticksWidth = Double.NaN;
        requestLayout();
    }

    void show(TimeWindow view, TimelineEvent event) {
        visible = view;
        currentEvent = event;
        requestLayout();
    }

    /** The x of the current event's marker (for tests), or NaN. */
    double currentX() {
        return current.isVisible() ? current.getLayoutX() + current.getWidth() / 2 : Double.NaN;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight();
        double left = snappedLeftInset();
        if (events.isEmpty() || w <= 0) {
            ticks.getElements().clear();
            ticksWidth = Double.NaN;
            return;
        }
        if (w != ticksWidth || h != ticksHeight || left != ticksLeft) {
            drawTicks(w, h, left); // only when the events or the size change: not every frame the view moves
        }
        if (visible != null) {
            double x1 = Math.max(left, left + x(all, visible.start(), w));
            double x2 = Math.min(left + w, left + x(all, visible.end(), w));
            window.setVisible(x2 > x1);
            window.resizeRelocate(x1, 1, Math.max(2, x2 - x1), h - 2);
        }
        current.setVisible(currentEvent != null);
        if (currentEvent != null) {
            double d = h * 0.8;
            current.resizeRelocate(left + x(all, currentEvent.startDay(), w) - d / 2, (h - d) / 2, d, d);
        }
    }

    private void drawTicks(double w, double h, double left) {
        ticks.getElements().clear();
        double lastX = Double.NaN;
        for (TimelineEvent e : events) {
            double x = Math.round(left + x(all, e.startDay(), w)) + 0.5;
            if (x != lastX) {
                ticks.getElements().addAll(new MoveTo(x, h * 0.3), new LineTo(x, h * 0.7));
                lastX = x;
            }
        }
        ticksWidth = w;
        ticksHeight = h;
        ticksLeft = left;
    }

    /** The number of tick elements drawn (for tests). */
    int tickElementCount() {
        return ticks.getElements().size();
    }

    private static double x(TimeWindow all, double day, double width) {
        return (day - all.start()) / all.span() * width;
    }
}
