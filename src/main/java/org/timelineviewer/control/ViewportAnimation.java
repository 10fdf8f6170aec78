package org.timelineviewer.control;

import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import org.timelineviewer.model.TimeWindow;

/**
 * Moves the visible window smoothly to a target (ease-out, a fifth of a second). A new target
 * while moving starts from where the view is now, so repeated wheel clicks glide instead of jump.
 */
final class ViewportAnimation {

    /** Duration of a direct-manipulation move (zoom, pan). */
    static final double DURATION_MILLIS = 220;

    private final Consumer<TimeWindow> apply;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            step(now);
        }
    };
    private TimeWindow from;
    private TimeWindow to;
    private long startNanos = -1;
    private double durationNanos = DURATION_MILLIS * 1e6;
    private boolean easeBothEnds;

    ViewportAnimation(Consumer<TimeWindow> apply) {
        this.apply = apply;
    }

    /** Starts (or redirects) the animation from {@code current} to {@code target}, easing out. */
    void animate(TimeWindow current, TimeWindow target) {
        animate(current, target, DURATION_MILLIS, false);
    }

    /**
     * Starts a move of {@code durationMillis}; {@code easeInOut} starts and ends gently (a camera
     * flight), otherwise the move starts fast and settles (direct manipulation).
     */
    void animate(TimeWindow current, TimeWindow target, double durationMillis, boolean easeInOut) {
        from = current;
        to = target;
        startNanos = -1;
        durationNanos = durationMillis * 1e6;
        easeBothEnds = easeInOut;
        timer.start();
    }

    /** The window the view is heading for, or null when it is not moving. */
    TimeWindow target() {
        return to;
    }

    boolean isRunning() {
        return to != null;
    }

    void stop() {
        timer.stop();
        to = null;
    }

    private void step(long now) {
        if (to == null) {
            timer.stop();
            return;
        }
        if (startNanos < 0) {
            startNanos = now;
        }
        double t = Math.min(1, (now - startNanos) / durationNanos);
        TimeWindow target = to;
        apply.accept(t >= 1 ? target : from.interpolate(target, easeBothEnds ? easeInOut(t) : ease(t)));
        if (t >= 1) {
            stop();
        }
    }

    /** Cubic ease-in-out: gentle start and arrival. */
    static double easeInOut(double t) {
        return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
    }

    /** Cubic ease-out: fast start, gentle arrival. */
    static double ease(double t) {
        double u = 1 - t;
        return 1 - u * u * u;
    }
}
