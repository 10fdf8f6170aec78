package org.timelineviewer.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.timelineviewer.model.Language;

/** A rehearsal's times: each step's time on screen, added up over its showings, by the talk timer. */
class RehearsalTest {

    private final TestClock clock = new TestClock(TalkPaceTest.START, ZoneId.of("UTC"));
    private final Presentation p = new Presentation(TalkPaceTest.story(null, null, null), clock, Language.EN);
    private final Rehearsal rehearsal = new Rehearsal(p);

    private static Duration s(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    @Test
    void eachStepsTimeIsAddedUpOverItsShowingsAndTheTitleAndEndSlidesCountForNone() {
        clock.advance(s(30)); // the title slide
        p.advance();
        clock.advance(s(40));
        p.advance();
        clock.advance(s(20));
        assertThat(rehearsal.onCurrentStep()).isEqualTo(s(20));
        p.goBack();
        clock.advance(s(10));
        assertThat(rehearsal.onCurrentStep()).isEqualTo(s(50));
        p.goToStep(3);
        clock.advance(s(5));
        p.advance(); // the end slide
        clock.advance(s(100));

        assertThat(rehearsal.times()).containsExactly(s(50), s(20), s(5));
        assertThat(rehearsal.onCurrentStep()).isZero();
    }

    @Test
    void pausesDoNotCountAndAResetCountsAgainFromZero() {
        p.advance();
        clock.advance(s(10));
        p.toggleTimer();
        clock.advance(s(300));
        p.toggleTimer();
        clock.advance(s(5));
        p.advance();
        clock.advance(s(50));
        p.resetTimer();
        clock.advance(s(7));
        p.advance();

        assertThat(rehearsal.times()).containsExactly(s(15), s(7), s(0));
    }

    @Test
    void targetsAreToTheNearestSecondAndAStepFlickedPastHasNone() {
        p.advance();
        clock.advance(s(20.4));
        p.advance();
        clock.advance(s(0.4));
        p.advance();
        clock.advance(s(61.6));
        rehearsal.stop();
        clock.advance(s(100));
        p.goToStep(1);

        assertThat(rehearsal.targets()).containsExactly(s(20), s(0), s(62));
        assertThat(rehearsal.times()).as("stopped: nothing more counts").containsExactly(s(20.4), s(0.4), s(61.6));
    }

    @Test
    void savedAsTargetsTheTimesReplaceOnlyTheStepsShown() {
        org.timelineviewer.model.Story timed = TalkPaceTest.story(60, 60, 60)
                .withTargets(java.util.List.of(s(20), Duration.ZERO, s(62)));

        assertThat(timed.steps()).extracting(org.timelineviewer.model.Story.Step::target).containsExactly(s(20), s(60), s(62));
    }
}
