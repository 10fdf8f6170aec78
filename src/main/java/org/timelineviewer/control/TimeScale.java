package org.timelineviewer.control;

import org.timelineviewer.model.TimeWindow;

/**
 * Maps time (epoch days) to pixels for a window drawn across a given width. Pure maths, no
 * JavaFX: the skin asks it where things go, the behaviour asks it what time is under the pointer.
 */
public final class TimeScale {

    /** The narrowest span of a timeline of days (see {@link ZoomLimits} for times of day): a single day. */
    public static final double MIN_SPAN_DAYS = ZoomLimits.DAY_SPAN;
    /** The widest span the view zooms to when the data is shorter: two decades. */
    public static final double DEFAULT_MAX_SPAN_DAYS = 20 * 365.2425;

    private final TimeWindow window;
    private final double width;

    public TimeScale(TimeWindow window, double width) {
        if (!(width > 0)) {
            throw new IllegalArgumentException("width must be positive, was " + width);
        }
        this.window = window;
        this.width = width;
    }

    public TimeWindow window() {
        return window;
    }

    public double width() {
        return width;
    }

    public double pixelsPerDay() {
        return width / window.span();
    }

    /** The x of an instant; may be outside [0, width] for instants out of view. */
    public double toX(double day) {
        return (day - window.start()) * pixelsPerDay();
    }

    /** The instant at x. */
    public double toDay(double x) {
        return window.start() + x / pixelsPerDay();
    }

    /** Width in pixels of a duration in days. */
    public double toPixels(double days) {
        return days * pixelsPerDay();
    }

    /** Zooms by {@code factor} (less than 1 zooms in) keeping the instant at {@code x} at {@code x}. */
    public TimeWindow zoomAt(double x, double factor, double minSpan, double maxSpan) {
        double anchor = toDay(x);
        return window.zoomedAround(anchor, factor).clampSpan(anchor, minSpan, maxSpan);
    }

    /** The window after dragging the content {@code dx} pixels to the right. */
    public TimeWindow panByPixels(double dx) {
        return window.shiftedBy(-dx / pixelsPerDay());
    }

    /** The widest span allowed for data covering {@code dataSpan} days: two decades, or more for longer data. */
    public static double maxSpanFor(double dataSpan) {
        return Math.max(DEFAULT_MAX_SPAN_DAYS, dataSpan * 1.5);
    }
}
