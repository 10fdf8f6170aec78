package org.timelineviewer.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

/**
 * The hostile files git cannot hold or should not: files too big to commit, special files
 * (FIFOs, links to devices, link loops, folders) and names no file system of a repository keeps
 * well. Each is made in a folder of the test's own, at run time, in a few hundred milliseconds.
 * The small ones are committed in {@code src/test/resources/hostile} ({@link #COMMITTED}).
 */
public final class HostileCorpus {

    /** The corpus kept in the repository: one small file per kind of trouble. */
    public static final Path COMMITTED = Path.of("src/test/resources/hostile");

    private HostileCorpus() {
    }

    /** A timeline of {@code count} events, each written by {@code event} (an object without braces). */
    public static Path events(Path dir, String name, int count, IntFunction<String> event) throws IOException {
        return events(dir, name, "", count, event);
    }

    /** As {@link #events}, with {@code more} (fields, each followed by a comma) before the events. */
    public static Path events(Path dir, String name, String more, int count, IntFunction<String> event) throws IOException {
        StringBuilder json = new StringBuilder(count * 80 + 200);
        json.append("{\"format\": 1, \"title\": {\"en\": \"Hostile\", \"zh\": \"恶意\"}, ").append(more).append("\"events\": [\n");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",\n").append('{').append(event.apply(i)).append('}');
        }
        json.append("\n]}\n");
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    /** An ordinary event's fields with {@code id} and {@code date}. */
    public static String event(String id, String date) {
        return "\"id\": \"" + id + "\", \"date\": \"" + date + "\", \"title\": {\"en\": \"An event\", \"zh\": \"一个事件\"}";
    }

    /** The text {@code unit} {@code times} over. */
    public static String repeat(String unit, int times) {
        return unit.repeat(times);
    }

    /** A file of {@code bytes} bytes that takes no room on disk (a sparse file of zeros). */
    public static Path sparse(Path dir, String name, long bytes) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return file;
    }

    /** A named pipe: opening it for reading waits for a writer for ever. */
    public static Path fifo(Path dir, String name) throws IOException, InterruptedException {
        Path file = dir.resolve(name);
        Process p = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("mkfifo failed");
        }
        return file;
    }
}
