package org.timelineviewer.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date at the precision its source gives: a year ({@code 2017}), a quarter ({@code 2024-Q3}),
 * a month ({@code 2023-09}) or a day ({@code 2024-11-13}), optionally approximate ({@code 2025-01~}).
 *
 * <p>A date stands for its whole extent: {@code 2023-09} is every day of September 2023. Times on
 * the axis are measured in epoch days (days since 1970-01-01), the unit the control works in.
 */
public final class HistoricDate implements Comparable<HistoricDate> {

    private static final Pattern FORM =
            Pattern.compile("(\\d{4})(?:-(?:Q(\\d)|(\\d{2})(?:-(\\d{2}))?))?(~)?");

    /** What a valid date looks like, for error messages. */
    public static final String EXPECTED_FORM =
            "YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD, optionally followed by ~ for approximate";

    private final LocalDate first;
    private final DatePrecision precision;
    private final boolean approximate;

    private HistoricDate(LocalDate first, DatePrecision precision, boolean approximate) {
        this.first = first;
        this.precision = precision;
        this.approximate = approximate;
    }

    public static HistoricDate ofYear(int year) {
        return new HistoricDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR, false);
    }

    public static HistoricDate ofQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new DateFormatException("quarter must be 1 to 4, was " + quarter);
        }
        return new HistoricDate(LocalDate.of(year, quarter * 3 - 2, 1), DatePrecision.QUARTER, false);
    }

    public static HistoricDate ofMonth(int year, int month) {
        return new HistoricDate(LocalDate.of(year, month, 1), DatePrecision.MONTH, false);
    }

    public static HistoricDate ofDay(LocalDate day) {
        return new HistoricDate(day, DatePrecision.DAY, false);
    }

    /** The same date marked approximate (or exact). */
    public HistoricDate withApproximate(boolean value) {
        return new HistoricDate(first, precision, value);
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
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new DateFormatException("'" + text + "' is not a date; expected " + EXPECTED_FORM);
        }
        int year = Integer.parseInt(m.group(1));
        boolean approximate = m.group(5) != null;
        try {
            HistoricDate date;
            if (m.group(2) != null) {
                int quarter = Integer.parseInt(m.group(2));
                if (quarter < 1 || quarter > 4) {
                    throw new DateFormatException("'" + text + "' names quarter " + quarter + "; quarters are Q1 to Q4");
                }
                date = ofQuarter(year, quarter);
            } else if (m.group(4) != null) {
                date = ofDay(LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
            } else if (m.group(3) != null) {
                date = ofMonth(year, Integer.parseInt(m.group(3)));
            } else {
                date = ofYear(year);
            }
            return date.withApproximate(approximate);
        } catch (DateTimeException e) {
            throw new DateFormatException("'" + text + "' is not a real date: " + whyNot(m));
        }
    }

    /** Why a well-formed date does not exist, in words: "there is no month 13", "February 2023 has 28 days". */
    private static String whyNot(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        int month = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        java.time.YearMonth ym = java.time.YearMonth.of(year, month);
        String name = ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        return name + " " + year + " has " + ym.lengthOfMonth() + " days";
    }

    public DatePrecision precision() {
        return precision;
    }

    public boolean approximate() {
        return approximate;
    }

    public int year() {
        return first.getYear();
    }

    /** 1 to 12; the first month of the extent for years and quarters. */
    public int month() {
        return first.getMonthValue();
    }

    /** 1 to 4: the quarter this date falls in. */
    public int quarter() {
        return (first.getMonthValue() - 1) / 3 + 1;
    }

    /** The first day this date covers. */
    public LocalDate firstDay() {
        return first;
    }

    /** The day after the last day this date covers. */
    public LocalDate endExclusive() {
        return switch (precision) {
            case YEAR -> first.plusYears(1);
            case QUARTER -> first.plusMonths(3);
            case MONTH -> first.plusMonths(1);
            case DAY -> first.plusDays(1);
        };
    }

    /** The last day this date covers. */
    public LocalDate lastDay() {
        return endExclusive().minusDays(1);
    }

    /** Start of the extent, in epoch days. */
    public double startDay() {
        return first.toEpochDay();
    }

    /** End of the extent (exclusive), in epoch days. */
    public double endDay() {
        return endExclusive().toEpochDay();
    }

    /** The canonical text of this date in the file format; {@code parse(d.toString()).equals(d)}. */
    @Override
    public String toString() {
        String text = switch (precision) {
            case YEAR -> String.format("%04d", year());
            case QUARTER -> String.format("%04d-Q%d", year(), quarter());
            case MONTH -> String.format("%04d-%02d", year(), month());
            case DAY -> first.toString();
        };
        return approximate ? text + "~" : text;
    }

    /** Orders by first day, then the shorter (more precise) extent first. */
    @Override
    public int compareTo(HistoricDate other) {
        int byStart = first.compareTo(other.first);
        return byStart != 0 ? byStart : endExclusive().compareTo(other.endExclusive());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistoricDate d
                && first.equals(d.first) && precision == d.precision && approximate == d.approximate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, precision, approximate);
    }
}
