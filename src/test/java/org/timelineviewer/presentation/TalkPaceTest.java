package org.timelineviewer.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timelineviewer.model.LocalizedText;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.TestEvents;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.presentation.TalkPace.Pace;
import org.timelineviewer.presentation.TalkPace.Reading;

/** The countdown and the pace mark: the plan's arithmetic, the boundaries of the tolerance, and the timer's pause and reset. */
class TalkPaceTest {

    static final Instant START = Instant.parse("2025-03-01T01:02:03Z");

    /** A story with a title slide whose steps have these targets in seconds (null: none). */
    static Story story(Integer... seconds) {
        List<Story.Step> steps = new ArrayList<>();
        for (int i = 0; i < seconds.length; i++) {
            TimelineEvent e = TestEvents.point("e" + (i + 1), String.format("2020-01-%02d", i + 1));
            steps.add(new Story.Step(e, null, seconds[i] == null ? null : Duration.ofSeconds(seconds[i])));
        }
        return new Story("timed", new LocalizedText("计时", "Timed"), null, true, steps);
    }

    private static Duration s(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    private static Slide step(Story story, int number) {
        return new Slide.Step(story.steps().get(number - 1), number);
    }

    private static Reading at(TalkPace pace, Slide slide, long seconds) {
        return pace.reading(slide, s(seconds));
    }

    @Test
    void theTalkIsAsLongAsItsTargetsAndEachStepBeginsWhereTheOnesBeforeEnd() {
        Story story = story(60, 120, 60);
        TalkPace pace = TalkPace.of(story, null).orElseThrow();

        assertThat(pace.length()).isEqualTo(s(240));
        assertThat(pace.begins(1)).isEqualTo(s(0));
        assertThat(pace.begins(2)).isEqualTo(s(60));
        assertThat(pace.begins(3)).isEqualTo(s(180));
        assertThat(pace.share(2)).isEqualTo(s(120));
    }

    @Test
    void aChosenLengthScalesTheTargets() {
        TalkPace pace = TalkPace.of(story(60, 120, 60), Duration.ofMinutes(8)).orElseThrow();

        assertThat(pace.length()).isEqualTo(Duration.ofMinutes(8));
        assertThat(pace.begins(2)).isEqualTo(s(120));
        assertThat(pace.begins(3)).isEqualTo(s(360));
    }

    @Test
    void withoutTargetsAChosenLengthIsSharedEquallyAndWithoutEitherThereIsNoCountdown() {
        assertThat(TalkPace.of(story(null, null, null), null)).isEmpty();
        assertThat(TalkPace.of(story(null, null, null), Duration.ZERO)).isEmpty();
        TalkPace pace = TalkPace.of(story(null, null, null), Duration.ofMinutes(6)).orElseThrow();
        assertThat(pace.share(1)).isEqualTo(s(120));
        assertThat(pace.begins(3)).isEqualTo(s(240));
    }

    @Test
    void aStepWithoutATargetCountsAsTheAverageTarget() {
        TalkPace pace = TalkPace.of(story(60, null, 180), null).orElseThrow();

        assertThat(pace.share(2)).isEqualTo(s(120));
        assertThat(pace.length()).isEqualTo(s(360));
    }

    @Test
    void theCountdownCountsDownThenBelowZero() {
        Story story = story(60, 120, 60);
        TalkPace pace = TalkPace.of(story, null).orElseThrow();

        assertThat(at(pace, step(story, 1), 0).left()).isEqualTo(s(240));
        assertThat(at(pace, step(story, 2), 100).left()).isEqualTo(s(140));
        assertThat(at(pace, step(story, 3), 240).left()).isEqualTo(s(0));
        assertThat(at(pace, step(story, 3), 240).over()).isFalse();
        Reading over = at(pace, step(story, 3), 250);
        assertThat(over.left()).isEqualTo(s(-10));
        assertThat(over.over()).isTrue();
    }

    @Test
    void onAStepTheMarkTurnsAtFifteenSecondsEitherSide() {
        Story story = story(60, 120, 60);
        TalkPace pace = TalkPace.of(story, null).orElseThrow();
        Slide second = step(story, 2); // from 1:00 to 3:00; a tenth of 2:00 is less than 15 s

        assertThat(at(pace, second, 44)).isEqualTo(new Reading(s(196), Pace.AHEAD, s(16)));
        assertThat(at(pace, second, 45)).isEqualTo(new Reading(s(195), Pace.ON_TIME, Duration.ZERO));
        assertThat(at(pace, second, 120).pace()).isEqualTo(Pace.ON_TIME);
        assertThat(at(pace, second, 195).pace()).isEqualTo(Pace.ON_TIME);
        assertThat(at(pace, second, 196)).isEqualTo(new Reading(s(44), Pace.BEHIND, s(16)));
    }

    @Test
    void onALongStepTheToleranceIsATenthOfItsTime() {
        Story story = story(60, 600);
        TalkPace pace = TalkPace.of(story, null).orElseThrow();
        Slide second = step(story, 2); // from 1:00 to 11:00: a minute of slack either side

        assertThat(at(pace, second, 0).pace()).isEqualTo(Pace.ON_TIME);
        assertThat(at(pace, second, 720).pace()).isEqualTo(Pace.ON_TIME);
        assertThat(at(pace, second, 721)).isEqualTo(new Reading(s(-61), Pace.BEHIND, s(61)));
        Slide first = step(story, 1);
        assertThat(at(pace, first, 76)).isEqualTo(new Reading(s(584), Pace.BEHIND, s(16)));
    }

    @Test
    void theTitleSlideIsOnTimeOnlyAtTheStartAndTheEndSlideSaysHowEarly() {
        Story story = story(60, 120, 60);
        TalkPace pace = TalkPace.of(story, null).orElseThrow();

        assertThat(at(pace, new Slide.Title(story), 15).pace()).isEqualTo(Pace.ON_TIME);
        assertThat(at(pace, new Slide.Title(story), 40)).isEqualTo(new Reading(s(200), Pace.BEHIND, s(40)));
        assertThat(at(pace, new Slide.End(story), 180)).isEqualTo(new Reading(s(60), Pace.AHEAD, s(60)));
        assertThat(at(pace, new Slide.End(story), 250)).isEqualTo(new Reading(s(-10), Pace.ON_TIME, Duration.ZERO));
    }

    @Test
    void thePresentationReadsItByItsTimerWhichPausesAndResets() {
        TestClock clock = new TestClock(START, ZoneId.of("UTC"));
        Presentation p = new Presentation(story(60, 120, 60), clock, org.timelineviewer.model.Language.EN);
        assertThat(p.pace()).isPresent();
        p.advance(); // step 1
        clock.advance(s(100));
        assertThat(p.paceReading().orElseThrow()).isEqualTo(new Reading(s(140), Pace.BEHIND, s(40)));

        p.toggleTimer(); // paused: the clock runs on, the reading does not
        clock.advance(s(600));
        assertThat(p.paceReading().orElseThrow()).isEqualTo(new Reading(s(140), Pace.BEHIND, s(40)));
        p.toggleTimer();
        p.advance(); // step 2, from 1:00
        clock.advance(s(20));
        assertThat(p.paceReading().orElseThrow()).isEqualTo(new Reading(s(120), Pace.ON_TIME, Duration.ZERO));

        p.resetTimer(); // back to the whole talk, on step 2: ahead of its start
        assertThat(p.paceReading().orElseThrow()).isEqualTo(new Reading(s(240), Pace.AHEAD, s(60)));
    }

    @Test
    void aChosenLengthGivesACountdownEvenWithoutTargets() {
        TestClock clock = new TestClock(START, ZoneId.of("UTC"));
        Presentation without = new Presentation(story(null, null), clock, org.timelineviewer.model.Language.EN);
        assertThat(without.paceReading()).isEmpty();
        Presentation chosen = new Presentation(story(null, null), clock, org.timelineviewer.model.Language.EN,
                Duration.ofMinutes(10));
        assertThat(chosen.paceReading().orElseThrow().left()).isEqualTo(Duration.ofMinutes(10));
    }
}
