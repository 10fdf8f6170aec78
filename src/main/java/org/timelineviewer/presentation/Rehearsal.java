package org.timelineviewer.presentation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.util.Subscription;

/**
 * A rehearsal: how long each step of a {@link Presentation} was on screen, added up when a step
 * is shown again, by the presentation's talk timer (so its pauses do not count; after a reset the
 * time counts again from zero). The title and end slides are not steps and count for none.
 */
public final class Rehearsal {

    private final Presentation presentation;
    private final Duration[] times;
    /** The step number on screen since {@link #mark} (0: no step). */
    private int onStep;
    /** The talk timer's reading when {@link #onStep} was last counted. */
    private Duration mark;
    private Subscription subscription;

    /** Starts recording {@code presentation} from its current slide. */
    public Rehearsal(Presentation presentation) {
        this.presentation = presentation;
        this.times = new Duration[presentation.stepCount()];
        Arrays.fill(times, Duration.ZERO);
        this.onStep = stepOnScreen();
        this.mark = presentation.elapsed();
        this.subscription = presentation.indexProperty().subscribe((was, now) -> {
            count();
            onStep = stepOnScreen();
        });
    }

    public Presentation presentation() {
        return presentation;
    }

    /** The time each step has been on screen so far, in the story's order (zero for a step not shown). */
    public List<Duration> times() {
        if (subscription != null) {
            count();
        }
        return List.of(times);
    }

    /** The time the step on screen has had so far, all its showings together (zero on the title and end slides). */
    public Duration onCurrentStep() {
        return onStep == 0 ? Duration.ZERO : times().get(onStep - 1);
    }

    /** The times to keep as the steps' targets: each to the nearest second (zero: a step not shown, or only flicked past). */
    public List<Duration> targets() {
        List<Duration> out = new ArrayList<>();
        for (Duration d : times()) {
            out.add(Duration.ofSeconds(Math.round(d.toMillis() / 1000.0)));
        }
        return out;
    }

    /** Stops recording: the times stay as they are. */
    public void stop() {
        if (subscription != null) {
            count();
            subscription.unsubscribe();
            subscription = null;
        }
    }

    private void count() {
        Duration now = presentation.elapsed();
        Duration spent = now.minus(mark);
        if (spent.isNegative()) {
            spent = now; // the timer was reset meanwhile: what it counted since
        }
        if (onStep > 0) {
            times[onStep - 1] = times[onStep - 1].plus(spent);
        }
        mark = now;
    }

    private int stepOnScreen() {
        return presentation.current() instanceof Slide.Step step ? step.number() : 0;
    }
}
