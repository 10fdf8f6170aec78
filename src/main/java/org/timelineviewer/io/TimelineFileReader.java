package org.timelineviewer.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    private final ObjectMapper mapper = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .streamReadConstraints(JsonTrouble.LIMITS).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Reads and validates the file at {@code path}. */
    public Timeline read(Path path) throws TimelineLoadException {
        return read(path.getFileName().toString(), FileBytes.read(path, TimelineFiles.MAX_FILE_BYTES));
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
        Timeline clean = readIfClean(bytes);
        return clean != null ? clean : readText(name, Utf8Text.decode(name, bytes));
    }

    /**
     * The timeline in {@code bytes} when they hold one without a single problem, read from the
     * bytes themselves; null otherwise, and then {@link #readText} on the decoded text says what
     * the problems are and where.
     *
     * <p>Most files have none, and parsing the bytes spares decoding the whole file into a text
     * first (a quarter of reading a large file, and twice its size in memory). A file with a
     * problem is read again as text, because only the text parser counts columns in characters as
     * an editor does (Jackson's byte parser counts bytes, which Chinese makes three times as many):
     * the reading a broken file costs twice buys every problem the same place either way.
     */
    Timeline readIfClean(byte[] bytes) {
        int start = Utf8Text.bomLength(bytes);
        if (!Utf8Text.isStrictUtf8(bytes, start)) {
            return null; // Jackson's byte parser lets some ill-formed UTF-8 through: the strict decoder says where
        }
        try (JsonParser parser = mapper.createParser(bytes, start, bytes.length - start)) {
            DocumentReader reader = new DocumentReader(parser);
            TimelineDocument document = reader.read();
            if (document == null || !reader.findings().isEmpty() || !reader.dropped().isEmpty()) {
                return null;
            }
            TimelineValidator validator = new TimelineValidator();
            Timeline timeline = validator.validate(document);
            return validator.findings().isEmpty() && validator.dropped().isEmpty() ? timeline : null;
        } catch (IOException e) { // JsonProcessingException too: a syntax error is located from the text
            return null;
        }
    }

    /** Reads and validates a timeline's JSON text: streamed into records, never held as a tree. */
    Timeline readText(String name, String json) throws TimelineLoadException {
        DocumentReader reader;
        TimelineDocument document;
        try (JsonParser parser = mapper.createParser(json)) {
            reader = new DocumentReader(parser);
            document = reader.read();
        } catch (JsonProcessingException e) {
            throw new TimelineLoadException(name, List.of(JsonTrouble.of(e, mapper.getFactory(), json)));
        } catch (IOException e) {
            throw new TimelineLoadException(name, List.of(new Problem("", 0, 0, "cannot be read: " + describe(e))));
        }
        if (document == null && reader.findings().isEmpty()) {
            throw new TimelineLoadException(name, List.of(Problem.keyed("", 1, 1, "json.problem.empty")));
        }
        List<TimelineValidator.Finding> findings = new ArrayList<>(reader.findings());
        java.util.Map<String, Integer> dropped = new java.util.HashMap<>(reader.dropped());
        Timeline timeline = null;
        if (document != null) {
            TimelineValidator validator = new TimelineValidator();
            timeline = validator.validate(document);
            // A value left out for its type, or missing because it was misspelled, is reported once.
            Set<String> reported = new HashSet<>();
            findings.forEach(f -> reported.add(f.pointer()));
            for (TimelineValidator.Finding f : validator.findings()) {
                if (!reported.contains(f.pointer()) && !reader.misspelled().contains(f.pointer())) {
                    findings.add(f);
                }
            }
            validator.dropped().forEach((kind, n) -> dropped.merge(kind, n, Integer::sum));
        }
        if (findings.isEmpty() && dropped.isEmpty() && timeline != null) {
            return timeline;
        }
        throw new TimelineLoadException(name, problems(json, document, findings, dropped));
    }

    /** The findings to list, each at its line and column, with a count of the rest. */
    private List<Problem> problems(String json, TimelineDocument document, List<TimelineValidator.Finding> findings,
                                   java.util.Map<String, Integer> dropped) {
        ProblemLimit limit = new ProblemLimit();
        List<TimelineValidator.Finding> listed = new ArrayList<>();
        List<String> unlocated = new ArrayList<>();
        for (TimelineValidator.Finding f : findings) {
            if (limit.take(f.pointer())) {
                listed.add(f);
                if (f.line() == 0) {
                    unlocated.add(f.pointer());
                }
            }
        }
        // A second pass over the text finds where the validator's problems are: only those are kept.
        JsonLocations locations = JsonLocations.index(mapper.getFactory(), json, unlocated);
        List<Problem> problems = new ArrayList<>();
        for (TimelineValidator.Finding f : listed) {
            String message = EntryNames.whose(document, f.pointer()) + f.message();
            Problem problem = f.line() > 0 ? new Problem(f.pointer(), f.line(), f.column(), message)
                    : at(f.pointer(), locations.locate(f.pointer()), message);
            problems.add(f.key() == null ? problem
                    : new Problem(problem.pointer(), problem.line(), problem.column(), message, f.key(), f.args()));
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        dropped.forEach(limit::countMore);
        problems.addAll(limit.omitted());
        return problems;
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

}
