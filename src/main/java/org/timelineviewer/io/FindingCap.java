package org.timelineviewer.io;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps a checker's memory bounded however broken the file: the first {@value #KEPT} findings of
 * each kind ({@link ProblemLimit#kind}) are kept, the rest only counted. More are kept than
 * {@link ProblemLimit} lists, so that findings dropped as duplicates of another checker's still
 * leave enough to list.
 */
final class FindingCap {

    static final int KEPT = 100;

    private final Map<String, int[]> counts = new LinkedHashMap<>();

    /** True when the finding at {@code pointer} is kept; false when it is only counted. */
    boolean keep(String pointer) {
        int[] count = counts.computeIfAbsent(ProblemLimit.kind(pointer), k -> new int[2]);
        if (count[0] < KEPT) {
            count[0]++;
            return true;
        }
        count[1]++;
        return false;
    }

    /** How many findings of each kind were not kept. */
    Map<String, Integer> dropped() {
        Map<String, Integer> dropped = new LinkedHashMap<>();
        counts.forEach((kind, count) -> {
            if (count[1] > 0) {
                dropped.put(kind, count[1]);
            }
        });
        return dropped;
    }
}
