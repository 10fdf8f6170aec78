package org.timelineviewer.i18n;

import java.time.LocalDate;
import java.time.format.TextStyle;
import org.timelineviewer.model.HistoricDate;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimelineEvent;

/**
 * Dates as people read them, at the precision they have: "Sep 2023" / "2023年9月",
 * "Q3 2024" / "2024年第三季度", "about Jan 2025" / "约2025年1月".
 */
public final class DateTexts {

    private static final String[] ZH_QUARTERS = {"一", "二", "三", "四"};

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
        if (!date.approximate()) {
            return plain;
        }
        return language == Language.ZH ? "约" + plain : "about " + plain;
    }

    /** An event's date, or its span "Sep 2023 – Feb 2025". */
    public static String format(TimelineEvent event, Language language) {
        String start = format(event.start(), language);
        return event.endDate().map(end -> start + " – " + format(end, language)).orElse(start);
    }

    public static String year(int year, Language language) {
        return language == Language.ZH ? year + "年" : Integer.toString(year);
    }

    public static String decade(int year, Language language) {
        int decade = Math.floorDiv(year, 10) * 10;
        return language == Language.ZH ? decade + "年代" : decade + "s";
    }

    public static String quarter(int year, int quarter, Language language) {
        return language == Language.ZH ? year + "年第" + ZH_QUARTERS[quarter - 1] + "季度" : "Q" + quarter + " " + year;
    }

    public static String month(LocalDate date, Language language) {
        return language == Language.ZH
                ? date.getYear() + "年" + date.getMonthValue() + "月"
                : date.getMonth().getDisplayName(TextStyle.SHORT, language.locale()) + " " + date.getYear();
    }

    public static String day(LocalDate date, Language language) {
        return language == Language.ZH
                ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"
                : date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, language.locale())
                        + " " + date.getYear();
    }

    /** An instant on the axis at roughly day precision, for the visible range in the status bar. */
    public static String epochDay(double epochDay, Language language) {
        return day(LocalDate.ofEpochDay((long) Math.floor(epochDay)), language);
    }
}
