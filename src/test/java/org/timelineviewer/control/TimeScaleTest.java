package org.timelineviewer.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.timelineviewer.model.TimeWindow;

class TimeScaleTest {

    private static final double EPS = 1e-6;
    private static final double D2024 = LocalDate.of(2024, 1, 1).toEpochDay();
    /** 2024 (a leap year, 366 days) across 1464 px: exactly 4 px per day. */
    private static final TimeScale YEAR_2024 = new TimeScale(new TimeWindow(D2024, D2024 + 366), 1464);

    @Test
    void mapsTheWindowOntoTheWidth() {
        assertThat(YEAR_2024.pixelsPerDay()).isEqualTo(4.0);
        assertThat(YEAR_2024.toX(D2024)).isEqualTo(0.0);
        assertThat(YEAR_2024.toX(D2024 + 366)).isEqualTo(1464.0);
        assertThat(YEAR_2024.toX(D2024 + 10)).isEqualTo(40.0);
        assertThat(YEAR_2024.toX(D2024 - 1)).isEqualTo(-4.0);
        assertThat(YEAR_2024.toDay(732)).isEqualTo(D2024 + 183);
        assertThat(YEAR_2024.toPixels(7)).isEqualTo(28.0);
    }

    @ParameterizedTest
    @CsvSource({"-100", "0", "0.5", "333.3", "1464", "2000"})
    void toXAndToDayAreInverse(double x) {
        TimeScale scale = new TimeScale(new TimeWindow(19_000.25, 19_987.75), 1337);

        assertThat(scale.toX(scale.toDay(x))).isCloseTo(x, within(EPS));
        double day = 19_000.25 + x / 3;
        assertThat(scale.toDay(scale.toX(day))).isCloseTo(day, within(EPS));
    }

    @Test
    void widthMustBePositive() {
        TimeWindow w = new TimeWindow(0, 10);
        assertThatThrownBy(() -> new TimeScale(w, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeScale(w, -5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeScale(w, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zoomAtKeepsTheInstantUnderThePointer() {
        double[] xs = {0, 1, 100, 732, 1200, 1463.5, 1464};
        double[] factors = {0.5, 0.8, 1 / 1.25, 1.25, 2, 3.7};
        for (double x : xs) {
            for (double factor : factors) {
                double before = YEAR_2024.toDay(x);
                TimeWindow zoomed = YEAR_2024.zoomAt(x, factor, TimeScale.MIN_SPAN_DAYS, 1e9);
                TimeScale after = new TimeScale(zoomed, YEAR_2024.width());

                assertThat(after.toDay(x)).as("x=%s factor=%s", x, factor).isCloseTo(before, within(EPS));
                assertThat(zoomed.span()).isCloseTo(366 * factor, within(EPS));
            }
        }
    }

    @Test
    void zoomingInStopsAtOneDayAndKeepsTheAnchor() {
        double x = 500;
        double before = YEAR_2024.toDay(x);
        TimeWindow zoomed = YEAR_2024.zoomAt(x, 1e-6, TimeScale.MIN_SPAN_DAYS, 1e9);

        assertThat(TimeScale.MIN_SPAN_DAYS).isEqualTo(1.0);
        assertThat(zoomed.span()).isCloseTo(1.0, within(EPS));
        assertThat(new TimeScale(zoomed, 1464).toDay(x)).isCloseTo(before, within(EPS));
    }

    @Test
    void zoomingOutStopsAtTheMaximumSpanAndKeepsTheAnchor() {
        double x = 1000;
        double before = YEAR_2024.toDay(x);
        double max = TimeScale.maxSpanFor(366);
        TimeWindow zoomed = YEAR_2024.zoomAt(x, 1000, TimeScale.MIN_SPAN_DAYS, max);

        assertThat(zoomed.span()).isCloseTo(max, within(EPS));
        assertThat(new TimeScale(zoomed, 1464).toDay(x)).isCloseTo(before, within(EPS));
    }

    @Test
    void maxSpanIsTwoDecadesOrOneAndAHalfTimesLongerData() {
        assertThat(TimeScale.maxSpanFor(366)).isEqualTo(TimeScale.DEFAULT_MAX_SPAN_DAYS);
        assertThat(TimeScale.DEFAULT_MAX_SPAN_DAYS).isCloseTo(7304.85, within(EPS));
        assertThat(TimeScale.maxSpanFor(10_000)).isEqualTo(15_000.0);
        assertThat(TimeScale.maxSpanFor(0)).isEqualTo(TimeScale.DEFAULT_MAX_SPAN_DAYS);
    }

    @ParameterizedTest
    @CsvSource({"40, -10", "-40, 10", "4, -1", "0, 0", "1464, -366"})
    void panByPixelsMovesByTheMatchingNumberOfDays(double dx, double days) {
        TimeWindow panned = YEAR_2024.panByPixels(dx);

        // dragging the content right shows earlier time
        assertThat(panned.start()).isCloseTo(D2024 + days, within(EPS));
        assertThat(panned.span()).isCloseTo(366, within(EPS));
    }

    @Test
    void panningKeepsTheDraggedInstantUnderThePointer() {
        double grabbedDay = YEAR_2024.toDay(300);
        TimeScale after = new TimeScale(YEAR_2024.panByPixels(125.5), 1464);

        assertThat(after.toX(grabbedDay)).isCloseTo(425.5, within(EPS));
    }
}
