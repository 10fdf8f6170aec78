package org.timelineviewer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChronologicalEventsTest {

    /** Many events on few days, spans among them, so that most comparisons are ties broken by end or id. */
    private static List<TimelineEvent> crowded(Random random, int count) {
        List<TimelineEvent> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate d = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(30));
            String end = random.nextInt(3) == 0 ? d.plusDays(random.nextInt(3)).toString() : null;
            String date = random.nextInt(5) == 0 ? d.getYear() + "-" + String.format("%02d", d.getMonthValue())
                    : random.nextInt(7) == 0 ? d + "T" + String.format("%02d", random.nextInt(24)) : d.toString();
            out.add(TestEvents.event("e" + random.nextInt(count * 4) + "-" + i, date, end, 2));
        }
        return out;
    }

    /** The order the comparator gives, worked out the plain way. */
    private static List<TimelineEvent> plainSort(List<TimelineEvent> events) {
        return events.stream().sorted(Comparator.comparingDouble(TimelineEvent::startDay)
                .thenComparingDouble(TimelineEvent::endDay).thenComparing(TimelineEvent::id)).toList();
    }

    @Test
    void sortsByStartThenEndThenIdAsTheComparatorDoes() {
        Random random = new Random(13);
        for (int n : new int[] {0, 1, 2, 3, 17, 1000, 4099}) {
            List<TimelineEvent> events = crowded(random, n);
            ChronologicalEvents sorted = ChronologicalEvents.of(events);
            assertThat(sorted).containsExactlyElementsOf(plainSort(events));
            assertThat(sorted).isSortedAccordingTo(Timeline.CHRONOLOGICAL);
            for (int i = 0; i < sorted.size(); i++) {
                assertThat(sorted.startDay(i)).isEqualTo(sorted.get(i).startDay());
                assertThat(sorted.endDay(i)).isEqualTo(sorted.get(i).endDay());
            }
        }
    }

    @Test
    void keepsAnOrderedListAsItIsAndIsNotCopiedAgain() {
        List<TimelineEvent> ordered = plainSort(crowded(new Random(5), 500));
        ChronologicalEvents events = ChronologicalEvents.of(ordered);
        assertThat(events).containsExactlyElementsOf(ordered);
        assertThat(ChronologicalEvents.of(events)).isSameAs(events);
        List<TimelineEvent> reversed = new ArrayList<>(ordered);
        Collections.reverse(reversed);
        assertThat(ChronologicalEvents.of(reversed)).containsExactlyElementsOf(ordered);
    }

    @Test
    void saysWhetherAnyEventHasATimeOfDay() {
        assertThat(ChronologicalEvents.of(List.of(TestEvents.point("a", "2020-01-01"))).hasTimesOfDay()).isFalse();
        assertThat(ChronologicalEvents.of(List.of(TestEvents.point("a", "2020-01-01"),
                TestEvents.event("b", "2020-01-01", "2020-01-02T10", 2))).hasTimesOfDay()).isTrue();
    }

    @Test
    void cannotBeChanged() {
        ChronologicalEvents events = ChronologicalEvents.of(List.of(TestEvents.point("a", "2020-01-01")));
        assertThatThrownBy(() -> events.add(TestEvents.point("b", "2020-01-02")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> events.set(0, null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void findsEveryEventByIdAndTheFirstOfTwoWithOneId() {
        List<TimelineEvent> events = new ArrayList<>(crowded(new Random(7), 3000));
        TimelineEvent twin = TestEvents.point(events.get(10).id(), "2030-01-01");
        events.add(twin);
        Timeline timeline = new Timeline(new LocalizedText("", "t"), null, List.of(), List.of(TestEvents.CATEGORY),
                List.of(), events);
        for (TimelineEvent e : events) {
            if (e != twin) {
                assertThat(timeline.event(e.id())).containsSame(e);
            }
        }
        assertThat(timeline.event("no-such-event")).isEmpty();
        assertThat(timeline.event(null)).isEmpty();
        assertThat(timeline.firstDay()).isEqualTo(plainSort(events).get(0).startDay());
        assertThat(timeline.lastDay()).isEqualTo(events.stream().mapToDouble(TimelineEvent::endDay).max().orElseThrow());
    }

    @Test
    void findsEveryEventInSmallTablesWhereLookupsWrapAroundTheEnd() {
        // Tables of a few slots fill their last ones often: a search that did not wrap to the
        // first slot would miss events or never end.
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            Random random = new Random(11);
            for (int n = 1; n <= 24; n++) {
                for (int round = 0; round < 40; round++) {
                    List<TimelineEvent> events = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        events.add(TestEvents.point("id-" + random.nextInt(1_000_000) + "-" + i, "2024-01-0" + (1 + i % 9)));
                    }
                    Timeline timeline = new Timeline(new LocalizedText("", "t"), null, List.of(), List.of(TestEvents.CATEGORY),
                            List.of(), events);
                    for (TimelineEvent e : events) {
                        assertThat(timeline.event(e.id())).containsSame(e);
                    }
                    assertThat(timeline.event("absent-" + round)).isEmpty();
                }
            }
        });
    }
}
