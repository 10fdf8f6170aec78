package org.timelineviewer.control;

import static org.timelineviewer.control.EventLayout.CLUSTER_WIDTH;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.timelineviewer.control.EventColumns.Run;
import org.timelineviewer.control.EventLayout.Cluster;
import org.timelineviewer.control.EventLayout.Placement;
import org.timelineviewer.model.TimelineEvent;

/**
 * What a layout pass leaves over: the events in view it gave no row, counted in a badge per lane
 * for each stretch of {@link EventLayout#CLUSTER_WIDTH} pixels, in a time that grows with the
 * badges rather than with the events in view wherever each lane's events can be taken on their own.
 */
final class EventClusters {

    private final EventColumns columns;
    private final double from;
    private final double to;
    private final TimeScale scale;
    private final int[] laneOfCategory;
    private final int laneCount;
    /** Each lane holds one category's events (see {@code LayoutPass#oneCategoryPerLane}). */
    private final boolean byCategory;
    /** For each run, the positions of the events placed (the first {@code placedCount[r]}). */
    private final int[][] placed;
    private final int[] placedCount;
    private final List<Placement> placements;

    EventClusters(EventColumns columns, double from, double to, TimeScale scale, int[] laneOfCategory, int laneCount,
                  boolean byCategory, int[][] placed, int[] placedCount, List<Placement> placements) {
        this.columns = columns;
        this.from = from;
        this.to = to;
        this.scale = scale;
        this.laneOfCategory = laneOfCategory;
        this.laneCount = laneCount;
        this.byCategory = byCategory;
        this.placed = placed;
        this.placedCount = placedCount;
        this.placements = placements;
    }

    private int laneAt(Run run, int i) {
        return laneOfCategoryNumber(run.categories[i]);
    }

    private int laneOfCategoryNumber(int c) {
        int lane = laneOfCategory[c];
        return lane < 0 || lane >= laneCount ? 0 : lane;
    }

