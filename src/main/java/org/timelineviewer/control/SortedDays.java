package org.timelineviewer.control;

/** Searches by halves in arrays of days kept in ascending order. */
final class SortedDays {

    private SortedDays() {
    }

    /** How many of {@code sorted} are at or before {@code day}. */
    static int countAtMost(double[] sorted, double day) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
