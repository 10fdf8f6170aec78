package org.timelineviewer.i18n;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.time.Month;
import java.time.format.TextStyle;
import org.timelineviewer.model.CalendarDays;
import org.timelineviewer.model.HistoricDate;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimelineEvent;

/**
 * Dates as people read them, at the precision they have: "Sep 2023" / "2023年9月",
 * "Q3 2024" / "2024年第三季度", "about Jan 2025" / "约2025年1月", "44 BCE" / "公元前44年",
 * "13 Nov 2024, 09:30" / "2024年11月13日 09:30", and deep time as years ago: "65 million years
 * ago" / "6500万年前". The patterns come from the resource bundles ({@code date.*}); month names
 * from the JDK's locale data.
 */
public final class DateTexts {

    /** Years before this (10,000 BCE and earlier) are said as "years ago" rather than as a year. */
    public static final long DEEP_TIME = CalendarDays.DEEP_TIME;

    private DateTexts() {
    }

    /** A historic date at its own precision, marked when approximate. */
    public static String format(HistoricDate date, Language language) {
        long y = date.year();
        String plain = y < DEEP_TIME ? yearsAgo(-y, language) : switch (date.precision()) {
            case YEAR -> year(y, language);
            case QUARTER -> quarter(y, date.quarter(), language);
            case MONTH -> month(y, date.month(), language);
            case DAY -> day(y, date.month(), date.day(), language);
            case HOUR, MINUTE, SECOND -> Messages.of(language).format("date.time",
                    day(y, date.month(), date.day(), language), time(date.hour(), date.minute(),
                            date.precision() == org.timelineviewer.model.DatePrecision.SECOND ? date.second() : -1));
        };
        return date.approximate() ? Messages.of(language).format("date.approximate", plain) : plain;
    }

    /** An event's date, or its span "Sep 2023 – Feb 2025". */
    public static String format(TimelineEvent event, Language language) {
        String start = format(event.start(), language);
        return event.endDate()
                .map(end -> Messages.of(language).format("date.span", start, format(end, language)))
                .orElse(start);
    }

    /** An event's date as the file wants it shown (its display date), else {@link #format(TimelineEvent, Language)}. */
    public static String displayed(TimelineEvent event, Language language) {
        return event.displayDateText().map(d -> d.in(language)).orElseGet(() -> format(event, language));
    }

    /** "2017" / "2017年"; "44 BCE" / "公元前44年"; deep time as years ago. */
    public static String year(long year, Language language) {
        if (year < DEEP_TIME) {
            return yearsAgo(-year, language);
        }
        return pattern("date.year", year, 1, 1, language);
    }

    /** "2010s" / "2010年代"; before year 1 the decade's first year ("40 BCE"). */
    public static String decade(long year, Language language) {
        long first = Math.floorDiv(year, 10) * 10;
        return first < 1 ? year(first, language) : pattern("date.decade", first, 1, 1, language);
    }

    public static String quarter(long year, int quarter, Language language) {
        return pattern("date.quarter", year, quarter * 3 - 2, 1, language);
    }

    public static String month(long year, int month, Language language) {
        return pattern("date.month", year, month, 1, language);
    }

    public static String day(long year, int month, int day, Language language) {
        return pattern("date.day", year, month, day, language);
    }

    /** "09:30", or "09:30:15" with seconds (a negative {@code second} leaves them out). */
    public static String time(int hour, int minute, int second) {
        return second < 0 ? String.format(java.util.Locale.ROOT, "%02d:%02d", hour, minute)
                : String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", hour, minute, second);
    }

    /**
     * "300,000 years ago", "65 million years ago", "13.8 billion years ago"; in Chinese
     * "30万年前", "6500万年前", "138亿年前". Three significant digits at most.
     */
    public static String yearsAgo(long years, Language language) {
        Messages m = Messages.of(language);
        if (language == Language.ZH) {
            if (years >= 100_000_000L) {
                return m.format("date.ago.yi", significant(years / 1e8));
            }
            if (years >= 10_000) {
                return m.format("date.ago.wan", significant(years / 1e4));
            }
            return m.format("date.ago", NumberFormat.getIntegerInstance(language.locale()).format(years));
        }
        if (years >= 1_000_000_000L) {
            return m.format("date.ago.billion", significant(years / 1e9));
        }
        if (years >= 1_000_000L) {
            return m.format("date.ago.million", significant(years / 1e6));
        }
        return m.format("date.ago", NumberFormat.getIntegerInstance(language.locale()).format(significantWhole(years)));
    }

