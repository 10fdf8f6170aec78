package org.timelineviewer.control;

import java.util.Locale;
import org.timelineviewer.model.CalendarDays;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimelineEvent;

/**
 * The texts a {@link TimelineView} shows until its owner gives its own: dates in ISO 8601 forms,
 * English words. An app in other languages sets the view's text factories instead.
 */
final class PlainTexts {

    static final String EMPTY = "No events to show.";

    private PlainTexts() {
    }

    /** The file's display date in {@code language} if it has one, else "2024-09" or "2023-09 – 2025-02". */
    static String date(TimelineEvent event, Language language) {
        return event.displayDateText().map(d -> d.in(language))
                .orElseGet(() -> event.start() + event.endDate().map(end -> " – " + end).orElse(""));
    }

    /** "Rumour" or "Denied" for the doubtful statuses, null for the others. */
    static String status(TimelineEvent event) {
        return switch (event.status()) {
            case RUMOURED -> "Rumour";
            case DENIED -> "Denied";
            default -> null;
        };
    }

    static String cluster(int count) {
        return count + " more events here: click to zoom in";
    }

    static String tickLabel(TickUnit unit, double stepStart, int every) {
        long whole = (long) Math.floor(stepStart);
        long[] ymd = CalendarDays.civil(whole);
        String day = String.format(Locale.ROOT, "%s-%02d-%02d", year(ymd[0]), ymd[1], ymd[2]);
        long stepYears = unit.stepYears(every);
        return switch (unit) {
            case MINUTE, HOUR -> {
                int minutes = (int) Math.round((stepStart - whole) * 1_440);
                yield minutes == 0 || minutes == 1_440 ? day
                        : String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
            }
            case DAY, WEEK -> day;
            case MONTH -> String.format(Locale.ROOT, "%s-%02d", year(ymd[0]), ymd[1]);
            case QUARTER -> year(ymd[0]) + "-Q" + ((ymd[1] - 1) / 3 + 1);
            case DECADE -> every == 1 && ymd[0] >= 10 ? Math.floorDiv(ymd[0], 10) * 10 + "s" : year(ymd[0]);
            default -> ymd[0] < CalendarDays.DEEP_TIME ? -ymd[0] + " years ago"
                    : ymd[0] == 0 && stepYears >= -CalendarDays.DEEP_TIME ? "present"
                    : year(ymd[0]);
        };
    }

    /** An astronomical year as read: 2024, "44 BCE" for -43. */
    private static String year(long year) {
        return year >= 1 ? String.valueOf(year) : (1 - year) + " BCE";
    }
}
