package org.timelineviewer.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A whole timeline file: its title, categories, eras and events (sorted by start). Immutable.
 */
public final class Timeline {

    /**
     * Orders events by start, then end, then id, so that ties are stable. Written out rather than
     * chained: a timeline of 100,000 events is compared about two million times as it is sorted.
     */
    public static final Comparator<TimelineEvent> CHRONOLOGICAL = Timeline::chronological;

    private final LocalizedText title;
    private final LocalizedText subtitle;
    private final List<Source> sources;
    private final List<Category> categories;
    private final List<Era> eras;
    private final ChronologicalEvents events;
    private final List<Story> stories;
    private final Map<String, Category> categoriesById;
    /** Worked out once: views ask for them on every frame of a zoom. */
    private final double firstDay;
    private final double lastDay;

    public Timeline(LocalizedText title, LocalizedText subtitle, List<Source> sources,
                    List<Category> categories, List<Era> eras, List<TimelineEvent> events) {
        this(title, subtitle, sources, categories, eras, events, List.of());
    }

    public Timeline(LocalizedText title, LocalizedText subtitle, List<Source> sources,
                    List<Category> categories, List<Era> eras, List<TimelineEvent> events, List<Story> stories) {
        this.title = title;
        this.subtitle = subtitle;
        this.sources = List.copyOf(sources);
        this.categories = List.copyOf(categories);
        this.eras = List.copyOf(eras);
        ChronologicalEvents sorted = ChronologicalEvents.of(events);
        this.events = sorted;
        this.stories = List.copyOf(stories);
        this.categoriesById = index(this.categories, Category::id);
        double last = 1;
        for (int i = 0; i < sorted.size(); i++) {
            last = i == 0 ? sorted.endDay(i) : Math.max(last, sorted.endDay(i));
        }
        this.firstDay = sorted.isEmpty() ? 0 : sorted.startDay(0);
        this.lastDay = last;
    }

    private static int chronological(TimelineEvent a, TimelineEvent b) {
        int byStart = Double.compare(a.startDay(), b.startDay());
        if (byStart != 0) {
            return byStart;
        }
        int byEnd = Double.compare(a.endDay(), b.endDay());
        return byEnd != 0 ? byEnd : a.id().compareTo(b.id());
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public LocalizedText title() {
        return title;
    }

    public Optional<LocalizedText> subtitle() {
        return Optional.ofNullable(subtitle);
    }

    public List<Source> sources() {
        return sources;
    }

    public List<Category> categories() {
        return categories;
    }

    public List<Era> eras() {
        return eras;
    }

    /** All events, in chronological order (with their days: {@link ChronologicalEvents}). */
    public List<TimelineEvent> events() {
        return events;
    }

    /** The stories the file defines (possibly none). */
    public List<Story> stories() {
        return stories;
    }

    /**
     * The story with this id; with a null id the file's first story, or every event in time order
     * when the file defines none.
     */
    public Optional<Story> story(String id) {
        if (id == null) {
            return Optional.of(stories.isEmpty() ? Story.allEvents(this) : stories.get(0));
        }
        if (Story.DEFAULT_ID.equals(id)) {
            return Optional.of(Story.allEvents(this));
        }
        return stories.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<TimelineEvent> event(String id) {
        return Optional.ofNullable(events.byId(id));
    }

    public Optional<Category> category(String id) {
        return Optional.ofNullable(categoriesById.get(id));
    }

    /** The related events of {@code event} that exist in this timeline, in the file's order. */
    public List<TimelineEvent> related(TimelineEvent event) {
        return event.relatedIds().stream().map(events::byId).filter(java.util.Objects::nonNull).toList();
    }

    /** First epoch day of any event, or 0 for an empty timeline. */
    public double firstDay() {
        return firstDay;
    }

    /** Last epoch day (exclusive) of any event, or 1 for an empty timeline. */
    public double lastDay() {
        return lastDay;
    }
}
