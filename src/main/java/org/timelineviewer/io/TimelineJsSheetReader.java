package org.timelineviewer.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.timelineviewer.model.HistoricDate;
import org.timelineviewer.model.Link;

/**
 * Reads TimelineJS's spreadsheet template saved as CSV or TSV: {@code Year, Month, Day, Time,
 * End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit,
 * Media Caption, Media Thumbnail, Alt Text, Type, Group, Background}, and older sheets with
 * {@code Start Date}, {@code End Date} and {@code Tag}. {@code Type} {@code title} is the title
 * (the first one), {@code era} an era. Headers are matched without regard to case or spaces around
 * them (older TimelineJS did the same). Problems name the row's line and the column.
 */
final class TimelineJsSheetReader {

    /** The columns a sheet needs to be a TimelineJS sheet: a headline and a year (or a start date). */
    static final List<String> NEEDED = List.of("Headline", "Year");

    private final CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    /** The separator of a sheet whose first line is {@code header}: tabs, semicolons or commas. */
    static char separator(String name, String header) {
        if (name.toLowerCase(Locale.ROOT).endsWith(".tsv")) {
            return '\t';
        }
        long tabs = header.chars().filter(c -> c == '\t').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    /** The header cells of the sheet's first line, as written. */
    static List<String> headers(String firstLine, char separator) {
        List<String> out = new ArrayList<>();
        for (String cell : firstLine.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1)) {
            String h = cell.strip();
            if (h.length() >= 2 && h.startsWith("\"") && h.endsWith("\"")) {
                h = h.substring(1, h.length() - 1).strip();
            }
            out.add(h);
        }
        return out;
    }

    /** True when the headers have what a TimelineJS sheet needs. */
    static boolean isTimelineJsSheet(List<String> headers) {
        List<String> known = headers.stream().map(TimelineJsSheetReader::normal).toList();
        return known.contains("headline") && (known.contains("year") || known.contains("start date"));
    }

