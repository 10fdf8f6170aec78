package org.timelineviewer.model;

/**
 * Sorts event positions by start day, then end day, then id ({@link Timeline#CHRONOLOGICAL}),
 * from arrays of those keys, stably (events alike in all three keep the order they were given).
 *
 * <p>Each event's start day, rounded to a {@code float} (which never reverses an order, only
 * makes near days equal), is packed with its position into one {@code long}, and the longs are
 * sorted as primitives: one cache-friendly sort instead of a comparison sort that looks up two
 * days per comparison. Only within the runs of events whose rounded start days are equal (in a
 * file of dates, the events of one day) are the exact days and then the ids compared.
 */
final class EventSort {

    /** Runs up to this long are put in order by insertion, longer ones by merging. */
    private static final int SHORT_RUN = 8;

    private final double[] starts;
    private final double[] ends;
    private final String[] ids;

    EventSort(double[] starts, double[] ends, String[] ids) {
        this.starts = starts;
        this.ends = ends;
        this.ids = ids;
    }

    /** The positions in chronological order, or null when the events already are in it (one pass tells). */
    int[] order() {
        int n = starts.length;
        boolean inOrder = true;
        for (int i = 1; i < n && inOrder; i++) {
            inOrder = compare(i - 1, i) <= 0;
        }
        return inOrder ? null : sorted();
    }

    /** The positions in chronological order. */
    int[] sorted() {
        int n = starts.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (long) orderedBits((float) starts[i]) << 32 | i;
        }
        java.util.Arrays.sort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
        for (int lo = 0; lo < n; ) {
            long day = keys[lo] >> 32;
            int hi = lo + 1;
            while (hi < n && keys[hi] >> 32 == day) {
                hi++;
            }
            if (hi - lo > 1) {
                exactly(order, lo, hi);
            }
            lo = hi;
        }
        return order;
    }

    /** The bits of {@code f} as an {@code int} that orders as {@link Float#compare} does. */
    private static int orderedBits(float f) {
        int bits = Float.floatToIntBits(f);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    /**
     * Sorts {@code order[lo..hi)}, positions in the order given, by the exact days and the ids,
     * stably.
     */
    private void exactly(int[] order, int lo, int hi) {
        if (hi - lo <= SHORT_RUN) {
            for (int i = lo + 1; i < hi; i++) { // insertion sort: stable, and quick on short runs
                int moving = order[i];
                int j = i - 1;
                while (j >= lo && compare(order[j], moving) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = moving;
            }
            return;
        }
        int[] run = java.util.Arrays.copyOfRange(order, lo, hi);
        int[] sorted = mergeSort(run, new int[run.length], this::compare);
        System.arraycopy(sorted, 0, order, lo, sorted.length);
    }

    private interface PositionOrder {
        int compare(int a, int b);
    }

    /** Sorts the positions in {@code from} stably (bottom-up merges between it and {@code to}); returns the sorted one. */
    private static int[] mergeSort(int[] from, int[] to, PositionOrder order) {
        int n = from.length;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                merge(from, to, lo, Math.min(lo + width, n), Math.min(lo + 2 * width, n), order);
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }

    private static void merge(int[] from, int[] to, int lo, int mid, int hi, PositionOrder order) {
        int a = lo;
        int b = mid;
        for (int k = lo; k < hi; k++) {
            if (b >= hi || (a < mid && order.compare(from[a], from[b]) <= 0)) {
                to[k] = from[a++];
            } else {
                to[k] = from[b++];
            }
        }
    }

    private int compare(int a, int b) {
        int byStart = Double.compare(starts[a], starts[b]);
        if (byStart != 0) {
            return byStart;
        }
        int byEnd = Double.compare(ends[a], ends[b]);
        return byEnd != 0 ? byEnd : ids[a].compareTo(ids[b]);
    }
}
