package org.timelineviewer.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
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
 * The folders are the user's alone (0700) and so are the files (0600), on POSIX systems.
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

    /** A rotating handler writing to owner-only files in {@code folder}, made owner-only too. */
    static FileHandler handler(Path folder, int limit, int count) throws IOException {
        OwnerOnly.folder(folder);
        try (OutputStream first = OwnerOnly.newFile(folder.resolve("timeline-viewer-0.log"))) {
            // FileHandler appends to it, keeping its mode
        } catch (FileAlreadyExistsException e) {
            // an earlier run's: PrivateFileHandler narrows it
        }
        FileHandler handler = new PrivateFileHandler(folder, limit, count);
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
        if (os().contains("mac")) {
            return home().resolve("Library").resolve("Logs").resolve("Timeline Viewer");
        }
        return stateFolder().resolve(os().contains("win") ? "Logs" : "logs");
    }

    /**
     * The app's own folder for what it keeps between runs (the logs on Linux and Windows live in
     * it, the single-instance file everywhere): {@code $XDG_STATE_HOME/timeline-viewer},
     * {@code ~/Library/Application Support/Timeline Viewer}, {@code %LOCALAPPDATA%\Timeline Viewer}.
     */
    public static Path stateFolder() {
        if (os().contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home().resolve("AppData").resolve("Local")).resolve("Timeline Viewer");
        }
        if (os().contains("mac")) {
            return home().resolve("Library").resolve("Application Support").resolve("Timeline Viewer");
        }
        String state = System.getenv("XDG_STATE_HOME");
        return (state != null && !state.isBlank() ? Path.of(state) : home().resolve(".local").resolve("state"))
                .resolve("timeline-viewer");
    }

    private static String os() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    /**
     * A {@link FileHandler} whose files are owner-only: the first one is made so before it opens,
     * and each new one a rotation makes (with the umask's mode, inside the private folder) is
     * narrowed as it is handed its stream, before the first record goes in.
     */
    private static final class PrivateFileHandler extends FileHandler {

        /** Null while FileHandler's constructor opens the first file (made private beforehand). */
        private final Path folder;

        PrivateFileHandler(Path folder, int limit, int count) throws IOException {
            super(folder.resolve("timeline-viewer-%g.log").toString(), limit, count, true);
            this.folder = folder;
            narrowFiles(); // the lock file, and a file of its own if another run holds the lock
        }

        @Override
        protected synchronized void setOutputStream(OutputStream out) {
            if (folder != null) {
                narrowFiles();
            }
            super.setOutputStream(out);
        }

        private void narrowFiles() {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "timeline-viewer-*")) {
                for (Path file : files) {
                    OwnerOnly.tighten(file, OwnerOnly.FILE);
                }
            } catch (IOException e) {
                // the folder is private all the same
            }
        }
    }
}
