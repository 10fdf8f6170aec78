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
        /**
         * The last answer of {@link #floor}. A pass asks in start order, so the next answer is
         * mostly this one or the next: two comparisons instead of a search.
         */
        private int hint = -1;

        /** Index of the last span starting at or before {@code x}, or -1. */
        private int floor(double x) {
            int h = hint;
            if (h < 0 || from[h] <= x) {
                if (h + 1 >= size || from[h + 1] > x) {
                    return h;
                }
                if (h + 2 >= size || from[h + 2] > x) {
                    hint = h + 1;
                    return h + 1;
                }
            }
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
            hint = hi;
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

        /**
         * Where this row could first hold a free stretch of {@code length} at or after {@code x}
         * ({@code i} is {@link #floor}{@code (x)}): past the span taking {@code x}, and past each
         * following gap too short, up to {@link #WALK} spans on.
         */
        double noStretchUntil(int i, double x, double length) {
            double p = i >= 0 && to[i] > x ? to[i] : x;
            for (int k = 0; k < WALK && i + 1 < size; k++) {
                if (from[i + 1] - p >= length) {
                    return p;
                }
                i++;
                p = to[i];
            }
            return p; // after the last span (free for good), or as far as the walk went
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
            hint = at; // the next label asks from here on
        }
    }

    /** How many spans of a row a miss looks along for where the row could next hold a label. */
    private static final int WALK = 32;

    /**
     * The classes of span length a lane remembers misses for, each a tenth longer than the last:
     * a miss stands for the labels of its class, and leftover gaps in a full row are often just
     * short of the labels that were turned away from them, so the classes are fine (at half as
     * long again, a crowded view's misses were remembered four times less often).
     */
    private static final double[] TIGHT_LENGTHS = tightLengths(24, 1200, 1.1);
    /**
     * For each whole length, the longest class no longer than it, or -1: the classes are whole
     * lengths, so a label's class is its length's whole part looked up here. A crowded pass asks
     * for every event in view, and a search of the classes each time was a fifth of its work.
     */
    private static final byte[] CLASS_OF_LENGTH = classOfLength();

    private static double[] tightLengths(double shortest, double longest, double step) {
        int n = (int) Math.ceil(Math.log(longest / shortest) / Math.log(step)) + 1;
        double[] lengths = new double[n];
        for (int i = 0; i < n; i++) {
            lengths[i] = Math.floor(shortest * Math.pow(step, i));
        }
        return lengths;
    }

    private static byte[] classOfLength() {
        byte[] classes = new byte[(int) TIGHT_LENGTHS[TIGHT_LENGTHS.length - 1] + 1];
        for (int length = 0; length < classes.length; length++) {
            classes[length] = (byte) (SortedDays.countAtMost(TIGHT_LENGTHS, length) - 1);
        }
        return classes;
    }

    /** The longest class no longer than {@code length}, or -1 when it is shorter than all. */
    static int classOf(double length) {
        if (!(length >= 0)) {
            return -1;
        }
        return length >= CLASS_OF_LENGTH.length ? TIGHT_LENGTHS.length - 1 : CLASS_OF_LENGTH[(int) length];
    }

    /** The shortest length of class {@code b} (for tests). */
    static double classLength(int b) {
        return TIGHT_LENGTHS[b];
    }

    static int classCount() {
        return TIGHT_LENGTHS.length;
    }

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

    /**
     * Where every row is known to stay taken until, from {@code x} on: the end of what
     * {@link #anyRowFreeAt} last learnt when {@code x} is in it, or NaN. Rows only fill up, so
     * no label starting before that fits.
     */
    double takenUntil(double x) {
        return x >= fullFrom && x < fullUntil ? fullUntil : Double.NaN;
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
     * anywhere from {@code from} to where the first row could next hold one (each row looked along
     * past its gaps too short for it), and rows only fill up, so a label at least that long
     * starting in that stretch is turned away at once. In a crowded view most labels in view are
     * turned away, and this is what makes each of them cost a comparison, not a search of every row.
     */
    int freeRow(double from, double to) {
        double length = to - from;
        int b = classOf(length);
        if (b >= 0 && from >= tightFrom[b] && from < tightUntil[b]) {
            return -1;
        }
        double until = b >= 0 ? Double.POSITIVE_INFINITY : from;
        for (int r = 0; r < rows.length; r++) {
            Row row = rows[r];
            int i = row.floor(from);
            boolean taken = i >= 0 && row.to[i] > from;
            if (!taken && (i + 1 >= row.size || row.from[i + 1] >= to)) {
                return r;
            }
            if (until > from) {
                until = Math.min(until, row.noStretchUntil(i, from, TIGHT_LENGTHS[b]));
            }
        }
        if (until > from) {
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
