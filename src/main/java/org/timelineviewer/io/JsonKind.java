package org.timelineviewer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which kind of timeline a JSON text is, found by streaming over it (no tree is built): this
 * app's own ({@code "format"}), TimelineJS3 (slides with a {@code start_date} or a {@code text},
 * or a title slide), TimelineJS2 ({@code "timeline": {"date": …}}), or JSON that is no timeline.
 * A text that does not parse is taken for this app's own, whose reader locates the error.
 */
record JsonKind(TimelineFormat format, boolean timelineJs2, List<String> fields) {

    static JsonKind of(JsonFactory factory, String json) {
        try (JsonParser p = factory.createParser(json)) {
            return of(p);
        } catch (IOException e) {
            return own();
        }
    }

    /** The kind of the JSON {@code p} is about to read (it reads as far as it needs to). */
    static JsonKind of(JsonParser p) {
        boolean events = false;
        boolean title = false;
        boolean slides = false;
        boolean timelineJs2 = false;
        List<String> fields = new ArrayList<>();
        try {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return own();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (fields.size() < 8) {
                    fields.add(name);
                }
                JsonToken value = p.nextToken();
                switch (name) {
                    case "format" -> {
                        return own();
                    }
                    case "events" -> {
                        events = true;
                        slides |= value == JsonToken.START_ARRAY && hasSlide(p);
                    }
                    case "title" -> {
                        title = true;
                        slides |= value == JsonToken.START_OBJECT && hasObject(p, "text");
                    }
                    case "timeline" -> timelineJs2 |= value == JsonToken.START_OBJECT && hasField(p, "date");
                    default -> p.skipChildren();
                }
                if (value.isStructStart() && p.currentToken() == value) {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            return own();
        }
        if (timelineJs2) {
            return new JsonKind(TimelineFormat.TIMELINEJS_JSON, true, fields);
        }
        if (slides) {
            return new JsonKind(TimelineFormat.TIMELINEJS_JSON, false, fields);
        }
        return events || title ? own() : new JsonKind(null, false, fields);
    }

    private static JsonKind own() {
        return new JsonKind(TimelineFormat.TIMELINE, false, List.of());
    }

    /** Over an array: true when an element is an object with {@code start_date} or an object {@code text}. */
    private static boolean hasSlide(JsonParser p) throws IOException {
        boolean found = false;
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT || found) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                found |= name.equals("start_date") || (name.equals("text") && value == JsonToken.START_OBJECT);
                p.skipChildren();
            }
        }
        return found;
    }

    /** Over an object: true when it has an object-valued field {@code field}. Leaves the parser at its end. */
    private static boolean hasObject(JsonParser p, String field) throws IOException {
        boolean found = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            found |= p.nextToken() == JsonToken.START_OBJECT && name.equals(field);
            p.skipChildren();
        }
        return found;
    }

    /** Over an object: true when it has a field {@code field}. Leaves the parser at its end. */
    private static boolean hasField(JsonParser p, String field) throws IOException {
        boolean found = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            found |= p.currentName().equals(field);
            p.nextToken();
            p.skipChildren();
        }
        return found;
    }
}
