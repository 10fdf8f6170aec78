package org.timelineviewer.io;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.timelineviewer.model.HistoricDate;
import org.timelineviewer.model.Link;

/**
 * Reads markwhen text ({@code .mw}): the header ({@code title}, {@code description},
 * {@code #tag: colour}, {@code dateFormat: d/M/y}, in {@code ---} front matter or before the first
 * event), events as {@code date or range: title} with their description on the following lines,
 * {@code group} / {@code section} … {@code end} (and markwhen 1's {@code # Heading} sections),
 * {@code #tags} (the first an event's category; a group names the category of untagged events),
 * {@code [links](…)} and {@code ![images](…)}. What it does not support (recurrence, references
 * to other events, relative dates) is reported with its line, never guessed.
 */
final class MarkwhenReader {

    /** markwhen's colour names, as #RRGGBB. */
    static final Map<String, String> COLOURS = Map.ofEntries(Map.entry("green", "#2E7D32"), Map.entry("blue", "#1565C0"),
            Map.entry("red", "#C62828"), Map.entry("yellow", "#F9A825"), Map.entry("indigo", "#3949AB"),
            Map.entry("purple", "#6A1B9A"), Map.entry("pink", "#AD1457"), Map.entry("orange", "#EF6C00"),
            Map.entry("gray", "#616161"), Map.entry("grey", "#616161"), Map.entry("white", "#9E9E9E"),
            Map.entry("black", "#212121"));

    private final LocalDate today;

    /** @param today what {@code now} means (the day the file is opened) */
    MarkwhenReader(LocalDate today) {
        this.today = today;
    }

    /** An event being read: its line, dates, title and description lines so far. */
    private static final class Pending {
        final int line;
        final HistoricDate start;
        final HistoricDate end;
        final String title;
        final String group;
        final List<String> description = new ArrayList<>();
        String id;
        boolean inProperties = true;

        Pending(int line, HistoricDate start, HistoricDate end, String title, String group) {
            this.line = line;
            this.start = start;
            this.end = end;
            this.title = title;
            this.group = group;
        }
    }

    Opened read(String name, String text) throws TimelineLoadException {
        ImportBuilder out = new ImportBuilder(TimelineFormat.MARKWHEN, name);
        List<String> lines = text.lines().toList();
        int first = header(lines, out);
        MarkwhenDates dates = new MarkwhenDates(dayFirst, today);
        Deque<String> groups = new ArrayDeque<>();
        Deque<Integer> headingLevels = new ArrayDeque<>();
        Pending pending = null;
        HistoricDate previousEnd = null;
        for (int i = first; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = raw.strip();
            int number = i + 1;
            out.atLine(number);
            if (line.startsWith("//")) {
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.matches("(group|section)(\\s.*)?")) {
                pending = flush(pending, out);
                groups.push(groupName(line.substring(line.indexOf(' ') < 0 ? line.length() : line.indexOf(' '))));
                continue;
            }
            if (lower.equals("end") || lower.equals("endgroup") || lower.equals("endsection")) {
                pending = flush(pending, out);
                if (groups.isEmpty()) {
                    out.note("import.note.markwhen.strayEnd", String.valueOf(number));
                } else {
                    groups.pop();
                }
                continue;
            }
            int level = headingLevel(line);
            if (level > 0) {
                pending = flush(pending, out);
                while (!headingLevels.isEmpty() && headingLevels.peek() >= level) {
                    headingLevels.pop();
                    groups.pop();
                }
                headingLevels.push(level);
                groups.push(groupName(line.substring(level)));
                continue;
            }
            Event event = eventLine(line, dates, previousEnd, number, out);
            if (event == UNSUPPORTED) {
                pending = flush(pending, out);
                continue;
            }
            if (event != null) {
                pending = flush(pending, out);
                pending = new Pending(number, event.start(), event.end(), event.title(), groups.peek());
                previousEnd = event.end() != null ? event.end() : event.start();
                continue;
            }
            if (pending == null) {
                if (!line.isEmpty()) {
                    out.note("import.note.markwhen.notAnEvent", String.valueOf(number), TimelineJsDates.cut(line));
                }
                continue;
            }
            if (pending.inProperties && line.matches("[A-Za-z_][A-Za-z0-9_-]{0,30}:\\s.*")) {
                String key = line.substring(0, line.indexOf(':'));
                if (key.equals("id")) {
                    pending.id = line.substring(line.indexOf(':') + 1).strip();
                } else {
                    out.note("import.note.markwhen.property", String.valueOf(number), key);
                }
                continue;
            }
            pending.inProperties = false;
            pending.description.add(line);
        }
        flush(pending, out);
        return out.build();
    }

