package org.timelineviewer.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.timelineviewer.model.DateFormatException;
import org.timelineviewer.model.DatePrecision;
import org.timelineviewer.model.HistoricDate;

/**
 * TimelineJS's dates ({@code year}, {@code month}, {@code day}, {@code hour}, {@code minute},
 * {@code second}, {@code millisecond}; numbers or strings of digits) as {@link HistoricDate}s at
 * the precision of the finest field given, as TimelineJS reads them: a field left out between
 * given ones counts as the first (a day without a month is in January, noted as inferred);
 * milliseconds are dropped (noted). Months are 1 to 12.
 */
final class TimelineJsDates {

    /** The date's fields, as numbers; null for a field not given. */
    record Fields(Long year, Long month, Long day, Long hour, Long minute, Long second, Long millisecond) {
    }

    private TimelineJsDates() {
    }

    /**
     * The fields of a date object at {@code pointer}; a field that is not a whole number (or a
     * string of digits) is a problem there.
     */
    static Fields fields(JsonNode date, String pointer, ImportBuilder out) {
        return new Fields(field(date, "year", pointer, out), field(date, "month", pointer, out),
                field(date, "day", pointer, out), field(date, "hour", pointer, out), field(date, "minute", pointer, out),
                field(date, "second", pointer, out), field(date, "millisecond", pointer, out));
    }

    private static Long field(JsonNode date, String name, String pointer, ImportBuilder out) {
        JsonNode v = date.get(name);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            return null;
        }
        String at = pointer + "/" + name;
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.asLong();
        }
        String text = v.isTextual() ? v.asText().strip() : v.toString();
        if (v.isTextual() && wholeNumber(text)) {
            return Long.parseLong(text);
        }
        out.problem(Problem.keyed(at, 0, 0, "import.problem.notANumber", name, cut(text)));
        return null;
    }

    /** Digits with an optional minus sign, at most 12 of them (checked without a regex). */
    static boolean wholeNumber(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start || text.length() - start > 12) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The date the fields give, or null after reporting a problem at {@code pointer}: a missing
     * year, a month outside 1 to 12, a day the month does not have, an hour past 23…
     */
    static HistoricDate date(Fields f, String pointer, ImportBuilder out) {
        return date(f, field -> pointer + "/" + field, out);
    }

    /** As above, {@code where} naming the place of each field ("year" → "/events/3/start_date/year", or "End Year"). */
    static HistoricDate date(Fields f, java.util.function.UnaryOperator<String> where, ImportBuilder out) {
        if (f.year() == null) {
            out.problem(Problem.keyed(where.apply("year"), 0, 0, "import.problem.noYear"));
            return null;
        }
        DatePrecision precision = f.second() != null || f.millisecond() != null ? DatePrecision.SECOND
                : f.minute() != null ? DatePrecision.MINUTE
                : f.hour() != null ? DatePrecision.HOUR
                : f.day() != null ? DatePrecision.DAY
                : f.month() != null ? DatePrecision.MONTH : DatePrecision.YEAR;
        boolean gap = (precision.compareTo(DatePrecision.MONTH) > 0 && f.month() == null)
                || (precision.compareTo(DatePrecision.DAY) > 0 && f.day() == null)
                || (precision.compareTo(DatePrecision.HOUR) > 0 && f.hour() == null);
        if (gap) {
            out.count("import.note.precisionInferred");
        }
        if (f.millisecond() != null && f.millisecond() != 0) {
            out.count("import.note.millisecondsDropped");
        }
        int month = f.month() == null ? 1 : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, f.month()));
        if (month < 1 || month > 12) {
            out.problem(Problem.keyed(where.apply("month"), 0, 0, "import.problem.month", String.valueOf(f.month())));
            return null;
        }
        try {
            return switch (precision) {
                case YEAR -> HistoricDate.ofYear(f.year());
                case MONTH -> HistoricDate.ofMonth(f.year(), month);
                case DAY -> HistoricDate.ofDay(f.year(), month, small(f.day()));
                default -> HistoricDate.ofTime(f.year(), month, f.day() == null ? 1 : small(f.day()),
                        f.hour() == null ? 0 : small(f.hour()), f.minute() == null ? 0 : small(f.minute()),
                        f.second() == null ? 0 : small(f.second()), precision);
            };
        } catch (DateFormatException e) {
            out.problem(Problem.keyed(where.apply("day"), 0, 0, "import.problem.date", e.getMessage()));
            return null;
        }
    }

    /**
     * True when the end says nothing the start does not (TimelineJS compares the start's fields
     * with the end's, loosely): TimelineJS then drops the end and shows a point.
     */
    static boolean sameAsStart(Fields start, Fields end) {
        return same(start.year(), end.year()) && same(start.month(), end.month()) && same(start.day(), end.day())
                && same(start.hour(), end.hour()) && same(start.minute(), end.minute())
                && same(start.second(), end.second()) && same(start.millisecond(), end.millisecond());
    }

    /** Only the start's fields count: an end that is finer than its start but agrees is "the same". */
    private static boolean same(Long start, Long end) {
        return start == null || start.equals(end);
    }

    private static int small(long value) {
        return (int) Math.max(-1, Math.min(10_000, value));
    }

    static String cut(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
