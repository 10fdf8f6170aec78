package org.timelineviewer.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sequence of events to present, in the order the presenter tells them, each with optional
 * speaker notes and an optional target time; optionally opened by a title slide.
 */
public record Story(String id, LocalizedText title, LocalizedText subtitle, boolean titleSlide, List<Step> steps) {

    /**
     * One step: the event shown, what the presenter says, and how long the presenter means to
     * spend on it ({@code target}: null when the story does not say, else positive).
     */
    public record Step(TimelineEvent event, LocalizedText notes, Duration target) {
        public Step {
            Objects.requireNonNull(event, "event");
            if (target != null && (target.isNegative() || target.isZero())) {
                throw new IllegalArgumentException("a step's target time is positive: " + target);
            }
        }

        /** A step without a target time. */
        public Step(TimelineEvent event, LocalizedText notes) {
            this(event, notes, null);
        }

        public Optional<LocalizedText> notesText() {
            return Optional.ofNullable(notes);
        }

        public Optional<Duration> targetTime() {
            return Optional.ofNullable(target);
        }
    }

    /** The id of the story made up when a timeline defines none. */
    public static final String DEFAULT_ID = "all-events";

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
    }

    public Optional<LocalizedText> subtitleText() {
        return Optional.ofNullable(subtitle);
    }

    /** Whether any step has a target time. */
    public boolean hasTargets() {
        return steps.stream().anyMatch(s -> s.target() != null);
    }

    /**
     * The same story with {@code targets} as its steps' target times, one per step in order (a
     * null or zero length keeps that step's own); everything else as it was.
     */
    public Story withTargets(List<Duration> targets) {
        if (targets.size() != steps.size()) {
            throw new IllegalArgumentException(targets.size() + " targets for " + steps.size() + " steps");
        }
        List<Step> timed = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Duration target = targets.get(i);
            Step step = steps.get(i);
            timed.add(new Step(step.event(), step.notes(), target == null || target.isZero() ? step.target() : target));
        }
        return new Story(id, title, subtitle, titleSlide, timed);
    }

    /** Every event of {@code timeline} in time order, opened by a slide with the timeline's title. */
    public static Story allEvents(Timeline timeline) {
        return new Story(DEFAULT_ID, timeline.title(), timeline.subtitle().orElse(null), true,
                timeline.events().stream().map(e -> new Step(e, null)).toList());
    }
}
