package org.timelineviewer.i18n;

/**
 * Quotation marks around a quoted passage, added only where the passage has none of its own: a
 * source's text often begins with the quoted words already in marks ("“过去22个月…”…"), and marks
 * added around those would double them (“““过去22个月…).
 */
public final class QuotationMarks {

    /** The marks a passage may begin or end with: curly, straight, corner brackets (Chinese), single. */
    static final String MARKS = "“”\"「」『』‘’";

    private QuotationMarks() {
    }

    /**
     * {@code text} between “ and ”, unless it already begins or ends with a quotation mark
     * (leading and trailing spaces aside): then as it is.
     */
    public static String around(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return text;
        }
        if (isMark(trimmed.charAt(0)) || isMark(trimmed.charAt(trimmed.length() - 1))) {
            return text;
        }
        return "“" + text + "”";
    }

    private static boolean isMark(char c) {
        return MARKS.indexOf(c) >= 0;
    }
}
