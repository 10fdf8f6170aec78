package org.timelineviewer.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.timelineviewer.model.Quote;
import org.timelineviewer.io.TimelineDocument.AmountEntry;
import org.timelineviewer.io.TimelineDocument.CategoryEntry;
import org.timelineviewer.io.TimelineDocument.EraEntry;
import org.timelineviewer.io.TimelineDocument.EventEntry;
import org.timelineviewer.io.TimelineDocument.SourceEntry;
import org.timelineviewer.io.TimelineDocument.StoryEntry;
import org.timelineviewer.io.TimelineDocument.Text;
import org.timelineviewer.model.AmountQualifier;
import org.timelineviewer.model.Category;
import org.timelineviewer.model.DateFormatException;
import org.timelineviewer.model.Era;
import org.timelineviewer.model.EventStatus;
import org.timelineviewer.model.HistoricDate;
import org.timelineviewer.model.Link;
import org.timelineviewer.model.LocalizedText;
import org.timelineviewer.model.Media;
import org.timelineviewer.model.MinutesSeconds;
import org.timelineviewer.model.MoneyAmount;
import org.timelineviewer.model.Source;
import org.timelineviewer.model.SourceQuote;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

/**
 * Checks a {@link TimelineDocument} and builds the immutable {@link Timeline} from it, collecting
 * every problem (by JSON pointer) rather than stopping at the first.
 */
final class TimelineValidator {

    static final int SUPPORTED_FORMAT = 1;
    /** The longest id: ids are names people type and read. */
    static final int MAX_ID_LENGTH = 100;
    /** Amounts are below a quintillion (10^18) and have at most six decimals. */
    private static final BigDecimal MAX_AMOUNT = MoneyAmount.LIMIT;
    private static final int MAX_AMOUNT_DECIMALS = MoneyAmount.MAX_DECIMALS;
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /**
     * A problem by pointer; its line and column are 0 until known. A keyed one ({@code key} not
     * null) is said in the user's language too: {@code message} is its English words.
     */
    record Finding(String pointer, String message, int line, int column, String key, List<String> args) {
        Finding(String pointer, String message, int line, int column) {
            this(pointer, message, line, column, null, List.of());
        }

        Finding(String pointer, String message) {
            this(pointer, message, 0, 0);
        }

        static Finding keyed(String pointer, int line, int column, String key, String... args) {
            return new Finding(pointer, org.timelineviewer.i18n.Messages.of(org.timelineviewer.model.Language.EN)
                    .format(key, (Object[]) args), line, column, key, List.of(args));
        }
    }

    private final List<Finding> findings = new ArrayList<>();
    private final FindingCap cap = new FindingCap();
    /** Every finding, kept or only counted: whether an entry had problems is told by this. */
    private int reported;
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, Category> categories = new HashMap<>();
    /** Set when an event names no category: it goes in {@link #DEFAULT_CATEGORY}. */
    private boolean usedDefaultCategory;

    /** The category of events whose file gives none. */
    static final Category DEFAULT_CATEGORY = new Category("events", new LocalizedText("事件", "Events"), "#607D8B");
    /** The importance of events whose file gives none. */
    static final int DEFAULT_IMPORTANCE = 2;

    private final Map<Map<String, ?>, List<String>> sortedIds = new java.util.IdentityHashMap<>();
    private int suggestionsLeft = 50;
    private final Map<String, java.util.function.Predicate<String>> written = new HashMap<>();
    private final SharedDates dates = new SharedDates();

    List<Finding> findings() {
        return findings;
    }

