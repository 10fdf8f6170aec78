package org.timelineviewer.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.testing.UiFixture;

/** The audience's camera in the presenter's hand, and how the story's commands bring it back. */
class AudienceCameraTest {

    private final Timeline timeline = UiFixture.timeline();
    private final Presentation p = new Presentation(timeline.story(null).orElseThrow(),
            new TestClock(Instant.EPOCH, ZoneId.of("UTC")), Language.EN);
    private final AudienceCamera camera = p.camera();
    private final TimelineEvent elsewhere = timeline.events().get(6);

    @Test
    void aDraggedSpanOrTheOverviewLastsUntilTheSlideChanges() {
        p.goToStep(2);
        camera.frame(new TimeWindow(10, 20));
        assertThat(camera.shot()).isEqualTo(new AudienceCamera.Framed(new TimeWindow(10, 20)));
        p.advance();
        assertThat(p.index()).as("the next step goes on").isEqualTo(3);
        assertThat(camera.shot()).as("framed as the step frames it").isEqualTo(AudienceCamera.FOLLOW);

        camera.toggleOverview();
        assertThat(camera.shot()).isEqualTo(AudienceCamera.OVERVIEW);
        camera.toggleOverview();
        assertThat(camera.shot()).as("O again: back to the step").isEqualTo(AudienceCamera.FOLLOW);
        camera.toggleOverview();
        p.goBack();
        assertThat(camera.shot()).isEqualTo(AudienceCamera.FOLLOW);
    }

    @Test
    void noSpanIsNoFrame() {
        camera.frame(null);
        camera.showEvent(null);
        assertThat(camera.onDetour()).isFalse();
        assertThat(camera.shot()).isEqualTo(AudienceCamera.FOLLOW);
    }

    @Test
    void aStepKeyOnADetourOnlyReturnsToTheSameStep() {
        p.goToStep(3);
        int at = p.index();
        camera.showEvent(elsewhere);
        assertThat(camera.detour()).isEqualTo(elsewhere);
        p.advance();
        assertThat(camera.onDetour()).isFalse();
        assertThat(p.index()).as("next returns, it does not skip").isEqualTo(at);
        camera.showEvent(elsewhere);
        p.goBack();
        assertThat(camera.onDetour()).isFalse();
        assertThat(p.index()).isEqualTo(at);
        p.advance();
        assertThat(p.index()).as("then the story goes on").isEqualTo(at + 1);
    }

    @Test
    void goingToAStepLeavesTheDetourEvenForTheSameStep() {
        p.goToStep(3);
        camera.showEvent(elsewhere);
        camera.toggleOverview();
        p.goToStep(3);
        assertThat(camera.onDetour()).isFalse();
        assertThat(camera.shot()).isEqualTo(AudienceCamera.FOLLOW);
        assertThat(camera.leaveDetour()).as("nothing left to leave").isFalse();
    }

    @Test
    void theOverviewOnADetourComesBackToTheDetour() {
        camera.showEvent(elsewhere);
        camera.toggleOverview();
        camera.toggleOverview();
        assertThat(camera.detour()).isEqualTo(elsewhere);
        assertThat(camera.shot()).isEqualTo(AudienceCamera.FOLLOW);
    }
}
