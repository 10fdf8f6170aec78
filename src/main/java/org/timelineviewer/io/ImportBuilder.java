package org.timelineviewer.io;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.timelineviewer.model.Category;
import org.timelineviewer.model.Era;
import org.timelineviewer.model.EventStatus;
import org.timelineviewer.model.HistoricDate;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Link;
import org.timelineviewer.model.LocalizedText;
import org.timelineviewer.model.Media;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

/**
 * Turns what a foreign file says (TimelineJS, markwhen) into a {@link Timeline} without inventing
 * anything: ids from the file or from the headline (renamed, with a note, when they repeat), one
 * category per group or tag in order of first appearance, texts in the one language they are
 * written in (found from their script), no status claimed. Collects the problems, each at its
 * place, and the notes of the import report.
 */
final class ImportBuilder {

    /** The most events a foreign file may bring (the format's own files have their own limit). */
    static final int MAX_EVENTS = 200_000;

    /** Colours for groups that bring none, distinct and readable on the app's light background. */
    static final List<String> PALETTE = List.of("#1565C0", "#2E7D32", "#EF6C00", "#6A1B9A", "#C62828",
            "#00838F", "#AD1457", "#4E342E", "#9E9D24", "#455A64");

    /** An era as the file has it. */
    private record EraDraft(String label, HistoricDate start, HistoricDate end) {
    }

    /** An event as the file has it, before ids, categories and language are settled. */
    record Draft(String uniqueId, HistoricDate start, HistoricDate end, String headline, String text,
                 List<Link> links, MediaDraft media, String group, String displayDate) {
    }

    /** What an event points to, as the file has it. */
    record MediaDraft(String url, String caption, String credit) {
    }

    private final TimelineFormat format;
    private final String fileName;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<EraDraft> eras = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final ProblemLimit limit = new ProblemLimit();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<ImportReport.Note> notes = new ArrayList<>();
    private final Map<String, String> groupColours = new LinkedHashMap<>();
    private String title;
    private String subtitle;
    private int line;

    ImportBuilder(TimelineFormat format, String fileName) {
        this.format = format;
        this.fileName = fileName;
    }

    void title(String text, String sub) {
        title = text == null || text.isBlank() ? null : text.strip();
        subtitle = sub == null || sub.isBlank() ? null : sub.strip();
    }

    boolean hasTitle() {
        return title != null;
    }

    /** A colour the file gives a group (markwhen's {@code #tag: colour}), as #RRGGBB. */
    void groupColour(String group, String colour) {
        groupColours.put(group, colour);
    }

    void event(Draft draft) {
        if (drafts.size() < MAX_EVENTS) {
            drafts.add(draft);
        } else {
            count("import.note.tooManyEvents");
        }
    }

    void era(String label, HistoricDate start, HistoricDate end) {
        eras.add(new EraDraft(label == null || label.isBlank() ? "—" : label.strip(), start, end));
    }

    /** A problem; one without a line of its own is at the line being read ({@link #atLine}). */
    void problem(Problem p) {
        if (limit.take(p.pointer())) {
            problems.add(p.line() == 0 && line > 0 ? p.at(line, 0) : p);
        }
    }

