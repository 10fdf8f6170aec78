package org.timelineviewer.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.timelineviewer.control.AxisTicks.Axis;
import org.timelineviewer.control.AxisTicks.Tick;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.presentation.TimelineTexts;

class AxisTicksTest {

    /** Fixed-width measure: 7 px per Latin character, 14 px per CJK character. */
    static final ToDoubleFunction<String> MEASURE =
            s -> s.codePoints().mapToDouble(c -> c >= 0x2E80 ? 14 : 7).sum();

    private static TimeScale scale(LocalDate start, double days, double width) {
        double s = start.toEpochDay();
        return new TimeScale(new TimeWindow(s, s + days), width);
    }

    @ParameterizedTest
    @CsvSource({
            // start,     days,  width, unit
            "1990-01-01, 14610,  300, DECADE",   // ~40 years where not even every 5th year fits
            "2017-01-01,  2922, 1600, YEAR",     // ~8 years
            "2023-01-01,   730, 1600, QUARTER",  // ~2 years
            "2023-01-01,   730, 1400, QUARTER",
            "2024-01-01,   366, 1600, MONTH",    // ~1 year
            "2024-01-01,   366, 1400, MONTH",
            "2024-09-01,    61, 1600, WEEK",     // ~2 months
            "2024-09-01,    61, 1400, WEEK",
            "2024-09-01,    10, 1600, DAY",      // ~10 days
            "2024-09-01,    10, 1400, DAY",
    })
    void choosesTheUnitForEachZoomLevel(LocalDate start, double days, double width, TickUnit unit) {
        for (Language language : Language.values()) {
            Axis axis = AxisTicks.choose(scale(start, days, width), TimelineTexts.tickLabels(language), MEASURE);
            assertThat(axis.unit()).as("%s days at %s px, %s", days, width, language).isEqualTo(unit);
            assertThat(axis.ticks()).hasSizeGreaterThan(1);
        }
    }

    @ParameterizedTest
    @CsvSource({"1000", "1400", "3000"})
    void fortyYearsAreLabelledInWholeYearsOrDecades(double width) {
        // DECADE in the original design; YEAR (every year, 2nd or 5th) once the year step may be widened
        for (Language language : Language.values()) {
            Axis axis = AxisTicks.choose(scale(LocalDate.of(1990, 1, 1), 14610, width), TimelineTexts.tickLabels(language), MEASURE);
            assertThat(axis.unit()).isIn(TickUnit.YEAR, TickUnit.DECADE);
            assertThat(axis.ticks()).hasSizeGreaterThan(1).allSatisfy(t -> {
                LocalDate d = LocalDate.ofEpochDay((long) t.day());
                assertThat(d.getDayOfYear()).isEqualTo(1);
                assertThat(t.label()).startsWith(Integer.toString(d.getYear()));
            });
            assertThat(AxisTicks.fits(axis.ticks())).isTrue();
        }
    }

    @Test
    void monthLabelsInBothLanguages() {
        TimeScale s = scale(LocalDate.of(2024, 1, 1), 366, 1600);
        double sep = LocalDate.of(2024, 9, 1).toEpochDay();

        Tick en = AxisTicks.ticks(s, TickUnit.MONTH, 1, TimelineTexts.tickLabels(Language.EN), MEASURE).stream()
                .filter(t -> t.day() == sep).findFirst().orElseThrow();
        Tick zh = AxisTicks.ticks(s, TickUnit.MONTH, 1, TimelineTexts.tickLabels(Language.ZH), MEASURE).stream()
                .filter(t -> t.day() == sep).findFirst().orElseThrow();

        assertThat(en.label()).isEqualTo("Sep 2024");
        assertThat(zh.label()).isEqualTo("2024年9月");
        assertThat(en.x()).isEqualTo(s.toX(sep));
        assertThat(en.labelWidth()).isEqualTo(56.0);
        assertThat(zh.labelWidth()).isEqualTo(4 * 7 + 14 + 7 + 14);
    }

