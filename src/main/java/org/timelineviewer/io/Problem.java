package org.timelineviewer.io;

/**
 * One thing wrong with a timeline file: where it is and what was expected.
 *
 * @param pointer JSON pointer to the offending value, e.g. {@code /events/3/date} ({@code ""} for the root)
 * @param line    1-based line in the file, or 0 when unknown
 * @param column  1-based column in the file, or 0 when unknown
 */
public record Problem(String pointer, int line, int column, String message) {

    /** Reads like a compiler message: {@code 12:17 /events/3/date: '2023-02-30' does not exist}. */
    @Override
    public String toString() {
        String where = line > 0 ? line + ":" + column + " " : "";
        return where + (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
