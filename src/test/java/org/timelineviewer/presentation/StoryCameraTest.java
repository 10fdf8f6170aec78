package org.timelineviewer.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.model.TestEvents;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

/** Where the camera goes for a story step: the event with its near neighbours, never too narrow. */
class StoryCameraTest {

    /** Floating-point slack for span comparisons (the span is computed as a product and a quotient). */
    private static final double EPS = 1e-6;

    private static Timeline bundled;

    @BeforeAll
    static void load() throws Exception {
        bundled = new TimelineFileReader().read(Path.of("assets/timelines/alibaba-ai-era.timeline"));
    }

    private static TimelineEvent point(String id, LocalDate date) {
        return TestEvents.point(id, date.toString());
    }

    @Test
    void everyBundledEventIsFramedWithItsNearNeighbours() {
        List<TimelineEvent> events = bundled.events();
        assertThat(events).hasSize(20);
        int neighboursChecked = 0;
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            TimeWindow w = StoryCamera.frame(e, events);

            assertThat(w.contains(e.startDay())).as("%s frames its own start: %s", e.id(), w).isTrue();
            assertThat(w.span()).as("span for %s", e.id()).isGreaterThanOrEqualTo(StoryCamera.MIN_SPAN_DAYS - EPS);
            if (i > 0) {
                TimelineEvent previous = events.get(i - 1);
                if (e.startDay() - previous.startDay() <= StoryCamera.NEIGHBOUR_REACH_DAYS) {
                    assertThat(w.contains(previous.startDay()))
                            .as("%s frames its previous neighbour %s: %s", e.id(), previous.id(), w).isTrue();
                    neighboursChecked++;
                }
            }
            if (i + 1 < events.size()) {
                TimelineEvent next = events.get(i + 1);
                if (next.startDay() - e.startDay() <= StoryCamera.NEIGHBOUR_REACH_DAYS) {
                    assertThat(w.contains(next.startDay()))
                            .as("%s frames its next neighbour %s: %s", e.id(), next.id(), w).isTrue();
                    neighboursChecked++;
                }
            }
        }
        assertThat(neighboursChecked).as("the bundled events have near neighbours to check").isGreaterThan(20);
    }

    @Test
    void everyStepOfTheBundledStoryIsFramed() {
        for (var step : bundled.story(null).orElseThrow().steps()) {
            TimelineEvent e = step.event();
            assertThat(bundled.events()).as("step events are the timeline's own").contains(e);
            TimeWindow w = StoryCamera.frame(e, bundled.events());
            assertThat(w.contains(e.startDay())).as(e.id()).isTrue();
        }
    }

    @Test
    void aFarNeighbourIsNotPulledIn() {
        TimelineEvent old = TestEvents.point("old", "2010-01-01");
        TimelineEvent recent = TestEvents.point("recent", "2020-01-01");
        List<TimelineEvent> events = List.of(old, recent);

        TimeWindow forRecent = StoryCamera.frame(recent, events);
        TimeWindow forOld = StoryCamera.frame(old, events);

        assertThat(forRecent.contains(recent.startDay())).isTrue();
        assertThat(forRecent.contains(old.startDay())).as(forRecent.toString()).isFalse();
        assertThat(forOld.contains(old.startDay())).isTrue();
        assertThat(forOld.contains(recent.startDay())).as(forOld.toString()).isFalse();
        // Alone in its frame, a one-day event gets the narrowest frame: not so wide it is lost.
        assertThat(forRecent.span()).isCloseTo(StoryCamera.MIN_SPAN_DAYS, within(EPS));
        assertThat(forOld.span()).isCloseTo(StoryCamera.MIN_SPAN_DAYS, within(EPS));
    }

    @Test
    void neighbourReachIsInclusive() {
        LocalDate day = LocalDate.of(2020, 1, 1);
        int reach = (int) StoryCamera.NEIGHBOUR_REACH_DAYS;
        TimelineEvent a = point("a", day);
        TimelineEvent atReach = point("at-reach", day.plusDays(reach));
        TimelineEvent beyond = point("beyond", day.plusDays(reach + reach + 1));
        List<TimelineEvent> events = List.of(a, atReach, beyond);

        TimeWindow forA = StoryCamera.frame(a, events);
        TimeWindow forAtReach = StoryCamera.frame(atReach, events);

        assertThat(forA.contains(atReach.startDay())).as("exactly at reach: pulled in, %s", forA).isTrue();
        assertThat(forAtReach.contains(a.startDay())).as("exactly at reach: pulled in, %s", forAtReach).isTrue();
        assertThat(forAtReach.contains(beyond.startDay())).as("one day beyond reach: not pulled in, %s", forAtReach)
                .isFalse();
    }

    @Test
    void closeNeighboursOnBothSidesAreInView() {
        LocalDate day = LocalDate.of(2022, 6, 1);
        TimelineEvent before = point("before", day.minusDays(90));
        TimelineEvent event = point("event", day);
        TimelineEvent after = point("after", day.plusDays(120));
        List<TimelineEvent> events = List.of(before, event, after);

        TimeWindow w = StoryCamera.frame(event, events);

        assertThat(w.contains(before.startDay())).as(w.toString()).isTrue();
        assertThat(w.contains(event.startDay())).isTrue();
        assertThat(w.contains(after.startDay())).as(w.toString()).isTrue();
        assertThat(w.span()).isGreaterThan(210);
    }

    @Test
    void onlyTheNearestNeighbourOnEachSideIsPulledIn() {
        LocalDate day = LocalDate.of(2022, 6, 1);
        TimelineEvent twoBack = point("two-back", day.minusDays(390));
        TimelineEvent oneBack = point("one-back", day.minusDays(10));
        TimelineEvent event = point("event", day);
        List<TimelineEvent> events = List.of(twoBack, oneBack, event);

        TimeWindow w = StoryCamera.frame(event, events);

        assertThat(w.contains(oneBack.startDay())).isTrue();
        assertThat(w.contains(twoBack.startDay())).as(w.toString()).isFalse();
    }

    @Test
    void aLongSpanIsFramedWhole() {
        TimelineEvent span = TestEvents.event("span", "2018-01", "2021-12", 3);
        List<TimelineEvent> events = List.of(span);

        TimeWindow w = StoryCamera.frame(span, events);

        assertThat(w.contains(span.startDay())).isTrue();
        assertThat(w.contains(span.endDay() - 1)).as("the last day of the span: %s", w).isTrue();
    }

    @Test
    void overviewShowsEveryEvent() {
        List<TimelineEvent> events = bundled.events();

        TimeWindow w = StoryCamera.overview(events);

        for (TimelineEvent e : events) {
            assertThat(w.contains(e.startDay())).as(e.id()).isTrue();
            assertThat(w.contains(e.endDay() - 1)).as("last day of %s", e.id()).isTrue();
        }
        assertThat(w.contains(bundled.firstDay())).isTrue();
        assertThat(w.end()).isGreaterThanOrEqualTo(bundled.lastDay());
    }

    @Test
    void overviewOfTwoDistantEvents() {
        TimelineEvent old = TestEvents.point("old", "2010-01-01");
        TimelineEvent recent = TestEvents.point("recent", "2020-01-01");

        TimeWindow w = StoryCamera.overview(List.of(old, recent));

        assertThat(w.contains(old.startDay())).isTrue();
        assertThat(w.contains(recent.startDay())).isTrue();
        assertThat(w.span()).as("not much wider than the events").isLessThan((recent.endDay() - old.startDay()) * 1.2);
    }
}
