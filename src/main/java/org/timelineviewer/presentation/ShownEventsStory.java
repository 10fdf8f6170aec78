package org.timelineviewer.presentation;

import java.util.List;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.LocalizedText;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

/** A story made of the events the search and the category filter show, in time order. */
public final class ShownEventsStory {

    /** The id of the story made of the shown events (a file's own story ids are its own). */
    public static final String ID = "shown-events";

    private ShownEventsStory() {
    }

    /**
     * The {@code shown} events of {@code timeline} as a story with a title slide: the timeline's
     * title and how many events, in both languages.
     */
    public static Story of(Timeline timeline, List<TimelineEvent> shown) {
        LocalizedText title = new LocalizedText(titleIn(Language.ZH, timeline, shown.size()),
                titleIn(Language.EN, timeline, shown.size()));
        return new Story(ID, title, timeline.subtitle().orElse(null), true,
                shown.stream().map(e -> new Story.Step(e, null)).toList());
    }

    private static String titleIn(Language language, Timeline timeline, int count) {
        return Messages.of(language).format("present.shown.title", timeline.title().in(language), count);
    }
}
