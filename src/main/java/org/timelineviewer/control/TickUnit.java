package org.timelineviewer.control;

import org.timelineviewer.model.CalendarDays;

/**
 * The steps the axis can be divided into, finest first: minutes and hours, days to quarters, then
 * years in powers of ten up to ten billion (deep time), each also taken every 2nd or 5th (or every
 * 5th, 15th… minute). Positions are epoch days; years are astronomical (year 0 is 1 BCE), and
 * steps of years before year 1 count back from 1 BCE, so the axis reads "100 BCE", not "101 BCE".
 */
public enum TickUnit {
    MINUTE(1 / 1_440.0, 0, 1, 5, 15, 30),
    HOUR(1 / 24.0, 0, 1, 3, 6, 12),
    DAY(1, 0, 1),
    WEEK(7, 0, 1),
    MONTH(30.44, 0, 1),
    QUARTER(91.31, 0, 1),
    YEAR(365.2425, 1, 1, 2, 5),
    DECADE(3_652.425, 10, 1, 2, 5),
    CENTURY(36_524.25, 100, 1, 2, 5),
    MILLENNIUM(365_242.5, 1_000, 1, 2, 5),
    TEN_THOUSAND_YEARS(3_652_425, 10_000, 1, 2, 5),
    HUNDRED_THOUSAND_YEARS(36_524_250, 100_000, 1, 2, 5),
    MILLION_YEARS(365_242_500, 1_000_000, 1, 2, 5),
    TEN_MILLION_YEARS(3_652_425_000.0, 10_000_000, 1, 2, 5),
    HUNDRED_MILLION_YEARS(36_524_250_000.0, 100_000_000, 1, 2, 5),
    BILLION_YEARS(365_242_500_000.0, 1_000_000_000, 1, 2, 5),
    TEN_BILLION_YEARS(3_652_425_000_000.0, 10_000_000_000L, 1, 2, 5);

    private final double approximateDays;
    private final long years;
    private final int[] multiples;

    TickUnit(double approximateDays, long years, int... multiples) {
        this.approximateDays = approximateDays;
        this.years = years;
        this.multiples = multiples;
    }

    /** The average length of one step, in days. */
    public double approximateDays() {
        return approximateDays;
    }

    /** The steps tried, finest first: every step, every 2nd, every 5th… */
    int[] multiples() {
        return multiples.clone();
    }

    /** True for the steps counted in whole years. */
    public boolean inYears() {
        return years > 0;
    }

    /** The length of {@code every} steps in years (0 for steps shorter than a year). */
    public long stepYears(int every) {
        return years * every;
    }

    /**
     * The start of the step of {@code every} units containing {@code day}. Weeks start on Monday
     * (ISO 8601); hours and minutes are counted from midnight.
     */
    public double floor(double day, int every) {
        long whole = (long) Math.floor(day);
        return switch (this) {
            case MINUTE, HOUR -> {
                double step = approximateDays * every;
                yield Math.floor(day / step) * step;
            }
            case DAY -> whole;
            case WEEK -> whole - Math.floorMod(whole + 3, 7); // 1970-01-01 was a Thursday
            case MONTH, QUARTER -> {
                long[] ymd = CalendarDays.civil(whole);
                int month = this == MONTH ? (int) ymd[1] : ((int) ymd[1] - 1) / 3 * 3 + 1;
                yield CalendarDays.epochDay(ymd[0], month, 1);
            }
            default -> CalendarDays.epochDay(floorYear(CalendarDays.yearOf(day), stepYears(every)), 1, 1);
        };
    }

    /** The start of the step after the one starting at {@code stepStart}. */
    public double next(double stepStart, int every) {
        return switch (this) {
            case MINUTE, HOUR -> stepStart + approximateDays * every;
            case DAY -> stepStart + every;
            case WEEK -> stepStart + 7L * every;
            case MONTH, QUARTER -> {
                long[] ymd = CalendarDays.civil((long) stepStart);
                int months = (this == MONTH ? 1 : 3) * every;
                long index = ymd[0] * 12 + (ymd[1] - 1) + months;
                yield CalendarDays.epochDay(Math.floorDiv(index, 12), (int) Math.floorMod(index, 12) + 1, 1);
            }
            default -> {
                long year = CalendarDays.yearOf(stepStart);
                long step = stepYears(every);
                long next = floorYear(year + step, step);
                yield CalendarDays.epochDay(next > year ? next : year + step, 1, 1);
            }
        };
    }

    /**
     * The first year of the step of {@code step} years containing {@code year}: multiples of the
     * step from year 1 on, and before it steps that end on 1 BCE, except in deep time (before
     * 10,000 BCE, or steps of ten thousand years and more), where whole multiples read best as
     * "years ago".
     */
    static long floorYear(long year, long step) {
        if (year >= 1 || year < CalendarDays.DEEP_TIME || step == 1 || step >= -CalendarDays.DEEP_TIME) {
            return Math.floorDiv(year, step) * step;
        }
        // Historical numbering: 1 BCE is year 0, 100 BCE is year -99: steps are 1 - k * step.
        return 1 - (Math.floorDiv(-year, step) + 1) * step;
    }
}
