package org.timelineviewer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jackson says of a file it cannot parse, in plain words and at its place: the limits every
 * JSON file is read within, a file that ends in the middle, and Jackson's other messages without
 * its internals ({@code [Source: REDACTED …]}, the names of its features).
 */
final class JsonTrouble {

    /** How deep a file may nest: a timeline needs five or six levels. */
    static final int MAX_DEPTH = 64;
    /** The longest number read, in digits. */
    static final int MAX_NUMBER_DIGITS = 100;
    /** The longest text read, in characters. */
    static final int MAX_TEXT_CHARACTERS = 10_000_000;
    /** The longest field name read. */
    static final int MAX_NAME_CHARACTERS = 1_000;

    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxNumberLength(MAX_NUMBER_DIGITS)
            .maxStringLength(MAX_TEXT_CHARACTERS)
            .maxNameLength(MAX_NAME_CHARACTERS)
            .build();

    // Both match Jackson's own short messages, never the file's text: no backtracking to fear.
    private static final Pattern LIMIT = Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");
    private static final Pattern FEATURE = Pattern.compile("[:;,]? *(?:enable|disable)? *`[A-Za-z.]*Feature[A-Za-z._]*`[^)]*");

    private JsonTrouble() {
    }

    /** The problem {@code e} stands for in {@code json}, located even when Jackson gave no place. */
    static Problem of(JsonProcessingException e, JsonFactory factory, String json) {
        JsonLocation location = e.getLocation() != null ? e.getLocation() : whereParsingStops(factory, json);
        int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
        int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
        String pointer = e instanceof JsonMappingException m ? pointer(m) : "";
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            Matcher m = LIMIT.matcher(original);
            String found = m.find() ? m.group(1) : "?";
            String key = original.startsWith("Document nesting depth") ? "json.problem.depth"
                    : original.startsWith("Number value length") ? "json.problem.numberLength"
                    : original.startsWith("String value length") ? "json.problem.textLength"
                    : original.startsWith("Name length") ? "json.problem.nameLength"
                    : "json.problem.tooMuch";
            String limit = switch (key) {
                case "json.problem.depth" -> String.valueOf(MAX_DEPTH);
                case "json.problem.numberLength" -> String.valueOf(MAX_NUMBER_DIGITS);
                case "json.problem.textLength" -> String.valueOf(MAX_TEXT_CHARACTERS);
                case "json.problem.nameLength" -> String.valueOf(MAX_NAME_CHARACTERS);
                default -> m.find(0) ? m.group(2) : "?";
            };
            return Problem.keyed(pointer, line, column, key, found, limit);
        }
        if (e instanceof JsonEOFException) {
            return Problem.keyed(pointer, line, column, "json.problem.end");
        }
        return JsonSyntax.of(original, pointer, line, column)
                .orElseGet(() -> new Problem(pointer, line, column, plain(original)));
    }

    /** Jackson's message without its internals. */
    static String plain(String message) {
        String s = SOURCE.matcher(message).replaceAll("line $1, column $2");
        s = FEATURE.matcher(s).replaceAll("");
        return s.replace("start marker at line", "opened at line").strip();
    }

    /** Where a streaming parse of {@code json} stops (for errors Jackson reports without a place). */
    private static JsonLocation whereParsingStops(JsonFactory factory, String json) {
        try (JsonParser p = factory.createParser(json)) {
            try {
                while (p.nextToken() != null) {
                    // read on to the error
                }
            } catch (IOException stopped) {
                return p.currentLocation();
            }
            return p.currentLocation();
        } catch (IOException e) {
            return null;
        }
    }

    private static String pointer(JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : m.getPath()) {
            sb.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return sb.toString();
    }
}
