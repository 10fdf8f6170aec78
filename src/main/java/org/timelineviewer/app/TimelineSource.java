package org.timelineviewer.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.timelineviewer.io.ImportReport;
import org.timelineviewer.io.Opened;
import org.timelineviewer.io.Problem;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.io.TimelineFiles;
import org.timelineviewer.io.TimelineLoadException;
import org.timelineviewer.model.Timeline;

/**
 * Where timelines come from: a file (of any format the app opens) or the one bundled in the jar,
 * read with the app's one {@link TimelineFileReader}. At start-up a file that cannot be used falls
 * back to the bundled timeline, with the reason kept for the UI.
 */
public final class TimelineSource {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(TimelineSource.class.getName());

    /** The bundled timeline's resource path. */
    public static final String BUNDLED = "/assets/timelines/alibaba-ai-era.timeline";

    /**
     * The timeline to show, what reading it kept ({@code report}), the file it came from (empty for
     * the bundled one) and, when a requested file failed, why.
     */
    public record Loaded(Timeline timeline, ImportReport report, Optional<Path> file,
                         Optional<TimelineLoadException> failure) {
    }

    private final TimelineFileReader reader;
    private final TimelineFiles files;

    public TimelineSource(TimelineFileReader reader) {
        this.reader = reader;
        this.files = new TimelineFiles(reader);
    }

    /** Reads the bundled timeline. */
    public Timeline bundled() throws TimelineLoadException {
        try (InputStream in = TimelineSource.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new TimelineLoadException(BUNDLED, List.of(new Problem("", 0, 0, "not found in the application")));
            }
            return reader.read("alibaba-ai-era.timeline", in.readAllBytes());
        } catch (IOException e) {
            throw new TimelineLoadException(BUNDLED, List.of(new Problem("", 0, 0, "cannot be read: " + e.getMessage())));
        }
    }

    /** The bundled timeline as a {@link Loaded}. */
    public Loaded loadBundled() throws TimelineLoadException {
        Timeline t = bundled();
        return new Loaded(t, ImportReport.own(t.events().size(), t.eras().size(), t.categories().size()),
                Optional.empty(), Optional.empty());
    }

    /**
     * Opens {@code file}, of any format the app knows. Whatever goes wrong comes back as a
     * {@link TimelineLoadException}: a reader's own failure too (logged), so that no file can end
     * a read with a stack trace, in the window or on the command line.
     */
    public Opened open(Path file) throws TimelineLoadException {
        try {
            return files.open(file);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.log(java.util.logging.Level.WARNING, "could not open " + file, e);
            String name = org.timelineviewer.model.Quote.printable(file.toString(), 300);
            String why = e instanceof OutOfMemoryError ? "not enough memory" : e.getClass().getSimpleName();
            throw new TimelineLoadException(file.toString(), List.of(Problem.keyed("", 0, 0,
                    "import.problem.unreadable", name, why)));
        }
    }

    /** Reads and validates the timeline file at {@code file}. */
    public Timeline read(Path file) throws TimelineLoadException {
        return open(file).timeline();
    }

    /** The timeline in {@code file} if given and usable, otherwise the bundled one (with the reason). */
    public Loaded load(Optional<Path> file) throws TimelineLoadException {
        if (file.isEmpty()) {
            return loadBundled();
        }
        try {
            Opened opened = open(file.get());
            return new Loaded(opened.timeline(), opened.report(), file.map(Path::toAbsolutePath), Optional.empty());
        } catch (TimelineLoadException e) {
            Loaded bundled = loadBundled();
            return new Loaded(bundled.timeline(), bundled.report(), Optional.empty(), Optional.of(e));
        }
    }
}
