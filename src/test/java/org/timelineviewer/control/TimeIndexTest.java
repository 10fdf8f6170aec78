package org.timelineviewer.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.timelineviewer.model.TestEvents;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

class TimeIndexTest {

    private static List<TimelineEvent> bruteForce(List<TimelineEvent> events, double from, double to) {
        return events.stream()
                .filter(e -> e.endDay() > from && e.startDay() < to)
                .sorted(Timeline.CHRONOLOGICAL)
                .toList();
    }

    /** Random events at every precision between 2015 and 2026, some of them spans of up to 8 years. */
    private static List<TimelineEvent> randomEvents(Random random, int count) {
        List<TimelineEvent> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate d = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(11 * 365));
            String date = switch (random.nextInt(4)) {
                case 0 -> Integer.toString(d.getYear());
                case 1 -> d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
                case 2 -> String.format("%d-%02d", d.getYear(), d.getMonthValue());
                default -> d.toString();
            };
            String end = null;
            if (random.nextInt(4) == 0) {
                end = d.plusDays(1 + random.nextInt(8 * 365)).toString();
            }
            out.add(TestEvents.event("e" + i, date, end, 1 + random.nextInt(3)));
        }
        return out;
    }

    @Test
    void overlappingMatchesABruteForceFilterOverRandomWindows() {
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            List<TimelineEvent> events = randomEvents(random, 1 + random.nextInt(200));
            TimeIndex index = new TimeIndex(events);
            double first = LocalDate.of(2014, 1, 1).toEpochDay();
            for (int q = 0; q < 100; q++) {
                double from = first + random.nextDouble() * 13 * 365;
                double to = from + Math.exp(random.nextDouble() * Math.log(5 * 365));
                if (q % 10 == 0) {
                    from = Math.floor(from); // on day boundaries too: the half-open ends matter
                    to = Math.floor(to) + 1;
                }
                assertThat(index.overlapping(from, to)).as("[%s, %s) round %d", from, to, round)
                        .containsExactlyElementsOf(bruteForce(events, from, to));
            }
        }
    }

    @Test
    void countingEqualsTheListingsSizeOverRandomWindowsIncludingTheEventsOwnEdges() {
        Random random = new Random(13);
        for (int round = 0; round < 30; round++) {
            List<TimelineEvent> events = randomEvents(random, 1 + random.nextInt(300));
            events.add(TestEvents.event("whole", "2012", "2028", 1)); // longer than any window asked
            TimeIndex index = new TimeIndex(events);
            double first = LocalDate.of(2010, 1, 1).toEpochDay();
            for (int q = 0; q < 200; q++) {
                double from;
                double to;
                TimelineEvent a = events.get(random.nextInt(events.size()));
                TimelineEvent b = events.get(random.nextInt(events.size()));
                switch (q % 4) {
                    case 0 -> { // starting where an event ends, ending where one starts: the half-open edges
                        from = a.endDay();
                        to = Math.max(from + 1, b.startDay());
                    }
                    case 1 -> { // exactly one event's extent, or one day of it
                        from = a.startDay();
                        to = random.nextBoolean() ? a.endDay() : a.startDay() + 1;
                    }
                    case 2 -> { // far wider than every event, or outside them all
                        from = first - random.nextDouble() * 5000;
                        to = from + random.nextDouble() * 20 * 365;
                    }
                    default -> {
                        from = first + random.nextDouble() * 17 * 365;
                        to = from + Math.exp(random.nextDouble() * Math.log(5 * 365));
                    }
                }
                assertThat(index.countOverlapping(from, to)).as("[%s, %s) round %d", from, to, round)
                        .isEqualTo(index.overlapping(from, to).size())
                        .isEqualTo(bruteForce(events, from, to).size());
            }
        }
    }

    @Test
    void countingAnEmptyOrReversedWindowAgreesWithTheListing() {
        TimeIndex index = new TimeIndex(List.of(TestEvents.event("span", "2015", "2020", 1),
                TestEvents.point("p", "2017-05-01")));
        double day = LocalDate.of(2017, 5, 1).toEpochDay();

        assertThat(index.countOverlapping(day, day)).isEqualTo(index.overlapping(day, day).size()).isEqualTo(1);
        assertThat(index.countOverlapping(day + 3, day)).isEqualTo(index.overlapping(day + 3, day).size()).isEqualTo(1);
        assertThat(new TimeIndex(List.of()).countOverlapping(0, 1e6)).isZero();
    }

    @Test
    void aLongSpanStartingLongBeforeTheWindowIsFound() {
        TimelineEvent longSpan = TestEvents.event("long", "2015", "2025", 2);
        List<TimelineEvent> events = new ArrayList<>();
        events.add(longSpan);
        for (int m = 1; m <= 12; m++) {
            events.add(TestEvents.point("p" + m, String.format("2020-%02d-15", m)));
        }
        Collections.shuffle(events, new Random(7));
        TimeIndex index = new TimeIndex(events);
        double from = LocalDate.of(2024, 6, 1).toEpochDay();

        assertThat(index.overlapping(from, from + 10)).containsExactly(longSpan);
        assertThat(index.overlapping(LocalDate.of(2020, 3, 1).toEpochDay(), LocalDate.of(2020, 5, 1).toEpochDay()))
                .extracting(TimelineEvent::id).containsExactly("long", "p3", "p4");
    }

    @Test
    void windowBoundariesAreHalfOpen() {
        TimelineEvent day = TestEvents.point("d", "2024-11-13");
        TimeIndex index = new TimeIndex(List.of(day));
        double start = day.startDay();

        assertThat(index.overlapping(start + 1, start + 5)).isEmpty();   // the event ends where the window starts
        assertThat(index.overlapping(start - 5, start)).isEmpty();       // the window ends where the event starts
        assertThat(index.overlapping(start + 0.5, start + 0.6)).containsExactly(day);
    }

    @Test
    void allIsChronologicalAndExtentCoversEveryEvent() {
        List<TimelineEvent> events = randomEvents(new Random(3), 50);
        TimeIndex index = new TimeIndex(events);

        assertThat(index.size()).isEqualTo(50);
        assertThat(index.all()).isSortedAccordingTo(Timeline.CHRONOLOGICAL).containsExactlyInAnyOrderElementsOf(events);
        assertThat(index.firstDay()).isEqualTo(events.stream().mapToDouble(TimelineEvent::startDay).min().orElseThrow());
        assertThat(index.lastDay()).isEqualTo(events.stream().mapToDouble(TimelineEvent::endDay).max().orElseThrow());
    }

    @Test
    void emptyIndex() {
        TimeIndex index = new TimeIndex(List.of());

        assertThat(index.size()).isZero();
        assertThat(index.overlapping(-1e6, 1e6)).isEmpty();
        assertThat(index.firstDay()).isZero();
        assertThat(index.lastDay()).isEqualTo(1);
    }

    @Test
    void findsEachEventItsNeighboursAndTheFirstAndLastInAWindowLikeAScanWould() {
        Random random = new Random(7);
        List<TimelineEvent> events = randomEvents(random, 400);
        TimeIndex index = new TimeIndex(events);
        List<TimelineEvent> sorted = events.stream().sorted(Timeline.CHRONOLOGICAL).toList();
        for (int i = 0; i < sorted.size(); i++) {
            assertThat(index.indexOf(sorted.get(i))).isEqualTo(i);
            assertThat(index.get(i)).isSameAs(sorted.get(i));
        }
        assertThat(index.indexOf(TestEvents.event("not-here", "2020-01-01", null, 1))).isEqualTo(-1);
        assertThat(index.indexOf(null)).isEqualTo(-1);
        for (int k = 0; k < 200; k++) {
            double day = LocalDate.of(2014, 1, 1).toEpochDay() + random.nextInt(14 * 365);
            int first = sorted.size() - 1;
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i).endDay() > day) {
                    first = i;
                    break;
                }
            }
            int last = 0;
            for (int i = sorted.size() - 1; i >= 0; i--) {
                if (sorted.get(i).startDay() < day) {
                    last = i;
                    break;
                }
            }
            assertThat(index.firstEndingAfter(day)).as("first ending after %s", day).isEqualTo(first);
            assertThat(index.lastStartingBefore(day)).as("last starting before %s", day).isEqualTo(last);
        }
    }
}
