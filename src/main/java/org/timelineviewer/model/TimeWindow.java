package org.timelineviewer.model;

/**
 * The span of time in view, in epoch days ({@code start} inclusive, {@code end} exclusive).
 * Immutable; every operation returns a new window. No JavaFX here.
 */
public record TimeWindow(double start, double end) {

    public TimeWindow {
        if (!(end > start) || Double.isInfinite(start) || Double.isInfinite(end)) {
            throw new IllegalArgumentException("a window needs finite start < end, was " + start + ".." + end);
        }
    }

    public double span() {
        return end - start;
    }

    public double center() {
        return (start + end) / 2;
    }

    public boolean contains(double day) {
        return day >= start && day < end;
    }

    /** True when [from, to) and this window share any time. */
    public boolean overlaps(double from, double to) {
        return to > start && from < end;
    }

    /** The window moved by {@code days} (positive: later). */
    public TimeWindow shiftedBy(double days) {
        return new TimeWindow(start + days, end + days);
    }

    /**
     * The window scaled by {@code factor} (less than 1 zooms in) around {@code anchor}: the instant
     * at the anchor keeps its relative position, so it stays under the pointer.
     */
    public TimeWindow zoomedAround(double anchor, double factor) {
        return new TimeWindow(anchor - (anchor - start) * factor, anchor + (end - anchor) * factor);
    }

    /**
     * The window with its span clamped to [minSpan, maxSpan], keeping {@code anchor} in place.
     */
    public TimeWindow clampSpan(double anchor, double minSpan, double maxSpan) {
        double span = span();
        if (span < minSpan) {
            return zoomedAround(anchor, minSpan / span);
        }
        if (span > maxSpan) {
            return zoomedAround(anchor, maxSpan / span);
        }
        return this;
    }

    /** Straight-line interpolation; any instant with the same relative position in both stays put. */
    public TimeWindow interpolate(TimeWindow to, double t) {
        return new TimeWindow(start + (to.start - start) * t, end + (to.end - end) * t);
    }

    /** The smallest window showing [from, to) with {@code marginFraction} of its span free on each side. */
    public static TimeWindow framing(double from, double to, double marginFraction) {
        double span = Math.max(to - from, 1);
        double margin = span * marginFraction;
        return new TimeWindow(from - margin, from + span + margin);
    }

    /**
     * As a record's own equality, written out: the generated one is linked at its first call,
     * milliseconds that the first frame would wait for (the visible window's change listeners
     * compare windows).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof TimeWindow w && Double.compare(start, w.start) == 0 && Double.compare(end, w.end) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(start) + Double.hashCode(end);
    }
}
