package org.timelineviewer.model;

/**
 * Days of the proleptic Gregorian calendar for any year a {@code long} holds, the Big Bang
 * included: {@code java.time.LocalDate} stops at ±999,999,999. Years are astronomical (year 0 is
 * 1 BCE, -1 is 2 BCE), as in ISO 8601 and EDTF. Pure integer arithmetic (H. Hinnant's civil
 * calendar algorithms), exact for every year within about ±25 quadrillion.
 */
public final class CalendarDays {

    /** Years before this (10,000 BCE and earlier) are deep time: told as "years ago" rather than as a year. */
    public static final long DEEP_TIME = -9_999;
    /** Days from 0000-03-01 to 1970-01-01, the epoch the axis counts from. */
    private static final long EPOCH_SHIFT = 719_468;
    private static final long DAYS_PER_400_YEARS = 146_097;

    private CalendarDays() {
    }

    /** The epoch day (days since 1970-01-01) of {@code year}-{@code month}-{@code day}. */
    public static long epochDay(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * DAYS_PER_400_YEARS + dayOfEra - EPOCH_SHIFT;
    }

    /** The year, month and day of an epoch day: {@code {year, month, day}}. */
    public static long[] civil(long epochDay) {
        long z = epochDay + EPOCH_SHIFT;
        long era = Math.floorDiv(z, DAYS_PER_400_YEARS);
        long dayOfEra = z - era * DAYS_PER_400_YEARS;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return new long[] {year, month, day};
    }

    /** The year an epoch day falls in. */
    public static long yearOf(double epochDay) {
        return civil((long) Math.floor(epochDay))[0];
    }

    public static boolean isLeapYear(long year) {
        return Math.floorMod(year, 4) == 0 && (Math.floorMod(year, 100) != 0 || Math.floorMod(year, 400) == 0);
    }

    /** Days in {@code month} (1 to 12) of {@code year}. */
    public static int lengthOfMonth(long year, int month) {
        return switch (month) {
            case 2 -> isLeapYear(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
