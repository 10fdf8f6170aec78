package org.timelineviewer.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.timelineviewer.model.HistoricDate;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TestEvents;
import org.timelineviewer.model.TimelineEvent;

class DateTextsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2017       | 2017            | 2017年",
            "2024-Q1    | Q1 2024         | 2024年第一季度",
            "2024-Q2    | Q2 2024         | 2024年第二季度",
            "2024-Q3    | Q3 2024         | 2024年第三季度",
            "2024-Q4    | Q4 2024         | 2024年第四季度",
            "2023-09    | Sep 2023        | 2023年9月",
            "2023-12    | Dec 2023        | 2023年12月",
            "2024-11-13 | 13 Nov 2024     | 2024年11月13日",
            "2025-02-05 | 5 Feb 2025      | 2025年2月5日",
            "2025-01~   | about Jan 2025  | 约2025年1月",
            "2017~      | about 2017      | 约2017年",
            "2024-Q3~   | about Q3 2024   | 约2024年第三季度",
            "2025-02-05~| about 5 Feb 2025| 约2025年2月5日",
    })
    void formatsEachPrecisionInBothLanguages(String date, String en, String zh) {
        HistoricDate d = HistoricDate.parse(date);

        assertThat(DateTexts.format(d, Language.EN)).isEqualTo(en);
        assertThat(DateTexts.format(d, Language.ZH)).isEqualTo(zh);
    }

    @Test
    void englishMonthNamesDoNotDependOnTheDefaultLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(DateTexts.format(HistoricDate.parse("2024-03"), Language.EN)).isEqualTo("Mar 2024");
            assertThat(DateTexts.format(HistoricDate.parse("2024-05"), Language.ZH)).isEqualTo("2024年5月");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void spanJoinsBothEndsWithAnEnDash() {
        TimelineEvent span = TestEvents.event("s", "2023-09", "2025-02", 2);

        assertThat(DateTexts.format(span, Language.EN)).isEqualTo("Sep 2023 – Feb 2025");
        assertThat(DateTexts.format(span, Language.ZH)).isEqualTo("2023年9月 – 2025年2月");
    }

    @Test
    void spanWithMixedPrecisionAndApproximateEnd() {
        TimelineEvent span = TestEvents.event("s", "2017", "2024-Q3~", 2);

        assertThat(DateTexts.format(span, Language.EN)).isEqualTo("2017 – about Q3 2024");
        assertThat(DateTexts.format(span, Language.ZH)).isEqualTo("2017年 – 约2024年第三季度");
    }

    @Test
    void eventWithoutEndShowsOnlyItsDate() {
        TimelineEvent e = TestEvents.point("p", "2024-11-13");

        assertThat(DateTexts.format(e, Language.EN)).isEqualTo("13 Nov 2024");
        assertThat(DateTexts.format(e, Language.ZH)).isEqualTo("2024年11月13日");
    }

    @Test
    void decadesInBothLanguages() {
        assertThat(DateTexts.decade(2017, Language.EN)).isEqualTo("2010s");
        assertThat(DateTexts.decade(2020, Language.EN)).isEqualTo("2020s");
        assertThat(DateTexts.decade(2029, Language.ZH)).isEqualTo("2020年代");
    }

    @Test
    void anInstantIsShownAtThePrecisionTheSpanCanShowRoundingDown() {
        double day = LocalDate.of(2024, 9, 3).toEpochDay() + 0.75;
        double year = 365.2425;

        assertThat(DateTexts.instant(day, 30, Language.EN)).isEqualTo("3 Sep 2024");
        assertThat(DateTexts.instant(day, 30, Language.ZH)).isEqualTo("2024年9月3日");
        assertThat(DateTexts.instant(-0.5, 30, Language.EN)).isEqualTo("31 Dec 1969");
        assertThat(DateTexts.instant(day, 20 * year, Language.EN)).isEqualTo("Sep 2024");
        assertThat(DateTexts.instant(day, 200 * year, Language.EN)).isEqualTo("2024");
        double bigBang = org.timelineviewer.model.CalendarDays.epochDay(-13_800_000_000L, 1, 1);
        assertThat(DateTexts.instant(bigBang, 14e9 * year, Language.EN)).isEqualTo("13.8 billion years ago");
        assertThat(DateTexts.instant(bigBang, 14e9 * year, Language.ZH)).isEqualTo("138亿年前");
        // A view of deep time framed with a margin reaches past the present: not "year 552002048".
        double farFuture = org.timelineviewer.model.CalendarDays.epochDay(552_002_048L, 1, 1);
        assertThat(DateTexts.instant(farFuture, 14e9 * year, Language.EN)).isEqualTo("552 million years from now");
        assertThat(DateTexts.instant(farFuture, 14e9 * year, Language.ZH)).isEqualTo("6亿年后");
        // The year 10,399 is the year 10,399, not "10,399 years from now" (that would be the year 12,425).
        double year10399 = org.timelineviewer.model.CalendarDays.epochDay(10_399L, 1, 1);
        assertThat(DateTexts.instant(year10399, 10_400 * year, Language.EN)).isEqualTo("10399");
        assertThat(DateTexts.instant(year10399, 10_400 * year, Language.ZH)).isEqualTo("10399年");
    }

    @org.junit.jupiter.api.Test
    void bceYearsDeepTimeAndTimesOfDayInBothLanguages() {
        assertThat(DateTexts.format(org.timelineviewer.model.HistoricDate.parse("44 BCE"), Language.EN)).isEqualTo("44 BCE");
        assertThat(DateTexts.format(org.timelineviewer.model.HistoricDate.parse("44 BCE"), Language.ZH)).isEqualTo("公元前44年");
        assertThat(DateTexts.format(org.timelineviewer.model.HistoricDate.parse("-0043-03-15"), Language.EN)).isEqualTo("15 Mar 44 BCE");
        assertThat(DateTexts.format(org.timelineviewer.model.HistoricDate.parse("-0043-03-15"), Language.ZH)).isEqualTo("公元前44年3月15日");
        assertThat(DateTexts.format(org.timelineviewer.model.HistoricDate.parse("-13800000000"), Language.EN))
                .isEqualTo("13.8 billion years ago");
        assertThat(DateTexts.format(org.timelineviewer.model.HistoricDate.parse("-13800000000"), Language.ZH)).isEqualTo("138亿年前");
        assertThat(DateTexts.format(org.timelineviewer.model.HistoricDate.parse("-66000000~"), Language.EN))
                .isEqualTo("about 66 million years ago");
        assertThat(DateTexts.format(org.timelineviewer.model.HistoricDate.parse("-66000000"), Language.ZH)).isEqualTo("6600万年前");
        assertThat(DateTexts.format(org.timelineviewer.model.HistoricDate.parse("-300000"), Language.EN)).isEqualTo("300,000 years ago");
        assertThat(DateTexts.format(org.timelineviewer.model.HistoricDate.parse("-300000"), Language.ZH)).isEqualTo("30万年前");
        assertThat(DateTexts.format(org.timelineviewer.model.HistoricDate.parse("2024-11-13T09:30"), Language.EN))
                .isEqualTo("13 Nov 2024, 09:30");
        assertThat(DateTexts.format(org.timelineviewer.model.HistoricDate.parse("2024-11-13T09:30:15"), Language.ZH))
                .isEqualTo("2024年11月13日 09:30:15");
        assertThat(DateTexts.yearsAgo(13_780_000_000L, 20_000_000, Language.EN)).isEqualTo("13.78 billion years ago");
        assertThat(DateTexts.yearsAgo(13_000_000_000L, 1_000_000_000, Language.EN)).isEqualTo("13 billion years ago");
    }
}
