package org.timelineviewer.app;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntConsumer;
import org.timelineviewer.i18n.DateTexts;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.io.TimelineLoadException;
import org.timelineviewer.model.Language;

/**
 * One start of the app: its command line and everything made once for the whole run (the one
 * timeline reader, the user's preferences store, the log, the single-instance hand-off), with
 * what the first frame needs already being read on threads of their own while the toolkit starts.
 * Built by {@link Main} (or a test) and handed to {@link TimelineApp}: no static state.
 */
final class AppContext {

    private final CommandLine.Options options;
    private final TimelineSource source;
    private final ViewerPreferences preferences;
    private final Optional<SingleInstance> instance;
    private final CompletableFuture<TimelineSource.Loaded> timeline;
    private final CompletableFuture<ViewerPreferences.Saved> saved;
    private final CompletableFuture<AppLog> log;
    private final IntConsumer exit;
    private final boolean animated;
    private final java.util.function.Consumer<javafx.scene.control.Alert> crashDialogs;
    /** Files at least this long are read while the window shows ({@link #LONG_READ_BYTES}; tests choose). */
    private final long longReadBytes;
    private final java.util.concurrent.ExecutorService reading = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "read-timeline");
        t.setDaemon(true);
        return t;
    });

    private AppContext(CommandLine.Options options, TimelineSource source, ViewerPreferences preferences,
                       Optional<SingleInstance> instance, CompletableFuture<AppLog> log, IntConsumer exit,
                       boolean animated, java.util.function.Consumer<javafx.scene.control.Alert> crashDialogs) {
        this(options, source, preferences, instance, log, exit, animated, crashDialogs, LONG_READ_BYTES,
                CompletableFuture.completedFuture(null));
    }

    /** {@code readStarts}: the early read of the timeline waits for it (tests hold a read back with it). */
    private AppContext(CommandLine.Options options, TimelineSource source, ViewerPreferences preferences,
                       Optional<SingleInstance> instance, CompletableFuture<AppLog> log, IntConsumer exit,
                       boolean animated, java.util.function.Consumer<javafx.scene.control.Alert> crashDialogs,
                       long longReadBytes, CompletableFuture<?> readStarts) {
        this.crashDialogs = crashDialogs;
        this.longReadBytes = longReadBytes;
        this.options = options;
        this.source = source;
        this.preferences = preferences;
        this.instance = instance;
        this.log = log;
        this.exit = exit;
        this.animated = animated;
        this.timeline = EarlyWork.start("timeline", () -> {
            try {
                readStarts.join();
                return source.load(options.timeline());
            } catch (TimelineLoadException e) {
                throw new CompletionException(e);
            }
        });
        // A smoke run shows what a new user sees: it neither reads nor keeps the user's preferences.
        this.saved = options.smokeTest() ? CompletableFuture.completedFuture(ViewerPreferences.defaults())
                : EarlyWork.start("preferences", preferences::load);
    }

    /**
     * The context of a real start: the user's preferences and log, the hand-off to later starts
     * ({@code instance}, empty when starting alone), and an exit that ends the toolkit and the
     * process (the smoke test's).
     * Starts reading the timeline and the preferences, opening the log and preparing the date
     * texts of the first frame, each on a thread of its own.
     */
    static AppContext start(CommandLine.Options options, Optional<SingleInstance> instance) {
        EarlyWork.start("texts", () -> {
            for (Language language : Language.values()) {
                DateTexts.prepare(language); // the status bar shows a date range in the first frame
            }
            return null;
        });
        return new AppContext(options, new TimelineSource(new TimelineFileReader()), ViewerPreferences.forUser(),
                instance, EarlyWork.start("log", () -> AppLog.install(AppLog.defaultFolder())), status -> {
                    javafx.application.Platform.exit();
                    System.exit(status);
                }, true, javafx.scene.control.Alert::showAndWait);
    }

    /**
     * For tests: no hand-off and no log file; {@code exit} receives the smoke test's status;
     * every move of every timeline is instant, so that tests wait for nothing but their conditions.
     */
    static AppContext forTest(CommandLine.Options options, ViewerPreferences preferences, IntConsumer exit) {
        return forTest(options, preferences, exit, javafx.scene.control.Alert::showAndWait);
    }

    /**
     * For tests of a long read at start: files of at least {@code longReadBytes} count as long,
     * and the read waits for {@code readStarts}.
     */
    static AppContext forTestOfLongRead(CommandLine.Options options, ViewerPreferences preferences, IntConsumer exit,
                                        long longReadBytes, CompletableFuture<?> readStarts) {
        return new AppContext(options, new TimelineSource(new TimelineFileReader()), preferences, Optional.empty(),
                CompletableFuture.completedFuture(AppLog.none()), exit, false, javafx.scene.control.Alert::showAndWait,
                longReadBytes, readStarts);
    }

    /** For tests that see the crash dialogs: {@code crashDialogs} is handed each instead of showing it. */
    static AppContext forTest(CommandLine.Options options, ViewerPreferences preferences, IntConsumer exit,
                              java.util.function.Consumer<javafx.scene.control.Alert> crashDialogs) {
        return new AppContext(options, new TimelineSource(new TimelineFileReader()), preferences, Optional.empty(),
                CompletableFuture.completedFuture(AppLog.none()), exit, false, crashDialogs);
    }

    CommandLine.Options options() {
        return options;
    }

    /** Reads timelines with the app's one reader. */
    TimelineSource source() {
        return source;
    }

    ViewerPreferences preferences() {
        return preferences;
    }

    /** Whether the window's state is remembered on closing (not for smoke runs). */
    boolean remembers() {
        return !options.smokeTest();
    }

    Optional<SingleInstance> instance() {
        return instance;
    }

    /**
     * Files at least this big take long enough to read that the window is shown while they are
     * read (about 12,000 events of the app's format; reading 100,000 takes a second or more).
     */
    static final long LONG_READ_BYTES = 4L << 20;

    /** Whether the timeline given at start is one the window does not wait for (see {@link #LONG_READ_BYTES}). */
    boolean readsLong() {
        Optional<java.nio.file.Path> file = options.timeline();
        if (file.isEmpty()) {
            return false; // the bundled timeline: read by the time the window is built
        }
        try {
            // (what is not a plain file, the read turns away at once)
            return java.nio.file.Files.isRegularFile(file.get()) && java.nio.file.Files.size(file.get()) >= longReadBytes;
        } catch (java.io.IOException | SecurityException e) {
            return false; // the read itself will say what is wrong
        }
    }

    /** The early read of the timeline, as it goes: fails with a {@link TimelineLoadException} when nothing can be shown. */
    CompletableFuture<TimelineSource.Loaded> timelineRead() {
        return timeline;
    }

    /** The timeline to show (waits for the early read). */
    TimelineSource.Loaded timeline() throws TimelineLoadException {
        try {
            return timeline.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof TimelineLoadException t) {
                throw t;
            }
            throw e;
        }
    }

    /** What the user's preferences remember (waits for the early read). */
    ViewerPreferences.Saved saved() {
        return saved.join();
    }

    /** The run's log (waits for it to open). */
    AppLog log() {
        return log.join();
    }

    /** Where timeline files are read once the window is up: a thread of their own, never the FX thread. */
    java.util.concurrent.Executor reading() {
        return reading;
    }

    /** Whether the timelines glide and fly (false in tests: moves are instant). */
    boolean animated() {
        return animated;
    }

    /** Shows a crash dialog and waits for it to close (tests record it instead). */
    java.util.function.Consumer<javafx.scene.control.Alert> crashDialogs() {
        return crashDialogs;
    }

    void exit(int status) {
        exit.accept(status);
    }
}
