package org.timelineviewer.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
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
    /** At most this many problems are listed; the rest are counted. */
    public static final int MAX_PROBLEMS_SHOWN = 200;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
        // Parse text, not bytes, so that columns count characters as an editor does.
        String json = new String(bytes, StandardCharsets.UTF_8);
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new TimelineLoadException(name, List.of(syntaxProblem(e)));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new TimelineLoadException(name, List.of(new Problem("", 1, 1, "the file is empty; expected a timeline object")));
        }
        StructureCheck structure = new StructureCheck();
        JsonNode clean = structure.check(tree);
        List<TimelineValidator.Finding> findings = new ArrayList<>(structure.findings());
        Timeline timeline = null;
        if (clean.isObject()) {
            TimelineValidator validator = new TimelineValidator();
            try {
                timeline = validator.validate(mapper.treeToValue(clean, TimelineDocument.class));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                findings.add(new TimelineValidator.Finding("", "cannot be read: " + e.getMessage()));
            }
            // A value removed for its type, or missing because it was misspelled, is reported once.
            for (TimelineValidator.Finding f : validator.findings()) {
                if (findings.stream().noneMatch(s -> s.pointer().equals(f.pointer()))
                        && !structure.misspelled().contains(f.pointer())) {
                    findings.add(f);
                }
            }
        }
        if (findings.isEmpty() && timeline != null) {
            return timeline;
        }
        JsonLocations locations = JsonLocations.index(mapper.getFactory(), json);
        List<Problem> problems = new ArrayList<>();
        for (TimelineValidator.Finding f : findings) {
            problems.add(at(f.pointer(), locations.locate(f.pointer()), whose(tree, f.pointer()) + f.message()));
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        throw new TimelineLoadException(name, problems);
    }

    private static final java.util.regex.Pattern ENTRY =
            java.util.regex.Pattern.compile("^/(events|categories|eras|sources|stories)/(\\d+)(/|$)");

    /** "event 'ceo-change': " for a pointer inside an entry that has an id, so people need not count. */
    private static String whose(JsonNode tree, String pointer) {
        java.util.regex.Matcher m = ENTRY.matcher(pointer);
        if (!m.find()) {
            return "";
        }
        JsonNode id = tree.path(m.group(1)).path(Integer.parseInt(m.group(2))).path("id");
        String kind = switch (m.group(1)) {
            case "categories" -> "category";
            case "stories" -> "story";
            default -> m.group(1).substring(0, m.group(1).length() - 1);
        };
        return id.isTextual() ? kind + " '" + id.asText() + "': " : "";
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

}
