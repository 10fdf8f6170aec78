package org.timelineviewer.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a timeline. Immutable; lists are unmodifiable copies. Equal when every part is,
 * as a record would be.
 *
 * <p>A class rather than a record so that what most events leave out (a description, people,
 * organisations, amounts, a source, related events, a display date, media, links) takes one field,
 * shared by all events without any: 48 bytes an event instead of a record's 80, which a
 * timeline of 100,000 events holds 3 MB less for.
 *
 * <ul>
 *   <li>{@code end}: when a span ended, or null for an event that is just its {@code start};</li>
 *   <li>{@code importance}: 1 (minor) to 3 (major);</li>
 *   <li>{@code summary}: one line ({@link LocalizedText#EMPTY} when the file gives none);</li>
 *   <li>{@code source}: the quoted source passage, or null when the file quotes none;</li>
 *   <li>{@code displayDate}: the date as the file wants it shown ("Spring 1066"), or null to format {@code start};</li>
 *   <li>{@code media}: what the event points to, or null;</li>
 *   <li>{@code links}: links from the event's text, in order.</li>
 * </ul>
 */
public final class TimelineEvent {

    public static final int MIN_IMPORTANCE = 1;
    public static final int MAX_IMPORTANCE = 3;

    private final String id;
    private final HistoricDate start;
    private final HistoricDate end;
    private final Category category;
    private final EventStatus status;
    private final LocalizedText title;
    private final LocalizedText summary;
    private final Details details;
    private final int importance;

    /** The parts most events leave out. */
    private record Details(LocalizedText description, List<LocalizedText> people, List<LocalizedText> organizations,
                           List<MoneyAmount> amounts, SourceQuote source, List<String> relatedIds,
                           LocalizedText displayDate, Media media, List<Link> links) {
        static final Details NONE = new Details(null, List.of(), List.of(), List.of(), null, List.of(), null, null, List.of());

        static Details of(LocalizedText description, List<LocalizedText> people, List<LocalizedText> organizations,
                          List<MoneyAmount> amounts, SourceQuote source, List<String> relatedIds,
                          LocalizedText displayDate, Media media, List<Link> links) {
            List<Link> linkList = links == null ? List.of() : List.copyOf(links);
            if (description == null && people.isEmpty() && organizations.isEmpty() && amounts.isEmpty() && source == null
                    && relatedIds.isEmpty() && displayDate == null && media == null && linkList.isEmpty()) {
                return NONE;
            }
            return new Details(description, List.copyOf(people), List.copyOf(organizations), List.copyOf(amounts),
                    source, List.copyOf(relatedIds), displayDate, media, linkList);
        }
    }

    public TimelineEvent(String id, HistoricDate start, HistoricDate end, Category category, int importance,
                         EventStatus status, LocalizedText title, LocalizedText summary, LocalizedText description,
                         List<LocalizedText> people, List<LocalizedText> organizations, List<MoneyAmount> amounts,
                         SourceQuote source, List<String> relatedIds, LocalizedText displayDate, Media media,
                         List<Link> links) {
        this.id = Objects.requireNonNull(id, "id");
        this.start = Objects.requireNonNull(start, "start");
        this.end = end;
        this.category = Objects.requireNonNull(category, "category");
        this.importance = importance;
        this.status = Objects.requireNonNull(status, "status");
        this.title = Objects.requireNonNull(title, "title");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.details = Details.of(description, people, organizations, amounts, source, relatedIds, displayDate, media, links);
    }

    /** An event of this app's own format as it was before display dates, media and links. */
    public TimelineEvent(String id, HistoricDate start, HistoricDate end, Category category, int importance,
                         EventStatus status, LocalizedText title, LocalizedText summary, LocalizedText description,
                         List<LocalizedText> people, List<LocalizedText> organizations, List<MoneyAmount> amounts,
                         SourceQuote source, List<String> relatedIds) {
        this(id, start, end, category, importance, status, title, summary, description, people, organizations,
                amounts, source, relatedIds, null, null, List.of());
    }

    public String id() {
        return id;
    }

    public HistoricDate start() {
        return start;
    }

    public HistoricDate end() {
        return end;
    }

    public Category category() {
        return category;
    }

    public int importance() {
        return importance;
    }

    public EventStatus status() {
        return status;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText summary() {
        return summary;
    }

    public LocalizedText description() {
        return details.description();
    }

    public List<LocalizedText> people() {
        return details.people();
    }

    public List<LocalizedText> organizations() {
        return details.organizations();
    }

    public List<MoneyAmount> amounts() {
        return details.amounts();
    }

    public SourceQuote source() {
        return details.source();
    }

    public List<String> relatedIds() {
        return details.relatedIds();
    }

    public LocalizedText displayDate() {
        return details.displayDate();
    }

    public Media media() {
        return details.media();
    }

    public List<Link> links() {
        return details.links();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof TimelineEvent e && id.equals(e.id) && start.equals(e.start)
                && Objects.equals(end, e.end) && category.equals(e.category) && importance == e.importance
                && status == e.status && title.equals(e.title) && summary.equals(e.summary) && details.equals(e.details);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, start, end, category, importance, status, title, summary, details);
    }

    @Override
    public String toString() {
        return "TimelineEvent[id=" + id + ", start=" + start + ", end=" + end + ", category=" + category.id()
                + ", importance=" + importance + ", status=" + status + ", title=" + title + ", summary=" + summary
                + (details == Details.NONE ? "" : ", " + details) + "]";
    }

    public Optional<LocalizedText> displayDateText() {
        return Optional.ofNullable(displayDate());
    }

    public Optional<Media> mediaLink() {
        return Optional.ofNullable(media());
    }

    public Optional<SourceQuote> sourceQuote() {
        return Optional.ofNullable(source());
    }

    public Optional<HistoricDate> endDate() {
        return Optional.ofNullable(end);
    }

    public Optional<LocalizedText> descriptionText() {
        return Optional.ofNullable(description());
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
                || (description() != null && description().contains(n))
                || people().stream().anyMatch(p -> p.contains(n))
                || organizations().stream().anyMatch(o -> o.contains(n))
                || category.label().contains(n)
                || (source() != null && new LocalizedText(source().quote(), "").contains(n))
                || links().stream().anyMatch(l -> LocalizedText.containsText(l.label(), n));
    }
}
