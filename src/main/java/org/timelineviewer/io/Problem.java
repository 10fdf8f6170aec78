package org.timelineviewer.io;

import java.util.List;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Quote;

/**
 * One thing wrong with a timeline file: where it is and what was expected.
 *
 * @param pointer where in the file's structure: a JSON pointer ({@code /events/3/date}), a sheet's
 *                column ({@code Year}), or {@code ""} for the file as a whole
 * @param line    1-based line in the file (a sheet's row), or 0 when unknown
 * @param column  1-based column in the file, or 0 when unknown
 * @param message what is wrong, in English (the log's words)
 * @param key     the message key of the same words in the user's language, or null when the
 *                message has none (it is then shown as it is)
 * @param args    the values the keyed message names
 */
public record Problem(String pointer, int line, int column, String message, String key, List<String> args) {

    /** The longest message shown, in characters. */
    static final int MAX_MESSAGE = 1_000;
    /** The longest value a keyed message names. */
    static final int MAX_ARG = 300;

    /** Whatever a file put in a message can neither break its line nor make it endless. */
    public Problem {
        pointer = pointer == null ? "" : Quote.printable(pointer, MAX_ARG);
        message = Quote.printable(String.valueOf(message), MAX_MESSAGE);
        args = args == null ? List.of() : args.stream().map(a -> Quote.printable(String.valueOf(a), MAX_ARG)).toList();
    }

    /** A problem said in English only. */
    public Problem(String pointer, int line, int column, String message) {
        this(pointer, line, column, message, null, List.of());
    }

    /** A problem whose words come from the message bundles (English for {@link #message()}). */
    public static Problem keyed(String pointer, int line, int column, String key, String... args) {
        return new Problem(pointer, line, column, Messages.of(org.timelineviewer.model.Language.EN).format(key, (Object[]) args),
                key, List.of(args));
    }

    /** The same problem at another place (once its line and column are known). */
    public Problem at(int line, int column) {
        return new Problem(pointer, line, column, message, key, args);
    }

    /** What is wrong in {@code messages}' language. */
    public String message(Messages messages) {
        return key == null ? message : messages.format(key, args.toArray());
    }

    /** Reads like a compiler message: {@code 12:17 /events/3/date: '2023-02-30' does not exist}. */
    public String describe(Messages messages) {
        return where() + message(messages);
    }

    @Override
    public String toString() {
        return where() + message;
    }

    private String where() {
        String at = line > 0 ? line + (column > 0 ? ":" + column : "") + " " : "";
        return at + (pointer.isEmpty() ? "" : pointer + ": ");
    }
}