    /** The timeline, or null when there were findings. */
    Timeline validate(TimelineDocument doc) {
        if (doc == null) {
            report("", "the file is empty; expected a timeline object");
            return null;
        }
        if (doc.format() == null) {
            report("/format", "missing; expected \"format\": " + SUPPORTED_FORMAT);
        } else if (doc.format() != SUPPORTED_FORMAT) {
            report("/format", "format " + doc.format() + " is not supported; expected " + SUPPORTED_FORMAT);
        }
        LocalizedText title = requiredText("/title", doc.title());
        LocalizedText subtitle = optionalText("/subtitle", doc.subtitle());
        // Ids written in the file, valid entries or not: a reference to an entry with a problem of
        // its own is not reported a second time as unknown.
        written.put("source", ids(doc.sources(), SourceEntry::id)::contains);
        written.put("category", ids(doc.categories(), CategoryEntry::id)::contains);
        FirstIndices eventIndices = new FirstIndices(doc.events(), EventEntry::id);
        written.put("event", eventIndices::contains);
        List<Source> sourceList = each("/sources", doc.sources(), false, this::source);
        List<Category> categoryList = new ArrayList<>(each("/categories", doc.categories(), false, this::category));
        List<Era> eraList = each("/eras", doc.eras(), false, this::era);
        List<TimelineEvent> events = each("/events", doc.events(), true, this::event);
        if (usedDefaultCategory) {
            categoryList.add(DEFAULT_CATEGORY);
        }
        checkEventIds(doc.events(), eventIndices);
        // Stories name events by id: only a file that has stories needs them by id.
        Map<String, TimelineEvent> eventsById = new HashMap<>();
        if (doc.stories() != null && !doc.stories().isEmpty()) {
            events.forEach(e -> eventsById.put(e.id(), e));
        }
        Set<String> storyIds = new HashSet<>();
        List<Story> stories = each("/stories", doc.stories(), false, (at, e) -> story(at, e, eventsById, storyIds));
        return reported == 0
                ? new Timeline(title, subtitle, sourceList, categoryList, eraList, events, stories)
                : null;
    }

    private static <E> Set<String> ids(List<E> entries, java.util.function.Function<E, String> id) {
        Set<String> ids = new HashSet<>();
        if (entries != null) {
            for (E e : entries) {
                if (e != null && id.apply(e) != null) {
                    ids.add(id.apply(e));
                }
            }
        }
        return ids;
    }

