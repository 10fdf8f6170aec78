package org.timelineviewer.io;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.timelineviewer.model.CalendarDays;
import org.timelineviewer.model.DateFormatException;
import org.timelineviewer.model.DatePrecision;
import org.timelineviewer.model.HistoricDate;

/**
 * The dates markwhen files write, read without backtracking: EDTF and ISO ({@code 2023},
 * {@code 2023-05}, {@code 2023-05-03}, {@code 2023-05-03 10:30}, {@code 2023-05-03T10:30:00Z}),
 * slash dates ({@code 5/3/2023}, month first unless the header says {@code dateFormat: d/M/y};
 * {@code 05/2023}), month names ({@code May 3 2023}, {@code 3 May 2023}, {@code May 2023}), eras
 * ({@code 300 BC}, {@code 800 AD}), {@code now}, and ranges of two of them joined by {@code /},
 * {@code -}, {@code –} or {@code to}, or a start and a duration ({@code 2023-01/4 months}).
 */
final class MarkwhenDates {

    /** A range: {@code end} is null for a single date (it lasts its own unit). */
    record Range(HistoricDate start, HistoricDate end) {
    }

    /** A length of time: {@code amount} of {@code unit} ("10 days"). */
    record Duration(long amount, DatePrecision unit) {
    }

    private final boolean dayFirst;
    private final LocalDate today;

    MarkwhenDates(boolean dayFirst, LocalDate today) {
        this.dayFirst = dayFirst;
        this.today = today;
    }

    /** The range {@code text} says, or null when it is not one this reader knows. */
    Range range(String text) {
        String t = text.strip();
        HistoricDate single = date(t);
        if (single != null) {
            return new Range(single, null);
        }
        for (String separator : List.of(" to ", " - ", "–", "/", "-")) {
            for (int i = t.indexOf(separator); i >= 0; i = t.indexOf(separator, i + 1)) {
                String left = t.substring(0, i).strip();
                String right = t.substring(i + separator.length()).strip();
                HistoricDate start = date(left);
                if (start == null) {
                    continue;
                }
                Duration length = duration(right);
                if (length != null) {
                    return new Range(start, after(start, length));
                }
                HistoricDate end = date(right);
                if (end != null && end.endDay() > start.startDay()) {
                    return new Range(start, end);
                }
            }
        }
        return null;
    }

