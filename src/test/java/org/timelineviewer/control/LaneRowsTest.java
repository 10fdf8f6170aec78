package org.timelineviewer.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The label rows of a lane: the length classes its misses are remembered by, and where labels fit. */
class LaneRowsTest {

    @Test
    void aLengthsClassIsTheLongestNoLongerThanIt() {
        for (int b = 0; b < LaneRows.classCount(); b++) {
            double length = LaneRows.classLength(b);
            assertThat(LaneRows.classOf(length)).as("exactly %s", length).isEqualTo(b);
            assertThat(LaneRows.classOf(length - 0.001)).as("just under %s", length).isEqualTo(b - 1);
            assertThat(LaneRows.classOf(length + 0.5)).as("half a pixel over %s", length).isEqualTo(b);
        }
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double length = random.nextDouble() * 2000;
            int expected = -1;
            while (expected + 1 < LaneRows.classCount() && LaneRows.classLength(expected + 1) <= length) {
                expected++;
            }
            assertThat(LaneRows.classOf(length)).as("length %s", length).isEqualTo(expected);
        }
    }

    @Test
    void lengthsBeyondTheClassesAreInTheLongestOrNone() {
        assertThat(LaneRows.classOf(1e9)).isEqualTo(LaneRows.classCount() - 1);
        assertThat(LaneRows.classOf(Double.POSITIVE_INFINITY)).isEqualTo(LaneRows.classCount() - 1);
        assertThat(LaneRows.classOf(0)).isEqualTo(-1);
        assertThat(LaneRows.classOf(-5)).isEqualTo(-1);
        assertThat(LaneRows.classOf(Double.NaN)).isEqualTo(-1);
    }

    @Test
    void aLabelTakesTheFirstRowWhereItFitsAndAMissIsRememberedForItsClass() {
        LaneRows rows = new LaneRows(2);
        assertThat(rows.freeRow(0, 100)).isZero();
        rows.take(0, 0, 100);
        assertThat(rows.freeRow(50, 150)).isEqualTo(1);
        rows.take(1, 50, 150);
        assertThat(rows.freeRow(60, 160)).as("both rows taken at 60").isEqualTo(-1);
        assertThat(rows.freeRow(100, 140)).as("row 0 is free again from 100").isZero();
        assertThat(rows.anyRowFreeAt(75)).isFalse();
        assertThat(rows.anyRowFreeAt(160)).isTrue();
    }
}
