package org.timelineviewer.presentation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.timelineviewer.model.Story;

/**
 * The plan of a talk against the clock: how long it is (the story's target times added up, or a
 * length chosen before starting), where each step should begin and end in it, and, for a time
 * elapsed on a slide, the time left and whether the presenter is ahead, on time or behind.
 *
 * <p>Each step gets a share of the talk: its target time, scaled to the chosen length when there
 * is one; a step without a target counts as long as the story's average target, to the second (or all steps are
 * equal when none has one). On a step, the presenter is <em>ahead</em> when the step began early
 * by more than the tolerance, <em>behind</em> when its share ran out more than the tolerance ago,
 * and on time in between. The tolerance is 15 seconds or a tenth of the step's share, whichever
 * is longer.
 */
public final class TalkPace {

    /** Where the presenter stands against the plan. */
    public enum Pace { AHEAD, ON_TIME, BEHIND }

    /**
     * What the presenter's clock shows: the time left in the talk (negative once over), and the
     * pace with the time ahead or behind by (zero when on time).
     */
    public record Reading(Duration left, Pace pace, Duration by) {
        public boolean over() {
            return left.isNegative();
        }
    }

    /** The least slack before one is ahead or behind. */
    static final Duration TOLERANCE = Duration.ofSeconds(15);
    /** The share of a step's time that is slack, if longer than {@link #TOLERANCE}. */
    static final double TOLERANCE_SHARE = 0.10;

    private final Duration length;
    /** Where each step begins in the talk: step n (1-based) begins at {@code begins.get(n - 1)}, ends at {@code begins.get(n)}. */
    private final List<Duration> begins;

    private TalkPace(Duration length, List<Duration> begins) {
        this.length = length;
        this.begins = List.copyOf(begins);
    }

    /**
     * The plan for {@code story}, {@code chosenLength} long (null: as long as its targets add up
     * to); empty when neither says how long the talk is, or the story has no steps.
     */
    public static Optional<TalkPace> of(Story story, Duration chosenLength) {
        List<Story.Step> steps = story.steps();
        if (steps.isEmpty() || ((chosenLength == null || chosenLength.isNegative() || chosenLength.isZero()) && !story.hasTargets())) {
            return Optional.empty();
        }
        long given = steps.stream().filter(s -> s.target() != null).mapToLong(s -> s.target().toMillis()).sum();
        long withTargets = steps.stream().filter(s -> s.target() != null).count();
        // To the second: a story of targets in whole seconds keeps a length in whole seconds.
        long average = withTargets == 0 ? 1 : Math.max(1, Math.round(given / 1000.0 / withTargets)) * 1000;
        long[] weights = steps.stream().mapToLong(s -> s.target() == null ? average : s.target().toMillis()).toArray();
        long sum = java.util.Arrays.stream(weights).sum();
        Duration length = chosenLength != null && !chosenLength.isNegative() && !chosenLength.isZero() ? chosenLength : Duration.ofMillis(sum);
        List<Duration> begins = new ArrayList<>(steps.size() + 1);
        long before = 0;
        begins.add(Duration.ZERO);
        for (long weight : weights) {
            before += weight;
            begins.add(Duration.ofMillis(Math.round((double) before / sum * length.toMillis())));
        }
        return Optional.of(new TalkPace(length, begins));
    }

    /** How long the talk is meant to be. */
    public Duration length() {
        return length;
    }

    /** The time step {@code number} (1-based) should begin at, from the start of the talk. */
    public Duration begins(int number) {
        return begins.get(number - 1);
    }

    /** The time given to step {@code number} (1-based). */
    public Duration share(int number) {
        return begins.get(number).minus(begins.get(number - 1));
    }

    /** The reading for {@code elapsed} of talk on {@code slide}. */
    public Reading reading(Slide slide, Duration elapsed) {
        Duration from;
        Duration to;
        if (slide instanceof Slide.Step step) {
            from = begins(step.number());
            to = begins.get(step.number());
        } else if (slide instanceof Slide.End) {
            from = length;
            to = length;
        } else {
            from = Duration.ZERO; // the title slide: the talk is meant to begin now
            to = Duration.ZERO;
        }
        Duration slack = to.minus(from).multipliedBy(Math.round(TOLERANCE_SHARE * 1000)).dividedBy(1000);
        if (slack.compareTo(TOLERANCE) < 0) {
            slack = TOLERANCE;
        }
        Duration left = length.minus(elapsed);
        if (elapsed.compareTo(from.minus(slack)) < 0) {
            return new Reading(left, Pace.AHEAD, from.minus(elapsed));
        }
        if (elapsed.compareTo(to.plus(slack)) > 0) {
            return new Reading(left, Pace.BEHIND, elapsed.minus(to));
        }
        return new Reading(left, Pace.ON_TIME, Duration.ZERO);
    }
}