    /** The line (a sheet's row, a markwhen line) problems found from now on are at. */
    void atLine(int value) {
        line = value;
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Counts one more of something the report sums up ("HTML removed from N texts"). */
    void count(String key) {
        counts.merge(key, 1, Integer::sum);
    }

    /** A note of its own ("line 14: recurrence is not supported"). */
    void note(String key, String... args) {
        if (notes.size() < 50) {
            notes.add(new ImportReport.Note(key, List.of((Object[]) args)));
        }
    }

    /** The timeline, or the problems found (every one, at its place). */
    Opened build() throws TimelineLoadException {
        if (drafts.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.keyed("", 0, 0, "import.problem.noEvents", format.displayName()));
        }
        if (!problems.isEmpty()) {
            problems.addAll(limit.omitted());
            throw new TimelineLoadException(fileName, problems);
        }
        Language language = languageOf();
        Map<String, Category> categories = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        List<TimelineEvent> events = new ArrayList<>();
        boolean ungrouped = drafts.stream().anyMatch(d -> d.group() == null || d.group().isBlank());
        for (Draft d : drafts) {
            String group = d.group() == null || d.group().isBlank() ? null : d.group().strip();
            Category category = group == null ? TimelineValidator.DEFAULT_CATEGORY
                    : categories.computeIfAbsent(group, g -> new Category(uniqueSlug("group", g, categoryIds(categories)),
                            LocalizedText.only(language, g), colourFor(g, categories.size())));
            String id = uniqueId(d, ids);
            LocalizedText headline = LocalizedText.only(language, d.headline().isBlank() ? "—" : d.headline());
            LocalizedText text = d.text().isBlank() ? null : LocalizedText.only(language, d.text());
            events.add(new TimelineEvent(id, d.start(), d.end(), category, TimelineValidator.DEFAULT_IMPORTANCE,
                    EventStatus.UNSTATED, headline, LocalizedText.EMPTY, text, List.of(), List.of(), List.of(), null,
                    List.of(), d.displayDate() == null ? null : LocalizedText.only(language, d.displayDate()),
                    media(d.media(), language), d.links()));
        }
        List<Category> categoryList = new ArrayList<>(categories.values());
        if (ungrouped) {
            categoryList.add(TimelineValidator.DEFAULT_CATEGORY); // ungrouped events last, as TimelineJS shows them
        }
        String name = title != null ? title : fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        Timeline timeline = new Timeline(LocalizedText.only(language, name),
                subtitle == null ? null : LocalizedText.only(language, subtitle), List.of(), categoryList,
                eraList(language),
                events);
        List<ImportReport.Note> all = new ArrayList<>();
        all.add(new ImportReport.Note(language == Language.ZH ? "import.note.languageZh" : "import.note.languageEn", List.of()));
        if (!categories.isEmpty()) {
            all.add(new ImportReport.Note("import.note.groups", List.of(categories.size())));
        }
        counts.forEach((key, n) -> all.add(new ImportReport.Note(key, List.of(n))));
        all.addAll(notes);
        all.add(new ImportReport.Note("import.note.noSources", List.of()));
        return new Opened(timeline, new ImportReport(format, events.size(), eras.size(), categoryList.size(), all));
    }

    private static Media media(MediaDraft m, Language language) {
        return m == null ? null : new Media(m.url(), text(m.caption(), language), text(m.credit(), language));
    }

    private static LocalizedText text(String text, Language language) {
        return text == null || text.isBlank() ? LocalizedText.EMPTY : LocalizedText.only(language, text.strip());
    }

    private List<Era> eraList(Language language) {
        List<Era> out = new ArrayList<>();
        for (EraDraft e : eras) {
            out.add(new Era("era-" + (out.size() + 1), LocalizedText.only(language, e.label()), e.start(), e.end()));
        }
        return out;
    }

    /** Chinese when CJK characters make up a good part of the letters, else English. */
    private Language languageOf() {
        long cjk = 0;
        long latin = 0;
        List<String> texts = new ArrayList<>();
        if (title != null) {
            texts.add(title);
        }
        eras.forEach(e -> texts.add(e.label()));
        int sampled = 0;
        for (Draft d : drafts) {
            texts.add(d.headline());
            texts.add(d.text());
            if (++sampled > 2_000) {
                break;
            }
        }
        for (String t : texts) {
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    cjk++;
                } else if (Character.isLetter(c)) {
                    latin++;
                }
            }
        }
        // A Chinese character carries a word's meaning; count each as three letters.
        return cjk * 3 >= latin && cjk > 0 ? Language.ZH : Language.EN;
    }

    private String colourFor(String group, int index) {
        String given = groupColours.get(group);
        return given != null ? given : PALETTE.get(index % PALETTE.size());
    }

    private static Set<String> categoryIds(Map<String, Category> categories) {
        Set<String> ids = new HashSet<>(categories.values().stream().map(Category::id).toList());
        ids.add(TimelineValidator.DEFAULT_CATEGORY.id());
        return ids;
    }

    private String uniqueId(Draft d, Set<String> taken) {
        String wanted = d.uniqueId() != null && !d.uniqueId().isBlank() ? d.uniqueId() : d.headline();
        String base = slug(wanted);
        if (base.isEmpty()) {
            base = "event-" + (taken.size() + 1);
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        if (!id.equals(base) && d.uniqueId() != null && !d.uniqueId().isBlank()) {
            count("import.note.duplicateIds");
        }
        taken.add(id);
        return id;
    }

    private static String uniqueSlug(String prefix, String text, Set<String> taken) {
        String base = slug(text);
        if (base.isEmpty()) {
            base = prefix;
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * An id in this app's form (lower-case letters, digits, single dashes) from any text, as
     * TimelineJS slugifies headlines: accents dropped, everything else a dash; "" when nothing is left.
     */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < plain.length() && out.length() < 60; i++) {
            char c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                dash = false;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // the accent of a letter just written
            } else if (!dash && out.length() > 0) {
                out.append('-');
                dash = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        return out.substring(0, end);
    }
}