    private <E, T> List<T> each(String pointer, List<E> entries, boolean required,
                                BiFunction<String, E, T> convert) {
        List<T> out = new ArrayList<>();
        if (entries == null || entries.isEmpty()) {
            if (required) {
                report(pointer, "missing or empty; expected a list with at least one entry");
            }
            return out;
        }
        for (int i = 0; i < entries.size(); i++) {
            String at = pointer + "/" + i;
            if (entries.get(i) == null) {
                report(at, "expected an object, found null");
                continue;
            }
            T value = convert.apply(at, entries.get(i));
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    private Source source(String at, SourceEntry e) {
        String id = uniqueId(at, e.id(), sources.keySet());
        LocalizedText name = requiredText(at + "/name", e.name());
        HistoricDate published = optionalDate(at + "/published", e.published());
        if (id == null || name == null) {
            return null;
        }
        Source source = new Source(id, name, published, e.url());
        sources.put(id, source);
        return source;
    }

    private Category category(String at, CategoryEntry e) {
        String id = uniqueId(at, e.id(), categories.keySet());
        LocalizedText label = requiredText(at + "/label", e.label());
        if (e.color() == null || !COLOR.matcher(e.color()).matches()) {
            report(at + "/color", (e.color() == null ? "missing" : Quote.of(e.color()) + " is not a colour")
                    + "; expected #RRGGBB");
            return null;
        }
        if (id == null || label == null) {
            return null;
        }
        Category category = new Category(id, label, e.color().toUpperCase(java.util.Locale.ROOT));
        categories.put(id, category);
        return category;
    }

    private Era era(String at, EraEntry e) {
        String id = requiredId(at, e.id());
        LocalizedText label = requiredText(at + "/label", e.label());
        HistoricDate start = optionalDate(at + "/start", e.start());
        HistoricDate end = optionalDate(at + "/end", e.end());
        if (start != null && end != null && end.compareTo(start) < 0) {
            report(at + "/end", "the era ends (" + end + ") before it starts (" + start + ")");
            return null;
        }
        return id == null || label == null ? null : new Era(id, label, start, end);
    }

    private TimelineEvent event(String at, EventEntry e) {
        int before = reported;
        String id = requiredId(at, e.id());
        // The fields of an event are given as the event's pointer and the field's name, joined only
        // for a problem: five pointers written out for every event were a twentieth of reading a large file.
        HistoricDate start = requiredDate(at, "/date", e.date());
        HistoricDate end = e.end() == null ? null : optionalDate(at + "/end", e.end());
        if (start != null && end != null && end.endDay() <= start.startDay()) {
            report(at + "/end", "the event ends (" + end + ") before it starts (" + start + ")");
        }
        Category category;
        if (e.category() == null) {
            category = categories.getOrDefault(DEFAULT_CATEGORY.id(), DEFAULT_CATEGORY);
            usedDefaultCategory |= category == DEFAULT_CATEGORY;
        } else {
            category = reference(at, "/category", e.category(), categories, "category");
        }
        Integer importance = e.importance() == null ? Integer.valueOf(DEFAULT_IMPORTANCE) : e.importance();
        if (importance < TimelineEvent.MIN_IMPORTANCE || importance > TimelineEvent.MAX_IMPORTANCE) {
            report(at + "/importance", importance + " is out of range; expected 1 (minor), 2 (notable) or 3 (major)");
        }
        EventStatus status = e.status() == null ? EventStatus.UNSTATED : EventStatus.fromCode(e.status());
        if (status == null || (e.status() != null && status == EventStatus.UNSTATED)) {
            report(at + "/status", Quote.of(e.status()) + " is not a status; expected confirmed, reported, rumoured or denied"
                    + " (or no status at all)");
        }
        LocalizedText title = requiredText(at, "/title", e.title());
        LocalizedText summary = e.summary() == null ? LocalizedText.EMPTY : optionalText(at, "/summary", e.summary());
        // A pointer is written out only for a field the entry has (100,000 events, a million fewer texts).
        LocalizedText description = e.description() == null ? null : optionalText(at + "/description", e.description());
        List<LocalizedText> people = e.people() == null ? List.of() : each(at + "/people", e.people(), false, this::requiredText);
        List<LocalizedText> orgs = e.organizations() == null ? List.of()
                : each(at + "/organizations", e.organizations(), false, this::requiredText);
        List<MoneyAmount> amounts = e.amounts() == null ? List.of() : each(at + "/amounts", e.amounts(), false, this::amount);
        SourceQuote quote = e.source() == null ? null : quote(at + "/source", e.source());
        List<String> related = e.related() == null ? List.of() : e.related();
        LocalizedText displayDate = e.displayDate() == null ? null : optionalText(at + "/displayDate", e.displayDate());
        Media media = e.media() == null ? null : media(at + "/media", e.media());
        List<Link> links = e.links() == null ? List.of() : each(at + "/links", e.links(), false, this::link);
        if (reported > before) {
            return null;
        }
        return new TimelineEvent(id, start, end, category, importance, status, title, summary, description,
                people, orgs, amounts, quote, related, displayDate, media, links);
    }

    private Media media(String at, TimelineDocument.MediaEntry e) {
        if (e == null) {
            return null;
        }
        if (e.url() == null || e.url().isBlank()) {
            report(at + "/url", "missing; expected the address of the picture, video or page");
            return null;
        }
        return new Media(e.url().strip(), optionalText(at + "/caption", e.caption()), optionalText(at + "/credit", e.credit()));
    }

    private Link link(String at, TimelineDocument.LinkEntry e) {
        if (e.url() == null || e.url().isBlank()) {
            report(at + "/url", "missing; expected an address such as https://example.org/page");
            return null;
        }
        String label = e.label() == null || e.label().isBlank() ? e.url().strip() : e.label().strip();
        return new Link(label, e.url().strip());
    }

    private Story story(String at, StoryEntry e, Map<String, TimelineEvent> events, Set<String> taken) {
        int before = reported;
        String id = uniqueId(at, e.id(), taken);
        if (Story.DEFAULT_ID.equals(id)) {
            report(at + "/id", Quote.of(id) + " is reserved for the story of every event in time order; choose another id");
            id = null;
        }
        LocalizedText title = requiredText(at + "/title", e.title());
        LocalizedText subtitle = optionalText(at + "/subtitle", e.subtitle());
        List<Story.Step> steps = each(at + "/steps", e.steps(), true, (stepAt, step) -> {
            TimelineEvent event = reference(stepAt + "/event", step.event(), events, "event");
            LocalizedText notes = optionalText(stepAt + "/notes", step.notes());
            java.time.Duration target = target(stepAt + "/target", step.target());
            return event == null ? null : new Story.Step(event, notes, target);
        });
        if (id != null) {
            taken.add(id);
        }
        return reported > before ? null
                : new Story(id, title, subtitle, Boolean.TRUE.equals(e.titleSlide()), steps);
    }

    /** A step's target time, "m:ss" ({@link MinutesSeconds}); null when none is given or it is wrong (reported). */
    private java.time.Duration target(String at, String text) {
        if (text == null) {
            return null;
        }
        java.util.Optional<java.time.Duration> target = MinutesSeconds.parse(text.strip());
        if (target.isEmpty()) {
            reportKeyed(at, TARGET_PROBLEM, Quote.printable(text, 40));
        }
        return target.orElse(null);
    }

    static final String TARGET_PROBLEM = "story.problem.target";

    private MoneyAmount amount(String at, AmountEntry e) {
        boolean valueOk = e.value() != null && MoneyAmount.inRange(e.value());
        if (!valueOk) {
            report(at + "/value", (e.value() == null ? "missing" : e.value().signum() < 0 ? "negative"
                    : e.value().compareTo(MAX_AMOUNT) >= 0 ? "too large" : "more than " + MAX_AMOUNT_DECIMALS + " decimals")
                    + "; expected a plain number from 0 to below 10^18 with at most " + MAX_AMOUNT_DECIMALS
                    + " decimals, such as 13138000000");
        }
        if (e.currency() == null || !CURRENCY.matcher(e.currency()).matches()) {
            report(at + "/currency", "expected an ISO 4217 code such as HKD, USD or CNY");
        }
        AmountQualifier qualifier = e.qualifier() == null ? AmountQualifier.EXACT : AmountQualifier.fromCode(e.qualifier());
        if (qualifier == null) {
            report(at + "/qualifier", Quote.of(e.qualifier()) + " is not a qualifier; expected exact, about, up-to, over, under or nearly");
        }
        LocalizedText label = optionalText(at + "/label", e.label());
        BigDecimal value = e.value();
        return !valueOk || qualifier == null || e.currency() == null
                ? null : new MoneyAmount(value, e.currency(), qualifier, label);
    }

    private SourceQuote quote(String at, TimelineDocument.QuoteEntry e) {
        Source source = reference(at + "/ref", e.ref(), sources, "source");
        if (e.quote() == null || e.quote().isBlank()) {
            report(at + "/quote", "missing; expected the source passage, verbatim");
            return null;
        }
        Map<org.timelineviewer.model.Language, String> translations = translations(at + "/translation", e);
        return source == null || translations == null ? null : new SourceQuote(source, e.quote(), translations);
    }

    /** The quote's renderings by language (none when the file gives none), or null when one is wrong. */
    private Map<org.timelineviewer.model.Language, String> translations(String at, TimelineDocument.QuoteEntry e) {
        if (e.translation() == null) {
            return Map.of();
        }
        org.timelineviewer.model.Language own = SourceQuote.languageOf(e.quote());
        Map<org.timelineviewer.model.Language, String> out = new java.util.EnumMap<>(org.timelineviewer.model.Language.class);
        boolean wrong = false;
        for (Map.Entry<String, String> t : e.translation().entrySet()) {
            String here = at + "/" + StructurePointers.escape(t.getKey());
            org.timelineviewer.model.Language language = org.timelineviewer.model.Language.fromCode(t.getKey(), null);
            if (language == null || !language.code().equals(t.getKey())) {
                reportKeyed(here, "format.problem.translation.language", Quote.of(t.getKey()));
            } else if (language == own) {
                reportKeyed(here, "format.problem.translation.ownLanguage", language.code());
            } else if (t.getValue().isBlank()) {
                reportKeyed(here, "format.problem.translation.empty", language.code());
            } else {
                out.put(language, t.getValue().strip());
                continue;
            }
            wrong = true;
        }
        return wrong ? null : out;
    }

    private void checkEventIds(List<EventEntry> entries, FirstIndices firstIndex) {
        if (entries == null) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            EventEntry e = entries.get(i);
            if (e == null || e.id() == null) {
                continue;
            }
            int previous = firstIndex.firstOf(e.id());
            if (previous != i) {
                report("/events/" + i + "/id", "duplicate id " + Quote.of(e.id()) + " (first used by /events/" + previous + ")");
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            EventEntry e = entries.get(i);
            if (e == null || e.related() == null) {
                continue;
            }
            for (int r = 0; r < e.related().size(); r++) {
                String ref = e.related().get(r);
                if (!firstIndex.contains(ref)) {
                    report("/events/" + i + "/related/" + r, "no event has the id " + Quote.of(ref));
                } else if (ref.equals(e.id())) {
                    report("/events/" + i + "/related/" + r, "an event cannot be related to itself");
                }
            }
        }
    }

    private String requiredId(String at, String id) {
        if (id == null || !isId(id)) {
            report(at + "/id", (id == null ? "missing" : Quote.of(id) + " is not a valid id")
                    + "; expected up to " + MAX_ID_LENGTH + " lower-case letters, digits and single dashes, e.g. ceo-change");
            return null;
        }
        return id;
    }

    /** Lower-case letters and digits in runs joined by single dashes: checked in one pass, no regex. */
    static boolean isId(String id) {
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH || id.charAt(0) == '-' || id.charAt(id.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && (c != '-' || id.charAt(i - 1) == '-')) {
                return false;
            }
        }
        return true;
    }

    private String uniqueId(String at, String id, Set<String> taken) {
        String valid = requiredId(at, id);
        if (valid != null && taken.contains(valid)) {
            report(at + "/id", "duplicate id " + Quote.of(valid));
            return null;
        }
        return valid;
    }

    private <T> T reference(String at, String id, Map<String, T> known, String what) {
        return reference(at, "", id, known, what);
    }

    /** {@link #reference} of the field {@code field} of the entry at {@code at}. */
    private <T> T reference(String at, String field, String id, Map<String, T> known, String what) {
        if (id == null) {
            report(at + field, "missing; expected the id of a " + what);
            return null;
        }
        T value = known.get(id);
        if (value == null && !written.getOrDefault(what, any -> false).test(id)) {
            List<String> ids = sortedIds(known);
            // Suggestions for the first unknown ids only: a file of 200,000 wrong references is answered as fast.
            String guess = suggestionsLeft-- > 0 ? Suggestions.closest(id, ids) : null;
            String expected = guess != null ? "did you mean " + Quote.of(guess) + "?"
                    : ids.size() <= 12 ? "expected one of " + ids : "expected the id of one of the " + ids.size() + " " + plural(what);
            report(at + field, "unknown " + what + " " + Quote.of(id) + "; " + expected);
        }
        return value;
    }

    private static String plural(String what) {
        return what.equals("category") ? "categories" : what.equals("story") ? "stories" : what + "s";
    }

    /** The known ids in order, sorted once per kind however many references are unknown. */
    private List<String> sortedIds(Map<String, ?> known) {
        return sortedIds.computeIfAbsent(known, k -> k.keySet().stream().sorted().toList());
    }

    private HistoricDate requiredDate(String at, String text) {
        return requiredDate(at, "", text);
    }

    /** The date of the field {@code field} of the entry at {@code at} (the two joined only to report a problem). */
    private HistoricDate requiredDate(String at, String field, String text) {
        if (text == null) {
            report(at + field, "missing; expected a date: " + HistoricDate.EXPECTED_FORM);
            return null;
        }
        return optionalDate(at, field, text);
    }

    private HistoricDate optionalDate(String at, String text) {
        return optionalDate(at, "", text);
    }

    private HistoricDate optionalDate(String at, String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return dates.parse(text);
        } catch (DateFormatException e) {
            report(at + field, e.getMessage());
            return null;
        }
    }

