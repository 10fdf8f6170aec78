package org.timelineviewer.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a timeline. Immutable; lists are unmodifiable copies.
 *
 * @param end         when a span ended, or null for an event that is just its {@code start}
 * @param importance  1 (minor) to 3 (major)
 * @param summary     one line ({@link LocalizedText#EMPTY} when the file gives none)
 * @param source      the quoted source passage, or null when the file quotes none
 * @param displayDate the date as the file wants it shown ("Spring 1066"), or null to format {@code start}
 * @param media       what the event points to, or null
 * @param links       links from the event's text, in order
 */
public record TimelineEvent(
        String id,
        HistoricDate start,
        HistoricDate end,
        Category category,
        int importance,
        EventStatus status,
        LocalizedText title,
        LocalizedText summary,
        LocalizedText description,
        List<LocalizedText> people,
        List<LocalizedText> organizations,
        List<MoneyAmount> amounts,
        SourceQuote source,
        List<String> relatedIds,
        LocalizedText displayDate,
        Media media,
        List<Link> links) {

    public static final int MIN_IMPORTANCE = 1;
    public static final int MAX_IMPORTANCE = 3;

    public TimelineEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        amounts = List.copyOf(amounts);
        relatedIds = List.copyOf(relatedIds);
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** An event of this app's own format as it was before display dates, media and links. */
    public TimelineEvent(String id, HistoricDate start, HistoricDate end, Category category, int importance,
                         EventStatus status, LocalizedText title, LocalizedText summary, LocalizedText description,
                         List<LocalizedText> people, List<LocalizedText> organizations, List<MoneyAmount> amounts,
                         SourceQuote source, List<String> relatedIds) {
        this(id, start, end, category, importance, status, title, summary, description, people, organizations,
                amounts, source, relatedIds, null, null, List.of());
    }

    public Optional<LocalizedText> displayDateText() {
        return Optional.ofNullable(displayDate);
    }

    public Optional<Media> mediaLink() {
        return Optional.ofNullable(media);
    }

    public Optional<SourceQuote> sourceQuote() {
        return Optional.ofNullable(source);
    }

    public Optional<HistoricDate> endDate() {
        return Optional.ofNullable(end);
    }

    public Optional<LocalizedText> descriptionText() {
        return Optional.ofNullable(description);
    }

    /** First epoch day covered. */
    public double startDay() {
        return start.startDay();
    }

    /** Epoch day after the last day covered (the end of {@code end}'s extent for spans). */
    public double endDay() {
        return end != null ? end.endDay() : start.endDay();
    }

    /** True when the event is a single known day (or a time of day): drawn as a point rather than a bar. */
    public boolean isPoint() {
        return end == null && start.precision().isPoint();
    }

    public boolean isApproximate() {
        return start.approximate() || (end != null && end.approximate());
    }

    /** True when the search text occurs in any text of the event, in either language. */
    public boolean matches(String needle) {
        if (needle == null || needle.isBlank()) {
            return true;
        }
        String n = needle.strip();
        return title.contains(n) || summary.contains(n)
                || (description != null && description.contains(n))
                || people.stream().anyMatch(p -> p.contains(n))
                || organizations.stream().anyMatch(o -> o.contains(n))
                || category.label().contains(n)
                || (source != null && new LocalizedText(source.quote(), "").contains(n))
                || links.stream().anyMatch(l -> LocalizedText.containsText(l.label(), n));
    }
}
