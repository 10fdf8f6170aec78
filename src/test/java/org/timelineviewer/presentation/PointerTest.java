package org.timelineviewer.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

/** The laser shows only over the picture and while held or on; its place stays on the picture. */
class PointerTest {

    private final Pointer pointer = new Pointer();

    @Test
    void theLaserShowsWhileHeldOrOnAndOnlyOverThePicture() {
        pointer.holdLaser(true);
        assertThat(pointer.laserShown()).as("not pointing at the picture yet").isFalse();
        pointer.pointAt(0.2, 0.3);
        assertThat(pointer.laserShown()).isTrue();
        pointer.holdLaser(false);
        assertThat(pointer.laserShown()).isFalse();
        pointer.toggleLaser();
        assertThat(pointer.laserShown()).isTrue();
        pointer.leave();
        assertThat(pointer.laserShown()).isFalse();
        assertThat(pointer.position()).as("the place is kept for the spotlight").isEqualTo(new Point2D(0.2, 0.3));
    }

    @Test
    void thePlaceIsClampedToThePicture() {
        pointer.pointAt(-0.5, 1.7);
        assertThat(pointer.position()).isEqualTo(new Point2D(0, 1));
    }

    @Test
    void theSpotlightToggles() {
        pointer.toggleSpotlight();
        assertThat(pointer.spotlight()).isTrue();
        pointer.toggleSpotlight();
        assertThat(pointer.spotlight()).isFalse();
    }
}