    @Test
    void labelsOfEveryUnit() {
        double d = LocalDate.of(2024, 11, 13).toEpochDay(); // a Wednesday
        assertThat(TimelineTexts.tickLabel(TickUnit.DAY, d, 1, Language.EN)).isEqualTo("13 Nov 2024");
        assertThat(TimelineTexts.tickLabel(TickUnit.DAY, d, 1, Language.ZH)).isEqualTo("2024年11月13日");
        assertThat(TickUnit.WEEK.floor(d, 1)).isEqualTo(LocalDate.of(2024, 11, 11).toEpochDay());
        assertThat(TickUnit.QUARTER.floor(d, 1)).isEqualTo(LocalDate.of(2024, 10, 1).toEpochDay());
        assertThat(TimelineTexts.tickLabel(TickUnit.QUARTER, TickUnit.QUARTER.floor(d, 1), 1, Language.EN)).isEqualTo("Q4 2024");
        assertThat(TimelineTexts.tickLabel(TickUnit.QUARTER, TickUnit.QUARTER.floor(d, 1), 1, Language.ZH)).isEqualTo("2024年第四季度");
        assertThat(TimelineTexts.tickLabel(TickUnit.YEAR, TickUnit.YEAR.floor(d, 1), 1, Language.ZH)).isEqualTo("2024年");
        assertThat(TickUnit.DECADE.floor(d, 1)).isEqualTo(LocalDate.of(2020, 1, 1).toEpochDay());
        assertThat(TimelineTexts.tickLabel(TickUnit.DECADE, TickUnit.DECADE.floor(d, 1), 1, Language.EN)).isEqualTo("2020s");
        assertThat(TimelineTexts.tickLabel(TickUnit.DECADE, TickUnit.DECADE.floor(d, 1), 1, Language.ZH)).isEqualTo("2020年代");
        double morning = d + 9.5 / 24;
        assertThat(TickUnit.HOUR.floor(morning, 3)).isEqualTo(d + 9.0 / 24);
        assertThat(TimelineTexts.tickLabel(TickUnit.HOUR, d + 9.0 / 24, 3, Language.EN)).isEqualTo("09:00");
        assertThat(TimelineTexts.tickLabel(TickUnit.MINUTE, TickUnit.MINUTE.floor(morning + 7.0 / 1440, 15), 15, Language.EN)).isEqualTo("09:30");
        assertThat(TimelineTexts.tickLabel(TickUnit.HOUR, d, 1, Language.EN)).as("midnight says the day").isEqualTo("13 Nov 2024");
    }

