package org.timelineviewer.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which steps of a handout share a page. Steps keep their order; the handout takes as few pages
 * as greedy filling would, but spreads the steps over them evenly, so that the last page is not
 * left with one short step and an empty foot while the others are full. What a page has left over
 * goes to its timelines, up to {@code growLimit} each; room beyond that would stay empty and
 * weighs most. Pure arithmetic, in points.
 */
final class HandoutPacking {

    /** Room that no timeline can take counts this much more than room the timelines share. */
    private static final double EMPTY_WEIGHT = 10;

    private HandoutPacking() {
    }

    /**
     * How many steps go on each page, in order.
     *
     * @param heights   each step's height at its smallest (none taller than {@code room})
     * @param room      the height a page has for steps
     * @param gap       the space between two steps on a page
     * @param growLimit how much taller each step's timeline may grow to take up spare room
     */
    static List<Integer> pages(float[] heights, float room, float gap, float growLimit) {
        int n = heights.length;
        if (n == 0) {
            return List.of();
        }
        int pages = greedyPageCount(heights, room, gap);
        // cost[k][i]: the least cost of the first i steps on k pages; from[k][i]: where the k-th page starts.
        double[][] cost = new double[pages + 1][n + 1];
        int[][] from = new int[pages + 1][n + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int k = 1; k <= pages; k++) {
            for (int i = 1; i <= n; i++) {
                float used = -gap;
                for (int j = i - 1; j >= 0; j--) {
                    used += heights[j] + gap;
                    if (used > room && j < i - 1) {
                        break; // a page of one step always fits: the step was cut to the page
                    }
                    double total = cost[k - 1][j] + pageCost(room - used, i - j, growLimit);
                    if (total < cost[k][i]) {
                        cost[k][i] = total;
                        from[k][i] = j;
                    }
                }
            }
        }
        List<Integer> counts = new ArrayList<>();
        for (int k = pages, i = n; k > 0; k--) {
            int j = from[k][i];
            counts.add(i - j);
            i = j;
        }
        Collections.reverse(counts);
        return counts;
    }

    /** Spare room shared by {@code steps} timelines: evenly spread is cheap, room none can take is dear. */
    private static double pageCost(float spare, int steps, float growLimit) {
        double left = Math.max(0, spare);
        double perStep = left / steps;
        double empty = Math.max(0, left - steps * growLimit);
        return perStep * perStep * steps + EMPTY_WEIGHT * empty * empty;
    }

    private static int greedyPageCount(float[] heights, float room, float gap) {
        int pages = 1;
        float used = 0;
        boolean empty = true;
        for (float h : heights) {
            float needed = (empty ? 0 : gap) + h;
            if (!empty && used + needed > room) {
                pages++;
                used = h;
            } else {
                used += needed;
            }
            empty = false;
        }
        return pages;
    }
}