    /** "10 days", "2 weeks", "1 year": a duration, or null. */
    static Duration duration(String text) {
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length != 2 || !TimelineJsDates.wholeNumber(words[0]) || words[0].startsWith("-")) {
            return null;
        }
        long n = Long.parseLong(words[0]);
        String unit = words[1].endsWith("s") ? words[1].substring(0, words[1].length() - 1) : words[1];
        return switch (unit) {
            case "year" -> new Duration(n, DatePrecision.YEAR);
            case "month" -> new Duration(n, DatePrecision.MONTH);
            case "week" -> new Duration(n * 7, DatePrecision.DAY);
            case "day" -> new Duration(n, DatePrecision.DAY);
            case "hour" -> new Duration(n, DatePrecision.HOUR);
            case "minute" -> new Duration(n, DatePrecision.MINUTE);
            default -> null;
        };
    }

    /**
     * The last date of a span that starts at {@code start} and lasts {@code length}: "2023-01-01
     * and 10 days" ends on 2023-01-10, "2023-04 and 4 months" in 2023-07.
     */
    static HistoricDate after(HistoricDate start, Duration length) {
        long amount = Math.max(1, Math.min(length.amount(), 1_000_000));
        return switch (length.unit()) {
            case YEAR -> HistoricDate.ofYear(start.year() + amount - 1);
            case MONTH -> {
                long index = start.year() * 12 + start.month() - 1 + amount - 1;
                yield HistoricDate.ofMonth(Math.floorDiv(index, 12), (int) Math.floorMod(index, 12) + 1);
            }
            case DAY -> {
                long[] ymd = CalendarDays.civil((long) Math.floor(start.startDay()) + amount - 1);
                yield HistoricDate.ofDay(ymd[0], (int) ymd[1], (int) ymd[2]);
            }
            default -> {
                double minutes = length.unit() == DatePrecision.HOUR ? amount * 60.0 : amount;
                double day = start.startDay() + (minutes - 1) / 1440;
                long whole = (long) Math.floor(day);
                long[] ymd = CalendarDays.civil(whole);
                int minute = (int) Math.round((day - whole) * 1440);
                yield HistoricDate.ofTime(ymd[0], (int) ymd[1], (int) ymd[2], minute / 60, minute % 60, 0, DatePrecision.MINUTE);
            }
        };
    }

    /** One date, or null when {@code text} is not one this reader knows. */
    HistoricDate date(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 40) {
            return null;
        }
        try {
            if (t.equalsIgnoreCase("now") || t.equalsIgnoreCase("today")) {
                return HistoricDate.ofDay(today);
            }
            HistoricDate era = era(t);
            if (era != null) {
                return era;
            }
            if (Character.isDigit(t.charAt(0)) && t.contains("/")) {
                return slash(t);
            }
            if (Character.isLetter(t.charAt(0)) || (Character.isDigit(t.charAt(0)) && t.chars().anyMatch(Character::isLetter)
                    && !t.toLowerCase(Locale.ROOT).matches("[0-9:\\- ]+(am|pm|a\\.m\\.|p\\.m\\.)"))) {
                HistoricDate named = named(t);
                if (named != null) {
                    return named;
                }
            }
            return iso(t);
        } catch (DateFormatException | NumberFormatException e) {
            return null;
        }
    }

    /** ISO and EDTF: the date, then a time after a space or a T (seconds, a Z or an am/pm allowed). */
    private static HistoricDate iso(String t) {
        int split = t.indexOf('T') > 0 ? t.indexOf('T') : t.indexOf(' ');
        String date = split > 0 ? t.substring(0, split) : t;
        String time = split > 0 ? t.substring(split + 1).strip() : "";
        if (date.startsWith("-") || date.startsWith("+")) {
            return null; // markwhen does not read signed years
        }
        HistoricDate day = HistoricDate.parse(date);
        if (time.isEmpty()) {
            return day;
        }
        if (day.precision() != DatePrecision.DAY) {
            return null;
        }
        int[] hm = clock(time.endsWith("Z") || time.endsWith("z") ? time.substring(0, time.length() - 1) : time);
        return hm == null ? null : HistoricDate.ofTime(day.year(), day.month(), day.day(), hm[0], hm[1], Math.max(0, hm[2]),
                hm[2] >= 0 ? DatePrecision.SECOND : DatePrecision.MINUTE);
    }

    /** "10:30", "10:30:15", "9am", "10:30 pm": hour, minute, second (-1 when not given); null otherwise. */
    static int[] clock(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace(".", "");
        int shift = -1;
        if (t.endsWith("am") || t.endsWith("pm")) {
            shift = t.endsWith("pm") ? 12 : 0;
            t = t.substring(0, t.length() - 2);
        }
        String[] parts = t.split(":", -1);
        if (parts.length > 3) {
            return null;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 2 || !TimelineJsDates.wholeNumber(p)) {
                return null;
            }
        }
        int hour = Integer.parseInt(parts[0]);
        int minute = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        int second = parts.length > 2 ? Integer.parseInt(parts[2]) : -1;
        if (shift >= 0) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + shift;
        } else if (parts.length == 1) {
            return null; // "10" alone is not a time
        }
        return hour > 23 || minute > 59 || second > 59 ? null : new int[] {hour, minute, second};
    }

    /** "5/3/2023" (month first, or day first by the header), "05/2023", with an optional time after a space. */
    private HistoricDate slash(String t) {
        int space = t.indexOf(' ');
        String date = space > 0 ? t.substring(0, space) : t;
        String time = space > 0 ? t.substring(space + 1) : "";
        String[] parts = date.split("/", -1);
        for (String p : parts) {
            if (!TimelineJsDates.wholeNumber(p) || p.startsWith("-")) {
                return null;
            }
        }
        HistoricDate day;
        if (parts.length == 3) {
            int a = Integer.parseInt(parts[0]);
            int b = Integer.parseInt(parts[1]);
            day = HistoricDate.ofDay(Long.parseLong(parts[2]), dayFirst ? b : a, dayFirst ? a : b);
        } else if (parts.length == 2 && parts[1].length() >= 3) {
            day = HistoricDate.ofMonth(Long.parseLong(parts[1]), Integer.parseInt(parts[0]));
        } else {
            return null;
        }
        if (time.isBlank()) {
            return day;
        }
        int[] hm = clock(time);
        return hm == null || day.precision() != DatePrecision.DAY ? null
                : HistoricDate.ofTime(day.year(), day.month(), day.day(), hm[0], hm[1], 0, DatePrecision.MINUTE);
    }

    /** "May 3 2023", "May 3, 2023", "3 May 2023", "May 2023" (English month names, full or short). */
    private static HistoricDate named(String t) {
        String[] words = t.replace(",", " ").strip().split("\\s+");
        Integer month = null;
        Long year = null;
        Integer day = null;
        for (String w : words) {
            Integer m = monthOf(w);
            if (m != null && month == null) {
                month = m;
            } else if (TimelineJsDates.wholeNumber(w) && !w.startsWith("-")) {
                long n = Long.parseLong(w);
                if (w.length() >= 3 && year == null) {
                    year = n;
                } else if (day == null && n >= 1 && n <= 31) {
                    day = (int) n;
                } else {
                    return null;
                }
            } else {
                return null;
            }
        }
        if (month == null || year == null) {
            return null; // "Dec 25" (this year's) is not reproducible: not a date here
        }
        return day == null ? HistoricDate.ofMonth(year, month) : HistoricDate.ofDay(year, month, day);
    }

    private static Integer monthOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return null;
        }
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(w) || (w.length() >= 3 && full.startsWith(w.endsWith(".") ? w.substring(0, w.length() - 1) : w)
                    && (w.length() == 3 || w.endsWith(".") || w.equals("sept")))) {
                return m.getValue();
            }
        }
        return null;
    }

    /** "300 BC", "300 BCE", "800 AD", "800 CE": a year before or after year 1. */
    private static HistoricDate era(String t) {
        String[] words = t.strip().split("\\s+");
        if (words.length != 2 || !TimelineJsDates.wholeNumber(words[0]) || words[0].startsWith("-")) {
            return null;
        }
        long n = Long.parseLong(words[0]);
        return switch (words[1].toUpperCase(Locale.ROOT).replace(".", "")) {
            case "BC", "BCE" -> n == 0 ? null : HistoricDate.ofYear(1 - n);
            case "AD", "CE" -> HistoricDate.ofYear(n);
            default -> null;
        };
    }
}
