package org.timelineviewer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HistoricDateTest {

    @ParameterizedTest
    @CsvSource({
            "2017,       YEAR,    false",
            "2017~,      YEAR,    true",
            "2024-Q3,    QUARTER, false",
            "2024-Q3~,   QUARTER, true",
            "2023-09,    MONTH,   false",
            "2023-09~,   MONTH,   true",
            "2024-11-13, DAY,     false",
            "2024-11-13~, DAY,    true",
    })
    void parseAndToStringRoundTripAtEveryPrecision(String text, DatePrecision precision, boolean approximate) {
        HistoricDate date = HistoricDate.parse(text);

        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.approximate()).isEqualTo(approximate);
        assertThat(date.toString()).isEqualTo(text);
        assertThat(HistoricDate.parse(date.toString())).isEqualTo(date);
    }

    @ParameterizedTest
    @CsvSource({
            // text,      first day,   last day,    end exclusive
            "2017,        2017-01-01, 2017-12-31, 2018-01-01",
            "2024,        2024-01-01, 2024-12-31, 2025-01-01",
            "2024-Q1,     2024-01-01, 2024-03-31, 2024-04-01",
            "2024-Q3,     2024-07-01, 2024-09-30, 2024-10-01",
            "2024-Q4,     2024-10-01, 2024-12-31, 2025-01-01",
            "2023-09,     2023-09-01, 2023-09-30, 2023-10-01",
            "2024-02,     2024-02-01, 2024-02-29, 2024-03-01",
            "2023-02,     2023-02-01, 2023-02-28, 2023-03-01",
            "2023-12,     2023-12-01, 2023-12-31, 2024-01-01",
            "2024-11-13,  2024-11-13, 2024-11-13, 2024-11-14",
            "2024-02-29,  2024-02-29, 2024-02-29, 2024-03-01",
            "2025-01~,    2025-01-01, 2025-01-31, 2025-02-01",
    })
    void extentCoversTheWholePeriod(String text, LocalDate first, LocalDate last, LocalDate endExclusive) {
        HistoricDate date = HistoricDate.parse(text);

        assertThat(LocalDate.of((int) date.year(), date.month(), date.day())).isEqualTo(first);
        assertThat(LocalDate.ofEpochDay((long) date.endDay() - 1)).isEqualTo(last);
        assertThat(date.startDay()).isEqualTo(first.toEpochDay());
        assertThat(date.endDay()).isEqualTo(endExclusive.toEpochDay());
    }

    @Test
    void accessorsGiveYearMonthAndQuarter() {
        HistoricDate q3 = HistoricDate.parse("2024-Q3");
        assertThat(q3.year()).isEqualTo(2024);
        assertThat(q3.quarter()).isEqualTo(3);
        assertThat(q3.month()).isEqualTo(7);

        HistoricDate nov = HistoricDate.parse("2024-11-13");
        assertThat(nov.month()).isEqualTo(11);
        assertThat(nov.quarter()).isEqualTo(4);
    }

    @Test
    void factoriesMatchParsing() {
        assertThat(HistoricDate.ofYear(2017)).isEqualTo(HistoricDate.parse("2017"));
        assertThat(HistoricDate.ofQuarter(2024, 3)).isEqualTo(HistoricDate.parse("2024-Q3"));
        assertThat(HistoricDate.ofMonth(2023, 9)).isEqualTo(HistoricDate.parse("2023-09"));
        assertThat(HistoricDate.ofDay(LocalDate.of(2024, 11, 13))).isEqualTo(HistoricDate.parse("2024-11-13"));
        assertThat(HistoricDate.ofMonth(2025, 1).withApproximate(true)).isEqualTo(HistoricDate.parse("2025-01~"));
        assertThatThrownBy(() -> HistoricDate.ofQuarter(2024, 5)).isInstanceOf(DateFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-9", "2023/09", " 2023", "2023 ", "2023-09~~", "2023-09-01T9:30", "2023-09-01 09:30",
            "2024-Q", "2024-q3", "~2023", "2023-09-1", "abcd", "2024-Q3-01", "--2023", "２０２３", "123456789012",
            "44 BCE BCE"})
    void malformedDatesAreRejectedNamingInputAndExpectedForm(String text) {
        assertThatThrownBy(() -> HistoricDate.parse(text))
                .isInstanceOf(DateFormatException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("expected", "YYYY"));
    }

    @ParameterizedTest
    @CsvSource({
            "2023-02-30, is not a real date",
            "2023-02-29, is not a real date",
            "2024-04-31, is not a real date",
            "2023-00,    is not a real date",
            "2023-01-00, is not a real date",
            "2024-Q5,    Q1 to Q4",
            "2024-Q0,    Q1 to Q4",
    })
    void wellFormedButImpossibleDatesAreRejected(String text, String reason) {
        assertThatThrownBy(() -> HistoricDate.parse(text))
                .isInstanceOf(DateFormatException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining(reason);
    }

    @Test
    void monthThirteenIsRejectedSayingTheDateDoesNotExist() {
        assertThatThrownBy(() -> HistoricDate.parse("2023-13"))
                .isInstanceOf(DateFormatException.class)
                .hasMessageContaining("'2023-13'")
                .hasMessageContaining("is not a real date");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingDateIsRejectedWithTheExpectedForm(String text) {
        assertThatThrownBy(() -> HistoricDate.parse(text))
                .isInstanceOf(DateFormatException.class)
                .hasMessageContaining("required")
                .hasMessageContaining(HistoricDate.EXPECTED_FORM);
    }

    @Test
    void ordersByFirstDayThenShorterExtentFirst() {
        List<HistoricDate> expected = List.of(
                HistoricDate.parse("2017"),
                HistoricDate.parse("2023-Q3"),          // starts 2023-07-01
                HistoricDate.parse("2023-09-01"),       // same start as the month, shorter
                HistoricDate.parse("2023-09"),
                HistoricDate.parse("2023-Q4"),
                HistoricDate.parse("2024"),
                HistoricDate.parse("2024-11-13"));
        List<HistoricDate> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);

        assertThat(shuffled).containsExactlyElementsOf(expected);
        assertThat(HistoricDate.parse("2024").compareTo(HistoricDate.parse("2024-Q1"))).isPositive();
        assertThat(HistoricDate.parse("2024-Q1").compareTo(HistoricDate.parse("2024-01"))).isPositive();
        assertThat(HistoricDate.parse("2024-01").compareTo(HistoricDate.parse("2024-01-01"))).isPositive();
        assertThat(HistoricDate.parse("2023-12-31").compareTo(HistoricDate.parse("2024"))).isNegative();
        assertThat(HistoricDate.parse("2023-09").compareTo(HistoricDate.parse("2023-09"))).isZero();
    }

    @Test
    void approximateFlagIsPartOfIdentityButNotOfOrder() {
        HistoricDate exact = HistoricDate.parse("2025-01");
        HistoricDate about = HistoricDate.parse("2025-01~");

        assertThat(exact.approximate()).isFalse();
        assertThat(about.approximate()).isTrue();
        assertThat(about).isNotEqualTo(exact);
        assertThat(about.withApproximate(false)).isEqualTo(exact).hasSameHashCodeAs(exact);
        assertThat(exact.withApproximate(true)).isEqualTo(about);
        assertThat(about.startDay()).isEqualTo(exact.startDay());
        assertThat(about.endDay()).isEqualTo(exact.endDay());
        assertThat(about.compareTo(exact)).isZero();
    }

    @Test
    void equalsDistinguishesPrecisionWithTheSameFirstDay() {
        assertThat(HistoricDate.parse("2024")).isNotEqualTo(HistoricDate.parse("2024-01"));
        assertThat(HistoricDate.parse("2024-Q1")).isNotEqualTo(HistoricDate.parse("2024-01"));
        assertThat(HistoricDate.parse("2024-01")).isNotEqualTo(HistoricDate.parse("2024-01-01"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            // text,             year (astronomical), precision, start epoch day
            "-13800000000,      -13800000000, YEAR,   ",
            "-0044-03-15,       -44,          DAY,    ",
            "44 BCE,            -43,          YEAR,   ",
            "44 bc~,            -43,          YEAR,   ",
            "476,               476,          YEAR,   ",
            "2024-11-13T09,     2024,         HOUR,   ",
            "2024-11-13T09:30,  2024,         MINUTE, ",
            "2024-11-13T09:30:15, 2024,       SECOND, ",
            "+2023,             2023,         YEAR,   ",
    })
    void widerFormsDeepTimeBceAndTimesOfDay(String text, long year, DatePrecision precision, String unused) {
        HistoricDate date = HistoricDate.parse(text);

        assertThat(date.year()).isEqualTo(year);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(HistoricDate.parse(date.toString())).as("round trip of %s", date).isEqualTo(date);
        assertThat(date.endDay()).isGreaterThan(date.startDay());
    }

    @Test
    void timesOfDayArePlacedWithinTheirDayAndLastTheirUnit() {
        double day = LocalDate.of(2024, 11, 13).toEpochDay();
        HistoricDate minute = HistoricDate.parse("2024-11-13T09:30");
        assertThat(minute.startDay()).isCloseTo(day + 9.5 / 24, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(minute.endDay() - minute.startDay()).isCloseTo(1.0 / 1440, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(HistoricDate.parse("2024-11-13T09").endDay()).isCloseTo(day + 10.0 / 24, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(minute.compareTo(HistoricDate.parse("2024-11-13"))).as("later in the same day").isPositive();
    }

    @Test
    void deepTimeIsExactToTheDay() {
        // 400 Gregorian years are 146,097 days, whatever the era.
        double a = HistoricDate.parse("-13800000000").startDay();
        double b = HistoricDate.parse("-13799999600").startDay();
        assertThat(b - a).isEqualTo(146_097.0);
        assertThat(HistoricDate.parse("1970-01-01").startDay()).isZero();
        assertThat(HistoricDate.parse("-0001-12-31").endDay()).isEqualTo(HistoricDate.parse("0000-01-01").startDay());
    }

    @Test
    void thereIsNoYearZeroBce() {
        assertThatThrownBy(() -> HistoricDate.parse("0 BCE")).isInstanceOf(DateFormatException.class)
                .hasMessageContaining("no year 0 BCE");
        assertThatThrownBy(() -> HistoricDate.parse("2024-11-13T24:00")).isInstanceOf(DateFormatException.class)
                .hasMessageContaining("no hour 24");
        assertThatThrownBy(() -> HistoricDate.parse("x".repeat(5000))).isInstanceOf(DateFormatException.class)
                .hasMessageContaining("5000 characters");
    }
}