    private LocalizedText requiredText(String at, Text text) {
        return requiredText(at, "", text);
    }

    private LocalizedText requiredText(String at, String field, Text text) {
        if (text == null) {
            report(at + field, "missing; expected {\"zh\": \"…\", \"en\": \"…\"}");
            return null;
        }
        return optionalText(at, field, text);
    }

    private LocalizedText optionalText(String at, Text text) {
        return optionalText(at, "", text);
    }

    /** A text in both languages or in one; blank in both is a problem. */
    private LocalizedText optionalText(String at, String field, Text text) {
        if (text == null) {
            return null;
        }
        String zh = text.zh() == null ? "" : text.zh().strip();
        String en = text.en() == null ? "" : text.en().strip();
        if (zh.isEmpty() && en.isEmpty()) {
            report(at + field, "text is missing in both languages; expected \"zh\", \"en\" or both");
            return null;
        }
        return new LocalizedText(zh, en);
    }

    private void reportKeyed(String pointer, String key, String... args) {
        reported++;
        if (cap.keep(pointer)) {
            findings.add(Finding.keyed(pointer, 0, 0, key, args));
        }
    }

    private void report(String pointer, String message) {
        reported++;
        if (cap.keep(pointer)) {
            findings.add(new Finding(pointer, message));
        }
    }

    /** How many findings of each kind were counted but not kept ({@link FindingCap}). */
    java.util.Map<String, Integer> dropped() {
        return cap.dropped();
    }

}
