package org.timelineviewer.io;

import java.util.Collection;

/** "Did you mean …?" for names typed slightly wrong: the closest known name, if close enough. */
public final class Suggestions {

    private Suggestions() {
    }

    /** Longer names are not compared: nobody mistypes a name of that length, and comparing costs its square. */
    static final int MAX_COMPARED_LENGTH = 64;

    /** The known name within two edits of {@code typed} (three for long names), or null. */
    public static String closest(String typed, Collection<String> known) {
        if (typed.length() > MAX_COMPARED_LENGTH) {
            return null;
        }
        int allowed = typed.length() > 8 ? 3 : 2;
        String lower = typed.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            if (Math.abs(candidate.length() - typed.length()) > allowed) {
                continue; // more edits apart than allowed, whatever the letters
            }
            int d = distance(lower, candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= allowed && bestDistance < typed.length() ? best : null;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
