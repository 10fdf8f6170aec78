package org.timelineviewer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON document starts, by JSON pointer, so that problems found after
 * databinding can still name a line and column.
 */
final class JsonLocations {

    private final Map<String, JsonLocation> byPointer;

    private JsonLocations(Map<String, JsonLocation> byPointer) {
        this.byPointer = byPointer;
    }

    /**
     * Indexes where the values at {@code pointers} (and their parents) start in {@code json}; a
     * document that does not parse yields the locations read before the error. Only those are
     * kept: the index of a large file stays as small as the list of its problems.
     */
    static JsonLocations index(JsonFactory factory, String json, java.util.Collection<String> pointers) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        for (String pointer : pointers) {
            for (String p = pointer; wanted.add(p) && !p.isEmpty(); p = p.substring(0, Math.max(p.lastIndexOf('/'), 0))) {
                // the pointer and each of its ancestors, for locate()'s fallback
            }
        }
        Map<String, JsonLocation> map = new HashMap<>();
        if (pointers.isEmpty()) {
            return new JsonLocations(map);
        }
        try (JsonParser p = factory.createParser(json)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                String pointer = token.isStructStart()
                        ? p.getParsingContext().getParent().pathAsPointer().toString()
                        : p.getParsingContext().pathAsPointer().toString();
                if (wanted.contains(pointer)) {
                    map.putIfAbsent(pointer, p.currentTokenLocation());
                } else if (token.isStructStart()) {
                    p.skipChildren(); // no wanted value inside: not walked
                }
            }
        } catch (IOException ignored) {
            // Syntax errors are reported by the reading pass, with their own location.
        }
        return new JsonLocations(map);
    }

    /** The location of {@code pointer}, or of its nearest ancestor that exists in the file. */
    JsonLocation locate(String pointer) {
        String p = pointer;
        while (true) {
            JsonLocation location = byPointer.get(p);
            if (location != null || p.isEmpty()) {
                return location;
            }
            p = p.substring(0, Math.max(p.lastIndexOf('/'), 0));
        }
    }
}
