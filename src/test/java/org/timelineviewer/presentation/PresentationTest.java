package org.timelineviewer.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.LocalizedText;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.TestEvents;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.presentation.Presentation.Blank;

/** The presentation state machine: slides, navigation, typed step numbers, blanking, notes and time. */
class PresentationTest {

    static final Path BUNDLED = Path.of("assets/timelines/alibaba-ai-era.timeline");
    static final Instant START = Instant.parse("2025-03-01T01:02:03Z");

    private static Timeline bundled;

    @BeforeAll
    static void loadBundled() throws Exception {
        bundled = new TimelineFileReader().read(BUNDLED);
    }

    /** A story of {@code n} one-day events in 2020, told in time order, every step with notes. */
    static Story story(int n, boolean titleSlide) {
        List<Story.Step> steps = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            TimelineEvent e = TestEvents.point("e" + i, String.format("2020-%02d-%02d", 1 + (i - 1) / 28, 1 + (i - 1) % 28));
            steps.add(new Story.Step(e, new LocalizedText("备注" + i, "Notes " + i)));
        }
        return new Story("test-story", new LocalizedText("测试故事", "Test story"),
                new LocalizedText("副标题", "Subtitle"), titleSlide, steps);
    }

    static Presentation presentation(int n, boolean titleSlide) {
        return new Presentation(story(n, titleSlide), new TestClock(START, ZoneId.of("UTC")), Language.EN);
    }

    private static int stepNumber(Slide slide) {
        assertThat(slide).isInstanceOf(Slide.Step.class);
        return ((Slide.Step) slide).number();
    }

    // ---- slides -------------------------------------------------------------------------------

    @Test
    void slidesAreTheTitleSlideThenOneNumberedSlidePerStep() {
        Story story = story(3, true);
        Presentation p = new Presentation(story, new TestClock(START, ZoneId.of("UTC")), Language.EN);

        assertThat(p.slides()).hasSize(4);
        assertThat(p.slides().get(0)).isEqualTo(new Slide.Title(story));
        for (int i = 1; i <= 3; i++) {
            assertThat(p.slides().get(i)).isEqualTo(new Slide.Step(story.steps().get(i - 1), i));
        }
        assertThat(p.stepCount()).isEqualTo(3);
        assertThat(p.index()).isZero();
        assertThat(p.current()).isInstanceOf(Slide.Title.class);
        assertThat(p.story()).isSameAs(story);
    }

    @Test
    void withoutATitleSlideTheFirstSlideIsStepOne() {
        Presentation p = presentation(3, false);

        assertThat(p.slides()).hasSize(3);
        assertThat(p.slides()).map(PresentationTest::stepNumber).containsExactly(1, 2, 3);
        assertThat(stepNumber(p.current())).isEqualTo(1);
    }

    @Test
    void aStoryWithoutStepsStillHasASlideToShow() {
        Presentation p = new Presentation(new Story("empty", new LocalizedText("空", "Empty"), null, false, List.of()),
                new TestClock(START, ZoneId.of("UTC")), Language.EN);

        assertThat(p.slides()).singleElement().isInstanceOf(Slide.Title.class);
        assertThat(p.stepCount()).isZero();
        assertThat(p.next()).containsInstanceOf(Slide.End.class);
    }

    // ---- navigation ---------------------------------------------------------------------------

    @Test
    void advanceAndGoBackStopAtTheEnds() {
        Presentation p = presentation(3, true);

        p.goBack();
        assertThat(p.index()).isZero();
        p.advance();
        assertThat(p.index()).isEqualTo(1);
        assertThat(stepNumber(p.current())).isEqualTo(1);
        p.advance();
        p.advance();
        assertThat(p.index()).isEqualTo(3);
        p.advance();
        assertThat(p.current()).as("after the last step: the end slide").isEqualTo(new Slide.End(p.story()));
        assertThat(p.atEnd()).isTrue();
        p.advance();
        assertThat(p.current()).as("nothing after the end slide").isInstanceOf(Slide.End.class);
        p.goBack();
        assertThat(p.atEnd()).isFalse();
        assertThat(p.index()).as("back from the end: the last step").isEqualTo(3);
        assertThat(stepNumber(p.current())).isEqualTo(3);
        p.goBack();
        assertThat(p.index()).isEqualTo(2);
        assertThat(stepNumber(p.current())).isEqualTo(2);
    }

    @Test
    void theEndSlideIsReachedOnlyByAdvancingPastTheLastStep() {
        Presentation p = presentation(3, true);

        p.last();
        assertThat(stepNumber(p.current())).as("End: the last step, not the end slide").isEqualTo(3);
        p.goToStep(99);
        assertThat(stepNumber(p.current())).isEqualTo(3);
        p.show(10);
        assertThat(p.atEnd()).isFalse();
        assertThat(p.slides()).as("the end slide is not one of the story's slides").noneMatch(s -> s instanceof Slide.End);
        p.advance();
        assertThat(p.atEnd()).isTrue();
        p.first();
        assertThat(p.current()).isInstanceOf(Slide.Title.class);
    }

    @Test
    void firstAndLast() {
        Presentation p = presentation(5, true);

        p.last();
        assertThat(p.index()).isEqualTo(5);
        assertThat(stepNumber(p.current())).isEqualTo(5);
        p.first();
        assertThat(p.index()).isZero();
        assertThat(p.current()).isInstanceOf(Slide.Title.class);
    }

    @Test
    void indexPropertyFollowsTheCurrentSlide() {
        Presentation p = presentation(3, true);
        List<Number> seen = new ArrayList<>();
        p.indexProperty().addListener((o, was, now) -> seen.add(now));

        p.advance();
        p.last();

        assertThat(seen).containsExactly(1, 3);
    }

    @Test
    void goToStepShowsThatStep() {
        Presentation p = presentation(5, true);

        p.goToStep(3);
        assertThat(stepNumber(p.current())).isEqualTo(3);
        assertThat(p.index()).isEqualTo(3);
        p.goToStep(0);
        assertThat(p.current()).isInstanceOf(Slide.Title.class);
        p.goToStep(99);
        assertThat(stepNumber(p.current())).as("beyond the end: the last step").isEqualTo(5);
        p.goToStep(-2);
        assertThat(p.index()).as("below zero: the first slide").isZero();
    }

    @Test
    void goToStepWithoutATitleSlideCountsStepsNotSlides() {
        Presentation p = presentation(5, false);

        p.goToStep(3);
        assertThat(p.index()).isEqualTo(2);
        assertThat(stepNumber(p.current())).isEqualTo(3);
        p.goToStep(0);
        assertThat(stepNumber(p.current())).as("no title slide: step 1").isEqualTo(1);
        p.goToStep(6);
        assertThat(stepNumber(p.current())).isEqualTo(5);
    }

    @Test
    void showClampsTheSlideIndex() {
        Presentation p = presentation(3, true);

        p.show(2);
        assertThat(p.index()).isEqualTo(2);
        p.show(10);
        assertThat(p.index()).isEqualTo(3);
        p.show(-1);
        assertThat(p.index()).isZero();
    }

    @Test
    void nextIsTheFollowingSlideTheEndSlideAfterTheLastStepAndEmptyAtTheEnd() {
        Presentation p = presentation(3, true);

        assertThat(p.next()).contains(p.slides().get(1));
        p.goToStep(2);
        assertThat(p.next()).contains(p.slides().get(3));
        p.last();
        assertThat(p.next()).as("after the last step, the end slide").containsInstanceOf(Slide.End.class);
        p.advance();
        assertThat(p.next()).as("nothing after the end").isEmpty();
    }

    // ---- typed step numbers -------------------------------------------------------------------

    @Test
    void typedDigitsThenEnterGoToThatStep() {
        Presentation p = presentation(15, true);

        p.typeDigit(1);
        assertThat(p.typedNumberProperty().get()).isEqualTo("1");
        p.typeDigit(2);
        assertThat(p.typedNumberProperty().get()).isEqualTo("12");
        assertThat(p.index()).as("typing alone does not move").isZero();

        assertThat(p.commitTypedNumber()).isTrue();
        assertThat(stepNumber(p.current())).isEqualTo(12);
        assertThat(p.typedNumberProperty().get()).as("cleared after Enter").isEmpty();
    }

    @Test
    void atMostFourDigitsAreTyped() {
        Presentation p = presentation(15, true);

        for (int d : new int[] {1, 2, 3, 4, 5}) {
            p.typeDigit(d);
        }
        assertThat(p.typedNumberProperty().get()).isEqualTo("1234");
        assertThat(p.commitTypedNumber()).isTrue();
        assertThat(stepNumber(p.current())).as("clamped to the last step").isEqualTo(15);
    }

    @Test
    void onlySingleDigitsAreTyped() {
        Presentation p = presentation(15, true);

        p.typeDigit(10);
        p.typeDigit(-1);
        assertThat(p.typedNumberProperty().get()).isEmpty();
        p.typeDigit(0);
        p.typeDigit(9);
        assertThat(p.typedNumberProperty().get()).isEqualTo("09");
        p.commitTypedNumber();
        assertThat(stepNumber(p.current())).isEqualTo(9);
    }

    @Test
    void eraseDigitRemovesTheLastTypedDigit() {
        Presentation p = presentation(15, true);
        p.typeDigit(1);
        p.typeDigit(2);

        assertThat(p.eraseDigit()).isTrue();
        assertThat(p.typedNumberProperty().get()).isEqualTo("1");
        assertThat(p.eraseDigit()).isTrue();
        assertThat(p.typedNumberProperty().get()).isEmpty();
        assertThat(p.eraseDigit()).as("nothing left to erase").isFalse();
        assertThat(p.index()).isZero();
    }

    @Test
    void enterWithNothingTypedDoesNothing() {
        Presentation p = presentation(5, true);
        p.goToStep(2);

        assertThat(p.commitTypedNumber()).isFalse();
        assertThat(p.index()).isEqualTo(2);
    }

    @Test
    void clearTypedNumberForgetsTheDigits() {
        Presentation p = presentation(15, true);
        p.typeDigit(7);

        p.clearTypedNumber();

        assertThat(p.typedNumberProperty().get()).isEmpty();
        assertThat(p.commitTypedNumber()).isFalse();
        assertThat(p.index()).isZero();
    }

    // ---- blanking -----------------------------------------------------------------------------

    @Test
    void blackAndWhiteScreensToggle() {
        Presentation p = presentation(3, true);
        assertThat(p.blank()).isEqualTo(Blank.NONE);

        p.toggleBlack();
        assertThat(p.blank()).isEqualTo(Blank.BLACK);
        assertThat(p.blankProperty().get()).isEqualTo(Blank.BLACK);
        p.toggleBlack();
        assertThat(p.blank()).isEqualTo(Blank.NONE);

        p.toggleWhite();
        assertThat(p.blank()).isEqualTo(Blank.WHITE);
        p.toggleWhite();
        assertThat(p.blank()).isEqualTo(Blank.NONE);
    }

    @Test
    void whiteWhileBlackSwitchesToWhiteAndBack() {
        Presentation p = presentation(3, true);

        p.toggleBlack();
        p.toggleWhite();
        assertThat(p.blank()).isEqualTo(Blank.WHITE);
        p.toggleBlack();
        assertThat(p.blank()).isEqualTo(Blank.BLACK);
        p.toggleBlack();
        assertThat(p.blank()).isEqualTo(Blank.NONE);
    }

    @Test
    void advanceOnABlankedScreenOnlyBringsThePictureBack() {
        Presentation p = presentation(3, true);
        p.goToStep(1);
        p.toggleBlack();

        p.advance();
        assertThat(p.blank()).isEqualTo(Blank.NONE);
        assertThat(p.index()).as("did not move").isEqualTo(1);
        p.advance();
        assertThat(p.index()).isEqualTo(2);
    }

    @Test
    void goBackOnABlankedScreenOnlyBringsThePictureBack() {
        Presentation p = presentation(3, true);
        p.goToStep(2);
        p.toggleWhite();

        p.goBack();
        assertThat(p.blank()).isEqualTo(Blank.NONE);
        assertThat(p.index()).as("did not move").isEqualTo(2);
        p.goBack();
        assertThat(p.index()).isEqualTo(1);
    }

    @Test
    void firstAndLastUnblankAndMove() {
        Presentation p = presentation(3, true);
        p.goToStep(2);

        p.toggleBlack();
        p.last();
        assertThat(p.blank()).isEqualTo(Blank.NONE);
        assertThat(p.index()).isEqualTo(3);

        p.toggleWhite();
        p.first();
        assertThat(p.blank()).isEqualTo(Blank.NONE);
        assertThat(p.index()).isZero();
    }

    @Test
    void goingToATypedStepUnblanks() {
        Presentation p = presentation(5, true);
        p.toggleBlack();
        p.typeDigit(4);

        p.commitTypedNumber();

        assertThat(p.blank()).isEqualTo(Blank.NONE);
        assertThat(stepNumber(p.current())).isEqualTo(4);
    }

    // ---- notes and time -----------------------------------------------------------------------

    @Test
    void notesToggle() {
        Presentation p = presentation(3, true);
        assertThat(p.notesVisibleProperty().get()).isFalse();

        p.toggleNotes();
        assertThat(p.notesVisibleProperty().get()).isTrue();
        p.toggleNotes();
        assertThat(p.notesVisibleProperty().get()).isFalse();
    }

    @Test
    void elapsedIsTheTimeSinceTheStartOnTheGivenClock() {
        TestClock clock = new TestClock(START, ZoneId.of("Asia/Shanghai"));
        Presentation p = new Presentation(story(3, true), clock, Language.EN);
        assertThat(p.elapsed()).isEqualTo(Duration.ZERO);

        clock.advance(Duration.ofSeconds(65));
        assertThat(p.elapsed()).isEqualTo(Duration.ofSeconds(65));

        clock.advance(Duration.ofHours(1));
        assertThat(p.elapsed()).isEqualTo(Duration.ofSeconds(3665));
        assertThat(p.clock()).isSameAs(clock);
    }

    @Test
    void elapsedDoesNotDependOnNavigation() {
        TestClock clock = new TestClock(START, ZoneId.of("UTC"));
        Presentation p = new Presentation(story(3, true), clock, Language.EN);
        clock.advance(Duration.ofSeconds(30));

        p.advance();
        p.toggleBlack();
        clock.advance(Duration.ofSeconds(10));

        assertThat(p.elapsed()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void aPausedTimerStandsStillAndGoesOnFromWhereItStopped() {
        TestClock clock = new TestClock(START, ZoneId.of("UTC"));
        Presentation p = new Presentation(story(3, true), clock, Language.EN);
        clock.advance(Duration.ofSeconds(30));

        p.toggleTimer();
        assertThat(p.timerPausedProperty().get()).isTrue();
        clock.advance(Duration.ofMinutes(5));
        assertThat(p.elapsed()).as("paused: the five minutes do not count").isEqualTo(Duration.ofSeconds(30));

        p.toggleTimer();
        assertThat(p.timerPausedProperty().get()).isFalse();
        clock.advance(Duration.ofSeconds(15));
        assertThat(p.elapsed()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void resetSetsTheTimerBackToZeroAndAPausedTimerStaysPaused() {
        TestClock clock = new TestClock(START, ZoneId.of("UTC"));
        Presentation p = new Presentation(story(3, true), clock, Language.EN);
        clock.advance(Duration.ofMinutes(12));

        p.resetTimer();
        assertThat(p.elapsed()).isEqualTo(Duration.ZERO);
        clock.advance(Duration.ofSeconds(20));
        assertThat(p.elapsed()).as("running again from zero").isEqualTo(Duration.ofSeconds(20));

        p.toggleTimer();
        p.resetTimer();
        clock.advance(Duration.ofSeconds(20));
        assertThat(p.elapsed()).isEqualTo(Duration.ZERO);
        assertThat(p.timerPausedProperty().get()).isTrue();
        p.toggleTimer();
        clock.advance(Duration.ofSeconds(5));
        assertThat(p.elapsed()).isEqualTo(Duration.ofSeconds(5));
    }

    // ---- stories of a timeline ----------------------------------------------------------------

    @Test
    void theBundledTimelinePresentsItsAiBetStoryByDefault() {
        Story story = bundled.story(null).orElseThrow();

        assertThat(story.id()).isEqualTo("ai-bet");
        assertThat(story.steps()).hasSize(18);
        assertThat(story.titleSlide()).isTrue();
        assertThat(bundled.story("ai-bet")).containsSame(story);

        Presentation p = new Presentation(story, new TestClock(START, ZoneId.of("UTC")), Language.EN);
        assertThat(p.slides()).hasSize(19);
        assertThat(p.current()).isInstanceOf(Slide.Title.class);
        p.last();
        assertThat(stepNumber(p.current())).isEqualTo(18);
        assertThat(((Slide.Step) p.current()).step()).isSameAs(story.steps().get(17));
    }

    @Test
    void theAllEventsStoryHasEveryEventInTimeOrder() {
        Story all = bundled.story(Story.DEFAULT_ID).orElseThrow();

        assertThat(all.id()).isEqualTo("all-events");
        assertThat(all.titleSlide()).isTrue();
        assertThat(all.title()).isEqualTo(bundled.title());
        assertThat(all.steps()).extracting(Story.Step::event).containsExactlyElementsOf(bundled.events());
        assertThat(all.steps()).extracting(Story.Step::event).hasSize(20)
                .isSortedAccordingTo(Timeline.CHRONOLOGICAL);
        assertThat(all.steps()).extracting(Story.Step::event)
                .extracting(TimelineEvent::startDay)
                .isSortedAccordingTo(Double::compare);
    }

    @Test
    void anUnknownStoryIdIsEmpty() {
        assertThat(bundled.story("no-such-story")).isEmpty();
    }

    @Test
    void aTimelineWithoutStoriesPresentsEveryEventInTimeOrder() {
        TimelineEvent late = TestEvents.point("late", "2021-05");
        TimelineEvent early = TestEvents.point("early", "2019-02-03");
        TimelineEvent middle = TestEvents.point("middle", "2020");
        Timeline t = new Timeline(new LocalizedText("时间线", "Timeline"), null, List.of(TestEvents.SOURCE),
                List.of(TestEvents.CATEGORY), List.of(), List.of(late, early, middle));

        Story story = t.story(null).orElseThrow();

        assertThat(t.stories()).isEmpty();
        assertThat(story.id()).isEqualTo(Story.DEFAULT_ID);
        assertThat(story.titleSlide()).isTrue();
        assertThat(story.subtitleText()).isEmpty();
        assertThat(story.steps()).extracting(s -> s.event().id()).containsExactly("early", "middle", "late");
        assertThat(story.steps()).allSatisfy(s -> assertThat(s.notesText()).isEmpty());
    }

    @Test
    void aTimelineWithStoriesPresentsItsFirstStoryByDefault() {
        Story first = story(2, false);
        Story second = new Story("second", new LocalizedText("二", "Two"), null, true, first.steps());
        List<TimelineEvent> events = first.steps().stream().map(Story.Step::event).toList();
        Timeline t = new Timeline(new LocalizedText("时间线", "Timeline"), null, List.of(TestEvents.SOURCE),
                List.of(TestEvents.CATEGORY), List.of(), events, List.of(first, second));

        assertThat(t.story(null)).containsSame(first);
        assertThat(t.story("second")).containsSame(second);
        assertThat(t.story(Story.DEFAULT_ID).orElseThrow().steps()).hasSize(2);
    }

    @Test
    void theAudienceHasItsOwnLanguageAndTheme() {
        Presentation p = new Presentation(story(3, true), new TestClock(START, ZoneId.of("UTC")), Language.ZH);

        assertThat(p.language()).isEqualTo(Language.ZH);
        assertThat(p.theme()).isEqualTo(Presentation.Theme.DARK);
        p.toggleLanguage();
        assertThat(p.language()).isEqualTo(Language.EN);
        p.setLanguage(null);
        assertThat(p.language()).as("null keeps the language").isEqualTo(Language.EN);
        p.setLanguage(Language.ZH);
        assertThat(p.languageProperty().get()).isEqualTo(Language.ZH);
        p.toggleTheme();
        assertThat(p.themeProperty().get()).isEqualTo(Presentation.Theme.LIGHT);
        p.toggleTheme();
        assertThat(p.theme()).isEqualTo(Presentation.Theme.DARK);
    }
}
