package org.timelineviewer.control;

import java.util.Arrays;

/**
 * How the height of the event area is shared between lanes: every lane gets its name and at least
 * one row, and the rest goes to the lanes with more events in view (by the square root of their
 * count, so a crowded lane gets more room without starving the others). Pure maths.
 *
 * @param tops    top of each lane, from the top of the event area
 * @param heights height of each lane
 */
public record LaneGeometry(double[] tops, double[] heights) {

    /**
     * @param available height of the event area
     * @param header    room for a lane's name above its rows
     * @param rowHeight height of one row of events
     * @param counts    events in view in each lane (one lane: the whole area)
     */
    public static LaneGeometry share(double available, double header, double rowHeight, int[] counts) {
        int n = Math.max(1, counts.length);
        double[] heights = new double[n];
        double least = header + rowHeight;
        if (counts.length <= 1 || available <= least * n) {
            Arrays.fill(heights, available / n);
        } else {
            double[] weights = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                weights[i] = Math.sqrt(Math.max(0, counts[i])) + 0.25;
                total += weights[i];
            }
            double spare = available - least * n;
            for (int i = 0; i < n; i++) {
                heights[i] = least + spare * weights[i] / total;
            }
        }
        double[] tops = new double[n];
        for (int i = 1; i < n; i++) {
            tops[i] = tops[i - 1] + heights[i - 1];
        }
        return new LaneGeometry(tops, heights);
    }

    /** Rows of {@code rowHeight} that fit in lane {@code i} below its {@code header} (at least one). */
    public int rows(int i, double header, double rowHeight) {
        return (int) Math.max(1, Math.floor((heights[i] - header) / rowHeight));
    }

    public int laneCount() {
        return heights.length;
    }
}
