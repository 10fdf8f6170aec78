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
        // A wanted value missing from the file is known missing once its parent has ended: the
        // walk stops as soon as every wanted value is found or known missing, which for the first
        // problems of a large file is near its start.
        Map<String, java.util.List<String>> wantedChildren = new HashMap<>();
        for (String w : wanted) {
            if (!w.isEmpty()) {
                wantedChildren.computeIfAbsent(w.substring(0, Math.max(w.lastIndexOf('/'), 0)), k -> new java.util.ArrayList<>()).add(w);
            }
        }
        java.util.Set<String> settled = new java.util.HashSet<>();
        java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>(); // the wanted containers walked into
        try (JsonParser p = factory.createParser(json)) {
            JsonToken token;
            while (settled.size() < wanted.size() && (token = p.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    continue;
                }
                if (token.isStructEnd()) {
                    String ended = open.pop();
                    settleChildren(ended, wantedChildren, settled);
                    continue;
                }
                String pointer = token.isStructStart()
                        ? p.getParsingContext().getParent().pathAsPointer().toString()
                        : p.getParsingContext().pathAsPointer().toString();
                if (wanted.contains(pointer)) {
                    map.putIfAbsent(pointer, p.currentTokenLocation());
                    settled.add(pointer);
                    if (token.isStructStart()) {
                        open.push(pointer);
                    }
                } else if (token.isStructStart()) {
                    p.skipChildren(); // no wanted value inside: not walked
                }
            }
        } catch (IOException ignored) {
            // Syntax errors are reported by the reading pass, with their own location.
        }
        return new JsonLocations(map);
    }

    /** The wanted values under {@code ended}, now found or known missing, and under those the missing ones'. */
    private static void settleChildren(String ended, Map<String, java.util.List<String>> wantedChildren,
                                       java.util.Set<String> settled) {
        for (String child : wantedChildren.getOrDefault(ended, java.util.List.of())) {
            if (settled.add(child)) { // not met: missing, and so is everything wanted under it
                settleChildren(child, wantedChildren, settled);
            }
        }
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
