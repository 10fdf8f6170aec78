package org.timelineviewer.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.timelineviewer.control.EventColumns.Run;
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
        Pass pass = new Pass(columns, from, to, scale, laneOfCategory, rowsPerLane, labelWidth, first, false, labelOffset);
        pass.run();
        if (pass.firstInView && !pass.firstPlaced) {
            // the selection lost its row: only then does it go first (so selecting never reshuffles)
            pass = new Pass(columns, from, to, scale, laneOfCategory, rowsPerLane, labelWidth, first, true, labelOffset);
            pass.run();
        }
        return pass.result();
    }

    /** One layout pass over the events in view. */
    private static final class Pass {
        private final EventColumns columns;
        private final double from;
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
        boolean firstInView;
        boolean firstPlaced;
        private List<Cluster> clusters = List.of();

        Pass(EventColumns columns, double from, double to, TimeScale scale, int[] laneOfCategory, int[] rowsPerLane,
             ToDoubleFunction<TimelineEvent> labelWidth, TimelineEvent first, boolean firstGoesFirst,
             double labelOffset) {
            this.columns = columns;
            this.from = from;
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
                        if (isFirst(run, i) && run.ends[i] > from && run.starts[i] < to) {
                            place(r, run, i);
                        }
                    }
                }
            }
            for (int r = 0; r < runs.size(); r++) {
                Run run = runs.get(r);
                for (int i = run.firstOverlapping(from); i < run.size() && run.starts[i] < to; i++) {
                    if (run.ends[i] <= from) {
                        continue;
                    }
                    if (first != null && isFirst(run, i)) {
                        firstInView = true;
                        if (firstGoesFirst) {
                            continue; // placed above
                        }
                    }
                    place(r, run, i);
                    i = pastTakenStretch(run, i);
                }
            }
            clusters = cluster();
        }

        /**
         * After event {@code i}: the index before the next event that could still find a row, in a
         * single lane whose rows are all taken from {@code i}'s place on (the crowded fitted view
         * of many events): found by halves, where trying each of the thousands in between would
         * be most of the pass. The selection is never passed over, so that the pass knows it was in view.
         */
        private int pastTakenStretch(Run run, int i) {
            if (lanes.length != 1) {
                return i;
            }
            double until = lanes[0].takenUntil(scale.toX(run.starts[i]) - labelOffset / 2);
            if (Double.isNaN(until)) {
                return i;
            }
            int lo = i + 1;
            int hi = run.size();
            if (first != null && first.startDay() > run.starts[i]) {
                hi = Math.max(lo, Math.min(hi, run.lowerBound(first.startDay())));
            } else if (first != null && first.startDay() == run.starts[i]) {
                return i; // the selection may be among those starting with this one
            }
            while (lo < hi) { // the first event whose place is past the taken stretch
                int mid = (lo + hi) >>> 1;
                if (scale.toX(run.starts[mid]) - labelOffset / 2 < until) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo - 1;
        }

        private void place(int r, Run run, int i) {
            LaneRows lane = lanes[laneAt(run, i)];
            double x = scale.toX(run.starts[i]);
            double width = run.widths[i];
            if (Double.isNaN(width) && !lane.anyRowFreeAt(x - labelOffset / 2)) {
                return; // no row has room here whatever the label's width: skip measuring it
            }
            // (a measured label goes straight to freeRow, whose memory turns most away at once)
            TimelineEvent event = run.events[i];
            double endX = Math.max(x + 1, scale.toX(run.ends[i]));
            if (Double.isNaN(width)) {
                width = labelWidth.applyAsDouble(event);
                run.widths[i] = width;
            }
            double labelX = (event.isPoint() ? x : Math.max(x, 0)) + labelOffset;
            if (labelX + width > scale.width()) {
                if (event.isPoint() && x - labelOffset - width >= 0) {
                    labelX = x - labelOffset - width; // near the right edge a dot's label goes on its left
                } else if (!event.isPoint()) {
                    labelX = Math.max(0, scale.width() - width); // a bar's label slides left until it fits
                }
            }
            double left = Math.min(x - labelOffset / 2, labelX);
            double right = Math.max(endX, labelX + width) + GAP;
            int row = lane.freeRow(left, right);
            if (row < 0) {
                return;
            }
            lane.take(row, left, right);
            placements.add(new Placement(event, laneAt(run, i), row, x, endX, labelX, width));
            if (placedCount[r] == placed[r].length) {
                placed[r] = Arrays.copyOf(placed[r], placedCount[r] * 2);
            }
            placed[r][placedCount[r]++] = i;
            if (isFirst(run, i)) {
                firstPlaced = true;
            }
        }

        /**
         * Gathers the events in view that were not placed, in start order (the runs merged), into
         * a cluster per lane for each stretch of {@link #CLUSTER_WIDTH} pixels.
         */
        private List<Cluster> cluster() {
            List<Run> runs = columns.runs();
            int n = runs.size();
            int[] cursor = new int[n];
            int[] nextPlaced = new int[n];
            for (int r = 0; r < n; r++) {
                Arrays.sort(placed[r], 0, placedCount[r]);
                cursor[r] = runs.get(r).firstOverlapping(from);
            }
            if (lanes.length == 1) {
                return clusterOneLane(runs, cursor, nextPlaced);
            }
            int laneCount = lanes.length;
            double[] bucketStart = new double[laneCount];
            int[] count = new int[laneCount];
            double[] firstDay = new double[laneCount];
            Arrays.fill(bucketStart, Double.NaN);
            List<Cluster> out = new ArrayList<>();
            while (true) {
                int best = -1;
                double bestStart = Double.POSITIVE_INFINITY;
                for (int r = 0; r < n; r++) {
                    Run run = runs.get(r);
                    if (cursor[r] < run.size() && run.starts[cursor[r]] < to && run.starts[cursor[r]] < bestStart) {
                        best = r; // ties go to the earlier (more important) run
                        bestStart = run.starts[cursor[r]];
                    }
                }
                if (best < 0) {
                    break;
                }
                Run run = runs.get(best);
                int i = cursor[best]++;
                if (run.ends[i] <= from) {
                    continue;
                }
                while (nextPlaced[best] < placedCount[best] && placed[best][nextPlaced[best]] < i) {
                    nextPlaced[best]++;
                }
                if (nextPlaced[best] < placedCount[best] && placed[best][nextPlaced[best]] == i) {
                    continue;
                }
                int lane = laneAt(run, i);
                double x = Math.max(0, scale.toX(run.starts[i]));
                if (count[lane] > 0 && x - bucketStart[lane] >= CLUSTER_WIDTH) {
                    out.add(newCluster(lane, bucketStart[lane], count[lane], firstDay[lane]));
                    count[lane] = 0;
                }
                if (count[lane] == 0) {
                    bucketStart[lane] = x;
                    firstDay[lane] = run.starts[i];
                }
                count[lane]++;
                firstDay[lane] = Math.min(firstDay[lane], run.starts[i]);
            }
            for (int lane = 0; lane < laneCount; lane++) {
                if (count[lane] > 0) {
                    out.add(newCluster(lane, bucketStart[lane], count[lane], firstDay[lane]));
                }
            }
            out.sort(Comparator.comparingInt(Cluster::lane)); // lane by lane, each in time order
            return out;
        }

        /**
         * {@link #cluster()} with one lane, in a time that grows with the clusters, not with the
         * events in view: each stretch opens at the first event not placed, and the events up to
         * {@link #CLUSTER_WIDTH} from it are counted by halving each run, less the few placed among them.
         */
        private List<Cluster> clusterOneLane(List<Run> runs, int[] cursor, int[] nextPlaced) {
            int n = runs.size();
            List<Cluster> out = new ArrayList<>();
            while (true) {
                int best = -1;
                double bestStart = Double.POSITIVE_INFINITY;
                for (int r = 0; r < n; r++) {
                    Run run = runs.get(r);
                    int i = cursor[r];
                    while (i < run.size() && run.starts[i] < to && (run.ends[i] <= from || isPlaced(r, i, nextPlaced))) {
                        i++;
                    }
                    cursor[r] = i;
                    if (i < run.size() && run.starts[i] < to && run.starts[i] < bestStart) {
                        best = r; // ties go to the earlier (more important) run
                        bestStart = run.starts[i];
                    }
                }
                if (best < 0) {
                    return out;
                }
                double bucketX = Math.max(0, scale.toX(bestStart));
                int count = 0;
                for (int r = 0; r < n; r++) {
                    Run run = runs.get(r);
                    int a = cursor[r];
                    int b = endOfStretch(run, a, bucketX);
                    count += b - a - placedBetween(r, a, b, nextPlaced);
                    for (int i = a; i < b && run.starts[i] <= from; i++) {
                        if (run.ends[i] <= from) {
                            count--; // over before the window: not in view
                        }
                    }
                    cursor[r] = b;
                }
                out.add(newCluster(0, bucketX, count, bestStart));
            }
        }

        /** The first position from {@code a} in {@code run} out of view or {@link #CLUSTER_WIDTH} or more right of {@code bucketX}. */
        private int endOfStretch(Run run, int a, double bucketX) {
            int lo = a;
            int hi = run.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                double s = run.starts[mid];
                if (s < to && Math.max(0, scale.toX(s)) - bucketX < CLUSTER_WIDTH) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Whether position {@code i} of run {@code r} was placed; positions asked for only grow. */
        private boolean isPlaced(int r, int i, int[] nextPlaced) {
            while (nextPlaced[r] < placedCount[r] && placed[r][nextPlaced[r]] < i) {
                nextPlaced[r]++;
            }
            return nextPlaced[r] < placedCount[r] && placed[r][nextPlaced[r]] == i;
        }

        /** How many positions of run {@code r} from {@code a} to {@code b} were placed (moving past them). */
        private int placedBetween(int r, int a, int b, int[] nextPlaced) {
            while (nextPlaced[r] < placedCount[r] && placed[r][nextPlaced[r]] < a) {
                nextPlaced[r]++;
            }
            int k = nextPlaced[r];
            while (k < placedCount[r] && placed[r][k] < b) {
                k++;
            }
            int between = k - nextPlaced[r];
            nextPlaced[r] = k;
            return between;
        }

        private Cluster newCluster(int lane, double x, int count, double firstDay) {
            return new Cluster(lane, x, count, firstDay, () -> members(lane, x));
        }

        /** The events of the cluster at {@code x} in {@code lane}: the unplaced ones in view there, in start order. */
        private List<TimelineEvent> members(int lane, double clusterX) {
            Set<TimelineEvent> shown = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            placements.forEach(p -> shown.add(p.event()));
            List<TimelineEvent> out = new ArrayList<>();
            for (Run run : columns.runs()) {
                for (int i = run.firstOverlapping(from); i < run.size() && run.starts[i] < to; i++) {
                    double x = Math.max(0, scale.toX(run.starts[i]));
                    if (run.ends[i] > from && laneAt(run, i) == lane && x >= clusterX && x - clusterX < CLUSTER_WIDTH
                            && !shown.contains(run.events[i])) {
                        out.add(run.events[i]);
                    }
                }
            }
            out.sort(Comparator.comparingDouble(TimelineEvent::startDay));
            return out;
        }

        Result result() {
            return new Result(placements, clusters);
        }
    }
}
