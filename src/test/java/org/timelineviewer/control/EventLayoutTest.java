package org.timelineviewer.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.timelineviewer.control.EventLayout.Cluster;
import org.timelineviewer.control.EventLayout.Placement;
import org.timelineviewer.control.EventLayout.Result;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TestEvents;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

class EventLayoutTest {

    private static Timeline timeline;
    private static TimeIndex index;

    @BeforeAll
    static void load() throws Exception {
        timeline = new TimelineFileReader().read(Path.of("assets/timelines/alibaba-ai-era.timeline"));
        index = new TimeIndex(timeline.events());
    }

    /** Fixed-width label measure: 8 px per character, 15 px per CJK character, plus padding. */
    private static ToDoubleFunction<TimelineEvent> labelWidth(Language language) {
        return e -> 16 + e.title().in(language).codePoints().mapToDouble(c -> c >= 0x2E80 ? 15 : 8).sum();
    }

    private static double day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay();
    }

    static Stream<Arguments> zoomLevels() {
        TimeWindow all = TimeWindow.framing(day(2017, 1, 1), day(2025, 3, 1), 0.04);
        List<Arguments> out = new ArrayList<>();
        for (Language language : Language.values()) {
            out.add(Arguments.of("fit 2016..2025 @1400", new TimeWindow(day(2016, 1, 1), day(2026, 1, 1)), 1400.0, language));
            out.add(Arguments.of("2024..2025 @1400", new TimeWindow(day(2024, 1, 1), day(2026, 1, 1)), 1400.0, language));
            out.add(Arguments.of("Feb 2025 @1400", new TimeWindow(day(2025, 2, 1), day(2025, 3, 1)), 1400.0, language));
            out.add(Arguments.of("fit data @1280", all, 1280.0, language));
            out.add(Arguments.of("2023..2025 @1280", new TimeWindow(day(2023, 6, 1), day(2025, 6, 1)), 1280.0, language));
        }
        return out.stream();
    }

    private ToIntFunction<TimelineEvent> byCategory() {
        return e -> timeline.categories().indexOf(e.category());
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("zoomLevels")
    void noTwoLabelsOverlapInARowAndEveryEventIsShownOnce(String name, TimeWindow window, double width,
                                                          Language language) {
        TimeScale scale = new TimeScale(window, width);
        List<TimelineEvent> visible = index.overlapping(window.start(), window.end());
        assertThat(visible).isNotEmpty();
        for (int lanes : new int[] {1, timeline.categories().size()}) {
            for (int rows : new int[] {1, 2, 8}) {
                ToIntFunction<TimelineEvent> laneOf = lanes == 1 ? e -> 0 : byCategory();
                Result r = EventLayout.layout(visible, scale, laneOf, lanes, rows, labelWidth(language), null);
                String where = name + " lanes=" + lanes + " rows=" + rows;
                assertNoOverlap(r, where);
                assertEachEventOnce(r, visible, where);
                assertThat(r.placements()).allSatisfy(p -> {
                    assertThat(p.row()).isBetween(0, rows - 1);
                    assertThat(p.lane()).isEqualTo(laneOf.applyAsInt(p.event()));
                });
                assertClustersAreCompact(r, scale, where);
            }
        }
    }

    private static void assertNoOverlap(Result r, String where) {
        List<Placement> ps = r.placements();
        for (int i = 0; i < ps.size(); i++) {
            for (int j = i + 1; j < ps.size(); j++) {
                Placement a = ps.get(i);
                Placement b = ps.get(j);
                if (a.lane() != b.lane() || a.row() != b.row()) {
                    continue;
                }
                boolean disjoint = a.right() <= left(b) || b.right() <= left(a);
                assertThat(disjoint).as("%s: %s [%s, %s) and %s [%s, %s) overlap in lane %d row %d", where,
                        a.event().id(), left(a), a.right(), b.event().id(), left(b), b.right(), a.lane(), a.row())
                        .isTrue();
            }
        }
    }

    private static double left(Placement p) {
        return Math.min(p.x() - EventLayout.LABEL_OFFSET / 2, p.labelX());
    }

    private static void assertEachEventOnce(Result r, List<TimelineEvent> visible, String where) {
        List<TimelineEvent> shown = new ArrayList<>();
        r.placements().forEach(p -> shown.add(p.event()));
        r.clusters().forEach(c -> shown.addAll(c.events()));
        int clustered = r.clusters().stream().mapToInt(c -> c.events().size()).sum();

        assertThat(r.placements().size() + clustered).as(where).isEqualTo(visible.size());
        assertThat(shown).as(where).containsExactlyInAnyOrderElementsOf(visible);
        assertThat(r.clusters()).allSatisfy(c -> assertThat(c.events()).isNotEmpty());
    }

    private static void assertClustersAreCompact(Result r, TimeScale scale, String where) {
        for (Cluster c : r.clusters()) {
            for (TimelineEvent e : c.events()) {
                double x = Math.max(0, scale.toX(e.startDay()));
                assertThat(x - c.x()).as(where).isGreaterThanOrEqualTo(0).isLessThan(EventLayout.CLUSTER_WIDTH);
            }
            assertThat(c.firstDay()).isLessThanOrEqualTo(c.lastDay());
        }
    }

    @Test
    void oneRowAtFitAllLeavesSomeEventsInClusters() {
        TimeWindow w = new TimeWindow(day(2016, 1, 1), day(2026, 1, 1));
        Result r = EventLayout.layout(index.all(), new TimeScale(w, 1400), e -> 0, 1, 1,
                labelWidth(Language.EN), null);

        assertThat(r.clusters()).isNotEmpty();
        assertThat(r.placements()).isNotEmpty();
        // the major events in crowded February 2025 win: every clustered event is less important
        // than, or as important as, an overlapping event placed before it
        assertThat(r.clusters().stream().flatMap(c -> c.events().stream()).mapToInt(TimelineEvent::importance).max()
                .orElseThrow()).isLessThanOrEqualTo(r.placements().stream().mapToInt(p -> p.event().importance())
                .max().orElseThrow());
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("zoomLevels")
    void theFirstEventIsAlwaysPlaced(String name, TimeWindow window, double width, Language language) {
        TimeScale scale = new TimeScale(window, width);
        List<TimelineEvent> visible = index.overlapping(window.start(), window.end());
        for (TimelineEvent first : visible) {
            Result r = EventLayout.layout(visible, scale, e -> 0, 1, 1, labelWidth(language), first);

            assertThat(r.placements()).extracting(Placement::event).as("%s first=%s", name, first.id())
                    .contains(first);
            // With one row, the event given the first place keeps its label: nothing placed overlaps it.
            Placement mine = r.placements().stream().filter(p -> p.event() == first).findFirst().orElseThrow();
            for (Placement other : r.placements()) {
                if (other != mine) {
                    assertThat(left(other) >= mine.right() + EventLayout.GAP - 1e-6
                            || other.right() + EventLayout.GAP <= left(mine) + 1e-6)
                            .as("%s: %s overlaps %s, which was given the first place", name, other.event().id(), first.id())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void majorEventsGetTheRowsWhenSpaceIsShort() {
        // five events on the same day: only as many as there are rows can be placed
        List<TimelineEvent> same = List.of(
                TestEvents.event("minor-a", "2024-11-13", null, 1),
                TestEvents.event("notable", "2024-11-13", null, 2),
                TestEvents.event("minor-b", "2024-11-13", null, 1),
                TestEvents.event("major-a", "2024-11-13", null, 3),
                TestEvents.event("major-b", "2024-11-13", null, 3));
        TimeScale scale = new TimeScale(new TimeWindow(day(2024, 11, 1), day(2024, 12, 1)), 1200);

        Result two = EventLayout.layout(same, scale, e -> 0, 1, 2, e -> 120, null);
        Result three = EventLayout.layout(same, scale, e -> 0, 1, 3, e -> 120, null);
        Result firstWins = EventLayout.layout(same, scale, e -> 0, 1, 2, e -> 120, same.get(0));

        assertThat(two.placements()).extracting(p -> p.event().id()).containsExactlyInAnyOrder("major-a", "major-b");
        assertThat(two.clusters()).hasSize(1);
        assertThat(two.clusters().get(0).events()).extracting(TimelineEvent::id)
                .containsExactlyInAnyOrder("minor-a", "notable", "minor-b");
        assertThat(three.placements()).extracting(p -> p.event().id())
                .containsExactlyInAnyOrder("major-a", "major-b", "notable");
        assertThat(firstWins.placements()).extracting(p -> p.event().id()).contains("minor-a").hasSize(2);
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("zoomLevels")
    void aClusteredEventIsBlockedInEveryRowByAnEventAtLeastAsImportant(String name, TimeWindow window, double width,
                                                                        Language language) {
        TimeScale scale = new TimeScale(window, width);
        List<TimelineEvent> visible = index.overlapping(window.start(), window.end());
        ToDoubleFunction<TimelineEvent> w = labelWidth(language);
        int rows = 2;
        Result r = EventLayout.layout(visible, scale, e -> 0, 1, rows, w, null);
        for (Cluster c : r.clusters()) {
            for (TimelineEvent e : c.events()) {
                double x = scale.toX(e.startDay());
                double from = x - EventLayout.LABEL_OFFSET / 2 - w.applyAsDouble(e) - EventLayout.LABEL_OFFSET;
                double to = Math.max(x + 1, scale.toX(e.endDay())) + EventLayout.LABEL_OFFSET + w.applyAsDouble(e);
                Set<Integer> blocked = new HashSet<>();
                for (Placement p : r.placements()) {
                    boolean overlaps = left(p) < to + EventLayout.GAP && p.right() + EventLayout.GAP > from;
                    if (overlaps && p.event().importance() >= e.importance()) {
                        blocked.add(p.row());
                    }
                }
                assertThat(blocked).as("%s: rows blocking %s (importance %d)", name, e.id(), e.importance())
                        .hasSize(rows);
            }
        }
    }

    @Test
    void emptyInputGivesAnEmptyLayout() {
        TimeScale scale = new TimeScale(new TimeWindow(0, 100), 800);
        Result r = EventLayout.layout(List.of(), scale, e -> 0, 3, 8, e -> 50, null);

        assertThat(r.placements()).isEmpty();
        assertThat(r.clusters()).isEmpty();
    }

    @Test
    void labelNearTheRightEdgeGoesOnTheLeft() {
        TimelineEvent late = TestEvents.point("late", "2024-11-28");
        TimeScale scale = new TimeScale(new TimeWindow(day(2024, 11, 1), day(2024, 12, 1)), 600);
        Result r = EventLayout.layout(List.of(late), scale, e -> 0, 1, 1, e -> 100, null);

        Placement p = r.placements().get(0);
        assertThat(p.labelX() + p.labelWidth()).isLessThanOrEqualTo(p.x());
        assertThat(p.labelX()).isGreaterThanOrEqualTo(0);
        assertThat(p.labelX()).isEqualTo(p.x() - EventLayout.LABEL_OFFSET - 100);
    }
}
