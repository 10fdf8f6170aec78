package org.timelineviewer.io;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax errors in the words of someone editing a file: what was found where, and what
 * JSON allows there, as a message key of ours (so in the user's language), instead of the
 * parser's English ("Unexpected character ('x' (code 120)): was expecting comma to separate
 * Object entries"). What is not recognised here keeps Jackson's wording, cleaned of internals.
 */
final class JsonSyntax {

    private static final Pattern CHARACTER = Pattern.compile("\\('(.{1,2})' \\(code (\\d+)\\)\\)|\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']*)'");
    private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': expected '(.)'");
    /** Jackson's phrases of what it expected, and ours. */
    private static final String[][] EXPECTED = {
            {"expected a valid value", "json.problem.expected.value"},
            {"comma to separate Object entries", "json.problem.expected.objectComma"},
            {"comma to separate Array entries", "json.problem.expected.arrayComma"},
            {"double-quote to start field name", "json.problem.expected.name"},
            {"colon to separate field name and value", "json.problem.expected.colon"},
    };

    private JsonSyntax() {
    }

    /** The problem Jackson's {@code message} describes, at the given place, if it is one we know. */
    static Optional<Problem> of(String message, String pointer, int line, int column) {
        Matcher close = CLOSE.matcher(message);
        if (close.find()) {
            return Optional.of(Problem.keyed(pointer, line, column, "json.problem.closeMarker", close.group(1), close.group(2)));
        }
        Matcher token = TOKEN.matcher(message);
        if (token.find()) {
            return Optional.of(Problem.keyed(pointer, line, column, "json.problem.word",
                    org.timelineviewer.model.Quote.of(token.group(1))));
        }
        Matcher character = CHARACTER.matcher(message);
        if (!character.find()) {
            return Optional.empty();
        }
        String found = found(character);
        if (message.startsWith("Illegal unquoted character")) {
            return Optional.of(Problem.keyed(pointer, line, column, "json.problem.controlInText", found));
        }
        if (message.startsWith("Unrecognized character escape")) {
            return Optional.of(Problem.keyed(pointer, line, column, "json.problem.escape", found));
        }
        if (message.startsWith("Illegal character")) {
            return Optional.of(Problem.keyed(pointer, line, column, "json.problem.controlCharacter", found));
        }
        if (message.startsWith("Unexpected character")) {
            for (String[] expected : EXPECTED) {
                if (message.contains(expected[0])) {
                    return Optional.of(Problem.keyed(pointer, line, column, expected[1], found));
                }
            }
        }
        return Optional.empty();
    }

    /** The character found, as a person can read it: {@code 'x'}, or its code when it shows nothing. */
    private static String found(Matcher m) {
        if (m.group(3) != null) {
            return "U+" + String.format("%04X", Integer.parseInt(m.group(3)));
        }
        int code = Integer.parseInt(m.group(2));
        return code < 0x20 || code == 0x7F || (code >= 0x80 && code < 0xA0) || Character.isWhitespace(code)
                ? "U+" + String.format("%04X", code) : "'" + new String(Character.toChars(code)) + "'";
    }
}
