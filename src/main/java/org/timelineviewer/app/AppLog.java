package org.timelineviewer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The application's log: one line per record in the platform's usual per-user place, rotated
 * over a few small files so it never grows without bound.
 * <ul>
 *   <li>Linux: {@code $XDG_STATE_HOME/timeline-viewer/logs} (default {@code ~/.local/state/…})</li>
 *   <li>macOS: {@code ~/Library/Logs/Timeline Viewer}</li>
 *   <li>Windows: {@code %LOCALAPPDATA%\Timeline Viewer\Logs}</li>
 * </ul>
 * One object per run, made by {@link #install(Path)} and handed to whoever shows where the log is.
 */
public final class AppLog {

    /** Each file stops at this size; the oldest of {@link #FILES} is dropped when all are full. */
    static final int LIMIT_BYTES = 1_000_000;
    static final int FILES = 5;
    private static final String FORMAT = "%1$tF %1$tT.%1$tL %4$-7s %3$s: %5$s%6$s%n";

    private final Path file;

    private AppLog(Path file) {
        this.file = file;
    }

    /** No log file: the console handler keeps the records (tests, and runs that could not open one). */
    public static AppLog none() {
        return new AppLog(null);
    }

    /** Sends the app's log records to rotating files in {@code folder}. */
    public static AppLog install(Path folder) {
        synchronized (AppLog.class) {
            try {
                Files.createDirectories(folder);
                FileHandler handler = handler(folder, LIMIT_BYTES, FILES);
                Logger root = Logger.getLogger("");
                for (Handler h : root.getHandlers()) {
                    if (h instanceof FileHandler) {
                        root.removeHandler(h);
                        h.close();
                    }
                }
                root.addHandler(handler);
                return new AppLog(folder.resolve("timeline-viewer-0.log"));
            } catch (IOException | RuntimeException e) {
                // Without a log file the app still runs; the console handler keeps the records.
                Logger.getLogger(AppLog.class.getName()).log(Level.WARNING, "no log file in " + folder, e);
                return none();
            }
        }
    }

    /** The newest log file, if one is being written. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    static FileHandler handler(Path folder, int limit, int count) throws IOException {
        FileHandler handler = new FileHandler(folder.resolve("timeline-viewer-%g.log").toString(), limit, count, true);
        handler.setEncoding("UTF-8");
        handler.setFilter(new ExpectedWarnings());
        handler.setFormatter(new SimpleFormatter() {
            @Override
            public String format(LogRecord r) {
                String thrown = "";
                if (r.getThrown() != null) {
                    java.io.StringWriter sw = new java.io.StringWriter();
                    r.getThrown().printStackTrace(new java.io.PrintWriter(sw));
                    thrown = System.lineSeparator() + sw;
                }
                return String.format(FORMAT, r.getMillis(), null, r.getLoggerName(), r.getLevel().getName(),
                        formatMessage(r), thrown);
            }
        });
        return handler;
    }

    /** The platform's usual place for this user's application logs. */
    public static Path defaultFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local"))
                    .resolve("Timeline Viewer").resolve("Logs");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Logs").resolve("Timeline Viewer");
        }
        String state = System.getenv("XDG_STATE_HOME");
        return (state != null && !state.isBlank() ? Path.of(state) : home.resolve(".local").resolve("state"))
                .resolve("timeline-viewer").resolve("logs");
    }
}
