package org.timelineviewer.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.timelineviewer.model.Timeline;

/**
 * Opens any timeline file the app knows: its own format, TimelineJS3 JSON, a TimelineJS sheet
 * saved as CSV or TSV, or markwhen. The kind is recognised first (by extension, then by content),
 * so that a file of another kind gets one short message saying what it is and what the app can do
 * with it (a TimelineJS2 file, a sheet without the needed columns, JSON that is no timeline) rather
 * than a list of unknown fields. Only regular files of at most {@value #MAX_FILE_MEGABYTES} MB are read.
 */
public final class TimelineFiles {

    /** The largest file read (a million events of this app's format take about 300 MB). */
    public static final int MAX_FILE_MEGABYTES = 512;
    static final long MAX_FILE_BYTES = MAX_FILE_MEGABYTES * 1024L * 1024L;
    /** The extensions the file chooser and the desktop offer, by format. */
    public static final List<String> EXTENSIONS = List.of("timeline", "json", "csv", "tsv", "mw", "markwhen");

    private final TimelineFileReader own;
    private final ObjectMapper json = JsonMapper.builder().build();

    public TimelineFiles(TimelineFileReader own) {
        this.own = own;
    }

    /** Opens the file at {@code path}: a located problem (in the user's language) when it cannot be used. */
    public Opened open(Path path) throws TimelineLoadException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        byte[] bytes;
        try {
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString());
            }
            if (Files.isDirectory(path)) {
                throw failure(path, "import.problem.folder", path.toString());
            }
            if (!Files.isRegularFile(path)) {
                throw failure(path, "import.problem.notAFile", path.toString());
            }
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                throw failure(path, "import.problem.tooLarge", path.toString(), String.valueOf(size / (1024 * 1024)),
                        String.valueOf(MAX_FILE_MEGABYTES));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw failure(path, "import.problem.missing", path.toString());
        } catch (java.nio.file.AccessDeniedException e) {
            throw failure(path, "import.problem.denied", path.toString());
        } catch (IOException e) {
            throw failure(path, "import.problem.unreadable", path.toString(), String.valueOf(e.getMessage()));
        }
        return open(name, bytes);
    }

    /** Opens a file's content; {@code name} (with its extension) names it in messages and helps recognise it. */
    public Opened open(String name, byte[] bytes) throws TimelineLoadException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String start = text.stripLeading();
        if (lower.endsWith(".mw") || lower.endsWith(".markwhen")) {
            return new MarkwhenReader(LocalDate.now()).read(name, text);
        }
        if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
            return sheet(name, text);
        }
        if (start.startsWith("{") || start.startsWith("[") || lower.endsWith(".timeline") || lower.endsWith(".json")) {
            return jsonFile(name, bytes, text);
        }
        String firstLine = start.lines().findFirst().orElse("");
        if (TimelineJsSheetReader.isTimelineJsSheet(TimelineJsSheetReader.headers(firstLine,
                TimelineJsSheetReader.separator(name, firstLine)))) {
            return sheet(name, text);
        }
        return new MarkwhenReader(LocalDate.now()).read(name, text);
    }

    private Opened sheet(String name, String text) throws TimelineLoadException {
        String firstLine = text.lines().findFirst().orElse("");
        List<String> headers = TimelineJsSheetReader.headers(firstLine, TimelineJsSheetReader.separator(name, firstLine));
        if (!TimelineJsSheetReader.isTimelineJsSheet(headers)) {
            throw new TimelineLoadException(name, List.of(Problem.keyed("", 1, 1, "import.problem.sheetColumns",
                    String.join(", ", headers.stream().limit(20).map(TimelineJsDates::cut).toList()))));
        }
        return new TimelineJsSheetReader().read(name, text);
    }

    /** JSON: this app's timeline, TimelineJS3 (recognised by its slides), TimelineJS2, or none at all. */
    private Opened jsonFile(String name, byte[] bytes, String text) throws TimelineLoadException {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            return ownFormat(name, bytes); // the reader locates the syntax error
        }
        if (root == null || !root.isObject()) {
            return ownFormat(name, bytes);
        }
        if (root.path("timeline").isObject() && root.path("timeline").has("date")) {
            throw new TimelineLoadException(name, List.of(Problem.keyed("", 1, 1, "import.problem.timelineJs2")));
        }
        if (isTimelineJs3(root)) {
            return new TimelineJsJsonReader(json.getFactory()).read(name, text, root);
        }
        if (root.has("format") || root.has("events") || root.has("title")) {
            return ownFormat(name, bytes);
        }
        StringBuilder keys = new StringBuilder();
        Iterator<String> names = root.fieldNames();
        for (int i = 0; names.hasNext() && i < 8; i++) {
            keys.append(i == 0 ? "" : ", ").append(TimelineJsDates.cut(names.next()));
        }
        throw new TimelineLoadException(name, List.of(Problem.keyed("", 1, 1, "import.problem.notATimeline", keys.toString())));
    }

    /** TimelineJS3: events are slides with a {@code start_date} or a {@code text}, or the title is a slide. */
    static boolean isTimelineJs3(JsonNode root) {
        JsonNode events = root.path("events");
        if (!root.has("format") && events.isArray()) {
            for (JsonNode e : events) {
                if (e.has("start_date") || (e.has("text") && e.path("text").isObject())) {
                    return true;
                }
            }
        }
        return !root.has("format") && root.path("title").path("text").isObject();
    }

    private Opened ownFormat(String name, byte[] bytes) throws TimelineLoadException {
        Timeline timeline = own.read(name, bytes);
        return new Opened(timeline, ImportReport.own(timeline.events().size(), timeline.eras().size(),
                timeline.categories().size()));
    }

    private static TimelineLoadException failure(Path path, String key, String... args) {
        return new TimelineLoadException(path.toString(), List.of(Problem.keyed("", 0, 0, key, args)));
    }
}
