package org.timelineviewer.export;

import java.nio.file.Path;

/**
 * A path (or an error's reason) as a one-line message may show it: control characters as visible
 * escapes ({@code \n}, {@code \u001B}), so a file name cannot break the line or send escape
 * sequences to a terminal, and one longer than {@value #MAX} characters cut in the middle with
 * "…", keeping its start and its end (the file name).
 */
public final class PathText {

    static final int MAX = 200;

    private PathText() {
    }

    public static String of(Path path) {
        return of(String.valueOf(path));
    }

    public static String of(String text) {
        return escaped(cut(text));
    }

    /** Cut between code points, before escaping, so that neither a character nor an escape is split. */
    private static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= MAX) {
            return text;
        }
        int head = text.offsetByCodePoints(0, MAX / 2);
        int tail = text.offsetByCodePoints(text.length(), -(MAX / 2 - 1));
        return text.substring(0, head) + "…" + text.substring(tail);
    }

    private static String escaped(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                default -> {
                    if (unprintable(c)) {
                        shown.append(String.format("\\u%04X", (int) c));
                    } else {
                        shown.append(c);
                    }
                }
            }
        }
        return shown.toString();
    }

    /** Control characters, the Unicode line breaks and the direction overrides that reorder what follows. */
    private static boolean unprintable(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
