package org.timelineviewer.control;

import org.timelineviewer.model.TimeWindow;

/**
 * How far a timeline's view may zoom and pan, given the days its events cover, and the moves
 * that respect it: zoom around an instant, fit everything, pan the least needed to reveal a day.
 * Pure maths, no JavaFX: the control's own keys and wheel use it, and so does the app's viewport.
 *
 * @param firstDay the first day of any event shown (0 when there are none)
 * @param lastDay  the last day (exclusive) of any event shown
 * @param minSpan  the narrowest span the view may show: a day, or an hour when events have times of day
 * @param maxSpan  the widest span the view may show
 * @param empty    true when no events are shown (then only the span is limited)
 */
public record ZoomLimits(double firstDay, double lastDay, double minSpan, double maxSpan, boolean empty) {

    /** The narrowest view of events dated to the day: one day. */
    public static final double DAY_SPAN = 1;
    /** The narrowest view when some event has a time of day: one hour. */
    public static final double HOUR_SPAN = 1 / 24.0;

    /** How much one zoom step (a key press or a toolbar button) narrows the view. */
    public static final double ZOOM_STEP = 0.6;
    /** Room kept on each side when fitting everything, as a fraction of the events' span. */
    public static final double FIT_MARGIN = 0.04;
    /** How close to an edge a revealed event may be, as a fraction of the view. */
    public static final double REVEAL_MARGIN = 0.1;
    /** How far past the first or last event the view's centre may go, in spans of the view. */
    static final double OVERSHOOT = 0.45;

    /**
     * The limits for the events of {@code index} in a timeline covering {@code timelineSpan} days in
     * all (the view may zoom out that far even when a filter shows less).
     */
    public static ZoomLimits of(TimeIndex index, double timelineSpan) {
        boolean empty = index.size() == 0;
        double dataSpan = empty ? 0 : index.lastDay() - index.firstDay();
        return new ZoomLimits(index.firstDay(), index.lastDay(), index.hasTimesOfDay() ? HOUR_SPAN : DAY_SPAN,
                TimeScale.maxSpanFor(Math.max(dataSpan, timelineSpan)), empty);
    }

    /** The window within the zoom limits, its centre no further than a little past the data. */
    public TimeWindow limit(TimeWindow window) {
        TimeWindow w = window.clampSpan(window.center(), minSpan, maxSpan);
        if (empty) {
            return w;
        }
        double low = firstDay - w.span() * OVERSHOOT;
        double high = lastDay + w.span() * OVERSHOOT;
        double center = Math.max(low, Math.min(high, w.center()));
        return w.shiftedBy(center - w.center());
    }

    /** {@code base} zoomed by {@code factor} (below 1 zooms in), the instant {@code anchorDay} staying put. */
    public TimeWindow zoom(TimeWindow base, double anchorDay, double factor) {
        return limit(base.zoomedAround(anchorDay, factor).clampSpan(anchorDay, minSpan, maxSpan));
    }

    /** Every event in view, with a margin ({@code null} when there are none). */
    public TimeWindow fit() {
        return empty ? null : limit(TimeWindow.framing(firstDay, lastDay, FIT_MARGIN));
    }

    /**
     * {@code base} panned (not zoomed) the least needed to bring {@code day} comfortably into
     * view; {@code base} itself when it already is.
     */
    public TimeWindow reveal(TimeWindow base, double day) {
        double margin = base.span() * REVEAL_MARGIN;
        if (day < base.start() + margin) {
            return limit(base.shiftedBy(day - (base.start() + margin)));
        }
        if (day > base.end() - margin) {
            return limit(base.shiftedBy(day - (base.end() - margin)));
        }
        return base;
    }
}
