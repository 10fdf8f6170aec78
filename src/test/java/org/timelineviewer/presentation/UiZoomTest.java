package org.timelineviewer.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UiZoomTest {

    @Test
    void stepsUpToTheLargestAndStopsThere() {
        UiZoom zoom = new UiZoom();
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            zoom.zoomIn();
            seen.add(zoom.percent());
        }
        assertThat(seen).containsExactly(110, 125, 150, 175, 200, 225, 250, 250, 250, 250, 250, 250);
    }

    @Test
    void stepsDownToTheSmallestAndStopsThere() {
        UiZoom zoom = new UiZoom();
        zoom.zoomOut();
        assertThat(zoom.percent()).isEqualTo(90);
        zoom.zoomOut();
        zoom.zoomOut();
        assertThat(zoom.getScale()).isEqualTo(UiZoom.SMALLEST);
    }

    @Test
    void resetGoesBackToNormal() {
        UiZoom zoom = new UiZoom();
        zoom.zoomIn();
        zoom.zoomIn();
        zoom.reset();
        assertThat(zoom.getScale()).isEqualTo(1.0);
    }

    @Test
    void aSetFactorIsClampedAndStepsGoOnFromWhereItIs() {
        UiZoom zoom = new UiZoom();
        zoom.set(9);
        assertThat(zoom.getScale()).isEqualTo(2.5);
        zoom.set(0.1);
        assertThat(zoom.getScale()).isEqualTo(0.8);
        zoom.set(Double.NaN);
        assertThat(zoom.getScale()).isEqualTo(1.0);
        zoom.set(1.3);
        zoom.zoomIn();
        assertThat(zoom.percent()).as("the next step above 130 %").isEqualTo(150);
        zoom.set(1.3);
        zoom.zoomOut();
        assertThat(zoom.percent()).isEqualTo(125);
    }
}
