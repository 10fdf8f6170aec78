package org.timelineviewer.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which problems of a file are listed: the first {@value #PER_KIND} of each kind (the same field
 * of every entry: {@code /events/*}{@code /date}) and {@value #TOTAL} in all; the rest are counted,
 * one line a kind. A file with 200,000 broken entries is then answered in linear time and with a
 * list a person can read.
 */
final class ProblemLimit {

    static final int PER_KIND = 20;
    static final int TOTAL = 200;

    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private int taken;

    /** True when a problem at {@code pointer} is listed; false when it is only counted. */
    boolean take(String pointer) {
        int[] count = counts.computeIfAbsent(kind(pointer), k -> new int[2]);
        if (count[0] < PER_KIND && taken < TOTAL) {
            count[0]++;
            taken++;
            return true;
        }
        count[1]++;
        return false;
    }

    /** Counts {@code more} problems of {@code kind} that are not listed (dropped before they came here). */
    void countMore(String kind, int more) {
        counts.computeIfAbsent(kind, k -> new int[2])[1] += more;
    }

    /** One problem a kind that had problems left unlisted: "… and 199,980 more like it". */
    List<Problem> omitted() {
        List<Problem> more = new ArrayList<>();
        counts.forEach((kind, count) -> {
            if (count[1] > 0) {
                more.add(Problem.keyed(kind, 0, 0, "problem.more", String.valueOf(count[1])));
            }
        });
        return more;
    }

    /** {@code /events/12/date} → {@code /events/*}{@code /date}: indices do not make another kind. */
    static String kind(String pointer) {
        StringBuilder sb = new StringBuilder(pointer.length());
        int i = 0;
        while (i < pointer.length()) {
            char c = pointer.charAt(i);
            if (c >= '0' && c <= '9' && (i == 0 || pointer.charAt(i - 1) == '/')) {
                int j = i;
                while (j < pointer.length() && pointer.charAt(j) >= '0' && pointer.charAt(j) <= '9') {
                    j++;
                }
                if (j == pointer.length() || pointer.charAt(j) == '/') {
                    sb.append('*');
                    i = j;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }
}
