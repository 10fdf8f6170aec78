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
 * Where the timeline comes from: a file named on the command line, or the one bundled in the jar,
 * read with the app's one {@link TimelineFileReader}. A file that cannot be used falls back to the
 * bundled timeline, with the reason kept for the UI.
 */
public final class TimelineSource {

    /** The bundled timeline's resource path. */
    public static final String BUNDLED = "/assets/timelines/alibaba-ai-era.timeline";

    /** The timeline to show and, when a requested file failed, why. */
    public record Loaded(Timeline timeline, Optional<TimelineLoadException> failure) {
    }

    private final TimelineFileReader reader;

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

    /** Reads and validates the timeline file at {@code file}. */
    public Timeline read(Path file) throws TimelineLoadException {
        return reader.read(file);
    }

    /** The timeline in {@code file} if given and valid, otherwise the bundled one. */
    public Loaded load(Optional<Path> file) throws TimelineLoadException {
        if (file.isEmpty()) {
            return new Loaded(bundled(), Optional.empty());
        }
        try {
            return new Loaded(reader.read(file.get()), Optional.empty());
        } catch (TimelineLoadException e) {
            return new Loaded(bundled(), Optional.of(e));
        }
    }
}
