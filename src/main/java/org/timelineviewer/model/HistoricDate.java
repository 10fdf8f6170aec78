package org.timelineviewer.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date at the precision its source gives: a year ({@code 2017}, {@code -13800000000},
 * {@code 44 BCE}), a quarter ({@code 2024-Q3}), a month ({@code 2023-09}), a day
 * ({@code 2024-11-13}) or a time of day ({@code 2024-11-13T09}, {@code …T09:30},
 * {@code …T09:30:15}), optionally approximate ({@code 2025-01~}).
 *
 * <p>A date stands for its whole extent: {@code 2023-09} is every day of September 2023. Years are
 * astronomical (year 0 is 1 BCE) and as long as a {@code long}: deep time down to the Big Bang.
 * Positions are epoch days (days since 1970-01-01, fractional for times of day), the unit the
 * control works in, computed once.
 */
public final class HistoricDate implements Comparable<HistoricDate> {

    /** Longer texts are not dates: refused before they are matched. */
    static final int MAX_TEXT_LENGTH = 40;
    /** The largest year, either side of year 0: beyond the Big Bang, well within a long's days. */
    public static final long MAX_YEAR = 99_999_999_999L;

    private static final Pattern FORM = Pattern.compile(
            "([-+]?)(\\d{1,11})(?:-Q(\\d)|-(\\d{2})(?:-(\\d{2})(?:T(\\d{2})(?::(\\d{2})(?::(\\d{2}))?)?)?)?)?(~)?");
    private static final Pattern BCE = Pattern.compile("(\\d{1,11}) ?(?:BCE|BC)(~)?", Pattern.CASE_INSENSITIVE);

    /** What a valid date looks like, for error messages. */
    public static final String EXPECTED_FORM = "YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm"
            + " (a year may be negative, -13800000000, or '44 BCE'), optionally followed by ~ for approximate";

    private final long year;
    private final int month;
    private final int day;
    private final int hour;
    private final int minute;
    private final int second;
    private final DatePrecision precision;
    private final boolean approximate;
    private final double startDay;
    private final double endDay;

    private HistoricDate(long year, int month, int day, int hour, int minute, int second,
                         DatePrecision precision, boolean approximate) {
        if (Math.abs(year) > MAX_YEAR) {
            throw new DateFormatException("year " + year + " is beyond the " + MAX_YEAR + " years either side of year 0");
        }
        this.year = year;
        this.month = month;
        this.day = day;
        this.hour = hour;
        this.minute = minute;
        this.second = second;
        this.precision = precision;
        this.approximate = approximate;
        long first = CalendarDays.epochDay(year, month, day);
        this.startDay = first + (hour * 3600 + minute * 60 + second) / 86_400.0;
        this.endDay = switch (precision) {
            case YEAR -> CalendarDays.epochDay(year + 1, 1, 1);
            case QUARTER -> month >= 10 ? CalendarDays.epochDay(year + 1, 1, 1) : CalendarDays.epochDay(year, month + 3, 1);
            case MONTH -> month == 12 ? CalendarDays.epochDay(year + 1, 1, 1) : CalendarDays.epochDay(year, month + 1, 1);
            case DAY -> first + 1;
            case HOUR -> startDay + 1 / 24.0;
            case MINUTE -> startDay + 1 / 1_440.0;
            case SECOND -> startDay + 1 / 86_400.0;
        };
    }

    public static HistoricDate ofYear(long year) {
        return new HistoricDate(year, 1, 1, 0, 0, 0, DatePrecision.YEAR, false);
    }

