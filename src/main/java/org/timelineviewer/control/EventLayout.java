package org.timelineviewer.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
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
        Comparator<TimelineEvent> byImportance = Comparator.comparingInt(TimelineEvent::importance).reversed()
                .thenComparingDouble(TimelineEvent::startDay);
        Result result = pass(events, byImportance, scale, laneOf, laneCount, rowsPerLane, labelWidth);
        boolean firstHidden = first != null && events.contains(first)
                && result.placements().stream().noneMatch(p -> p.event().equals(first));
        if (!firstHidden) {
            return result; // the usual case: rows do not depend on the selection, so selecting never reshuffles
        }
        Comparator<TimelineEvent> firstFirst = Comparator.comparing((TimelineEvent e) -> !e.equals(first))
                .thenComparing(byImportance);
        return pass(events, firstFirst, scale, laneOf, laneCount, rowsPerLane, labelWidth);
    }

    private static Result pass(List<TimelineEvent> events, Comparator<TimelineEvent> priority, TimeScale scale,
                               ToIntFunction<TimelineEvent> laneOf, int laneCount, int[] rowsPerLane,
                               ToDoubleFunction<TimelineEvent> labelWidth) {
        List<List<NavigableMap<Double, Double>>> occupied = new ArrayList<>();
        for (int lane = 0; lane < laneCount; lane++) {
            List<NavigableMap<Double, Double>> laneRows = new ArrayList<>();
            for (int r = 0; r < Math.max(1, rowsPerLane[lane]); r++) {
                laneRows.add(new TreeMap<>());
            }
            occupied.add(laneRows);
        }
        List<TimelineEvent> byPriority = new ArrayList<>(events);
        byPriority.sort(priority);
        List<Placement> placements = new ArrayList<>();
        List<TimelineEvent> overflow = new ArrayList<>();
        for (TimelineEvent event : byPriority) {
            int lane = Math.min(Math.max(laneOf.applyAsInt(event), 0), laneCount - 1);
            double x = scale.toX(event.startDay());
            double endX = Math.max(x + 1, scale.toX(event.endDay()));
            if (!anyRowFreeAt(occupied.get(lane), x - LABEL_OFFSET / 2)) {
                overflow.add(event); // no row has room here whatever the label's width: skip measuring it
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
                overflow.add(event);
            } else {
                occupied.get(lane).get(row).put(from, to);
                placements.add(new Placement(event, lane, row, x, endX, labelX, width));
            }
        }
        return new Result(placements, cluster(overflow, scale, laneOf, laneCount));
    }

    private static boolean anyRowFreeAt(List<NavigableMap<Double, Double>> rows, double at) {
        for (NavigableMap<Double, Double> row : rows) {
            Map.Entry<Double, Double> before = row.floorEntry(at);
            if (before == null || before.getValue() <= at) {
                return true;
            }
        }
        return false;
    }

    private static int freeRow(List<NavigableMap<Double, Double>> rows, double from, double to) {
        for (int r = 0; r < rows.size(); r++) {
            NavigableMap<Double, Double> row = rows.get(r);
            Map.Entry<Double, Double> before = row.floorEntry(from);
            if (before != null && before.getValue() > from) {
                continue;
            }
            Map.Entry<Double, Double> after = row.ceilingEntry(from);
            if (after != null && after.getKey() < to) {
                continue;
            }
            return r;
        }
        return -1;
    }

    private static List<Cluster> cluster(List<TimelineEvent> overflow, TimeScale scale,
                                         ToIntFunction<TimelineEvent> laneOf, int laneCount) {
        List<Cluster> clusters = new ArrayList<>();
        for (int lane = 0; lane < laneCount; lane++) {
            final int l = lane;
            List<TimelineEvent> inLane = overflow.stream()
                    .filter(e -> Math.min(Math.max(laneOf.applyAsInt(e), 0), laneCount - 1) == l)
                    .sorted(Comparator.comparingDouble(TimelineEvent::startDay))
                    .toList();
            List<TimelineEvent> current = new ArrayList<>();
            double bucketStart = Double.NaN;
            for (TimelineEvent e : inLane) {
                double x = Math.max(0, scale.toX(e.startDay()));
                if (!current.isEmpty() && x - bucketStart >= CLUSTER_WIDTH) {
                    clusters.add(new Cluster(lane, bucketStart, List.copyOf(current)));
                    current.clear();
                }
                if (current.isEmpty()) {
                    bucketStart = x;
                }
                current.add(e);
            }
            if (!current.isEmpty()) {
                clusters.add(new Cluster(lane, bucketStart, List.copyOf(current)));
            }
        }
        return clusters;
    }
}
