package org.timelineviewer.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.io.TimelineLoadException;
import org.timelineviewer.model.Timeline;

/**
 * The UI tests' own small timeline ({@code src/test/resources/fixtures/ui.timeline}): 15 events
 * in three categories over 2020–2022, two eras, every status, spans, a quarter and an approximate
 * date, a dense burst of five updates in January 2022, related events, and a six-step story
 * ("tour") with a title slide. The bundled timeline is for the tests about its own facts.
 */
public final class UiFixture {

    public static final Path PATH = Path.of("src", "test", "resources", "fixtures", "ui.timeline");
    public static final int EVENTS = 15;
    public static final int STEPS = 6;
    public static final String STORY = "tour";

    private UiFixture() {
    }

    /** The fixture, read and validated as the app reads it. */
    public static Timeline timeline() {
        try {
            return new TimelineFileReader().read(PATH);
        } catch (TimelineLoadException e) {
            throw new AssertionError("the UI fixture must load: " + e.problems(), e);
        }
    }

    /** The epoch day of an ISO date, as the timeline's axis counts. */
    public static double day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }
}
