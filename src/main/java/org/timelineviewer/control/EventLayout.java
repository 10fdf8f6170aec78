package org.timelineviewer.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
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
        return layout(columns, from, from, to, to, scale, laneOfCategory, rowsPerLane, labelWidth, first, labelOffset, 1);
    }

    /**
     * Lays out the view of {@code scale}'s window so that a pan or a zoom leaves it be: while the
     * view pans at one scale each label that stays in view keeps its row, and a label appears or
     * goes only at the edges; while it zooms within one zoom band (a factor of {@link #ZOOM_BAND}
     * of scales), the same events keep the same rows and labels, away from the edges.
     *
     * <p>For the pan, the events are placed from {@link #steadyStart} on (placed from the view's
     * own start, each step of a pan handed rows to other events all across the view: labels jumped
     * about, and every one had to be painted again). For the zoom, each event takes its row for
     * the stretch of time its label takes at the lowest scale of the band: its label's width,
     * the gap after it and the space before its dot times {@link #reserveInBand} (placed at each
     * scale for itself, half the events shown in a zoom frame of 10,000 were others than in the
     * frame before, and had to be painted). The price: within a band, labels keep up to that much
     * more space about them than they need. Only what reaches into the view is in the result; the
     * clusters count the events in view that found no row.
     */
    static Result layoutSteadily(EventColumns columns, TimeScale scale, int[] laneOfCategory, int[] rowsPerLane,
                                 ToDoubleFunction<TimelineEvent> labelWidth, TimelineEvent first, double labelOffset) {
        TimeWindow window = scale.window();
        double from = steadyStart(scale);
        double bandSpan = window.span() * reserveInBand(scale.pixelsPerDay());
        return layout(columns, from, window.start(), window.end(), Math.max(window.end(), from + 2 * bandSpan), scale,
                laneOfCategory, rowsPerLane, labelWidth, first, labelOffset, reserveInBand(scale.pixelsPerDay()));
    }

    /**
     * Where the steady layout of {@code scale} starts placing events: its window's start, down to
     * a whole number of the span the view has at the lowest scale of its zoom band. It places two
     * such spans from there, which hold the view: panning at one scale (or zooming within a band),
     * both ends stay put until the start crosses the next multiple, after at least a view's width
     * (the more important events are placed first all along, so a fixed end matters as much as a
     * fixed start). What it places out of view costs one to two views' worth.
     */
    static double steadyStart(TimeScale scale) {
        TimeWindow window = scale.window();
        double span = window.span() * reserveInBand(scale.pixelsPerDay());
        return span > 0 && Double.isFinite(span) ? Math.floor(window.start() / span) * span : window.start();
    }

    /**
     * The zoom bands: the scales from each power of this factor (in pixels per day) up to the next.
     * Zooming in by 5 % a step, a band lasts seven steps. A factor of 2 (fourteen steps) measured
     * the same in frame time, with half the labels at the top of a band.
     */
    static final double ZOOM_BAND = Math.sqrt(2);

    /** The lowest scale of the zoom band of {@code pixelsPerDay} (a power of {@link #ZOOM_BAND}), or itself when there is none. */
    static double bandOf(double pixelsPerDay) {
        if (!(pixelsPerDay > 0) || !Double.isFinite(pixelsPerDay) || ZOOM_BAND <= 1) {
            return pixelsPerDay;
        }
        return Math.pow(ZOOM_BAND, Math.floor(Math.log(pixelsPerDay) / Math.log(ZOOM_BAND)));
    }

    /**
     * How much more space than at its own scale an event takes at {@code pixelsPerDay}: the
     * scale's ratio to the lowest of its zoom band, from 1 up to {@link #ZOOM_BAND}.
     */
    static double reserveInBand(double pixelsPerDay) {
        double band = bandOf(pixelsPerDay);
        return band > 0 && Double.isFinite(band) ? Math.min(Math.max(ZOOM_BAND, 1), Math.max(1, pixelsPerDay / band)) : 1;
    }

    /**
     * Places the events of {@code columns} from {@code from} to {@code to}, and returns those of
     * them that reach into the view from {@code shownFrom} to {@code shownTo} (within the first),
     * with the clusters of the unplaced events in view.
     */
    private static Result layout(EventColumns columns, double from, double shownFrom, double shownTo, double to,
                                 TimeScale scale,
                                 int[] laneOfCategory, int[] rowsPerLane, ToDoubleFunction<TimelineEvent> labelWidth,
                                 TimelineEvent first, double labelOffset, double reserve) {
        LayoutPass pass = new LayoutPass(columns, from, shownFrom, shownTo, to, scale, laneOfCategory, rowsPerLane, labelWidth, first,
                false, labelOffset, reserve);
        pass.run();
        if (pass.firstInView && !pass.firstPlaced) {
            // the selection lost its row: only then does it go first (so selecting never reshuffles)
            pass = new LayoutPass(columns, from, shownFrom, shownTo, to, scale, laneOfCategory, rowsPerLane, labelWidth, first,
                    true, labelOffset, reserve);
            pass.run();
        }
        return pass.result();
    }
}
