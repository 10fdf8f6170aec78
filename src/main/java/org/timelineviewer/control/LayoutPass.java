package org.timelineviewer.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.timelineviewer.control.EventColumns.Run;
import org.timelineviewer.control.EventLayout.Cluster;
import org.timelineviewer.control.EventLayout.Placement;
import org.timelineviewer.control.EventLayout.Result;
import org.timelineviewer.model.TimelineEvent;

/**
 * One layout pass of {@link EventLayout} over the events in view: places each importance's events
 * in start order into the first row with room, passes over stretches where every row is taken, and
 * gathers the rest into clusters ({@link EventClusters}).
 */
final class LayoutPass {
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
    /**
     * How much wider than it is each event takes its row ({@code >= 1}): its label, the gap after
     * it and the space kept before its dot. A pass at a scale {@code reserve} times that of its
     * zoom band takes the same stretch of time for each event as a pass at the band's own scale,
     * so that at every scale of the band it gives the same events the same rows.
     */
    private final double reserve;
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

    LayoutPass(EventColumns columns, double from, double shownFrom, double shownTo, double to, TimeScale scale,
         int[] laneOfCategory, int[] rowsPerLane, ToDoubleFunction<TimelineEvent> labelWidth, TimelineEvent first, boolean firstGoesFirst,
         double labelOffset, double reserve) {
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
        this.reserve = reserve;
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
        double kept = reserve * labelOffset / 2;
        double place = scale.toX(start) - kept;
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
            if (scale.toX(run.starts[positions == null ? mid : positions[mid]]) - kept < until) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /**
     * Places event {@code i} of run {@code r} in the first row with room for it; false when none has.
     * Which side of its dot a label goes, and where a bar's label slides to, is decided on the
     * stretch the event takes (its sizes times {@link #reserve}), so that its label, drawn at its
     * own size on that side, stays within that stretch; a dot's label that fits on its right
     * stays there, its stretch cut at the view's right edge.
     */
    private boolean place(int r, Run run, int i) {
        LaneRows lane = lanes[laneAt(run, i)];
        double x = scale.toX(run.starts[i]);
        double width = run.widths[i];
        double kept = reserve * labelOffset / 2;
        if (Double.isNaN(width) && !lane.anyRowFreeAt(x - kept)) {
            return false; // no row has room here whatever the label's width: skip measuring it
        }
        // (a measured label goes straight to freeRow, whose memory turns most away at once)
        double endX = Math.max(x + 1, scale.toX(run.ends[i]));
        if (Double.isNaN(width)) {
            width = labelWidth.applyAsDouble(run.events[i]);
            run.widths[i] = width;
        }
        boolean point = run.points[i];
        double offset = reserve * labelOffset;
        double taken = reserve * width;
        double takenX = (point ? x : Math.max(x, 0)) + offset;
        double labelX = (point ? x : Math.max(x, 0)) + labelOffset;
        if (takenX + taken > scale.width()) {
            if (point && labelX + width <= scale.width()) {
                // its label fits on its right, its room not: the room ends at the edge, where the
                // view ends (a label turned left where it fits looked out of place in a story step)
                taken = Math.max(0, scale.width() - takenX);
            } else if (point && x - offset - taken >= 0) {
                takenX = x - offset - taken; // near the right edge a dot's label goes on its left
                labelX = x - labelOffset - width;
            } else if (!point && x < scale.width()) {
                // a bar's label slides left until it fits (not into the view when the bar starts after it)
                takenX = Math.max(0, scale.width() - taken);
                labelX = Math.max(0, scale.width() - width);
            }
        }
        double left = Math.min(x - kept, takenX);
        double right = Math.max(endX, takenX + taken) + reserve * EventLayout.GAP;
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
            // a dot whose label reaches into the view (it leaves as a pan takes it out), a bar that
            // does: the label of one that ended before the view would stand slid to its edge alone
            boolean point = p.event().isPoint();
            if ((point ? p.right() : p.endX()) > left && Math.min(p.x(), p.labelX()) < right) {
                shown.add(p);
            }
        }
        return new Result(shown, clusters);
    }
}
