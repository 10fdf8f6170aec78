package org.timelineviewer.presentation;

/**
 * The sizes the speaker notes' text can take in the presenter view: {@link #MIN} to {@link #MAX}
 * pixels in steps of {@link #STEP}, {@link #DEFAULT} until the presenter chooses another.
 */
public final class NotesSize {

    public static final double MIN = 14;
    public static final double MAX = 40;
    public static final double STEP = 2;
    public static final double DEFAULT = 24;

    private NotesSize() {
    }

    /** {@code px} within the limits, on a step; {@link #DEFAULT} for a value that is not a number. */
    public static double clamp(double px) {
        if (!Double.isFinite(px)) {
            return DEFAULT;
        }
        double stepped = MIN + Math.round((px - MIN) / STEP) * STEP;
        return Math.max(MIN, Math.min(MAX, stepped));
    }

    /** One step larger than {@code px}, at most {@link #MAX}. */
    public static double larger(double px) {
        return clamp(clamp(px) + STEP);
    }

    /** One step smaller than {@code px}, at least {@link #MIN}. */
    public static double smaller(double px) {
        return clamp(clamp(px) - STEP);
    }
}
