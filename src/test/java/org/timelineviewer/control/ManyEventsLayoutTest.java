package org.timelineviewer.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timelineviewer.control.EventLayout.Cluster;
import org.timelineviewer.control.EventLayout.Placement;
import org.timelineviewer.control.EventLayout.Result;
import org.timelineviewer.model.TestEvents;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.TimelineEvent;

/**
 * The layout of a frame over a large timeline, as the skin asks for it: over {@link EventColumns}
 * and a window, not a list of the events in view. It must come out as the list-based layout of
 * the same events does, and count every event in view once.
 */
class ManyEventsLayoutTest {

    private static final ToDoubleFunction<TimelineEvent> WIDTH = e -> 40 + 7 * e.id().length();
    /** Widths from 40 to 199 px, mixed: a short label may follow a long one anywhere. */
    private static final ToDoubleFunction<TimelineEvent> MIXED_WIDTH = e -> 40 + Math.floorMod(e.id().hashCode() * 31, 160);
    private static List<TimelineEvent> events;
    private static TimeIndex index;
    private static EventColumns columns;

    @BeforeAll
    static void manyEvents() {
        Random random = new Random(7);
        long from = LocalDate.of(2015, 1, 1).toEpochDay();
        long to = LocalDate.of(2026, 12, 31).toEpochDay();
        events = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            LocalDate day = LocalDate.ofEpochDay(from + random.nextInt((int) (to - from)));
            String end = i % 50 == 0 ? day.plusDays(30 + random.nextInt(400)).toString() : null;
            events.add(TestEvents.event("e" + i, day.toString(), end, 1 + random.nextInt(3)));
        }
        index = new TimeIndex(events);
        columns = EventColumns.of(index);
    }

    private static List<TimeWindow> windows() {
        double first = index.firstDay();
        double last = index.lastDay();
        double mid = (first + last) / 2;
        return List.of(TimeWindow.framing(first, last, 0.04), new TimeWindow(mid - 400, mid + 400),
                new TimeWindow(mid - 30, mid + 30), new TimeWindow(mid - 2, mid + 2));
    }

    private static List<String> ids(List<TimelineEvent> list) {
        return list.stream().map(TimelineEvent::id).sorted().toList();
    }

    @Test
    void columnsHoldEachImportanceInStartOrderWithItsDays() {
        assertThat(columns.size()).isEqualTo(events.size());
        assertThat(columns.runs()).extracting(r -> r.importance).containsExactly(3, 2, 1);
        int total = 0;
        for (EventColumns.Run run : columns.runs()) {
            for (int i = 0; i < run.size(); i++) {
                assertThat(run.events[i].importance()).isEqualTo(run.importance);
                assertThat(run.starts[i]).isEqualTo(run.events[i].startDay());
                assertThat(run.ends[i]).isEqualTo(run.events[i].endDay());
                if (i > 0) {
                    assertThat(run.starts[i]).isGreaterThanOrEqualTo(run.starts[i - 1]);
                }
            }
            total += run.size();
        }
        assertThat(total).isEqualTo(events.size());
        assertThat(columns.categoryIds()).containsExactly(TestEvents.CATEGORY.id());
    }

    /**
     * Categories are numbered by id in the order the runs meet them (the most important first):
     * two category objects with one id (as two files' timelines merged could give) are one category.
     */
    @Test
    void categoriesAreNumberedByIdInTheOrderTheRunsMeetThem() {
        org.timelineviewer.model.Category talent = TestEvents.CATEGORY;
        org.timelineviewer.model.Category talentAgain = new org.timelineviewer.model.Category(talent.id(), talent.label(), "#000000");
        org.timelineviewer.model.Category market = new org.timelineviewer.model.Category("market", talent.label(), "#123456");
        List<TimelineEvent> ordered = new java.util.ArrayList<>();
        org.timelineviewer.model.Category[] cats = {market, talent, talentAgain, market, talentAgain};
        for (int i = 0; i < cats.length; i++) {
            TimelineEvent e = TestEvents.point("c" + i, "2024-01-0" + (i + 1));
            ordered.add(new TimelineEvent(e.id(), e.start(), null, cats[i], 1 + i % 3, e.status(), e.title(), e.summary(),
                    null, List.of(), List.of(), List.of(), e.source(), List.of()));
        }
        EventColumns byCategory = new EventColumns(ordered);
        assertThat(byCategory.categoryIds()).containsExactly("talent", "market");
        for (EventColumns.Run run : byCategory.runs()) {
            for (int i = 0; i < run.size(); i++) {
                assertThat(run.categories[i]).as(run.events[i].id())
                        .isEqualTo(run.events[i].category().id().equals("talent") ? 0 : 1);
            }
        }
        assertThat(byCategory.runs()).extracting(r -> r.importance).containsExactly(3, 2, 1);
    }

    @Test
    void aWindowOfTheColumnsIsLaidOutAsTheListOfTheEventsInIt() {
        for (TimeWindow window : windows()) {
            for (int rows : new int[] {1, 3, 12}) {
                TimeScale scale = new TimeScale(window, 1500);
                List<TimelineEvent> visible = index.overlapping(window.start(), window.end());
                Result fromList = EventLayout.layout(visible, scale, e -> 0, 1, rows, WIDTH, null);
                Result fromColumns = EventLayout.layout(columns, window.start(), window.end(), scale, new int[] {0},
                        new int[] {rows}, WIDTH, null, EventLayout.LABEL_OFFSET);
                String where = window + " rows=" + rows;

                assertThat(fromColumns.placements()).as(where).isEqualTo(fromList.placements());
                assertThat(fromColumns.clusters()).as(where).hasSameSizeAs(fromList.clusters());
                for (int c = 0; c < fromList.clusters().size(); c++) {
                    Cluster a = fromList.clusters().get(c);
                    Cluster b = fromColumns.clusters().get(c);
                    assertThat(b.x()).as(where).isEqualTo(a.x());
                    assertThat(b.size()).as(where).isEqualTo(a.size());
                    assertThat(ids(b.events())).as(where).isEqualTo(ids(a.events()));
                }
            }
        }
    }

    @Test
    void everyEventInViewIsPlacedOrCountedOnceAndClustersListWhatTheyCount() {
        for (TimeWindow window : windows()) {
            TimeScale scale = new TimeScale(window, 1500);
            Result r = EventLayout.layout(columns, window.start(), window.end(), scale, new int[] {0}, new int[] {10},
                    WIDTH, null, EventLayout.LABEL_OFFSET);
            List<TimelineEvent> visible = index.overlapping(window.start(), window.end());
            int counted = r.clusters().stream().mapToInt(Cluster::size).sum();
            assertThat(r.placements().size() + counted).as("%s", window).isEqualTo(visible.size());

            Set<String> seen = new HashSet<>();
            r.placements().forEach(p -> assertThat(seen.add(p.event().id())).isTrue());
            for (Cluster c : r.clusters()) {
                assertThat(c.events()).hasSize(c.size());
                c.events().forEach(e -> assertThat(seen.add(e.id())).as("%s twice", e.id()).isTrue());
                assertThat(c.firstDay()).isEqualTo(c.events().stream().mapToDouble(TimelineEvent::startDay).min().orElseThrow());
                assertThat(c.lastDay()).isEqualTo(c.events().stream().mapToDouble(TimelineEvent::endDay).max().orElseThrow());
            }
            assertThat(new java.util.TreeSet<>(seen)).isEqualTo(new java.util.TreeSet<>(ids(visible)));
        }
    }

    @Test
    void theSteadyLayoutShowsEveryEventInViewOnceAndOnlyWhatReachesIntoIt() {
        for (TimeWindow window : windows()) {
            TimeWindow shifted = window.shiftedBy(window.span() * 0.37); // its walk starts left of the view
            TimeScale scale = new TimeScale(shifted, 1500);
            assertThat(EventLayout.steadyStart(new TimeScale(shifted, 1500))).isLessThan(shifted.start());
            Result r = EventLayout.layoutSteadily(columns, scale, new int[] {0}, new int[] {10}, WIDTH, null,
                    EventLayout.LABEL_OFFSET);
            List<TimelineEvent> visible = index.overlapping(shifted.start(), shifted.end());
            Set<String> inView = new HashSet<>(ids(visible));
            Set<String> seen = new HashSet<>();
            for (Placement p : r.placements()) {
                assertThat(seen.add(p.event().id())).isTrue();
                assertThat(p.right()).as("%s reaches into the view", p.event().id()).isGreaterThan(0);
            }
            for (Cluster c : r.clusters()) {
                assertThat(c.events()).hasSize(c.size());
                for (TimelineEvent e : c.events()) {
                    assertThat(inView).as("%s counted, in view", e.id()).contains(e.id());
                    assertThat(seen.add(e.id())).as("%s twice", e.id()).isTrue();
                }
            }
            assertThat(seen).as("%s", shifted).containsAll(inView);
        }
    }

    /**
     * Panning at one scale, a label that stays in view keeps its row, and one that was shown
     * stays shown while it is in view, until the pass's start moves on (once a view's width):
     * placed from the view's own start, each step of 5 % moved most labels of a crowded view.
     * Away from the right edge, where labels turn to the left of their dots to fit; of points, as
     * a bar reaching past the left edge slides its label along with the view.
     */
    @Test
    void panningAtOneScaleLeavesEveryLabelWhereItWasUntilThePassMovesOn() {
        double mid = (index.firstDay() + index.lastDay()) / 2;
        TimeWindow start = new TimeWindow(mid - 60, mid + 60); // about 140 events in view, crowded
        EventColumns points = new EventColumns(index.overlapping(start.start() - start.span(), start.end() + 3 * start.span())
                .stream().filter(TimelineEvent::isPoint).toList());
        int kept = 0;
        for (int rows : new int[] {3, 10}) {
            Result before = null;
            TimeWindow was = null;
            for (int step = 0; step < 45; step++) {
                TimeWindow window = start.shiftedBy(start.span() * 0.05 * step);
                TimeScale scale = new TimeScale(window, 1500);
                Result now = EventLayout.layoutSteadily(points, scale, new int[] {0}, new int[] {rows}, MIXED_WIDTH,
                        null, EventLayout.LABEL_OFFSET);
                if (before != null && EventLayout.steadyStart(scale) == EventLayout.steadyStart(new TimeScale(was, 1500))) {
                    java.util.Map<String, Integer> rowNow = new java.util.HashMap<>();
                    now.placements().forEach(p -> rowNow.put(p.event().id(), p.row()));
                    double shift = new TimeScale(was, 1500).toX(window.start()); // how far the events moved left
                    for (Placement p : before.placements()) {
                        if (p.right() - shift > 0 && p.x() - shift < 1500 - 4 * 220) { // in view, clear of the right edge
                            assertThat(rowNow.get(p.event().id())).as("row of %s at step %d, %d rows", p.event().id(), step, rows)
                                    .isEqualTo(p.row());
                            kept++;
                        }
                    }
                }
                before = now;
                was = window;
            }
        }
        assertThat(kept).as("labels compared").isGreaterThan(1000);
    }

    /**
     * Zooming within a zoom band, every label clear of the right edge (where labels turn to the
     * left of their dots) keeps its row, and no other comes or goes there: the events shown are
     * the same, only further apart. (Laid out at each scale for itself, half the labels of a
     * crowded view changed at every step of a zoom.)
     */
    @Test
    void zoomingWithinABandLeavesEveryLabelWhereItWas() {
        double mid = (index.firstDay() + index.lastDay()) / 2;
        EventColumns points = new EventColumns(index.overlapping(mid - 400, mid + 400)
                .stream().filter(TimelineEvent::isPoint).toList());
        int kept = 0;
        int steps = 0;
        double clear = 1500 - 4 * 220;
        for (int rows : new int[] {3, 10}) {
            Result before = null;
            TimeScale was = null;
            for (int step = 0; step < 40; step++) {
                double half = 120 * Math.pow(0.95, step); // from about 140 events in view, crowded
                TimeScale scale = new TimeScale(new TimeWindow(mid - half, mid + half), 1500);
                Result now = EventLayout.layoutSteadily(points, scale, new int[] {0}, new int[] {rows}, MIXED_WIDTH,
                        null, EventLayout.LABEL_OFFSET);
                assertNoTwoLabelsOfARowOverlap(now, step);
                if (before != null && EventLayout.bandOf(scale.pixelsPerDay()) == EventLayout.bandOf(was.pixelsPerDay())
                        && EventLayout.steadyStart(scale) == EventLayout.steadyStart(was)) {
                    steps++;
                    java.util.Map<String, Integer> rowNow = new java.util.HashMap<>();
                    now.placements().forEach(p -> rowNow.put(p.event().id(), p.row()));
                    java.util.Map<String, Integer> rowBefore = new java.util.HashMap<>();
                    before.placements().forEach(p -> rowBefore.put(p.event().id(), p.row()));
                    for (TimelineEvent e : index.overlapping(scale.window().start(), scale.window().end())) {
                        if (e.isPoint() && scale.toX(e.startDay()) > 0 && scale.toX(e.startDay()) < clear
                                && was.toX(e.startDay()) < clear) { // in both views, clear of the right edge
                            assertThat(rowNow.get(e.id())).as("row of %s at step %d, %d rows", e.id(), step, rows)
                                    .isEqualTo(rowBefore.get(e.id()));
                            kept += rowNow.containsKey(e.id()) ? 1 : 0;
                        }
                    }
                }
                before = now;
                was = scale;
            }
        }
        assertThat(steps).as("steps within a band").isGreaterThan(40);
        assertThat(kept).as("labels compared").isGreaterThan(500);
    }

    /**
     * The steady layout places events beyond the view too; a bar that starts after the view
     * does not slide its label into it (as one that starts in view and runs past its edge does).
     */
    @Test
    void aBarThatStartsAfterTheViewShowsNoLabelInIt() {
        TimeWindow window = new TimeWindow(LocalDate.of(2020, 1, 1).toEpochDay(), LocalDate.of(2020, 3, 1).toEpochDay());
        TimelineEvent after = TestEvents.event("after", "2020-03-05", "2020-06-01", 1);
        TimelineEvent across = TestEvents.event("across", "2020-02-20", "2020-06-01", 1);
        EventColumns both = new EventColumns(List.of(across, after));
        TimeScale scale = new TimeScale(window, 1500);
        Result r = EventLayout.layoutSteadily(both, scale, new int[] {0}, new int[] {4}, e -> 300, null,
                EventLayout.LABEL_OFFSET);
        assertThat(r.placements()).extracting(p -> p.event().id()).containsExactly("across");
        assertThat(r.placements().get(0).labelX() + 300).as("its label slid into the view").isLessThanOrEqualTo(1500);
        assertThat(r.clusters()).isEmpty();
    }

    /**
     * Nor does a bar that ended before the view: its label would stand at the view's left edge
     * with nothing of its bar beside it (a story step framed after a few bars showed four so).
     * A dot before the view keeps its label while the label reaches into it.
     */
    @Test
    void aBarThatEndedBeforeTheViewShowsNoLabelInIt() {
        TimeWindow window = new TimeWindow(LocalDate.of(2020, 1, 1).toEpochDay(), LocalDate.of(2020, 3, 1).toEpochDay());
        TimelineEvent before = TestEvents.event("before", "2019-11-01", "2019-12-20", 1);
        TimelineEvent across = TestEvents.event("across", "2019-11-05", "2020-01-20", 1);
        TimelineEvent dot = TestEvents.event("dot", "2019-12-28", null, 1); // its label reaches past Jan 1
        EventColumns all = new EventColumns(List.of(before, across, dot));
        TimeScale scale = new TimeScale(window, 1500);
        Result r = EventLayout.layoutSteadily(all, scale, new int[] {0}, new int[] {4}, e -> 300, null,
                EventLayout.LABEL_OFFSET);
        assertThat(r.placements()).extracting(p -> p.event().id()).containsExactlyInAnyOrder("across", "dot");
        assertThat(r.placements()).filteredOn(p -> p.event() == across).singleElement()
                .satisfies(p -> assertThat(p.labelX()).as("its label slid into the view").isGreaterThanOrEqualTo(0));
    }

    /**
     * Within a band a label keeps more room than it needs; near the right edge a dot's label that
     * fits on its right stays there (its room cut at the edge), and one that does not turns left.
     */
    @Test
    void aDotsLabelThatFitsOnItsRightStaysThereThoughItsRoomWouldNot() {
        TimeWindow window = new TimeWindow(LocalDate.of(2020, 1, 1).toEpochDay(), LocalDate.of(2020, 3, 1).toEpochDay());
        double perDay = EventLayout.bandOf(25) * 1.35; // its room 1.35 times its label
        TimeScale scale = new TimeScale(window, perDay * window.span());
        double width = scale.width();
        long fits = (long) Math.floor(window.start() + (width - 300 - EventLayout.LABEL_OFFSET - 5) / perDay);
        long tooFar = (long) Math.floor(window.start() + (width - 100) / perDay);
        TimelineEvent right = TestEvents.event("fits", LocalDate.ofEpochDay(fits).toString(), null, 1);
        TimelineEvent left = TestEvents.event("far", LocalDate.ofEpochDay(tooFar).toString(), null, 1);
        Result r = EventLayout.layoutSteadily(new EventColumns(List.of(right, left)), scale, new int[] {0}, new int[] {4},
                e -> 300, null, EventLayout.LABEL_OFFSET);
        assertThat(EventLayout.reserveInBand(perDay)).isGreaterThan(1.3);
        Placement fitting = r.placements().stream().filter(p -> p.event() == right).findFirst().orElseThrow();
        Placement turned = r.placements().stream().filter(p -> p.event() == left).findFirst().orElseThrow();
        assertThat(fitting.labelX()).as("on the right of its dot").isGreaterThan(fitting.x());
        assertThat(fitting.labelX() + 300).isLessThanOrEqualTo(width);
        assertThat(turned.labelX() + 300).as("on the left of its dot").isLessThan(turned.x());
        assertNoTwoLabelsOfARowOverlap(r, 0);
    }

    private static void assertNoTwoLabelsOfARowOverlap(Result r, int step) {
        java.util.Map<Integer, List<Placement>> byRow = new java.util.HashMap<>();
        r.placements().forEach(p -> byRow.computeIfAbsent(p.lane() * 1000 + p.row(), k -> new ArrayList<>()).add(p));
        for (List<Placement> row : byRow.values()) {
            row.sort(java.util.Comparator.comparingDouble(p -> Math.min(p.x(), p.labelX())));
            for (int i = 1; i < row.size(); i++) {
                Placement a = row.get(i - 1);
                Placement b = row.get(i);
                assertThat(Math.min(b.x(), b.labelX())).as("%s after %s in row %d at step %d", b.event().id(),
                        a.event().id(), a.row(), step).isGreaterThanOrEqualTo(a.right());
            }
        }
    }

    /**
     * A label takes more room than it has only within its zoom band: at the lowest scale of a
     * band it takes what it needs, and never more than {@link EventLayout#ZOOM_BAND} times that.
     */
    @Test
    void theRoomALabelTakesGrowsWithTheScaleWithinItsBandOnly() {
        double low = EventLayout.bandOf(3.0);
        assertThat(EventLayout.bandOf(low)).isEqualTo(low);
        assertThat(EventLayout.reserveInBand(low)).isEqualTo(1);
        assertThat(EventLayout.reserveInBand(low * 1.2)).isCloseTo(1.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(EventLayout.reserveInBand(low * EventLayout.ZOOM_BAND * 1.2)).isCloseTo(1.2, org.assertj.core.data.Offset.offset(1e-9));
        for (double ppd = 1e-4; ppd < 1e4; ppd *= 1.037) {
            assertThat(EventLayout.reserveInBand(ppd)).isBetween(1.0, EventLayout.ZOOM_BAND);
        }
    }

    /**
     * Rows only fill up, so an event left out for want of room finds none in the finished rows
     * either: every row covers the spot left of its dot, or no row has room for its label.
     */
    @Test
    void anEventLeftOutFindsNoRoomInTheFinishedRows() {
        columns.forgetWidths(); // the columns keep the widths other tests measured
        try {
            leftOutEventsFindNoRoom();
        } finally {
            columns.forgetWidths();
        }
    }

    private void leftOutEventsFindNoRoom() {
        for (TimeWindow window : windows()) {
            for (int rows : new int[] {1, 4, 10}) {
                TimeScale scale = new TimeScale(window, 1500);
                Result r = EventLayout.layout(columns, window.start(), window.end(), scale, new int[] {0},
                        new int[] {rows}, MIXED_WIDTH, null, EventLayout.LABEL_OFFSET);
                for (Cluster c : r.clusters()) {
                    for (TimelineEvent e : c.events()) {
                        double[] span = span(e, scale);
                        double spot = span[0];
                        double left = span[1];
                        double right = span[2];
                        boolean everyRowCoversTheSpot = true;
                        boolean someRowHasRoom = false;
                        for (int row = 0; row < rows; row++) {
                            final int at = row;
                            List<Placement> inRow = r.placements().stream().filter(p -> p.row() == at).toList();
                            everyRowCoversTheSpot &= inRow.stream().anyMatch(p -> left(p) <= spot && spot < end(p));
                            someRowHasRoom |= inRow.stream().noneMatch(p -> left(p) < right && left < end(p));
                        }
                        assertThat(everyRowCoversTheSpot || !someRowHasRoom)
                                .as("%s rows=%d: %s left out with room", window, rows, e.id()).isTrue();
                    }
                }
            }
        }
    }

    /**
     * The layout against the plainest reading of its rule, with mixed label widths: events go in
     * importance order, each in start order, into the first row where its span is free, unless
     * every row covers the spot left of its dot. Every search is a scan of every span of every row
     * here, with nothing remembered between events.
     */
    @Test
    void theLayoutPlacesWhatAScanOfEveryRowWouldPlace() {
        columns.forgetWidths();
        List<TimeWindow> windows = new ArrayList<>(windows());
        Random random = new Random(11);
        for (int i = 0; i < 12; i++) {
            double width = 20 + random.nextInt(4000);
            double start = index.firstDay() + random.nextDouble() * (index.lastDay() - index.firstDay() - width);
            windows.add(new TimeWindow(start, start + width));
        }
        try {
            for (TimeWindow window : windows) {
                for (int rows : new int[] {1, 2, 3, 5, 12}) {
                    TimeScale scale = new TimeScale(window, 1500);
                    Result r = EventLayout.layout(columns, window.start(), window.end(), scale, new int[] {0},
                            new int[] {rows}, MIXED_WIDTH, null, EventLayout.LABEL_OFFSET);
                    List<String> expected = scanLayout(window, scale, rows);
                    assertThat(r.placements().stream().map(p -> p.event().id() + "@" + p.row()).toList())
                            .as("%s rows=%d", window, rows).isEqualTo(expected);
                }
            }
        } finally {
            columns.forgetWidths();
        }
    }

    /**
     * The same with a selection somewhere in the crowd: the reference places it first only when
     * its own turn found no room, as the layout promises (so selecting never reshuffles).
     */
    @Test
    void theLayoutPlacesWhatAScanOfEveryRowWouldPlaceWithASelectionInTheCrowd() {
        columns.forgetWidths();
        TimeWindow fit = windows().get(0);
        TimeScale scale = new TimeScale(fit, 1500);
        Random random = new Random(13);
        try {
            for (int k = 0; k < 12; k++) {
                TimelineEvent selected = events.get(random.nextInt(events.size()));
                for (int rows : new int[] {1, 4, 12}) {
                    Result r = EventLayout.layout(columns, fit.start(), fit.end(), scale, new int[] {0},
                            new int[] {rows}, MIXED_WIDTH, selected, EventLayout.LABEL_OFFSET);
                    List<String> expected = scanLayout(fit, scale, rows, null);
                    if (expected.stream().noneMatch(p -> p.startsWith(selected.id() + "@"))) {
                        expected = scanLayout(fit, scale, rows, selected);
                    }
                    assertThat(r.placements().stream().map(p -> p.event().id() + "@" + p.row()).toList())
                            .as("%s selected, rows=%d", selected.id(), rows).isEqualTo(expected)
                            .anyMatch(p -> p.startsWith(selected.id() + "@"));
                }
            }
        } finally {
            columns.forgetWidths();
        }
    }

    /**
     * The lanes view: each lane is laid out as the plain rule would lay out its events alone, and
     * the events of each lane it leaves out are counted in stretches of {@link EventLayout#CLUSTER_WIDTH}
     * from the first of each, in that lane, once each. With and without a selection.
     */
    @Test
    void eachLaneIsLaidOutAsItsEventsAloneWouldBeAndItsLeftoversCountedInStretches() {
        java.util.function.ToIntFunction<TimelineEvent> laneOf = e -> Math.floorMod(e.id().hashCode() * 7, 3);
        List<TimelineEvent> ordered = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            ordered.add(index.get(i));
        }
        EventColumns byLane = new EventColumns(ordered, laneOf); // the lane is the category
        Random random = new Random(17);
        List<TimeWindow> windows = new ArrayList<>(windows());
        windows.add(new TimeWindow(index.firstDay() + 900, index.firstDay() + 1400));
        // each category its own lane, and two categories sharing the second lane
        for (int[] laneOfCategory : new int[][] {{0, 1, 2}, {0, 1, 1}}) {
            int lanes = laneOfCategory[2] + 1;
            for (TimeWindow window : windows) {
                for (int[] threeRows : new int[][] {{1, 1, 1}, {3, 2, 4}, {8, 8, 8}}) {
                    int[] rows = java.util.Arrays.copyOf(threeRows, lanes);
                    TimelineEvent selected = random.nextBoolean() ? null : ordered.get(random.nextInt(ordered.size()));
                    TimeScale scale = new TimeScale(window, 1500);
                    Result r = EventLayout.layout(byLane, window.start(), window.end(), scale, laneOfCategory, rows,
                            MIXED_WIDTH, selected, EventLayout.LABEL_OFFSET);
                    for (int lane = 0; lane < lanes; lane++) {
                        int l = lane;
                        List<TimelineEvent> own = ordered.stream().filter(e -> laneOfCategory[laneOf.applyAsInt(e)] == l).toList();
                        List<String> expected = scanLanes(own, window, scale, rows[lane], null);
                        if (selected != null && laneOfCategory[laneOf.applyAsInt(selected)] == lane && inView(selected, window)
                                && expected.stream().noneMatch(p -> p.startsWith(selected.id() + "@"))) {
                            expected = scanLanes(own, window, scale, rows[lane], selected);
                        }
                        List<Placement> placedHere = r.placements().stream().filter(p -> p.lane() == l).toList();
                        assertThat(placedHere.stream().map(p -> p.event().id() + "@" + p.row()).toList())
                                .as("lane %d of %s, rows %s, lanes %s", lane, window, java.util.Arrays.toString(rows),
                                        java.util.Arrays.toString(laneOfCategory)).isEqualTo(expected);

                        Set<TimelineEvent> shown = new HashSet<>();
                        placedHere.forEach(p -> shown.add(p.event()));
                        List<double[]> expectedClusters = new ArrayList<>();
                        for (TimelineEvent e : own.stream().sorted(java.util.Comparator.comparingDouble(TimelineEvent::startDay)).toList()) {
                            if (!inView(e, window) || shown.contains(e)) {
                                continue;
                            }
                            double x = Math.max(0, scale.toX(e.startDay()));
                            double[] last = expectedClusters.isEmpty() ? null : expectedClusters.get(expectedClusters.size() - 1);
                            if (last == null || x - last[0] >= EventLayout.CLUSTER_WIDTH) {
                                expectedClusters.add(new double[] {x, 1});
                            } else {
                                last[1]++;
                            }
                        }
                        List<Cluster> clustersHere = r.clusters().stream().filter(c -> c.lane() == l).toList();
                        assertThat(clustersHere.stream().map(c -> c.x() + "x" + c.size()).toList()).as("clusters of lane %d", lane)
                                .isEqualTo(expectedClusters.stream().map(c -> c[0] + "x" + (int) c[1]).toList());
                    }
                }
            }
        }
    }

    private static boolean inView(TimelineEvent e, TimeWindow window) {
        return e.endDay() > window.start() && e.startDay() < window.end();
    }

    /** {@link #scanLayout} over {@code events} alone (one lane's), with {@code first} placed first when not null. */
    private static List<String> scanLanes(List<TimelineEvent> events, TimeWindow window, TimeScale scale, int rowCount,
                                          TimelineEvent first) {
        List<List<double[]>> rows = new ArrayList<>();
        for (int i = 0; i < rowCount; i++) {
            rows.add(new ArrayList<>());
        }
        List<TimelineEvent> order = new ArrayList<>();
        if (first != null) {
            order.add(first);
        }
        for (int importance = TimelineEvent.MAX_IMPORTANCE; importance >= 0; importance--) {
            for (TimelineEvent e : events) {
                if (e.importance() == importance && e != first && inView(e, window)) {
                    order.add(e);
                }
            }
        }
        List<String> placed = new ArrayList<>();
        for (TimelineEvent e : order) {
            double[] span = span(e, scale);
            double spot = span[0];
            if (rows.stream().allMatch(row -> row.stream().anyMatch(sp -> sp[0] <= spot && spot < sp[1]))) {
                continue;
            }
            for (int r = 0; r < rowCount; r++) {
                if (rows.get(r).stream().noneMatch(sp -> sp[0] < span[2] && span[1] < sp[1])) {
                    rows.get(r).add(new double[] {span[1], span[2]});
                    placed.add(e.id() + "@" + r);
                    break;
                }
            }
        }
        return placed;
    }

    private static List<String> scanLayout(TimeWindow window, TimeScale scale, int rowCount) {
        return scanLayout(window, scale, rowCount, null);
    }

    /** The reference layout, with {@code first} (when not null) placed before all others. */
    private static List<String> scanLayout(TimeWindow window, TimeScale scale, int rowCount, TimelineEvent first) {
        List<List<double[]>> rows = new ArrayList<>();
        for (int i = 0; i < rowCount; i++) {
            rows.add(new ArrayList<>());
        }
        List<String> placed = new ArrayList<>();
        List<TimelineEvent> order = new ArrayList<>();
        if (first != null) {
            order.add(first);
        }
        for (EventColumns.Run run : columns.runs()) {
            for (int i = 0; i < run.size(); i++) {
                if (run.events[i] != first && run.ends[i] > window.start() && run.starts[i] < window.end()) {
                    order.add(run.events[i]);
                }
            }
        }
        for (TimelineEvent e : order) {
            double[] span = span(e, scale);
            double spot = span[0];
            double left = span[1];
            double right = span[2];
            boolean everyRowCovers = rows.stream().allMatch(row -> row.stream().anyMatch(sp -> sp[0] <= spot && spot < sp[1]));
            if (everyRowCovers) {
                continue;
            }
            for (int r = 0; r < rowCount; r++) {
                if (rows.get(r).stream().noneMatch(sp -> sp[0] < right && left < sp[1])) {
                    rows.get(r).add(new double[] {left, right});
                    placed.add(e.id() + "@" + r);
                    break;
                }
            }
        }
        return placed;
    }

    /**
     * Where {@code e} (its label {@link #MIXED_WIDTH} wide) asks for room, as the layout's rule
     * says: the spot left of its dot, and the span [left, right) of dot, label and gap.
     */
    private static double[] span(TimelineEvent e, TimeScale scale) {
        double x = scale.toX(e.startDay());
        double w = MIXED_WIDTH.applyAsDouble(e);
        double endX = Math.max(x + 1, scale.toX(e.endDay()));
        double labelX = (e.isPoint() ? x : Math.max(x, 0)) + EventLayout.LABEL_OFFSET;
        if (labelX + w > scale.width()) {
            if (e.isPoint() && x - EventLayout.LABEL_OFFSET - w >= 0) {
                labelX = x - EventLayout.LABEL_OFFSET - w; // near the right edge a dot's label goes on its left
            } else if (!e.isPoint()) {
                labelX = Math.max(0, scale.width() - w);
            }
        }
        double spot = x - EventLayout.LABEL_OFFSET / 2;
        return new double[] {spot, Math.min(spot, labelX), Math.max(endX, labelX + w) + EventLayout.GAP};
    }

    private static double left(Placement p) {
        return Math.min(p.x() - EventLayout.LABEL_OFFSET / 2, p.labelX());
    }

    private static double end(Placement p) {
        return p.right() + EventLayout.GAP;
    }

    @Test
    void theFittedViewOfManyEventsPlacesNoMoreLabelsThanTheRowsHoldAndCountsTheRest() {
        TimeWindow fit = windows().get(0);
        TimeScale scale = new TimeScale(fit, 1500);
        Result r = EventLayout.layout(columns, fit.start(), fit.end(), scale, new int[] {0}, new int[] {10}, WIDTH, null, EventLayout.LABEL_OFFSET);

        // a label takes at least its least width plus the gap: that many fit in a row
        int most = (int) (10 * 1500 / (40 + 7 * 2 + EventLayout.GAP)) + 10;
        assertThat(r.placements().size()).isPositive().isLessThan(most);
        assertThat(r.clusters().size()).isLessThanOrEqualTo((int) (1500 / EventLayout.CLUSTER_WIDTH) + 2);
        assertThat(r.placements()).allSatisfy(p -> assertThat(p.event().importance()).isEqualTo(3));
    }

    @Test
    void theSelectionInACrowdKeepsItsLabel() {
        TimeWindow fit = windows().get(0);
        TimeScale scale = new TimeScale(fit, 1500);
        TimelineEvent minor = events.stream().filter(e -> e.importance() == 1).findFirst().orElseThrow();
        Result r = EventLayout.layout(columns, fit.start(), fit.end(), scale, new int[] {0}, new int[] {4}, WIDTH, minor, EventLayout.LABEL_OFFSET);

        assertThat(r.placements()).extracting(Placement::event).contains(minor);
        int counted = r.clusters().stream().mapToInt(Cluster::size).sum();
        assertThat(r.placements().size() + counted).isEqualTo(index.overlapping(fit.start(), fit.end()).size());
    }

    @Test
    void theEventsInViewAreCountedPerLane() {
        for (TimeWindow window : windows()) {
            int inView = index.overlapping(window.start(), window.end()).size();
            assertThat(columns.countInView(window.start(), window.end(), new int[] {0}, 1)).as("%s", window)
                    .containsExactly(inView);
            assertThat(columns.countInView(window.start(), window.end(), new int[] {-1}, 1)).containsExactly(0);
        }
        // the window's edges on an event's own start and end
        TimelineEvent spanning = events.stream().filter(e -> !e.isPoint()).findFirst().orElseThrow();
        for (TimeWindow window : List.of(new TimeWindow(spanning.endDay(), spanning.endDay() + 10),
                new TimeWindow(spanning.startDay() - 10, spanning.startDay()))) {
            int inView = index.overlapping(window.start(), window.end()).size();
            assertThat(columns.countInView(window.start(), window.end(), new int[] {0}, 1)).as("%s", window)
                    .containsExactly(inView);
        }
    }
}
