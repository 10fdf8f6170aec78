package org.timelineviewer.io;

import java.util.HashMap;
import java.util.Map;
import org.timelineviewer.model.HistoricDate;

/**
 * Dates parsed once per text: a file of 100,000 events over ten years has a few thousand distinct
 * dates, so each is matched once and its {@link HistoricDate} (immutable) is shared by every event
 * on that day, instead of 100,000 parses and copies. Bounded: past {@value #MAX_SHARED} texts, new
 * ones are parsed each time.
 */
final class SharedDates {

    private static final int MAX_SHARED = 100_000;

    private final Map<String, HistoricDate> parsed = new HashMap<>();

    /** The date {@code text} stands for; throws as {@link HistoricDate#parse} does, and nothing is kept then. */
    HistoricDate parse(String text) {
        HistoricDate known = parsed.get(text);
        if (known != null) {
            return known;
        }
        HistoricDate date = HistoricDate.parse(text);
        if (parsed.size() < MAX_SHARED) {
            parsed.put(text, date);
        }
        return date;
    }
}
