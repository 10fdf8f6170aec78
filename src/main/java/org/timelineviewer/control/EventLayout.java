package org.timelineviewer.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.timelineviewer.control.EventColumns.Run;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.TimelineEvent;

/**
 * Places event labels into rows so that no two overlap, and gathers the events that find no
 * room into count badges. Major events are placed first, so they keep their labels when space
 * runs out. Pure maths: the skin turns the result into nodes.
 *
 * <p>Made to run every frame over any number of events in view: it reads the events from
 * {@link EventColumns} (days worked out once per event list, each importance already in start
 * order, so nothing is sorted), asks "is any row free here" of a per-lane answer that stays true
 * while the pixels it covers stay covered (rows only fill up), and counts the events it cannot
 * place into clusters without listing them. What it allocates grows with the labels it places and
 * the badges it makes, not with the events in view.
 */
public final class EventLayout {

    /** Horizontal space kept free after each label. */
    public static final double GAP = 14;
    /** Where a label starts relative to its event's x, beside a dot 12 pixels wide (see {@link #labelOffsetBeside}). */
    public static final double LABEL_OFFSET = 10;
    /** Events closer together than this (in pixels) share one count badge. */
    public static final double CLUSTER_WIDTH = 44;

    /** An event with a row: it spans [x, endX) and its label [labelX, labelX + labelWidth). */
    public record Placement(TimelineEvent event, int lane, int row, double x, double endX,
                            double labelX, double labelWidth) {
        /** Right edge of everything this placement draws. */
        public double right() {
            return Math.max(endX, labelX + labelWidth);
        }
    }

    /**
     * Events that did not fit, shown as one badge at {@code x} with their {@code count}, from
     * {@code firstDay} to {@code lastDay}. Which events they are, and so where the last of them
     * ends, is worked out only when asked ({@link #events()}, {@link #lastDay()}): a frame of a
     * large timeline has tens of thousands of them.
     */
    public static final class Cluster {
        private final int lane;
        private final double x;
        private final int count;
        private final double firstDay;
        private final java.util.function.Supplier<List<TimelineEvent>> members;
        private List<TimelineEvent> listed;

        Cluster(int lane, double x, int count, double firstDay,
                java.util.function.Supplier<List<TimelineEvent>> members) {
            this.lane = lane;
            this.x = x;
            this.count = count;
            this.firstDay = firstDay;
            this.members = members;
        }

        public int lane() {
            return lane;
        }

        public double x() {
            return x;
        }

        /** How many events the badge stands for. */
        public int size() {
            return count;
        }

        public double firstDay() {
            return firstDay;
        }

        /** Where the last of the events ends (they are listed for it). */
        public double lastDay() {
            return events().stream().mapToDouble(TimelineEvent::endDay).max().orElse(firstDay);
        }

        /** The events, in start order (listed on the first request). */
        public List<TimelineEvent> events() {
            if (listed == null) {
                listed = members.get();
            }
            return listed;
        }
    }

    public record Result(List<Placement> placements, List<Cluster> clusters) {
    }

    private EventLayout() {
    }

    /**
     * Lays out {@code events} (the ones in view) at {@code scale}.
     *
     * @param laneOf      lane of each event (0 when there are no lanes)
     * @param laneCount   number of lanes
     * @param rowsPerLane label rows available in each lane (at least 1)
     * @param labelWidth  width of an event's label in pixels
     * @param first       an event placed before all others (the selection) so it is never hidden; may be null
     */
    public static Result layout(List<TimelineEvent> events, TimeScale scale, ToIntFunction<TimelineEvent> laneOf,
                                int laneCount, int rowsPerLane, ToDoubleFunction<TimelineEvent> labelWidth,
                                TimelineEvent first) {
        int[] rows = new int[Math.max(1, laneCount)];
        Arrays.fill(rows, rowsPerLane);
        return layout(events, scale, laneOf, rows, labelWidth, first);
    }

    /** As above, with a number of rows for each lane ({@code rowsPerLane.length} lanes). */
    public static Result layout(List<TimelineEvent> events, TimeScale scale, ToIntFunction<TimelineEvent> laneOf,
                                int[] rowsPerLane, ToDoubleFunction<TimelineEvent> labelWidth, TimelineEvent first) {
        int laneCount = rowsPerLane.length;
        List<TimelineEvent> chronological = new ArrayList<>(events);
        chronological.sort(Comparator.comparingDouble(TimelineEvent::startDay));
        // The lane serves as the "category" here: lane i is category number i.
        ToIntFunction<TimelineEvent> lane = e -> Math.min(Math.max(laneOf.applyAsInt(e), 0), laneCount - 1);
        EventColumns columns = new EventColumns(chronological, lane);
        int[] laneOfCategory = new int[laneCount];
        for (int i = 0; i < laneCount; i++) {
            laneOfCategory[i] = i;
        }
        return layout(columns, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, scale, laneOfCategory, rowsPerLane,
                labelWidth, first, LABEL_OFFSET);
    }