    private boolean dayFirst;

    /** Reads the header; returns the index of the first line after it. */
    private int header(List<String> lines, ImportBuilder out) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        boolean fenced = i < lines.size() && lines.get(i).strip().equals("---");
        if (fenced) {
            i++;
        }
        String title = null;
        String description = null;
        for (; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (fenced && line.equals("---")) {
                i++;
                break;
            }
            int colon = line.indexOf(':');
            boolean keyValue = colon > 0 && !line.startsWith("//") && line.substring(0, colon).matches("#?[A-Za-z_][\\w-]{0,40}");
            if (!fenced && (!keyValue || new MarkwhenDates(false, today).range(line.substring(0, Math.max(0, colon))) != null)) {
                break; // the first event (or anything that is not a header line) ends an unfenced header
            }
            if (!keyValue) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = unquote(line.substring(colon + 1).strip());
            switch (key.toLowerCase(Locale.ROOT)) {
                case "title" -> title = value;
                case "description" -> description = value;
                case "dateformat" -> dayFirst = value.toLowerCase(Locale.ROOT).startsWith("d");
                case "timezone", "tz", "view", "edit", "meridiem", "import", "reminders" ->
                        out.note("import.note.markwhen.headerIgnored", key);
                default -> {
                    if (key.startsWith("#")) {
                        String colour = colour(value);
                        if (colour != null) {
                            out.groupColour(key.substring(1), colour);
                        }
                    } else {
                        out.note("import.note.markwhen.headerIgnored", key);
                    }
                }
            }
        }
        out.title(title, description);
        return i;
    }

    private record Event(HistoricDate start, HistoricDate end, String title) {
    }

    /** An event line of a kind not supported (reported): it ends the event before and is left out. */
    private static final Event UNSUPPORTED = new Event(null, null, null);

    /** "after !launch 3 days", "by !id", "!a / !b": dates given by other events. */
    private static boolean isReference(String when) {
        String w = when.strip();
        for (String word : new String[] {"after ", "by ", "before "}) {
            if (w.startsWith(word) && w.substring(word.length()).strip().startsWith("!")) {
                return true;
            }
        }
        return w.startsWith("!") && w.length() > 1 && Character.isLetterOrDigit(w.charAt(1));
    }

    /** {@code date or range: title}, or null when the line is not an event. */
    private static Event eventLine(String line, MarkwhenDates dates, HistoricDate previousEnd, int number, ImportBuilder out) {
        for (int colon = line.indexOf(':'); colon > 0 && colon <= 80; colon = line.indexOf(':', colon + 1)) {
            String when = line.substring(0, colon).strip();
            String title = line.substring(colon + 1).strip();
            String lower = when.toLowerCase(Locale.ROOT);
            int every = lower.indexOf(" every ");
            if (every > 0) {
                MarkwhenDates.Range r = dates.range(when.substring(0, every));
                if (r != null) {
                    out.note("import.note.markwhen.recurrence", String.valueOf(number));
                    return new Event(r.start(), r.end(), title);
                }
            }
            if (isReference(lower)) {
                out.note("import.note.markwhen.reference", String.valueOf(number), TimelineJsDates.cut(when));
                return UNSUPPORTED;
            }
            MarkwhenDates.Range range = dates.range(when);
            if (range != null) {
                return new Event(range.start(), range.end(), title);
            }
            MarkwhenDates.Duration relative = MarkwhenDates.duration(when);
            if (relative != null) {
                if (previousEnd == null) {
                    out.note("import.note.markwhen.relative", String.valueOf(number), TimelineJsDates.cut(when));
                    return UNSUPPORTED;
                }
                // "10 days": from the end of the event before, as markwhen reads it.
                HistoricDate start = MarkwhenDates.after(previousEnd, new MarkwhenDates.Duration(2, previousEnd.precision()));
                return new Event(start, MarkwhenDates.after(start, relative), title);
            }
        }
        return null;
    }

    /** Finishes the event being read: tags out of its title, links and images out of its text. */
    private static Pending flush(Pending p, ImportBuilder out) {
        if (p == null) {
            return null;
        }
        out.atLine(p.line);
        List<String> tags = new ArrayList<>();
        String title = tags(p.title, tags);
        List<Link> links = new ArrayList<>();
        List<Link> images = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String d : p.description) {
            String line = markdown(tags(d, tags), links, images);
            text.append(line.isEmpty() ? "\n\n" : (text.length() == 0 || text.toString().endsWith("\n\n") ? "" : "\n") + line);
        }
        title = markdown(title, links, images);
        if (tags.size() > 1) {
            out.count("import.note.markwhen.extraTags");
        }
        String group = !tags.isEmpty() ? tags.get(0) : p.group;
        ImportBuilder.MediaDraft media = images.isEmpty() ? null
                : new ImportBuilder.MediaDraft(images.get(0).url(), images.get(0).label(), "");
        if (media != null) {
            out.count("import.note.mediaAsLinks");
        }
        out.event(new ImportBuilder.Draft(p.id, p.start, p.end, title, text.toString().strip(), links, media, group, null));
        return null;
    }

    /** The text without its {@code #tags}, which are added to {@code into} (numbers are not tags). */
    static String tags(String text, List<String> into) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean starts = c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
            int j = i + 1;
            while (starts && j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                j++;
            }
            String tag = starts ? text.substring(i + 1, j) : "";
            if (!tag.isEmpty() && !tag.chars().allMatch(Character::isDigit)) {
                if (!into.contains(tag)) {
                    into.add(tag);
                }
                i = j;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** The text with {@code [words](url)} as its words (a link) and {@code ![alt](url)} taken out (an image). */
    static String markdown(String text, List<Link> links, List<Link> images) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            boolean image = text.startsWith("![", i);
            int open = image ? i + 1 : i;
            if (text.charAt(open) == '[') {
                int close = text.indexOf("](", open);
                int end = close < 0 ? -1 : text.indexOf(')', close + 2);
                if (close > 0 && end > 0 && text.indexOf('\n', open) < 0) {
                    String words = text.substring(open + 1, close).strip();
                    String url = text.substring(close + 2, end).strip();
                    if (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:")) {
                        (image ? images : links).add(new Link(words.isEmpty() ? url : words, url));
                        if (!image) {
                            out.append(words);
                        }
                        i = end + 1;
                        continue;
                    }
                }
            }
            out.append(text.charAt(i));
            i++;
        }
        return out.toString().strip();
    }

    /** The level of a markwhen 1 heading ("## Project" is 2), or 0 for any other line. */
    private static int headingLevel(String line) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        return level >= 1 && level <= 6 && level < line.length() && line.charAt(level) == ' ' ? level : 0;
    }

    private static String groupName(String rest) {
        List<String> ignored = new ArrayList<>();
        return unquote(tags(rest.strip(), ignored));
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))
                ? v.substring(1, v.length() - 1) : v;
    }

    /** A markwhen colour (a name, #abc or #aabbcc) as #RRGGBB, or null for one it does not know. */
    static String colour(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("color:") || v.startsWith("colour:")) {
            v = v.substring(v.indexOf(':') + 1).strip();
        }
        if (COLOURS.containsKey(v)) {
            return COLOURS.get(v);
        }
        if (v.matches("#[0-9a-f]{3}")) {
            return ("#" + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2) + v.charAt(3) + v.charAt(3)).toUpperCase(Locale.ROOT);
        }
        return v.matches("#[0-9a-f]{6}") ? v.toUpperCase(Locale.ROOT) : null;
    }
}
