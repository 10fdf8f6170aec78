package org.timelineviewer.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.timelineviewer.model.Quote;

/**
 * Reads a {@link TimelineDocument} straight from Jackson's streaming parser: no tree of the whole
 * file is built, so reading takes about the memory of the records themselves. Unknown fields and
 * values of the wrong JSON type are reported (every one, at its line and column) and left out, so
 * that the validator still sees everything else.
 *
 * <p>The expected shape is read from the record components themselves, so the format's fields
 * are defined in one place ({@link TimelineDocument}).
 */
final class DocumentReader {

    /** Each record type's fields and constructor, looked up once. */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private final JsonParser parser;
    private final List<TimelineValidator.Finding> findings = new ArrayList<>();
    private final FindingCap cap = new FindingCap();
    /** Short texts met before (dates, categories, statuses repeat from entry to entry): one copy each. */
    private final SharedTexts shared = new SharedTexts();
    /** True while the value being read is an entry's own text ({@link #OWN_FIELDS}): never shared. */
    private boolean own;
    private final Set<String> misspelled = new HashSet<>();
    /** The path to the value being read: a field name a level, or an index where the name is null. */
    private final String[] names = new String[JsonTrouble.MAX_DEPTH + 2];
    private final int[] indices = new int[JsonTrouble.MAX_DEPTH + 2];
    private int depth;
    /**
     * For each record shape (by {@link Shape#number}), the name met as each object's k-th field
     * the last time, and its component: entries of a file give their fields in one order, and the
     * parser gives each name as one String, so a field is found by comparing references, not by
     * hashing its name. -1 for a name the shape does not have.
     */
    private String[][] lastNames = new String[8][];
    private int[][] lastIndices = new int[8][];

    DocumentReader(JsonParser parser) {
        this.parser = parser;
    }

    /** Problems of shape found while reading, each at its line and column. */
    List<TimelineValidator.Finding> findings() {
        return findings;
    }

    /** Fields whose texts, and all beneath them, are each entry's own: looking them up among the shared ones only costs. */
    private static final Set<String> OWN_FIELDS = Set.of("id", "title", "summary", "description");

    /** How many findings of each kind were counted but not kept ({@link FindingCap}). */
    java.util.Map<String, Integer> dropped() {
        return cap.dropped();
    }

    /** Pointers of fields that are missing only because they were misspelled (already reported). */
    Set<String> misspelled() {
        return misspelled;
    }