    /** Where a label starts relative to its event's x beside a dot {@code dot} pixels wide: 4 pixels clear of it. */
    public static double labelOffsetBeside(double dot) {
        return dot / 2 + 4;
    }

    /**
     * Lays out the events of {@code columns} that overlap [{@code from}, {@code to}) at {@code scale}.
     *
     * @param laneOfCategory lane of each category number of the columns (-1: the first lane)
     * @param rowsPerLane    label rows available in each lane (at least 1)
     * @param labelWidth     measures a label the first time it is asked for (kept in the columns)
     * @param first          an event placed before all others (the selection) so it is never hidden; may be null
     * @param labelOffset    where a label starts from its event's x (half of it is kept free before x)
     */
    static Result layout(EventColumns columns, double from, double to, TimeScale scale, int[] laneOfCategory,
                         int[] rowsPerLane, ToDoubleFunction<TimelineEvent> labelWidth, TimelineEvent first,
                         double labelOffset) {
        return layout(columns, from, from, to, to, scale, laneOfCategory, rowsPerLane, labelWidth, first, labelOffset);
    }

    /**
     * Lays out the view of {@code scale}'s window as a pan leaves it: the events are placed from
     * {@link #steadyStart} on, so that while the view pans at one scale each label that stays in
     * view keeps its row, and a label appears or goes only at the edges (placed from the view's own
     * start, each step of a pan handed rows to other events all across the view: labels jumped
     * about, and the canvas had to paint them all again). Only what reaches into the view
     * is in the result; the clusters count the events in view that found no row.
     */
    static Result layoutSteadily(EventColumns columns, TimeScale scale, int[] laneOfCategory, int[] rowsPerLane,
                                 ToDoubleFunction<TimelineEvent> labelWidth, TimelineEvent first, double labelOffset) {
        TimeWindow window = scale.window();
        double from = steadyStart(window);
        return layout(columns, from, window.start(), window.end(), Math.max(window.end(), from + 2 * window.span()), scale,
                laneOfCategory, rowsPerLane, labelWidth, first, labelOffset);
    }

    /**
     * Where the steady layout of {@code window} starts placing events: its start, down to a whole
     * number of its spans. It places two spans from there, which hold the view: panning at one
     * scale, both ends stay put until the start crosses the next multiple, once a view's width (the
     * more important events are placed first all along, so a fixed end matters as much as a fixed
     * start). What it places out of view costs a view's worth.
     */
    static double steadyStart(TimeWindow window) {
        double span = window.span();
        return span > 0 ? Math.floor(window.start() / span) * span : window.start();
    }

    /**
     * Places the events of {@code columns} from {@code from} to {@code to}, and returns those of
     * them that reach into the view from {@code shownFrom} to {@code shownTo} (within the first),
     * with the clusters of the unplaced events in view.
     */
    private static Result layout(EventColumns columns, double from, double shownFrom, double shownTo, double to,
                                 TimeScale scale,
                                 int[] laneOfCategory, int[] rowsPerLane, ToDoubleFunction<TimelineEvent> labelWidth,
                                 TimelineEvent first, double labelOffset) {
        Pass pass = new Pass(columns, from, shownFrom, shownTo, to, scale, laneOfCategory, rowsPerLane, labelWidth, first,
                false, labelOffset);
        pass.run();
        if (pass.firstInView && !pass.firstPlaced) {
            // the selection lost its row: only then does it go first (so selecting never reshuffles)
            pass = new Pass(columns, from, shownFrom, shownTo, to, scale, laneOfCategory, rowsPerLane, labelWidth, first,
                    true, labelOffset);
            pass.run();
        }
        return pass.result();
    }