    Opened read(String name, String text) throws TimelineLoadException {
        String first = text.lines().findFirst().orElse("");
        char separator = separator(name, first);
        ImportBuilder out = new ImportBuilder(TimelineFormat.TIMELINEJS_SHEET, name);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        boolean titled = false;
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema).readValues(text)) {
            while (rows.hasNextValue()) {
                // Where the row starts: read before the row is (after it, the parser is on the next line).
                int line = rows.getCurrentLocation() == null ? 0 : Math.max(0, rows.getCurrentLocation().getLineNr());
                Map<String, String> raw = rows.nextValue();
                Map<String, String> row = normalise(raw);
                out.atLine(line);
                String type = row.getOrDefault("type", "").toLowerCase(Locale.ROOT);
                if (type.equals("title") && !titled) {
                    titled = true;
                    out.title(HtmlText.of(row.get("headline")).text(), HtmlText.of(row.get("text")).text());
                    continue;
                }
                if (type.equals("title")) {
                    out.count("import.note.moreTitles");
                }
                row(row, line, type.equals("era"), out);
            }
        } catch (IOException | RuntimeException e) {
            out.problem(Problem.keyed("", 0, 0, "import.problem.sheet", TimelineJsDates.cut(String.valueOf(e.getMessage()))));
        }
        return out.build();
    }

    private static void row(Map<String, String> row, int line, boolean era, ImportBuilder out) {
        HistoricDate start;
        HistoricDate end = null;
        boolean old = row.containsKey("start date") && !row.containsKey("year");
        if (old) {
            if (row.getOrDefault("start date", "").isBlank()) {
                out.count("import.note.noYearSkipped");
                return;
            }
            start = oldDate(row.get("start date"), "Start Date", line, out);
            if (!row.getOrDefault("end date", "").isBlank()) {
                end = oldDate(row.get("end date"), "End Date", line, out);
            }
        } else {
            if (row.getOrDefault("year", "").isBlank()) {
                out.count("import.note.noYearSkipped"); // TimelineJS skips rows without a year
                return;
            }
            TimelineJsDates.Fields from = fields(row, "", line, out);
            start = TimelineJsDates.date(from, f -> title(f), out);
            if (!row.getOrDefault("end year", "").isBlank()) {
                TimelineJsDates.Fields to = fields(row, "end ", line, out);
                if (TimelineJsDates.sameAsStart(from, to)) {
                    out.count("import.note.endEqualsStart");
                } else {
                    end = TimelineJsDates.date(to, f -> "End " + title(f), out);
                }
            }
        }
        if (start != null && end != null && end.endDay() <= start.startDay()) {
            out.problem(Problem.keyed(old ? "End Date" : "End Year", line, 0, "import.problem.endBeforeStart",
                    end.toString(), start.toString()));
            return;
        }
        if (start == null) {
            return;
        }
        HtmlText headline = HtmlText.of(row.get("headline"));
        if (era) {
            out.era(headline.text(), start, end);
            return;
        }
        HtmlText body = HtmlText.of(row.get("text"));
        if (headline.markup() || body.markup()) {
            out.count("import.note.htmlRemoved");
        }
        List<Link> links = new ArrayList<>(headline.links());
        links.addAll(body.links());
        ImportBuilder.MediaDraft media = null;
        if (!row.getOrDefault("media", "").isBlank()) {
            out.count("import.note.mediaAsLinks");
            media = new ImportBuilder.MediaDraft(row.get("media"), HtmlText.of(row.get("media caption")).text(),
                    HtmlText.of(row.get("media credit")).text());
        }
        if (!row.getOrDefault("background", "").isBlank()) {
            out.count("import.note.backgroundNotShown");
        }
        String group = row.getOrDefault("group", row.get("tag"));
        String display = row.getOrDefault("display date", "");
        out.event(new ImportBuilder.Draft(null, start, end, headline.text(), body.text(), links, media,
                group == null ? null : HtmlText.of(group).text(), display.isBlank() ? null : HtmlText.of(display).text()));
    }

    private static TimelineJsDates.Fields fields(Map<String, String> row, String prefix, int line, ImportBuilder out) {
        Long[] time = time(row.getOrDefault(prefix + "time", ""), prefix.isEmpty() ? "Time" : "End Time", line, out);
        return new TimelineJsDates.Fields(number(row, prefix + "year", line, out), number(row, prefix + "month", line, out),
                number(row, prefix + "day", line, out), time[0], time[1], time[2], time[3]);
    }

    /** A year, month or day cell: a whole number once spaces and thousands commas are gone. */
    private static Long number(Map<String, String> row, String column, int line, ImportBuilder out) {
        String cell = row.getOrDefault(column, "");
        String clean = cell.replace(" ", "").replace(",", "");
        if (clean.isEmpty()) {
            return null;
        }
        if (!TimelineJsDates.wholeNumber(clean)) {
            out.problem(Problem.keyed(title(column), line, 0, "import.problem.notANumber", title(column), TimelineJsDates.cut(cell)));
            return null;
        }
        return Long.parseLong(clean);
    }

    /**
     * A time cell as TimelineJS reads it: {@code 10:30}, {@code 10:30:15}, {@code 1030},
     * {@code 10.30}, {@code 10:30 AM}, {@code 9 p.m.}: hour, minute, second, millisecond (nulls
     * for what is not given).
     */
    static Long[] time(String cell, String column, int line, ImportBuilder out) {
        Long[] none = {null, null, null, null};
        String t = cell.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (t.isEmpty()) {
            return none;
        }
        Boolean pm = null;
        for (String suffix : new String[] {"a.m.", "am", "p.m.", "pm"}) {
            if (t.endsWith(suffix)) {
                pm = suffix.startsWith("p");
                t = t.substring(0, t.length() - suffix.length());
                break;
            }
        }
        String[] parts = t.contains(":") ? t.split(":", -1) : t.contains(".") ? t.split("\\.", -1)
                : t.length() == 4 && TimelineJsDates.wholeNumber(t) ? new String[] {t.substring(0, 2), t.substring(2)}
                : new String[] {t};
        try {
            long hour = Long.parseLong(parts[0]);
            Long minute = parts.length > 1 ? Long.parseLong(parts[1]) : null;
            Long second = null;
            Long milli = null;
            if (parts.length > 2) {
                int dot = parts[2].indexOf('.');
                second = Long.parseLong(dot < 0 ? parts[2] : parts[2].substring(0, dot));
                milli = dot < 0 ? null : Math.round(Double.parseDouble("0" + parts[2].substring(dot)) * 1000);
            }
            if (pm != null) {
                if (hour < 1 || hour > 12) {
                    throw new NumberFormatException(cell);
                }
                hour = hour % 12 + (pm ? 12 : 0);
            }
            if (parts.length > 3 || hour < 0 || hour > 23 || (minute != null && (minute < 0 || minute > 59))
                    || (second != null && (second < 0 || second > 59))) {
                throw new NumberFormatException(cell);
            }
            return new Long[] {hour, minute, second, milli};
        } catch (NumberFormatException e) {
            out.problem(Problem.keyed(column, line, 0, "import.problem.time", TimelineJsDates.cut(cell)));
            return none;
        }
    }

    /**
     * An older sheet's {@code Start Date} / {@code End Date}: {@code YYYY[-MM[-DD]]}, a bare
     * (possibly negative) year, {@code m/d/yyyy} or {@code m/yyyy}, optionally followed by a time.
     */
    private static HistoricDate oldDate(String cell, String column, int line, ImportBuilder out) {
        String text = cell.strip();
        String date = text;
        String time = "";
        int space = text.indexOf(' ');
        if (space > 0) {
            date = text.substring(0, space);
            time = text.substring(space + 1);
        }
        Long year = null;
        Long month = null;
        Long day = null;
        String[] slash = date.split("/", -1);
        String[] dash = date.startsWith("-") ? new String[] {date} : date.split("-", -1);
        try {
            if (slash.length == 3) {
                month = Long.parseLong(slash[0]);
                day = Long.parseLong(slash[1]);
                year = Long.parseLong(slash[2]);
            } else if (slash.length == 2) {
                month = Long.parseLong(slash[0]);
                year = Long.parseLong(slash[1]);
            } else if (dash.length <= 3 && TimelineJsDates.wholeNumber(dash[0])) {
                year = Long.parseLong(dash[0]);
                month = dash.length > 1 ? Long.parseLong(dash[1]) : null;
                day = dash.length > 2 ? Long.parseLong(dash[2]) : null;
            } else {
                throw new NumberFormatException(cell);
            }
        } catch (NumberFormatException e) {
            out.problem(Problem.keyed(column, line, 0, "import.problem.oldDate", TimelineJsDates.cut(cell)));
            return null;
        }
        Long[] t = time(time, column, line, out);
        return TimelineJsDates.date(new TimelineJsDates.Fields(year, month, day, t[0], t[1], t[2], t[3]), f -> column, out);
    }

    private static Map<String, String> normalise(Map<String, String> raw) {
        Map<String, String> row = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                row.putIfAbsent(normal(k), v.strip());
            }
        });
        return row;
    }

    private static String normal(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** "end year" as the sheet's header would write it: "End Year". */
    private static String title(String column) {
        StringBuilder out = new StringBuilder();
        for (String word : column.split(" ")) {
            if (!word.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }
}
