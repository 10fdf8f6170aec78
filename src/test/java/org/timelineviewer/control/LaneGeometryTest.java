package org.timelineviewer.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LaneGeometryTest {

    @Test
    void oneLaneTakesTheWholeArea() {
        LaneGeometry g = LaneGeometry.share(600, 6, 34, new int[] {20});
        assertThat(g.heights()).containsExactly(600);
        assertThat(g.rows(0, 6, 34)).isEqualTo(17);
    }

    @Test
    void lanesFillTheAreaWithoutGapsAndBusierLanesGetMoreRoom() {
        int[] counts = {1, 9, 0, 4};
        LaneGeometry g = LaneGeometry.share(800, 22, 34, counts);
        assertThat(Arrays.stream(g.heights()).sum()).isCloseTo(800, within(1e-9));
        for (int i = 1; i < counts.length; i++) {
            assertThat(g.tops()[i]).isCloseTo(g.tops()[i - 1] + g.heights()[i - 1], within(1e-9));
        }
        assertThat(Arrays.stream(g.heights()).min().orElseThrow()).isGreaterThanOrEqualTo(22 + 34);
        assertThat(g.heights()[1]).isGreaterThan(g.heights()[3]);
        assertThat(g.heights()[3]).isGreaterThan(g.heights()[0]);
        assertThat(g.heights()[0]).isGreaterThan(g.heights()[2]);
        assertThat(g.rows(1, 22, 34)).isGreaterThan(g.rows(0, 22, 34));
    }

    @Test
    void whenEvenOneRowEachDoesNotFitTheLanesShareEqually() {
        LaneGeometry g = LaneGeometry.share(100, 22, 34, new int[] {5, 1, 1});
        assertThat(g.heights()).containsOnly(100.0 / 3);
        assertThat(g.rows(0, 22, 34)).isEqualTo(1);
    }
}