    public static HistoricDate ofQuarter(long year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new DateFormatException("quarter must be 1 to 4, was " + quarter);
        }
        return new HistoricDate(year, quarter * 3 - 2, 1, 0, 0, 0, DatePrecision.QUARTER, false);
    }

    public static HistoricDate ofMonth(long year, int month) {
        checkMonth(year, month);
        return new HistoricDate(year, month, 1, 0, 0, 0, DatePrecision.MONTH, false);
    }

    public static HistoricDate ofDay(long year, int month, int day) {
        checkDay(year, month, day);
        return new HistoricDate(year, month, day, 0, 0, 0, DatePrecision.DAY, false);
    }

    public static HistoricDate ofDay(LocalDate day) {
        return ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    /**
     * A time of day at {@code precision} ({@link DatePrecision#HOUR}, {@code MINUTE} or
     * {@code SECOND}); the finer fields are ignored when the precision is coarser.
     */
    public static HistoricDate ofTime(long year, int month, int day, int hour, int minute, int second,
                                      DatePrecision precision) {
        if (!precision.hasTime()) {
            throw new IllegalArgumentException(precision + " is not a time of day");
        }
        checkDay(year, month, day);
        if (hour < 0 || hour > 23) {
            throw new DateFormatException("there is no hour " + hour + "; hours are 00 to 23");
        }
        int m = precision == DatePrecision.HOUR ? 0 : minute;
        int s = precision == DatePrecision.SECOND ? second : 0;
        if (m < 0 || m > 59 || s < 0 || s > 59) {
            throw new DateFormatException("minutes and seconds are 00 to 59, not " + (m < 0 || m > 59 ? m : s));
        }
        return new HistoricDate(year, month, day, hour, m, s, precision, false);
    }

    /** The same date marked approximate (or exact). */
    public HistoricDate withApproximate(boolean value) {
        return new HistoricDate(year, month, day, hour, minute, second, precision, value);
    }

    /**
     * Parses the timeline format strictly.
     *
     * @throws DateFormatException with a message saying what was wrong and what was expected
     */
    public static HistoricDate parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new DateFormatException("a date is required (" + EXPECTED_FORM + ")");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new DateFormatException("'" + text.substring(0, 20) + "…' (" + text.length()
                    + " characters) is not a date; expected " + EXPECTED_FORM);
        }
        Matcher bce = BCE.matcher(text);
        if (bce.matches()) {
            long historical = Long.parseLong(bce.group(1));
            if (historical == 0) {
                throw new DateFormatException("'" + text + "': there is no year 0 BCE; 1 BCE is followed by 1 CE");
            }
            return ofYear(1 - historical).withApproximate(bce.group(2) != null);
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new DateFormatException("'" + text + "' is not a date; expected " + EXPECTED_FORM);
        }
        long year = Long.parseLong(m.group(2)) * ("-".equals(m.group(1)) ? -1 : 1);
        boolean approximate = m.group(9) != null;
        if (m.group(3) != null && (m.group(3).charAt(0) < '1' || m.group(3).charAt(0) > '4')) {
            throw new DateFormatException("'" + text + "' names quarter " + m.group(3) + "; quarters are Q1 to Q4");
        }
        try {
            HistoricDate date;
            if (m.group(3) != null) {
                date = ofQuarter(year, Integer.parseInt(m.group(3)));
            } else if (m.group(6) != null) {
                DatePrecision p = m.group(8) != null ? DatePrecision.SECOND
                        : m.group(7) != null ? DatePrecision.MINUTE : DatePrecision.HOUR;
                date = ofTime(year, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                        m.group(7) == null ? 0 : Integer.parseInt(m.group(7)),
                        m.group(8) == null ? 0 : Integer.parseInt(m.group(8)), p);
            } else if (m.group(5) != null) {
                date = ofDay(year, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            } else if (m.group(4) != null) {
                date = ofMonth(year, Integer.parseInt(m.group(4)));
            } else {
                date = ofYear(year);
            }
            return date.withApproximate(approximate);
        } catch (DateFormatException e) {
            throw new DateFormatException("'" + text + "' is not a real date: " + e.getMessage());
        }
    }

    private static void checkMonth(long year, int month) {
        if (month < 1 || month > 12) {
            throw new DateFormatException("there is no month " + month);
        }
    }

    private static void checkDay(long year, int month, int day) {
        checkMonth(year, month);
        int length = CalendarDays.lengthOfMonth(year, month);
        if (day < 1 || day > length) {
            String name = java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            throw new DateFormatException(name + " " + year + " has " + length + " days");
        }
    }

    public DatePrecision precision() {
        return precision;
    }

    public boolean approximate() {
        return approximate;
    }

    /** The astronomical year: 0 is 1 BCE, -1 is 2 BCE. */
    public long year() {
        return year;
    }

    /** 1 to 12; the first month of the extent for years and quarters. */
    public int month() {
        return month;
    }

    /** 1 to 4: the quarter this date falls in. */
    public int quarter() {
        return (month - 1) / 3 + 1;
    }

    /** 1 to 31; the first day of the extent for coarser dates. */
    public int day() {
        return day;
    }

    /** 0 to 23 for times of day, else 0. */
    public int hour() {
        return hour;
    }

    public int minute() {
        return minute;
    }

    public int second() {
        return second;
    }

    /** Start of the extent, in epoch days. */
    public double startDay() {
        return startDay;
    }

    /** End of the extent (exclusive), in epoch days. */
    public double endDay() {
        return endDay;
    }

    /** The canonical text of this date in the file format; {@code parse(d.toString()).equals(d)}. */
    @Override
    public String toString() {
        String y = year < 0 ? String.format(Locale.ROOT, "-%04d", -year) : String.format(Locale.ROOT, "%04d", year);
        String text = switch (precision) {
            case YEAR -> y;
            case QUARTER -> y + "-Q" + quarter();
            case MONTH -> String.format(Locale.ROOT, "%s-%02d", y, month);
            case DAY -> String.format(Locale.ROOT, "%s-%02d-%02d", y, month, day);
            case HOUR -> String.format(Locale.ROOT, "%s-%02d-%02dT%02d", y, month, day, hour);
            case MINUTE -> String.format(Locale.ROOT, "%s-%02d-%02dT%02d:%02d", y, month, day, hour, minute);
            case SECOND -> String.format(Locale.ROOT, "%s-%02d-%02dT%02d:%02d:%02d", y, month, day, hour, minute, second);
        };
        return approximate ? text + "~" : text;
    }

    /** Orders by start, then the shorter (more precise) extent first. */
    @Override
    public int compareTo(HistoricDate other) {
        int byStart = Double.compare(startDay, other.startDay);
        return byStart != 0 ? byStart : Double.compare(endDay, other.endDay);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistoricDate d && year == d.year && month == d.month && day == d.day && hour == d.hour
                && minute == d.minute && second == d.second && precision == d.precision && approximate == d.approximate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day, hour, minute, second, precision, approximate);
    }
}
