package org.timelineviewer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeWindowTest {

    private static final double EPS = 1e-9;

    @ParameterizedTest
    @CsvSource({"10, 10", "10, 5", "NaN, 5", "0, NaN", "-Infinity, 0", "0, Infinity"})
    void rejectsEmptyReversedOrInfiniteWindows(double start, double end) {
        assertThatThrownBy(() -> new TimeWindow(start, end)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spanCenterAndHalfOpenContainment() {
        TimeWindow w = new TimeWindow(100, 130);

        assertThat(w.span()).isEqualTo(30.0);
        assertThat(w.center()).isEqualTo(115.0);
        assertThat(w.contains(100)).isTrue();
        assertThat(w.contains(129.999)).isTrue();
        assertThat(w.contains(130)).isFalse();
        assertThat(w.contains(99.999)).isFalse();
    }

    @Test
    void overlapsIsHalfOpenOnBothSides() {
        TimeWindow w = new TimeWindow(100, 130);

        assertThat(w.overlaps(90, 101)).isTrue();
        assertThat(w.overlaps(129, 200)).isTrue();
        assertThat(w.overlaps(50, 500)).isTrue();
        assertThat(w.overlaps(90, 100)).isFalse();   // ends where the window starts
        assertThat(w.overlaps(130, 140)).isFalse();  // starts where the window ends
    }

    @Test
    void shiftedByMovesBothEnds() {
        TimeWindow w = new TimeWindow(100, 130).shiftedBy(-7.5);

        assertThat(w.start()).isEqualTo(92.5);
        assertThat(w.end()).isEqualTo(122.5);
    }

    @Test
    void zoomedAroundKeepsTheAnchorsRelativePosition() {
        TimeWindow w = new TimeWindow(100, 200);
        for (double anchor : new double[] {100, 125, 150, 199, 200}) {
            for (double factor : new double[] {0.1, 0.5, 2, 10}) {
                TimeWindow z = w.zoomedAround(anchor, factor);
                double before = (anchor - w.start()) / w.span();
                double after = (anchor - z.start()) / z.span();

                assertThat(z.span()).isCloseTo(100 * factor, within(EPS));
                assertThat(after).as("anchor %s factor %s", anchor, factor).isCloseTo(before, within(EPS));
            }
        }
    }

    @Test
    void clampSpanLimitsToTheRangeAroundTheAnchor() {
        TimeWindow narrow = new TimeWindow(10, 10.25);
        TimeWindow wide = new TimeWindow(0, 1000);
        TimeWindow fine = new TimeWindow(0, 50);

        TimeWindow widened = narrow.clampSpan(10.2, 1, 100);
        assertThat(widened.span()).isCloseTo(1, within(EPS));
        assertThat((10.2 - widened.start()) / widened.span()).isCloseTo(0.8, within(EPS));

        TimeWindow narrowed = wide.clampSpan(250, 1, 100);
        assertThat(narrowed.span()).isCloseTo(100, within(EPS));
        assertThat(narrowed.start()).isCloseTo(225, within(EPS));

        assertThat(fine.clampSpan(25, 1, 100)).isSameAs(fine);
    }

    @Test
    void interpolateGoesStraightFromOneWindowToTheOther() {
        TimeWindow from = new TimeWindow(0, 100);
        TimeWindow to = new TimeWindow(40, 60);

        assertThat(from.interpolate(to, 0)).isEqualTo(from);
        assertThat(from.interpolate(to, 1)).isEqualTo(to);
        TimeWindow half = from.interpolate(to, 0.5);
        assertThat(half.start()).isCloseTo(20, within(EPS));
        assertThat(half.end()).isCloseTo(80, within(EPS));
    }

    @Test
    void interpolateKeepsAnAnchorThatIsAtTheSameRelativePositionInBoth() {
        TimeWindow from = new TimeWindow(1000, 1400);
        double anchor = 1300; // 75 % of the way across
        TimeWindow to = from.zoomedAround(anchor, 0.05);
        for (double t = 0; t <= 1.0001; t += 0.05) {
            TimeWindow w = from.interpolate(to, t);
            assertThat((anchor - w.start()) / w.span()).as("t=%s", t).isCloseTo(0.75, within(1e-9));
        }
    }

    @Test
    void framingAddsTheMarginOnBothSides() {
        TimeWindow w = TimeWindow.framing(100, 200, 0.1);

        assertThat(w.start()).isCloseTo(90, within(EPS));
        assertThat(w.end()).isCloseTo(210, within(EPS));
        assertThat(TimeWindow.framing(100, 200, 0)).isEqualTo(new TimeWindow(100, 200));
    }

    @Test
    void framingAnEmptyRangeShowsAtLeastOneDay() {
        TimeWindow w = TimeWindow.framing(500, 500, 0.5);

        assertThat(w.start()).isCloseTo(499.5, within(EPS));
        assertThat(w.end()).isCloseTo(501.5, within(EPS));
        assertThat(w.contains(500)).isTrue();
    }

    @Test
    void equalityIsByValueAsARecordsWouldBe() {
        TimeWindow window = new TimeWindow(10.5, 20);
        assertThat(window).isEqualTo(new TimeWindow(10.5, 20)).hasSameHashCodeAs(new TimeWindow(10.5, 20));
        assertThat(window).isNotEqualTo(new TimeWindow(10.5, 20.25)).isNotEqualTo(new TimeWindow(10, 20))
                .isNotEqualTo(null).isNotEqualTo("10.5..20");
        // Compared as Double.compare does, like a record's generated equality: 0.0 and -0.0 differ.
        assertThat(new TimeWindow(0.0, 1)).isNotEqualTo(new TimeWindow(-0.0, 1));
        assertThat(window.toString()).isEqualTo("TimeWindow[start=10.5, end=20.0]");
    }
}
