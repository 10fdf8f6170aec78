package org.timelineviewer.control;

import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.TimelineEvent;

/**
 * Makes the painted looks of a crowded view's events while the view is still, before a gesture
 * needs them. A look is a hidden marker that CSS styles and that is then read (1 to 15 ms each
 * here); made on demand, the looks of the events a zoom brings into view were the slowest
 * frames of the gesture, a few ms at a time, some fifty looks in a thousand random events.
 *
 * <p>After each move of the view it waits until the view has been still for {@link #STILL},
 * then goes through the events a slice of a few ms at a time, with a pulse between slices; a
 * move of the view puts the rest off until it is still again.
 */
final class LookWarmUp {

    /** How long the view must be still before a look is made ahead of need. */
    static final Duration STILL = Duration.millis(250);
    /** The time a slice may take: a gesture that begins meanwhile waits at most this for its first frame. */
    private static final long SLICE_NANOS = 6_000_000;
    /** A pulse between slices, for frames and input. */
    private static final Duration BETWEEN_SLICES = Duration.millis(16);

    /** Makes the look of an event's marker in a language with a status tag (null: none); false when it was known. */
    interface LookMaker {
        boolean make(TimelineEvent event, Language language, String status);
    }

    private final LookMaker makeLook;
    private final PauseTransition wait = new PauseTransition();
    private List<TimelineEvent> events = List.of();
    private Language language;
    private Function<TimelineEvent, String> statusTexts;
    private int next;
    private long lastFrame;
    private TimeWindow window;
    private double width;

    /** Looks are made by {@code makeLook}, in the language and with the status tags of the last {@link #viewPainted}. */
    LookWarmUp(LookMaker makeLook) {
        this.makeLook = makeLook;
        wait.setOnFinished(e -> slice());
    }

    /**
     * The view painted {@code events} (all it can show) in {@code language}, over {@code window}
     * {@code width} wide: starts over when the events changed, and waits again when the view
     * moved (a layout pass for anything else, as a look made ahead joining the scene, is not a move).
     */
    void viewPainted(List<TimelineEvent> events, Language language, Function<TimelineEvent, String> statusTexts,
                     TimeWindow window, double width) {
        if (events != this.events || language != this.language || statusTexts != this.statusTexts) {
            this.events = events;
            this.language = language;
            this.statusTexts = statusTexts;
            next = 0;
        }
        if (!window.equals(this.window) || width != this.width) {
            this.window = window;
            this.width = width;
            lastFrame = System.nanoTime();
        }
        if (next < events.size() && wait.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            wait.setDuration(STILL);
            wait.playFromStart();
        }
    }

    /** Stops: the view paints no events (it shows markers, or none). */
    void stop() {
        wait.stop();
    }

    /** True when every event's look has been made. */
    boolean done() {
        return next >= events.size();
    }

    private void slice() {
        double stillFor = (System.nanoTime() - lastFrame) / 1e6;
        if (stillFor < STILL.toMillis()) { // moved since: wait until the view is still again
            wait.setDuration(STILL.subtract(Duration.millis(stillFor)));
            wait.playFromStart();
            return;
        }
        long sliceEnd = System.nanoTime() + SLICE_NANOS;
        while (next < events.size()) {
            TimelineEvent e = events.get(next++);
            // asking an event for its look's name costs about a microsecond, making a look a few ms
            if ((makeLook.make(e, language, statusTexts.apply(e)) || (next & 255) == 0) && System.nanoTime() > sliceEnd) {
                break;
            }
        }
        if (next < events.size()) {
            wait.setDuration(BETWEEN_SLICES);
            wait.playFromStart();
        }
    }
}