    /**
     * As {@link #yearsAgo(long, Language)}, with as many decimals as ticks {@code step} years
     * apart need to differ: "13.78 billion years ago" beside "13.8 billion years ago".
     */
    public static String yearsAgo(long years, long step, Language language) {
        return yearsAway(years, step, "date.ago", language);
    }

    /**
     * A year of the far future (after 9999): the year itself below a million ("10400" /
     * "10400年": counted from now it would be some 2,000 years off), then the years from now,
     * where the present's two thousand years no longer show: "5 billion years from now" / "50亿年后".
     */
    public static String yearsAhead(long year, long step, Language language) {
        if (year < FAR_FUTURE) {
            return pattern("date.year", year, 1, 1, language);
        }
        return yearsAway(year, step, "date.ahead", language);
    }

    /** From this year on the far future is told in years from now. */
    static final long FAR_FUTURE = 1_000_000;

    private static String yearsAway(long years, long step, String key, Language language) {
        Messages m = Messages.of(language);
        String[][] scales = language == Language.ZH
                ? new String[][] {{"100000000", ".yi"}, {"10000", ".wan"}}
                : new String[][] {{"1000000000", ".billion"}, {"1000000", ".million"}};
        for (String[] scale : scales) {
            long unit = Long.parseLong(scale[0]);
            if (years >= unit) {
                int decimals = (int) Math.max(0, Math.ceil(Math.log10((double) unit / Math.max(1, step)) - 1e-9));
                BigDecimal value = BigDecimal.valueOf(years).divide(BigDecimal.valueOf(unit))
                        .setScale(decimals, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
                return m.format(key + scale[1], value.toPlainString());
            }
        }
        return m.format(key, NumberFormat.getIntegerInstance(language.locale()).format(years));
    }

    /**
     * An instant at the precision a view {@code span} days wide can show, for the visible range in
     * the status bar: days for a few years, months for a few decades, years beyond, and deep time
     * as years ago or from now (to a hundredth of the span).
     */
    public static String instant(double epochDay, double span, Language language) {
        long[] civil = CalendarDays.civil((long) Math.floor(epochDay));
        double years = span / 365.2425;
        if (civil[0] < DEEP_TIME) {
            return yearsAgo(-civil[0], Math.max(1, (long) (years / 100)), language);
        }
        if (civil[0] > -DEEP_TIME) {
            return yearsAhead(civil[0], Math.max(1, (long) (years / 100)), language);
        }
        if (years > 60) {
            return year(civil[0], language);
        }
        if (years > 4) {
            return month(civil[0], (int) civil[1], language);
        }
        return day(civil[0], (int) civil[1], (int) civil[2], language);
    }

    /**
     * Loads what formatting a date in {@code language} needs (the interface texts and the
     * locale's month names, which Java reads from its locale data the first time), so that a
     * thread with time to spare can do it before a window shows its first date.
     */
    public static void prepare(Language language) {
        day(1970, 1, 1, language);
    }

    private static String significant(double value) {
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static long significantWhole(long value) {
        return new BigDecimal(value).round(new MathContext(3)).longValue();
    }

    private static String pattern(String key, long year, int month, int day, Language language) {
        Messages m = Messages.of(language);
        // Numbers go in as text: MessageFormat would print the year 2024 as "2,024".
        String yearText = year >= 1 ? String.valueOf(year) : m.format("date.bce", String.valueOf(1 - year));
        return m.format(key, yearText, String.valueOf(month),
                Month.of(month).getDisplayName(TextStyle.SHORT, language.locale()),
                String.valueOf(day), m.get("date.quarter." + ((month - 1) / 3 + 1)));
    }
}