    /** One layout pass over the events in view. */
    private static final class Pass {
        /**
         * One event turned away in eight (a mask) asks whether every row is taken where it is,
         * when what the rows know does not say: an answer costs a look at each row, and a yes
         * passes over the thousands that follow.
         */
        private static final int LEARN_EVERY = 7;
        private final EventColumns columns;
        private final double from;
        /** Where the view starts: what ends before it is placed (as the pass goes) but not shown. */
        private final double shownFrom;
        /** Where the view ends: what starts after it is placed but not shown. */
        private final double shownTo;
        private final double to;
        private final TimeScale scale;
        private final int[] laneOfCategory;
        private final ToDoubleFunction<TimelineEvent> labelWidth;
        private final TimelineEvent first;
        private final boolean firstGoesFirst;
        private final double labelOffset;
        private final LaneRows[] lanes;
        private final List<Placement> placements = new ArrayList<>();
        /** Per run, the positions placed (unsorted until the clusters are made). */
        private final int[][] placed;
        private final int[] placedCount;
        /** Each lane holds one category's events: the pass walks them category by category (see {@link #oneCategoryPerLane}). */
        private final boolean byCategory;
        /** Events turned away with no taken stretch known at their place (see {@link #pastTakenStretch}). */
        private int misses;
        boolean firstInView;
        boolean firstPlaced;
        private List<Cluster> clusters = List.of();

        Pass(EventColumns columns, double from, double shownFrom, double shownTo, double to, TimeScale scale,
             int[] laneOfCategory, int[] rowsPerLane, ToDoubleFunction<TimelineEvent> labelWidth, TimelineEvent first, boolean firstGoesFirst,
             double labelOffset) {
            this.columns = columns;
            this.from = from;
            this.shownFrom = shownFrom;
            this.shownTo = shownTo;
            this.to = to;
            this.scale = scale;
            this.laneOfCategory = laneOfCategory;
            this.labelWidth = labelWidth;
            this.first = first;
            this.firstGoesFirst = firstGoesFirst;
            this.labelOffset = labelOffset;
            this.lanes = new LaneRows[Math.max(1, rowsPerLane.length)];
            for (int i = 0; i < lanes.length; i++) {
                lanes[i] = new LaneRows(i < rowsPerLane.length ? rowsPerLane[i] : 1);
            }
            this.byCategory = oneCategoryPerLane();
            int runs = columns.runs().size();
            this.placed = new int[runs][];
            this.placedCount = new int[runs];
            for (int r = 0; r < runs; r++) {
                placed[r] = new int[8];
            }
        }

        private int laneAt(Run run, int i) {
            int lane = laneOfCategory[run.categories[i]];
            return lane < 0 || lane >= lanes.length ? 0 : lane;
        }

        /** Whether event {@code i} of {@code run} is in the view (not only in what the pass places left of it). */
        private boolean shown(Run run, int i) {
            return run.starts[i] < shownTo && (run.ends[i] > shownFrom || run.starts[i] >= shownFrom && shownFrom > from);
        }

        private boolean isFirst(Run run, int i) {
            TimelineEvent e = run.events[i];
            return first != null && (e == first || run.starts[i] == first.startDay() && e.id().equals(first.id()));
        }

        void run() {
            List<Run> runs = columns.runs();
            if (firstGoesFirst) {
                for (int r = 0; r < runs.size(); r++) {
                    Run run = runs.get(r);
                    for (int i = run.lowerBound(first.startDay()); i < run.size() && run.starts[i] == first.startDay(); i++) {
                        if (isFirst(run, i) && shown(run, i)) {
                            place(r, run, i);
                        }
                    }
                }
            }
            for (int r = 0; r < runs.size(); r++) {
                Run run = runs.get(r);
                if (!byCategory) {
                    walk(r, run, null, lanes.length == 1 ? lanes[0] : null);
                    continue;
                }
                // lanes are independent: each category's events alone, in start order, can pass over a taken stretch
                for (int c = 0; c < laneOfCategory.length; c++) {
                    walk(r, run, run.positionsOf(c), lanes[laneOfCategoryNumber(c)]);
                }
            }
            clusters = new EventClusters(columns, shownFrom, shownTo, scale, laneOfCategory, lanes.length, byCategory, placed, placedCount,
                    placements).gather();
        }

        private int laneOfCategoryNumber(int c) {
            int lane = laneOfCategory[c];
            return lane < 0 || lane >= lanes.length ? 0 : lane;
        }

        /**
         * Whether there are several lanes and no two categories share one, so that each lane's
         * events are one category's (the lanes view).
         */
        private boolean oneCategoryPerLane() {
            if (lanes.length == 1) {
                return false;
            }
            boolean[] taken = new boolean[lanes.length];
            for (int c = 0; c < laneOfCategory.length; c++) {
                int lane = laneOfCategoryNumber(c);
                if (taken[lane]) {
                    return false;
                }
                taken[lane] = true;
            }
            for (Run run : columns.runs()) {
                if (run.byCategory.length > laneOfCategory.length) {
                    return false; // a category the lanes do not name goes to lane 0 with another
                }
            }
            return true;
        }

