package org.timelineviewer.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.timelineviewer.model.TimelineEvent;

/**
 * Places event labels into rows so that no two overlap, and gathers the events that find no
 * room into count badges. Major events are placed first, so they keep their labels when space
 * runs out. Pure maths: the skin turns the result into nodes.
 */
public final class EventLayout {

    /** Horizontal space kept free after each label. */
    public static final double GAP = 14;
    /** Where a label starts relative to its event's x. */
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

    /** Events that did not fit, shown as one badge at {@code x} with their count. */
    public record Cluster(int lane, double x, List<TimelineEvent> events) {
        public double firstDay() {
            return events.stream().mapToDouble(TimelineEvent::startDay).min().orElse(0);
        }

        public double lastDay() {
            return events.stream().mapToDouble(TimelineEvent::endDay).max().orElse(0);
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
        java.util.Arrays.fill(rows, rowsPerLane);
        return layout(events, scale, laneOf, rows, labelWidth, first);
    }

    /** As above, with a number of rows for each lane ({@code rowsPerLane.length} lanes). */
    public static Result layout(List<TimelineEvent> events, TimeScale scale, ToIntFunction<TimelineEvent> laneOf,
                                int[] rowsPerLane, ToDoubleFunction<TimelineEvent> labelWidth, TimelineEvent first) {
        int laneCount = rowsPerLane.length;
        // Each event's days and lane worked out once: sorting asks for them n log n times, and a
        // date's epoch day is a calendar computation (it showed in profiles of large timelines).
        List<Item> items = new ArrayList<>(events.size());
        boolean firstInView = false;
        for (TimelineEvent event : events) {
            boolean isFirst = event == first || first != null && event.id().equals(first.id());
            firstInView |= isFirst;
            items.add(new Item(event, Math.min(Math.max(laneOf.applyAsInt(event), 0), laneCount - 1),
                    event.startDay(), event.endDay(), event.importance(), isFirst));
        }
        Result result = pass(items, BY_IMPORTANCE, scale, laneCount, rowsPerLane, labelWidth);
        boolean firstHidden = firstInView && result.placements().stream().noneMatch(p -> p.event().id().equals(first.id()));
        if (!firstHidden) {
            return result; // the usual case: rows do not depend on the selection, so selecting never reshuffles
        }
        Comparator<Item> firstFirst = Comparator.comparing((Item i) -> !i.first()).thenComparing(BY_IMPORTANCE);
        return pass(items, firstFirst, scale, laneCount, rowsPerLane, labelWidth);
    }

    /** An event in view with what the layout asks of it often, computed once. */
    private record Item(TimelineEvent event, int lane, double start, double end, int importance, boolean first) {
    }

    /** Major events first, then earlier ones. */
    private static final Comparator<Item> BY_IMPORTANCE = (a, b) -> a.importance() != b.importance()
            ? Integer.compare(b.importance(), a.importance()) : Double.compare(a.start(), b.start());

    /**
     * One label row: the spans [from, to) taken so far, sorted and never overlapping. A row holds
     * what fits across the view, so a sorted array searched by halves is all it needs.
     */
    private static final class Row {
        private double[] from = new double[8];
        private double[] to = new double[8];
        private int size;

        /** Index of the last span starting at or before {@code x}, or -1. */
        private int floor(double x) {
            int lo = 0;
            int hi = size - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (from[mid] <= x) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return hi;
        }

        /** Whether a span covers {@code x}. */
        boolean covers(double x) {
            int i = floor(x);
            return i >= 0 && to[i] > x;
        }

        /** Whether [{@code start}, {@code end}) is free. */
        boolean fits(double start, double end) {
            int i = floor(start);
            if (i >= 0 && to[i] > start) {
                return false;
            }
            return i + 1 >= size || from[i + 1] >= end;
        }

