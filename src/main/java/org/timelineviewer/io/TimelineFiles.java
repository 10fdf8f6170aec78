package org.timelineviewer.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.time.LocalDate;
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
    /** The widest sheet read: TimelineJS's template has 19 columns. */
    static final int MAX_SHEET_COLUMNS = 1_000;
    /** The extensions the file chooser and the desktop offer, by format. */
    public static final List<String> EXTENSIONS = List.of("timeline", "json", "csv", "tsv", "mw", "markwhen");

    private final TimelineFileReader own;
    private final ObjectMapper json = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(JsonTrouble.LIMITS).build()).build();

    public TimelineFiles(TimelineFileReader own) {
        this.own = own;
    }

    /** Opens the file at {@code path}: a located problem (in the user's language) when it cannot be used. */
    public Opened open(Path path) throws TimelineLoadException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        return open(name, FileBytes.read(path, MAX_FILE_BYTES));
    }

    /** Opens a file's content; {@code name} (with its extension) names it in messages and helps recognise it. */
    public Opened open(String name, byte[] bytes) throws TimelineLoadException {
        Opened clean = cleanOwnFormat(name, bytes);
        return clean != null ? clean : openText(name, Utf8Text.decode(name, bytes));
    }

    /**
     * A file of this app's format without a problem, read straight from its bytes
     * ({@link TimelineFileReader#readIfClean}); null for any other file, or one with problems,
     * which is decoded and read as text.
     */
    private Opened cleanOwnFormat(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".mw") || lower.endsWith(".markwhen") || lower.endsWith(".csv") || lower.endsWith(".tsv")
                || !startsWithObject(bytes) || !isOwnFormat(bytes)) {
            return null;
        }
        Timeline timeline = own.readIfClean(bytes);
        return timeline == null ? null : opened(timeline);
    }

    /** True when the first thing in {@code bytes} after a byte-order mark and white space is a {@code {}. */
    private static boolean startsWithObject(byte[] bytes) {
        for (int i = Utf8Text.bomLength(bytes); i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b == '{';
            }
        }
        return false;
    }

    private boolean isOwnFormat(byte[] bytes) {
        int start = Utf8Text.bomLength(bytes);
        try (com.fasterxml.jackson.core.JsonParser parser = json.getFactory().createParser(bytes, start, bytes.length - start)) {
            JsonKind kind = JsonKind.of(parser);
            return kind.format() == TimelineFormat.TIMELINE && !kind.timelineJs2();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private Opened openText(String name, String text) throws TimelineLoadException {
        String lower = name.toLowerCase(Locale.ROOT);
        String start = text.stripLeading();
        if (lower.endsWith(".mw") || lower.endsWith(".markwhen")) {
            return new MarkwhenReader(LocalDate.now()).read(name, text);
        }
        if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
            return sheet(name, text);
        }
        if (start.startsWith("{") || start.startsWith("[") || lower.endsWith(".timeline") || lower.endsWith(".json")) {
            return jsonFile(name, text);
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
        if (headers.size() > MAX_SHEET_COLUMNS) {
            throw new TimelineLoadException(name, List.of(Problem.keyed("", 1, 1, "import.problem.sheetWidth",
                    String.valueOf(headers.size()), String.valueOf(MAX_SHEET_COLUMNS))));
        }
        if (!TimelineJsSheetReader.isTimelineJsSheet(headers)) {
            throw new TimelineLoadException(name, List.of(Problem.keyed("", 1, 1, "import.problem.sheetColumns",
                    String.join(", ", headers.stream().limit(20).map(TimelineJsDates::cut).toList()))));
        }
        return new TimelineJsSheetReader().read(name, text);
    }

    /** JSON: this app's timeline, TimelineJS3 (recognised by its slides), TimelineJS2, or none at all. */
    private Opened jsonFile(String name, String text) throws TimelineLoadException {
        JsonKind kind = JsonKind.of(json.getFactory(), text);
        if (kind.timelineJs2()) {
            throw new TimelineLoadException(name, List.of(Problem.keyed("", 1, 1, "import.problem.timelineJs2")));
        }
        if (kind.format() == TimelineFormat.TIMELINE) {
            return ownFormat(name, text);
        }
        if (kind.format() == TimelineFormat.TIMELINEJS_JSON) {
            JsonNode root;
            try {
                root = json.readTree(text);
            } catch (JsonProcessingException e) {
                return ownFormat(name, text); // cannot happen after a clean scan; the reader would locate it
            }
            return new TimelineJsJsonReader(json.getFactory()).read(name, text, root);
        }
        String keys = String.join(", ", kind.fields().stream().map(TimelineJsDates::cut).toList());
        throw new TimelineLoadException(name, List.of(Problem.keyed("", 1, 1, "import.problem.notATimeline", keys)));
    }

    private Opened ownFormat(String name, String text) throws TimelineLoadException {
        return opened(own.readText(name, text));
    }

    private static Opened opened(Timeline timeline) {
        return new Opened(timeline, ImportReport.own(timeline.events().size(), timeline.eras().size(),
                timeline.categories().size()));
    }
}
