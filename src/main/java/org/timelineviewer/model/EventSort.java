package org.timelineviewer.model;

/**
 * Sorts event positions by start day, then end day, then id ({@link Timeline#CHRONOLOGICAL}),
 * from arrays of those keys: a merge sort of {@code int}s, stable, that never boxes and reads an
 * id only on a tie of both days.
 */
final class EventSort {

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
        if (inOrder) {
            return null;
        }
        int[] from = new int[n];
        for (int i = 0; i < n; i++) {
            from[i] = i;
        }
        int[] to = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                merge(from, to, lo, Math.min(lo + width, n), Math.min(lo + 2 * width, n));
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }

    private void merge(int[] from, int[] to, int lo, int mid, int hi) {
        int a = lo;
        int b = mid;
        for (int k = lo; k < hi; k++) {
            if (b >= hi || (a < mid && compare(from[a], from[b]) <= 0)) {
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
