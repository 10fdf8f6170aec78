package org.timelineviewer.app;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.timelineviewer.io.Problem;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.io.TimelineLoadException;
import org.timelineviewer.model.Timeline;

/**
 * Where the timeline comes from: a file named on the command line, or the one bundled in the jar.
 * A file that cannot be used falls back to the bundled timeline, with the reason kept for the UI.
 */
public final class TimelineSource {

    /** The bundled timeline's resource path. */
    public static final String BUNDLED = "/assets/timelines/alibaba-ai-era.timeline";

    /** The timeline to show and, when a requested file failed, why. */
    public record Loaded(Timeline timeline, Optional<TimelineLoadException> failure) {
    }

    private final TimelineFileReader reader;
    private static volatile java.util.concurrent.CompletableFuture<Loaded> preloaded;

    /**
     * Starts reading the timeline for {@code args} on a background thread, so that it is ready by
     * the time the window is built (it overlaps the JavaFX toolkit's own start-up).
     */
    public static void preload(List<String> args) {
        preloaded = EarlyWork.start("timeline", () -> {
            try {
                return new TimelineSource(new TimelineFileReader()).load(args);
            } catch (TimelineLoadException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    /** The preloaded timeline for these arguments if {@link #preload} ran, else reads it now. */
    static Loaded preloadedOrLoad(List<String> args) throws TimelineLoadException {
        java.util.concurrent.CompletableFuture<Loaded> future = preloaded;
        preloaded = null;
        if (future != null) {
            try {
                return future.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof TimelineLoadException t) {
                    throw t;
                }
                throw e;
            }
        }
        return new TimelineSource(new TimelineFileReader()).load(args);
    }

    public TimelineSource(TimelineFileReader reader) {
        this.reader = reader;
    }

    /** Reads the bundled timeline. */
    public Timeline bundled() throws TimelineLoadException {
        InputStream in = TimelineSource.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new TimelineLoadException(BUNDLED, List.of(new Problem("", 0, 0, "not found in the application")));
        }
        return reader.read("alibaba-ai-era.timeline", in);
    }

    /** Options that take a value: the value is not a file name. */
    private static final List<String> WITH_VALUE = List.of("--lang", "--size", "--story", "--export-pdf", "--export-png");

    /** The first argument that is neither an option nor an option's value. */
    static Optional<String> fileArgument(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("--")) {
                return Optional.of(arg);
            }
        }
        return Optional.empty();
    }

    /** The value of option {@code name} ({@code --lang zh}), if given. */
    static Optional<String> option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? Optional.of(args.get(i + 1)) : Optional.empty();
    }

    /** The file named in the arguments if given and valid, otherwise the bundled timeline. */
    public Loaded load(List<String> args) throws TimelineLoadException {
        Optional<String> file = fileArgument(args);
        if (file.isEmpty()) {
            return new Loaded(bundled(), Optional.empty());
        }
        try {
            return new Loaded(reader.read(Path.of(file.get())), Optional.empty());
        } catch (TimelineLoadException e) {
            return new Loaded(bundled(), Optional.of(e));
        }
    }
}
