package org.timelineviewer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HandoutPackingTest {

    private static float[] heights(float... h) {
        return h;
    }

    @Test
    void sevenEqualStepsAreSpreadEvenlyNotThreeThreeOne() {
        // Greedy filling puts three on each of two pages and one alone on the last.
        List<Integer> pages = HandoutPacking.pages(heights(200, 200, 200, 200, 200, 200, 200), 742, 24, 300);
        assertThat(pages).hasSize(3).containsExactlyInAnyOrder(3, 2, 2);
        assertThat(HandoutPacking.pages(heights(300, 300, 300, 300, 300), 742, 24, 300)).containsExactly(2, 2, 1);
    }

    @Test
    void asFewPagesAsGreedyFillingAndStepsInOrder() {
        float[] h = heights(385, 333, 352, 365, 352, 365, 333, 385, 300, 310, 250, 260, 330, 300, 290, 320, 340, 280);
        List<Integer> pages = HandoutPacking.pages(h, 742, 24, 270);
        assertThat(pages.stream().mapToInt(Integer::intValue).sum()).isEqualTo(h.length);
        assertThat(pages).hasSize(9).allMatch(count -> count == 2);
    }

    @Test
    void aStepAsTallAsAPageHasItsOwn() {
        assertThat(HandoutPacking.pages(heights(700, 100, 700), 742, 24, 270)).containsExactly(1, 1, 1);
        assertThat(HandoutPacking.pages(heights(742), 742, 24, 270)).containsExactly(1);
        assertThat(HandoutPacking.pages(new float[0], 742, 24, 270)).isEmpty();
    }

    @Test
    void everyPageFitsItsSteps() {
        float[] h = heights(120, 500, 130, 140, 300, 310, 90, 95, 600, 200, 210, 220);
        int i = 0;
        for (int count : HandoutPacking.pages(h, 742, 24, 270)) {
            float used = -24;
            for (int k = 0; k < count; k++) {
                used += h[i++] + 24;
            }
            assertThat(used).isLessThanOrEqualTo(742);
        }
    }
}
