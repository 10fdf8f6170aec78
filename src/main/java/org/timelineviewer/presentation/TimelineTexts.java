package org.timelineviewer.presentation;

import javafx.beans.binding.Bindings;
import org.timelineviewer.control.TickLabels;
import org.timelineviewer.control.TickUnit;
import org.timelineviewer.control.TimelineView;
import org.timelineviewer.i18n.DateTexts;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.CalendarDays;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimelineEvent;

/**
 * The app's words and dates for a {@link TimelineView}, from the message bundles and
 * {@link DateTexts}, in the view's own language (they follow it when it changes).
 */
public final class TimelineTexts {

    private TimelineTexts() {
    }

    /** Gives {@code view} the app's texts in whatever language it is set to. */
    public static void install(TimelineView view) {
        view.setDateTextFactory(e -> DateTexts.displayed(e, view.getLanguage()));
        view.setStatusTextFactory(e -> statusText(e, view.getLanguage()));
        view.setTickLabelFactory((unit, start, every) -> tickLabel(unit, start, every, view.getLanguage()));
        view.setClusterTextFactory(n -> Messages.of(view.getLanguage()).format("timeline.cluster", n));
        view.emptyTextProperty().bind(Bindings.createStringBinding(
                () -> Messages.of(view.getLanguage()).get("timeline.empty"), view.languageProperty()));
    }

    /** The tag of a doubtful event ("Rumour" / "传闻"), null for the others. */
    public static String statusText(TimelineEvent event, Language language) {
        return event.status().isDoubtful() ? Messages.of(language).get("status." + event.status().code()) : null;
    }

    /** The axis labels in {@code language}. */
    public static TickLabels tickLabels(Language language) {
        return (unit, start, every) -> tickLabel(unit, start, every, language);
    }

    /** The axis label of the step starting at {@code stepStart}: "Sep 2024" / "2024年9月", "09:30", "65 million years ago". */
    public static String tickLabel(TickUnit unit, double stepStart, int every, Language language) {
        long whole = (long) Math.floor(stepStart);
        long[] ymd = CalendarDays.civil(whole);
        return switch (unit) {
            case MINUTE, HOUR -> {
                int minutes = (int) Math.round((stepStart - whole) * 1_440);
                yield minutes == 0 || minutes == 1_440 ? DateTexts.day(ymd[0], (int) ymd[1], (int) ymd[2], language)
                        : DateTexts.time(minutes / 60, minutes % 60, -1);
            }
            case DAY, WEEK -> DateTexts.day(ymd[0], (int) ymd[1], (int) ymd[2], language);
            case MONTH -> DateTexts.month(ymd[0], (int) ymd[1], language);
            case QUARTER -> DateTexts.quarter(ymd[0], ((int) ymd[1] - 1) / 3 + 1, language);
            case DECADE -> every == 1 ? DateTexts.decade(ymd[0], language) : DateTexts.year(ymd[0], language);
            default -> ymd[0] < DateTexts.DEEP_TIME ? DateTexts.yearsAgo(-ymd[0], unit.stepYears(every), language)
                    : ymd[0] > -DateTexts.DEEP_TIME ? DateTexts.yearsAhead(ymd[0], unit.stepYears(every), language)
                    // At steps of ten thousand years and more, year 0 is the present as far as the eye can tell.
                    : ymd[0] == 0 && unit.stepYears(every) >= -DateTexts.DEEP_TIME ? Messages.of(language).get("date.present")
                    : DateTexts.year(ymd[0], language);
        };
    }
}