    /**
     * Gathers the events in view that were not placed, in start order (the runs merged), into
     * a cluster per lane for each stretch of {@link EventLayout#CLUSTER_WIDTH} pixels.
     */
    List<Cluster> gather() {
        List<Run> runs = columns.runs();
        int n = runs.size();
        int[] cursor = new int[n];
        int[] nextPlaced = new int[n];
        for (int r = 0; r < n; r++) {
            Arrays.sort(placed[r], 0, placedCount[r]);
            cursor[r] = runs.get(r).firstOverlapping(from);
        }
        if (laneCount == 1) {
            return clusterLane(0, runs, new int[n][], placed, placedCount);
        }
        if (byCategory) {
            return clusterByCategory(runs);
        }
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
            if (isPlaced(i, placed[best], placedCount[best], nextPlaced, best)) {
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
     * The clusters of one lane, in a time that grows with the clusters, not with the events
     * in view: each stretch opens at the first event not placed, and the events up to
     * {@link EventLayout#CLUSTER_WIDTH} from it are counted by halving each run, less the few placed among
     * them. {@code positions[r]} are the lane's positions in run {@code r} (all of the run's
     * when null), {@code placedAt[r]} the sorted indices into them of those placed.
     */
    private List<Cluster> clusterLane(int lane, List<Run> runs, int[][] positions, int[][] placedAt, int[] placedAtCount) {
        int n = runs.size();
        int[] cursor = new int[n];
        int[] nextPlaced = new int[n];
        for (int r = 0; r < n; r++) {
            cursor[r] = runs.get(r).firstAtOrAfter(positions[r], 0, size(runs.get(r), positions[r]), from - runs.get(r).longest);
        }
        List<Cluster> out = new ArrayList<>();
        while (true) {
            int best = -1;
            double bestStart = Double.POSITIVE_INFINITY;
            for (int r = 0; r < n; r++) {
                Run run = runs.get(r);
                int[] at = positions[r];
                int size = size(run, at);
                int k = cursor[r];
                while (k < size && run.starts[pos(at, k)] < to
                        && (run.ends[pos(at, k)] <= from || isPlaced(k, placedAt[r], placedAtCount[r], nextPlaced, r))) {
                    k++;
                }
                cursor[r] = k;
                if (k < size && run.starts[pos(at, k)] < to && run.starts[pos(at, k)] < bestStart) {
                    best = r; // ties go to the earlier (more important) run
                    bestStart = run.starts[pos(at, k)];
                }
            }
            if (best < 0) {
                return out;
            }
            double bucketX = Math.max(0, scale.toX(bestStart));
            int count = 0;
            for (int r = 0; r < n; r++) {
                Run run = runs.get(r);
                int[] at = positions[r];
                int a = cursor[r];
                int b = endOfStretch(run, at, a, bucketX);
                count += b - a - placedBetween(a, b, placedAt[r], placedAtCount[r], nextPlaced, r);
                for (int k = a; k < b && run.starts[pos(at, k)] <= from; k++) {
                    if (run.ends[pos(at, k)] <= from && java.util.Arrays.binarySearch(placedAt[r], 0, placedAtCount[r], k) < 0) {
                        count--; // over before the window: not in view (and not counted as placed already)
                    }
                }
                cursor[r] = b;
            }
            out.add(newCluster(lane, bucketX, count, bestStart));
        }
    }

    private static int size(Run run, int[] positions) {
        return positions == null ? run.size() : positions.length;
    }

    private static int pos(int[] positions, int k) {
        return positions == null ? k : positions[k];
    }

    /** The end of the stretch of {@link EventLayout#CLUSTER_WIDTH} from {@code bucketX} that starts at index {@code a}. */
    private int endOfStretch(Run run, int[] positions, int a, double bucketX) {
        int lo = a;
        int hi = size(run, positions);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            double s = run.starts[pos(positions, mid)];
            if (s < to && Math.max(0, scale.toX(s)) - bucketX < CLUSTER_WIDTH) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether index {@code k} is among the sorted {@code placedAt} (its cursor moving on in {@code nextPlaced[r]}). */
    private static boolean isPlaced(int k, int[] placedAt, int count, int[] nextPlaced, int r) {
        while (nextPlaced[r] < count && placedAt[nextPlaced[r]] < k) {
            nextPlaced[r]++;
        }
        return nextPlaced[r] < count && placedAt[nextPlaced[r]] == k;
    }

    /** How many of the sorted {@code placedAt} are in [{@code a}, {@code b}) (moving the cursor past them). */
    private static int placedBetween(int a, int b, int[] placedAt, int count, int[] nextPlaced, int r) {
        while (nextPlaced[r] < count && placedAt[nextPlaced[r]] < a) {
            nextPlaced[r]++;
        }
        int k = nextPlaced[r];
        while (k < count && placedAt[k] < b) {
            k++;
        }
        int between = k - nextPlaced[r];
        nextPlaced[r] = k;
        return between;
    }

    /** The clusters lane by lane when each lane is one category's: each category's events on their own. */
    private List<Cluster> clusterByCategory(List<Run> runs) {
        int n = runs.size();
        List<Cluster> out = new ArrayList<>();
        for (int c = 0; c < laneOfCategory.length; c++) {
            int[][] positions = new int[n][];
            int[][] placedAt = new int[n][];
            int[] placedAtCount = new int[n];
            for (int r = 0; r < n; r++) {
                Run run = runs.get(r);
                positions[r] = run.positionsOf(c);
                placedAt[r] = new int[placedCount[r]];
                for (int j = 0; j < placedCount[r]; j++) { // few: the labels shown
                    int i = placed[r][j];
                    if (run.categories[i] == c) {
                        placedAt[r][placedAtCount[r]++] = Arrays.binarySearch(positions[r], i);
                    }
                }
            }
            out.addAll(clusterLane(laneOfCategoryNumber(c), runs, positions, placedAt, placedAtCount));
        }
        out.sort(Comparator.comparingInt(Cluster::lane)); // lane by lane, each in time order
        return out;
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
}