        void take(double start, double end) {
            int at = floor(start) + 1;
            if (size == from.length) {
                from = java.util.Arrays.copyOf(from, size * 2);
                to = java.util.Arrays.copyOf(to, size * 2);
            }
            System.arraycopy(from, at, from, at + 1, size - at);
            System.arraycopy(to, at, to, at + 1, size - at);
            from[at] = start;
            to[at] = end;
            size++;
        }
    }

    private static Result pass(List<Item> items, Comparator<Item> priority, TimeScale scale, int laneCount,
                               int[] rowsPerLane, ToDoubleFunction<TimelineEvent> labelWidth) {
        List<List<Row>> occupied = new ArrayList<>();
        for (int lane = 0; lane < laneCount; lane++) {
            List<Row> laneRows = new ArrayList<>();
            for (int r = 0; r < Math.max(1, rowsPerLane[lane]); r++) {
                laneRows.add(new Row());
            }
            occupied.add(laneRows);
        }
        List<Item> byPriority = new ArrayList<>(items);
        byPriority.sort(priority);
        List<Placement> placements = new ArrayList<>();
        List<Item> overflow = new ArrayList<>();
        for (Item item : byPriority) {
            TimelineEvent event = item.event();
            int lane = item.lane();
            double x = scale.toX(item.start());
            double endX = Math.max(x + 1, scale.toX(item.end()));
            if (!anyRowFreeAt(occupied.get(lane), x - LABEL_OFFSET / 2)) {
                overflow.add(item); // no row has room here whatever the label's width: skip measuring it
                continue;
            }
            double width = labelWidth.applyAsDouble(event);
            double labelX = (event.isPoint() ? x : Math.max(x, 0)) + LABEL_OFFSET;
            if (labelX + width > scale.width()) {
                if (event.isPoint() && x - LABEL_OFFSET - width >= 0) {
                    labelX = x - LABEL_OFFSET - width; // near the right edge a dot's label goes on its left
                } else if (!event.isPoint()) {
                    labelX = Math.max(0, scale.width() - width); // a bar's label slides left until it fits
                }
            }
            double from = Math.min(x - LABEL_OFFSET / 2, labelX);
            double to = Math.max(endX, labelX + width) + GAP;
            int row = freeRow(occupied.get(lane), from, to);
            if (row < 0) {
                overflow.add(item);
            } else {
                occupied.get(lane).get(row).take(from, to);
                placements.add(new Placement(event, lane, row, x, endX, labelX, width));
            }
        }
        return new Result(placements, cluster(overflow, scale, laneCount));
    }

    private static boolean anyRowFreeAt(List<Row> rows, double at) {
        for (Row row : rows) {
            if (!row.covers(at)) {
                return true;
            }
        }
        return false;
    }

    private static int freeRow(List<Row> rows, double from, double to) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).fits(from, to)) {
                return r;
            }
        }
        return -1;
    }

    private static List<Cluster> cluster(List<Item> overflow, TimeScale scale, int laneCount) {
        List<Cluster> clusters = new ArrayList<>();
        for (int lane = 0; lane < laneCount; lane++) {
            final int l = lane;
            List<Item> inLane = overflow.stream().filter(i -> i.lane() == l)
                    .sorted(Comparator.comparingDouble(Item::start))
                    .toList();
            List<TimelineEvent> current = new ArrayList<>();
            double bucketStart = Double.NaN;
            for (Item item : inLane) {
                double x = Math.max(0, scale.toX(item.start()));
                if (!current.isEmpty() && x - bucketStart >= CLUSTER_WIDTH) {
                    clusters.add(new Cluster(lane, bucketStart, List.copyOf(current)));
                    current.clear();
                }
                if (current.isEmpty()) {
                    bucketStart = x;
                }
                current.add(item.event());
            }
            if (!current.isEmpty()) {
                clusters.add(new Cluster(lane, bucketStart, List.copyOf(current)));
            }
        }
        return clusters;
    }
}
