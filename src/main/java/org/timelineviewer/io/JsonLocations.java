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

    /** Indexes {@code json}; a document that does not parse yields the locations read before the error. */
    static JsonLocations index(JsonFactory factory, String json) {
        Map<String, JsonLocation> map = new HashMap<>();
        try (JsonParser p = factory.createParser(json)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    continue;
                }
                String pointer = token.isStructStart()
                        ? p.getParsingContext().getParent().pathAsPointer().toString()
                        : p.getParsingContext().pathAsPointer().toString();
                map.putIfAbsent(pointer, p.currentTokenLocation());
            }
        } catch (IOException ignored) {
            // Syntax errors are reported by the databinding pass, with their own location.
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
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
