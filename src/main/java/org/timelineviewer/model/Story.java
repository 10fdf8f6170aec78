package org.timelineviewer.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sequence of events to present, in the order the presenter tells them, each with optional
 * speaker notes; optionally opened by a title slide.
 */
public record Story(String id, LocalizedText title, LocalizedText subtitle, boolean titleSlide, List<Step> steps) {

    /** One step: the event shown and what the presenter says. */
    public record Step(TimelineEvent event, LocalizedText notes) {
        public Step {
            Objects.requireNonNull(event, "event");
        }

        public Optional<LocalizedText> notesText() {
            return Optional.ofNullable(notes);
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

    /** Every event of {@code timeline} in time order, opened by a slide with the timeline's title. */
    public static Story allEvents(Timeline timeline) {
        return new Story(DEFAULT_ID, timeline.title(), timeline.subtitle().orElse(null), true,
                timeline.events().stream().map(e -> new Step(e, null)).toList());
    }
}
