package org.timelineviewer.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a parsed JSON tree against the shape of {@link TimelineDocument} before databinding:
 * unknown fields and values of the wrong JSON type are reported (every one, with its pointer) and
 * removed, so that databinding cannot fail and the validator still sees everything else.
 *
 * <p>The expected shape is read from the record components themselves, so the format's fields
 * are defined in one place.
 */
final class StructureCheck {

    private final List<TimelineValidator.Finding> findings = new ArrayList<>();
    private final java.util.Set<String> misspelled = new java.util.HashSet<>();

    /** Pointers of fields that are missing only because they were misspelled (already reported). */
    java.util.Set<String> misspelled() {
        return misspelled;
    }

    List<TimelineValidator.Finding> findings() {
        return findings;
    }

    /** Checks {@code root} in place; returns it with every offending value removed. */
    JsonNode check(JsonNode root) {
        if (!root.isObject()) {
            report("", "expected a timeline object { … }, found " + describe(root));
            return NullNode.getInstance();
        }
        return value(root, TimelineDocument.class, "");
    }

    /** The value if it has the expected type (cleaned), or null after reporting it. */
    private JsonNode value(JsonNode node, Type type, String pointer) {
        if (node.isNull()) {
            return node;
        }
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            return node.isObject() ? record((ObjectNode) node, raw, pointer) : wrong(node, pointer, "an object { … }");
        }
        if (raw == List.class) {
            if (!node.isArray()) {
                return wrong(node, pointer, "a list [ … ]");
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                JsonNode cleaned = value(array.get(i), element, pointer + "/" + i);
                array.set(i, cleaned == null ? NullNode.getInstance() : cleaned);
            }
            return array;
        }
        if (raw == String.class) {
            return node.isTextual() ? node : wrong(node, pointer, "text in quotes");
        }
        if (raw == Integer.class) {
            return node.isIntegralNumber() && node.canConvertToInt() ? node : wrong(node, pointer, "a whole number");
        }
        if (raw == Boolean.class) {
            return node.isBoolean() ? node : wrong(node, pointer, "true or false");
        }
        if (raw == BigDecimal.class) {
            return node.isNumber() ? node : wrong(node, pointer, "a number");
        }
        throw new IllegalStateException("no structure rule for " + type);
    }

    private JsonNode record(ObjectNode object, Class<?> recordType, String pointer) {
        Map<String, RecordComponent> components = new java.util.HashMap<>();
        for (RecordComponent c : recordType.getRecordComponents()) {
            components.put(c.getName(), c);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String at = pointer + "/" + escape(field.getKey());
            RecordComponent component = components.get(field.getKey());
            if (component == null) {
                String guess = Suggestions.closest(field.getKey(), components.keySet());
                report(at, "unknown field '" + field.getKey() + "'"
                        + (guess != null ? "; did you mean '" + guess + "'?" : "; expected one of "
                        + new java.util.TreeSet<>(components.keySet())) + " (see docs/timeline-format.md)");
                if (guess != null && !object.has(guess)) {
                    misspelled.add(pointer + "/" + escape(guess));
                }
                fields.remove();
                continue;
            }
            JsonNode cleaned = value(field.getValue(), component.getGenericType(), at);
            if (cleaned == null) {
                fields.remove();
            } else {
                field.setValue(cleaned);
            }
        }
        return object;
    }

    private JsonNode wrong(JsonNode node, String pointer, String expected) {
        report(pointer, "expected " + expected + ", found " + describe(node));
        return null;
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case STRING -> "text \"" + node.asText() + "\"";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> node.asText();
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    /** JSON pointer escaping (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private void report(String pointer, String message) {
        findings.add(new TimelineValidator.Finding(pointer, message));
    }
}
