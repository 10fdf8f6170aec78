package org.timelineviewer.model;

/**
 * What comes from a file, made safe to show in a one-line message: control characters (a newline,
 * an ANSI escape, a NUL, a bidirectional override) written as visible escapes, and long texts cut
 * with their length said. A file name or a bad value can then neither break a line, nor colour a
 * terminal, nor flood a dialog.
 */
public final class Quote {

    /** How much of a value a message repeats. */
    public static final int VALUE_LENGTH = 60;

    private Quote() {
    }

    /** {@code 'value'}, escaped, cut to {@value #VALUE_LENGTH} characters with the full length said. */
    public static String of(String value) {
        if (value == null) {
            return "null";
        }
        if (value.length() <= VALUE_LENGTH) {
            return "'" + printable(value) + "'";
        }
        return "'" + printable(value.substring(0, VALUE_LENGTH)) + "…' (" + value.length() + " characters)";
    }

    /** {@code text} with control characters escaped, cut to at most {@code max} characters (and "…"). */
    public static String printable(String text, int max) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > max ? text.substring(0, max) : text;
        String shown = printable(cut);
        return cut.length() < text.length() ? shown + "…" : shown;
    }

    /** {@code text} with every control or invisible formatting character written as an escape. */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format("\\u%04X", (int) c);
                });
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional controls. */
    private static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
    }
}