        /**
         * Places the events of {@code run} at {@code positions} (all of them when null) that are
         * in view, in start order; when they all go to {@code lane} (else null), passes over
         * those that can find no row in it.
         */
        private void walk(int r, Run run, int[] positions, LaneRows lane) {
            int size = positions == null ? run.size() : positions.length;
            for (int k = run.firstAtOrAfter(positions, 0, size, from - run.longest); k < size; k++) {
                int i = positions == null ? k : positions[k];
                if (run.starts[i] >= to) {
                    break;
                }
                if (run.ends[i] <= from) {
                    continue;
                }
                if (first != null && isFirst(run, i) && shown(run, i)) {
                    firstInView = true;
                    if (firstGoesFirst) {
                        continue; // placed above
                    }
                }
                if (!place(r, run, i) && lane != null) {
                    k = pastTakenStretch(run, positions, k, size, lane);
                }
            }
        }

        /**
         * After the event at {@code k} of {@code positions} (the run's own when null): the index
         * before the next one that could still find a row, when {@code lane}'s rows are all taken
         * from its place on (the crowded fitted view of many events). Found by halves, where trying
         * each of the thousands in between would be most of the pass. The selection is never
         * passed over, so that the pass knows it was in view.
         */
        private int pastTakenStretch(Run run, int[] positions, int k, int size, LaneRows lane) {
            double start = run.starts[positions == null ? k : positions[k]];
            double place = scale.toX(start) - labelOffset / 2;
            double until = lane.takenUntil(place);
            if (Double.isNaN(until) && (++misses & LEARN_EVERY) == 0 && !lane.anyRowFreeAt(place)) {
                // a measured label turned away learns nothing of the rows: now and then, ask
                until = lane.takenUntil(place);
            }
            if (Double.isNaN(until)) {
                return k;
            }
            int lo = k + 1;
            int hi = size;
            if (first != null && first.startDay() > start) {
                hi = run.firstAtOrAfter(positions, lo, size, first.startDay());
            } else if (first != null && first.startDay() == start) {
                return k; // the selection may be among those starting with this one
            }
            while (lo < hi) { // the first event whose place is past the taken stretch
                int mid = (lo + hi) >>> 1;
                if (scale.toX(run.starts[positions == null ? mid : positions[mid]]) - labelOffset / 2 < until) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo - 1;
        }

        /** Places event {@code i} of run {@code r} in the first row with room for it; false when none has. */
        private boolean place(int r, Run run, int i) {
            LaneRows lane = lanes[laneAt(run, i)];
            double x = scale.toX(run.starts[i]);
            double width = run.widths[i];
            if (Double.isNaN(width) && !lane.anyRowFreeAt(x - labelOffset / 2)) {
                return false; // no row has room here whatever the label's width: skip measuring it
            }
            // (a measured label goes straight to freeRow, whose memory turns most away at once)
            double endX = Math.max(x + 1, scale.toX(run.ends[i]));
            if (Double.isNaN(width)) {
                width = labelWidth.applyAsDouble(run.events[i]);
                run.widths[i] = width;
            }
            boolean point = run.points[i];
            double labelX = (point ? x : Math.max(x, 0)) + labelOffset;
            if (labelX + width > scale.width()) {
                if (point && x - labelOffset - width >= 0) {
                    labelX = x - labelOffset - width; // near the right edge a dot's label goes on its left
                } else if (!point) {
                    labelX = Math.max(0, scale.width() - width); // a bar's label slides left until it fits
                }
            }
            double left = Math.min(x - labelOffset / 2, labelX);
            double right = Math.max(endX, labelX + width) + GAP;
            int row = lane.freeRow(left, right);
            if (row < 0) {
                return false;
            }
            lane.take(row, left, right);
            placements.add(new Placement(run.events[i], laneAt(run, i), row, x, endX, labelX, width));
            if (placedCount[r] == placed[r].length) {
                placed[r] = Arrays.copyOf(placed[r], placedCount[r] * 2);
            }
            placed[r][placedCount[r]++] = i;
            if (isFirst(run, i)) {
                firstPlaced = true;
            }
            return true;
        }

        Result result() {
            if (shownFrom == from && shownTo == to) {
                return new Result(placements, clusters);
            }
            double left = scale.toX(shownFrom);
            double right = scale.toX(shownTo);
            List<Placement> shown = new ArrayList<>(placements.size());
            for (Placement p : placements) {
                if (p.right() > left && Math.min(p.x(), p.labelX()) < right) {
                    shown.add(p);
                }
            }
            return new Result(shown, clusters);
        }
    }
}
