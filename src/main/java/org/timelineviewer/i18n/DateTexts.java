package org.timelineviewer.i18n;

import java.time.LocalDate;
import java.time.format.TextStyle;
import org.timelineviewer.model.HistoricDate;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimelineEvent;

/**
 * Dates as people read them, at the precision they have: "Sep 2023" / "2023年9月",
 * "Q3 2024" / "2024年第三季度", "about Jan 2025" / "约2025年1月". The patterns come from the
 * resource bundles ({@code date.*}); month names from the JDK's locale data.
 */
public final class DateTexts {

    private DateTexts() {
    }

    /** A historic date at its own precision, marked when approximate. */
    public static String format(HistoricDate date, Language language) {
        String plain = switch (date.precision()) {
            case YEAR -> year(date.year(), language);
            case QUARTER -> quarter(date.year(), date.quarter(), language);
            case MONTH -> month(date.firstDay(), language);
            case DAY -> day(date.firstDay(), language);
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

    public static String year(int year, Language language) {
        return pattern("date.year", LocalDate.of(year, 1, 1), 1, language);
    }

    public static String decade(int year, Language language) {
        return pattern("date.decade", LocalDate.of(Math.floorDiv(year, 10) * 10, 1, 1), 1, language);
    }

    public static String quarter(int year, int quarter, Language language) {
        return pattern("date.quarter", LocalDate.of(year, quarter * 3 - 2, 1), quarter, language);
    }

    public static String month(LocalDate date, Language language) {
        return pattern("date.month", date, 1, language);
    }

    public static String day(LocalDate date, Language language) {
        return pattern("date.day", date, 1, language);
    }

    /** An instant on the axis at day precision, for the visible range in the status bar. */
    public static String epochDay(double epochDay, Language language) {
        return day(LocalDate.ofEpochDay((long) Math.floor(epochDay)), language);
    }

    /**
     * Loads what formatting a date in {@code language} needs (the interface texts and the
     * locale's month names, which Java reads from its locale data the first time), so that a
     * thread with time to spare can do it before a window shows its first date.
     */
    public static void prepare(Language language) {
        day(LocalDate.EPOCH, language);
    }

    private static String pattern(String key, LocalDate date, int quarter, Language language) {
        Messages m = Messages.of(language);
        // Numbers go in as text: MessageFormat would print the year 2024 as "2,024".
        return m.format(key, String.valueOf(date.getYear()), String.valueOf(date.getMonthValue()),
                date.getMonth().getDisplayName(TextStyle.SHORT, language.locale()),
                String.valueOf(date.getDayOfMonth()), m.get("date.quarter." + quarter));
    }
}
