package org.timelineviewer.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.timelineviewer.model.Timeline;

/**
 * Reads timeline files (see {@code docs/timeline-format.md}) into the immutable model.
 *
 * <p>One {@link ObjectMapper}, created once per reader and shared by every read. A file with
 * problems fails with a {@link TimelineLoadException} listing all of them, each with its line,
 * column and JSON pointer.
 */
public final class TimelineFileReader {

    /** The extension of timeline files. */
    public static final String EXTENSION = ".timeline";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Reads and validates the file at {@code path}. */
    public Timeline read(Path path) throws TimelineLoadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new TimelineLoadException(path.toString(),
                    List.of(new Problem("", 0, 0, "cannot read the file: " + describe(e))));
        }
        return read(path.getFileName().toString(), bytes);
    }

    /** Reads and validates a file from a stream (for example a resource in the jar). */
    public Timeline read(String name, InputStream in) throws TimelineLoadException {
        try (in) {
            return read(name, in.readAllBytes());
        } catch (IOException e) {
            throw new TimelineLoadException(name, List.of(new Problem("", 0, 0, "cannot read: " + describe(e))));
        }
    }

    /** Reads and validates the UTF-8 JSON in {@code bytes}; {@code name} is used in messages. */
    public Timeline read(String name, byte[] bytes) throws TimelineLoadException {
        List<Problem> problems = new ArrayList<>();
        TimelineDocument doc;
        try {
            doc = mapper.readerFor(TimelineDocument.class)
                    .withHandler(new UnknownFieldCollector(problems))
                    .readValue(bytes);
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(e));
            throw new TimelineLoadException(name, problems);
        } catch (IOException e) {
            throw new TimelineLoadException(name, List.of(new Problem("", 0, 0, describe(e))));
        }
        TimelineValidator validator = new TimelineValidator();
        Timeline timeline = validator.validate(doc);
        if (!validator.findings().isEmpty()) {
            JsonLocations locations = JsonLocations.index(mapper.getFactory(), bytes);
            for (TimelineValidator.Finding f : validator.findings()) {
                problems.add(at(f.pointer(), locations.locate(f.pointer()), f.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new TimelineLoadException(name, problems);
        }
        return timeline;
    }

    private static Problem syntaxProblem(JsonProcessingException e) {
        String pointer = "";
        if (e instanceof JsonMappingException m) {
            StringBuilder sb = new StringBuilder();
            for (JsonMappingException.Reference ref : m.getPath()) {
                sb.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
            }
            pointer = sb.toString();
        }
        return at(pointer, e.getLocation(), e.getOriginalMessage());
    }

    private static Problem at(String pointer, JsonLocation location, String message) {
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        return new Problem(pointer, Math.max(line, 0), Math.max(column, 0), message);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Reports fields the format does not define (usually a typo) instead of failing at the first. */
    private static final class UnknownFieldCollector extends DeserializationProblemHandler {
        private final List<Problem> problems;

        UnknownFieldCollector(List<Problem> problems) {
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            String pointer = p.getParsingContext().pathAsPointer().toString();
            problems.add(at(pointer, p.currentTokenLocation(),
                    "unknown field '" + propertyName + "'; see docs/timeline-format.md for the fields of this object"));
            p.skipChildren();
            return true;
        }
    }
}