    /**
     * The document, or null when the file holds no object (reported). Syntax errors and the
     * parser's limits throw, as Jackson found them.
     */
    TimelineDocument read() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return null;
        }
        if (first != JsonToken.START_OBJECT) {
            report("expected a timeline object { … }, found " + describe(first), parser.currentTokenLocation());
            parser.skipChildren();
            return null;
        }
        TimelineDocument document = (TimelineDocument) record(TimelineDocument.class);
        if (parser.nextToken() != null) {
            report("the timeline object ends before the file does; expected nothing after its closing }",
                    parser.currentTokenLocation());
        }
        return document;
    }

    /** The value at the current token if it has {@code type}; null (reported) otherwise. */
    private Object value(Type type) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        // Texts first: most values are. (Class.isRecord() is a native call: not asked per value.)
        if (raw == String.class) {
            return token == JsonToken.VALUE_STRING ? (own ? parser.getText() : shared.of(parser))
                    : wrong("text in quotes");
        }
        if (raw == List.class) {
            return token == JsonToken.START_ARRAY ? list(((ParameterizedType) type).getActualTypeArguments()[0])
                    : wrong("a list [ … ]");
        }
        if (Record.class.isAssignableFrom(raw)) {
            return token == JsonToken.START_OBJECT ? record(raw) : wrong("an object { … }");
        }
        if (raw == Map.class) {
            return token == JsonToken.START_OBJECT ? texts() : wrongTexts("format.problem.texts.notObject");
        }
        if (raw == Integer.class) {
            return token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT
                    ? Integer.valueOf(parser.getIntValue()) : wrong("a whole number");
        }
        if (raw == Boolean.class) {
            return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE
                    ? Boolean.valueOf(token == JsonToken.VALUE_TRUE) : wrong("true or false");
        }
        if (raw == BigDecimal.class) {
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                    ? parser.getDecimalValue() : wrong("a number");
        }
        throw new IllegalStateException("no structure rule for " + type);
    }

    private List<Object> list(Type element) throws IOException {
        List<Object> out = new ArrayList<>();
        int index = 0;
        depth++;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            names[depth] = null;
            indices[depth] = index++;
            out.add(value(element)); // a wrong entry stays as null, so that indices keep their meaning
        }
        depth--;
        return out;
    }

    /** An object of texts by name ({@code {"en": "…"}}): the names are checked by the validator. */
    private Map<String, String> texts() throws IOException {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        depth++;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            names[depth] = parser.currentName();
            if (out.containsKey(names[depth])) {
                parser.nextToken();
                givenTwice(names[depth]);
            } else if (parser.nextToken() == JsonToken.VALUE_STRING) {
                out.put(names[depth], parser.getText());
            } else {
                wrongTexts("format.problem.texts.notText");
            }
        }
        depth--;
        return out;
    }

    /** Reports a value that should be an object of texts, or a text in one, and skips it. */
    private Object wrongTexts(String key) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        JsonToken token = parser.currentToken();
        String found = switch (token) {
            case START_OBJECT -> "{ … }";
            case START_ARRAY -> "[ … ]";
            case VALUE_STRING -> Quote.of(parser.getText());
            default -> Quote.printable(parser.getText(), 40);
        };
        parser.skipChildren();
        String pointer = pointer();
        if (cap.keep(pointer)) {
            findings.add(TimelineValidator.Finding.keyed(pointer, at == null ? 0 : Math.max(at.getLineNr(), 0),
                    at == null ? 0 : Math.max(at.getColumnNr(), 0), key, found));
        }
        return null;
    }

    private Object record(Class<?> type) throws IOException {
        Shape shape = SHAPES.get(type);
        Object[] values = new Object[shape.components.length];
        boolean[] present = new boolean[values.length];
        List<String> guesses = null;
        depth++;
        String[] seenNames = lastNamesOf(shape);
        int[] seenIndices = lastIndices[shape.number];
        int k = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            int index;
            if (k < seenNames.length && seenNames[k] == name) {
                index = seenIndices[k];
            } else {
                Integer known = shape.index.get(name);
                index = known == null ? -1 : known;
                if (k < seenNames.length) {
                    seenNames[k] = name;
                    seenIndices[k] = index;
                }
            }
            k++;
            names[depth] = name;
            if (index < 0) {
                String guess = Suggestions.closest(name, shape.index.keySet());
                report("unknown field " + Quote.of(name)
                        + (guess != null ? "; did you mean '" + guess + "'?" : "; expected one of " + shape.names)
                        + " (see docs/timeline-format.md)", parser.currentTokenLocation());
                if (guess != null) {
                    guesses = guesses == null ? new ArrayList<>() : guesses;
                    guesses.add(guess);
                }
                parser.skipChildren();
            } else if (present[index]) {
                givenTwice(name);
            } else {
                boolean outer = own;
                own = outer || shape.own[index];
                values[index] = value(shape.types[index]);
                own = outer;
                present[index] = true;
            }
        }
        depth--;
        if (guesses != null) {
            String here = pointer();
            for (String guess : guesses) {
                if (!present[shape.index.get(guess)]) {
                    misspelled.add(here + "/" + StructurePointers.escape(guess));
                }
            }
        }
        return shape.create(values);
    }

    /** The names {@code shape}'s objects gave last, by position (made on first use). */
    private String[] lastNamesOf(Shape shape) {
        int n = shape.number;
        if (n >= lastNames.length) {
            lastNames = java.util.Arrays.copyOf(lastNames, n * 2 + 1);
            lastIndices = java.util.Arrays.copyOf(lastIndices, n * 2 + 1);
        }
        if (lastNames[n] == null) {
            lastNames[n] = new String[shape.components.length * 2];
            lastIndices[n] = new int[shape.components.length * 2];
        }
        return lastNames[n];
    }

    /**
     * Reports the value at the current token, of a field {@code name} that this object already
     * gave, and skips it (the first is kept for the checks that follow). The reader finds these
     * itself: Jackson's duplicate detection keeps a set of every object's names, which cost a
     * large file a tenth of its reading, and stops at the first.
     */
    private void givenTwice(String name) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        parser.skipChildren();
        report("the field " + Quote.of(name) + " is given twice in this object; give it once", at);
    }

    /** Reports the value at the current token as not of the expected kind, and skips it. */
    private Object wrong(String expected) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        String found = describe(parser.currentToken());
        parser.skipChildren();
        report("expected " + expected + ", found " + found, at);
        return null;
    }

    private String describe(JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text " + Quote.of(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + Quote.printable(parser.getText(), 40);
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            default -> "null";
        };
    }

    private String pointer() {
        StringBuilder sb = new StringBuilder();
        for (int level = 1; level <= depth; level++) {
            sb.append('/');
            if (names[level] != null) {
                sb.append(StructurePointers.escape(names[level]));
            } else {
                sb.append(indices[level]);
            }
        }
        return sb.toString();
    }

    private void report(String message, JsonLocation at) {
        String pointer = pointer();
        if (cap.keep(pointer)) {
            findings.add(new TimelineValidator.Finding(pointer, message,
                    at == null ? 0 : Math.max(at.getLineNr(), 0), at == null ? 0 : Math.max(at.getColumnNr(), 0)));
        }
    }

    /** A record type's components by name, their generic types, and its canonical constructor. */
    private record Shape(int number, RecordComponent[] components, Map<String, Integer> index, Type[] types,
                         boolean[] own, TreeSet<String> names, Constructor<?> constructor) {

        /** Numbers the shapes, for a reader's arrays of what each shape's objects gave last. */
        private static final java.util.concurrent.atomic.AtomicInteger NUMBERS = new java.util.concurrent.atomic.AtomicInteger();

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Map<String, Integer> index = new HashMap<>();
            Type[] types = new Type[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            boolean[] own = new boolean[components.length];
            for (int i = 0; i < components.length; i++) {
                index.put(components[i].getName(), i);
                own[i] = OWN_FIELDS.contains(components[i].getName());
                types[i] = components[i].getGenericType();
                raw[i] = components[i].getType();
            }
            try {
                return new Shape(NUMBERS.getAndIncrement(), components, Map.copyOf(index), types, own, new TreeSet<>(index.keySet()),
                        type.getDeclaredConstructor(raw));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }

        Object create(Object[] values) {
            try {
                return constructor.newInstance(values);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot make " + constructor.getDeclaringClass().getSimpleName(), e);
            }
        }
    }
}