    @Test
    void ticksStartAtTheStepBeforeTheViewAndCoverIt() {
        TimeScale s = scale(LocalDate.of(2024, 9, 4), 30, 1000); // starts on a Wednesday
        List<Tick> weeks = AxisTicks.ticks(s, TickUnit.WEEK, 1, TimelineTexts.tickLabels(Language.EN), MEASURE);

        assertThat(weeks.get(0).day()).isEqualTo(LocalDate.of(2024, 9, 2).toEpochDay());
        assertThat(weeks.get(0).x()).isNegative();
        assertThat(weeks).allSatisfy(t ->
                assertThat(LocalDate.ofEpochDay((long) t.day()).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        assertThat(weeks.get(weeks.size() - 1).day()).isLessThan(s.window().end());
        assertThat(weeks).hasSize(5); // Sep 2, 9, 16, 23, 30
    }

    @Test
    void everyNthDecadeWhenDecadesAreTooDense() {
        TimeScale s = scale(LocalDate.of(1800, 1, 1), 200 * 365.2425, 400);
        Axis axis = AxisTicks.choose(s, TimelineTexts.tickLabels(Language.EN), MEASURE);

        assertThat(axis.unit()).isEqualTo(TickUnit.DECADE);
        assertThat(AxisTicks.fits(AxisTicks.ticks(s, TickUnit.DECADE, 1, TimelineTexts.tickLabels(Language.EN), MEASURE))).isFalse();
        assertThat(AxisTicks.fits(axis.ticks())).isTrue();
        List<Integer> years = axis.ticks().stream().map(t -> LocalDate.ofEpochDay((long) t.day()).getYear()).toList();
        assertThat(years).hasSizeGreaterThan(1);
        int step = years.get(1) - years.get(0);
        assertThat(step).isGreaterThan(10);
        assertThat(years).allSatisfy(y -> assertThat(Math.floorMod(y, step)).isZero());
    }

    @Test
    void noTwoLabelsOverlapAtAnyZoom() {
        Random random = new Random(20240913);
        int checked = 0;
        for (int i = 0; i < 200; i++) {
            // spans from 1 day to 40 years, log-uniform; widths 400..3000; starts 1990..2030
            double days = Math.exp(random.nextDouble() * Math.log(40 * 365.2425));
            double width = 400 + random.nextDouble() * 2600;
            double start = LocalDate.of(1990, 1, 1).toEpochDay() + random.nextDouble() * 40 * 365.2425;
            TimeScale s = new TimeScale(new TimeWindow(start, start + days), width);
            for (Language language : Language.values()) {
                Axis axis = AxisTicks.choose(s, TimelineTexts.tickLabels(language), MEASURE);
                List<Tick> ticks = axis.ticks();
                String where = String.format("%.2f days from %.2f at %.0f px, %s, %s", days, start, width, language,
                        axis.unit());
                assertThat(ticks).as(where).isNotEmpty();
                for (int k = 0; k + 1 < ticks.size(); k++) {
                    Tick a = ticks.get(k);
                    Tick b = ticks.get(k + 1);
                    assertThat(a.x() + AxisTicks.LABEL_INSET + a.labelWidth() + AxisTicks.LABEL_GAP)
                            .as("%s: '%s' runs into '%s'", where, a.label(), b.label())
                            .isLessThanOrEqualTo(b.x());
                    assertThat(a.labelWidth()).isEqualTo(MEASURE.applyAsDouble(a.label()));
                }
                // and it is the finest unit that fits
                for (TickUnit finer : TickUnit.values()) {
                    if (finer.compareTo(axis.unit()) >= 0) {
                        break;
                    }
                    if (finer.approximateDays() * s.pixelsPerDay() < 1) {
                        continue; // under a pixel a step: no label could ever fit (and there would be millions)
                    }
                    assertThat(AxisTicks.fits(AxisTicks.ticks(s, finer, 1, TimelineTexts.tickLabels(language), MEASURE)))
                            .as("%s: finer unit %s would fit", where, finer).isFalse();
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(400);
    }

    @Test
    void deepTimeIsLabelledInBillionsAndMillionsOfYearsAgo() {
        double bigBang = org.timelineviewer.model.HistoricDate.parse("-13800000000").startDay();
        double today = LocalDate.of(2025, 1, 1).toEpochDay();
        for (Language language : Language.values()) {
            Axis all = AxisTicks.choose(new TimeScale(TimeWindow.framing(bigBang, today, 0.04), 1400), TimelineTexts.tickLabels(language), MEASURE);
            assertThat(all.unit()).isIn(TickUnit.BILLION_YEARS, TickUnit.HUNDRED_MILLION_YEARS);
            assertThat(all.ticks()).hasSizeGreaterThan(3);
            assertThat(AxisTicks.fits(all.ticks())).isTrue();
            assertThat(all.ticks().get(1).label()).matches(language == Language.EN ? "\\d+(\\.\\d+)? billion years ago" : "\\d+亿年前");
            // Not "0 years ago" nor "1 CE" at the right-hand end: the present.
            assertThat(all.ticks()).extracting(Tick::label).last().isEqualTo(language == Language.EN ? "present" : "现在");
        }
        double dinosaurs = org.timelineviewer.model.HistoricDate.parse("-66000000").startDay();
        Axis mass = AxisTicks.choose(new TimeScale(new TimeWindow(dinosaurs - 2e9, dinosaurs + 2e9), 1400), TimelineTexts.tickLabels(Language.EN), MEASURE);
        assertThat(mass.ticks()).extracting(Tick::label).anyMatch(l -> l.endsWith("million years ago"));
    }

    @ParameterizedTest
    @CsvSource({"400", "1127", "1600", "3000"})
    void yearsOneToNineThousandNineHundredNinetyNineReadAsYears(double width) {
        // A file from 0001 to 9999 once read "-320s … 9920s" along its axis.
        double from = org.timelineviewer.model.HistoricDate.parse("0001").startDay();
        double to = org.timelineviewer.model.HistoricDate.parse("9999").endDay();
        for (Language language : Language.values()) {
            Axis axis = AxisTicks.choose(new TimeScale(TimeWindow.framing(from, to, 0.04), width), TimelineTexts.tickLabels(language), MEASURE);
            assertThat(axis.unit()).as("%s px", width).isIn(TickUnit.CENTURY, TickUnit.MILLENNIUM);
            assertThat(AxisTicks.fits(axis.ticks())).isTrue();
            assertThat(axis.ticks()).hasSizeGreaterThan(2).extracting(Tick::label).allSatisfy(label -> assertThat(label)
                    .matches(language == Language.EN ? "\\d{1,5}( BCE)?" : "(公元前)?\\d{1,5}年"));
            long previous = Long.MIN_VALUE;
            for (Tick tick : axis.ticks()) {
                long year = org.timelineviewer.model.CalendarDays.yearOf(tick.day());
                assertThat(year).isGreaterThan(previous).isBetween(-5_000L, 15_000L);
                previous = year;
            }
        }
        // Zoomed in on forty years of it: decades, written as decades.
        double y5000 = org.timelineviewer.model.HistoricDate.parse("5000").startDay();
        Axis decades = AxisTicks.choose(new TimeScale(new TimeWindow(y5000, y5000 + 40 * 365.2425), 300), TimelineTexts.tickLabels(Language.EN), MEASURE);
        assertThat(decades.ticks()).extracting(Tick::label).contains("5010s", "5020s");
        // Past 9999: the year itself, not years counted from now.
        double y9000 = org.timelineviewer.model.HistoricDate.parse("9000").startDay();
        Axis future = AxisTicks.choose(new TimeScale(new TimeWindow(y9000, y9000 + 3_000 * 365.2425), 1400), TimelineTexts.tickLabels(Language.EN), MEASURE);
        assertThat(future.ticks()).extracting(Tick::label).contains("10000", "11000").noneMatch(l -> l.contains("now"));
    }

    @Test
    void centuriesAcrossYearZeroReadAsHistoriansWriteThem() {
        double from = org.timelineviewer.model.HistoricDate.parse("550 BCE").startDay();
        double to = org.timelineviewer.model.HistoricDate.parse("0550").startDay();
        Axis axis = AxisTicks.choose(new TimeScale(new TimeWindow(from, to), 1400), TimelineTexts.tickLabels(Language.EN), MEASURE);
        assertThat(axis.unit()).isEqualTo(TickUnit.CENTURY);
        assertThat(axis.ticks()).extracting(Tick::label).contains("500 BCE", "100 BCE", "100", "500")
                .doesNotContain("501 BCE", "101 BCE");
        Axis zh = AxisTicks.choose(new TimeScale(new TimeWindow(from, to), 1400), TimelineTexts.tickLabels(Language.ZH), MEASURE);
        assertThat(zh.ticks()).extracting(Tick::label).contains("公元前500年", "500年");
    }

    @Test
    void hoursWhenADayIsInView() {
        double day = LocalDate.of(2024, 11, 13).toEpochDay();
        Axis axis = AxisTicks.choose(new TimeScale(new TimeWindow(day, day + 1), 1400), TimelineTexts.tickLabels(Language.EN), MEASURE);
        assertThat(axis.unit()).isIn(TickUnit.HOUR, TickUnit.MINUTE);
        assertThat(axis.ticks()).extracting(Tick::label).contains("13 Nov 2024").anyMatch(l -> l.matches("\\d\\d:00"));
    }
}
