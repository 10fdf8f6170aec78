package org.timelineviewer.control;

import java.util.Arrays;

/**
 * The label rows of one lane of the timeline, and what it knows of where all of them are taken:
 * {@link EventLayout} asks it where a label fits. Rows only fill up during a layout pass, which is
 * what lets it remember where nothing fits.
 */
final class LaneRows {

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

        /** Where the span covering {@code x} ends, or NaN when none covers it. */
        double coveredUntil(double x) {
            int i = floor(x);
            return i >= 0 && to[i] > x ? to[i] : Double.NaN;
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
                from = Arrays.copyOf(from, size * 2);
                to = Arrays.copyOf(to, size * 2);
            }
            System.arraycopy(from, at, from, at + 1, size - at);
            System.arraycopy(to, at, to, at + 1, size - at);
            from[at] = start;
            to[at] = end;
            size++;
        }
    }

    /** The classes of span length a lane remembers misses for: each half as long again as the last. */
    private static final double[] TIGHT_LENGTHS = {32, 48, 72, 108, 162, 243, 364, 547, 820};

    private final Row[] rows;
    /** Every row is taken over [fullFrom, fullUntil): learnt once, true for the rest of the pass. */
    private double fullFrom = Double.NaN;
    private double fullUntil = Double.NaN;
    /** For each class b, no row has a free stretch of TIGHT_LENGTHS[b] starting in [tightFrom, tightUntil) (see {@link #freeRow}). */
    private final double[] tightFrom = new double[TIGHT_LENGTHS.length];
    private final double[] tightUntil = new double[TIGHT_LENGTHS.length];

    LaneRows(int rowCount) {
        Arrays.fill(tightFrom, Double.NaN);
        Arrays.fill(tightUntil, Double.NaN);
        rows = new Row[Math.max(1, rowCount)];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new Row();
        }
    }

    /** Whether some row is free at {@code x}. */
    boolean anyRowFreeAt(double x) {
        if (x >= fullFrom && x < fullUntil) {
            return false;
        }
        double until = Double.POSITIVE_INFINITY;
        for (Row row : rows) {
            double end = row.coveredUntil(x);
            if (Double.isNaN(end)) {
                return true;
            }
            until = Math.min(until, end);
        }
        fullFrom = x; // rows only fill up: all stay taken from here to the first end
        fullUntil = until;
        return false;
    }

    /**
     * The first row where [{@code from}, {@code to}) is free, or -1. A miss is remembered for
     * a class of lengths: no row has a free stretch of {@link #TIGHT_LENGTHS}[b] starting
     * anywhere from {@code from} to where the first row's next taken span ends, and rows only
     * fill up, so a label at least that long starting in that stretch is turned away at once.
     * In a crowded view most labels in view are turned away, and this is what makes each of
     * them cost a comparison, not a search of every row.
     */
    int freeRow(double from, double to) {
        double length = to - from;
        int b = TIGHT_LENGTHS.length - 1;
        while (b >= 0 && TIGHT_LENGTHS[b] > length) {
            b--;
        }
        if (b >= 0 && from >= tightFrom[b] && from < tightUntil[b]) {
            return -1;
        }
        double until = Double.POSITIVE_INFINITY;
        boolean tight = b >= 0;
        for (int r = 0; r < rows.length; r++) {
            Row row = rows[r];
            int i = row.floor(from);
            if (i >= 0 && row.to[i] > from) {
                until = Math.min(until, row.to[i]); // taken here: no stretch starts in it
                continue;
            }
            if (i + 1 >= row.size || row.from[i + 1] >= to) {
                return r;
            }
            if (b >= 0 && row.from[i + 1] - from < TIGHT_LENGTHS[b]) {
                // the gap from here to the next span is too short, and shorter further on
                until = Math.min(until, row.to[i + 1]);
            } else {
                tight = false; // this gap is too short for this label, not for its class
            }
        }
        if (tight) {
            tightFrom[b] = from;
            tightUntil[b] = until;
        }
        return -1;
    }

    /** Takes [{@code from}, {@code to}) in row {@code row}. */
    void take(int row, double from, double to) {
        rows[row].take(from, to);
    }
}
