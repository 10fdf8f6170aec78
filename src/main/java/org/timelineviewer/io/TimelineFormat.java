package org.timelineviewer.io;

import java.util.Locale;
import org.timelineviewer.i18n.Messages;

/** The kinds of timeline file the app opens. */
public enum TimelineFormat {
    /** This app's own format ({@code .timeline}, docs/timeline-format.md). */
    TIMELINE(".timeline"),
    /** TimelineJS3's JSON, as its users publish it. */
    TIMELINEJS_JSON("TimelineJS JSON"),
    /** TimelineJS's spreadsheet template, saved as CSV or TSV. */
    TIMELINEJS_SHEET("TimelineJS sheet"),
    /** markwhen's text format ({@code .mw}). */
    MARKWHEN("markwhen");

    private final String displayName;

    TimelineFormat(String displayName) {
        this.displayName = displayName;
    }

    /** The format's name in English, for texts made before a language is known: "TimelineJS JSON". */
    public String displayName() {
        return displayName;
    }

    /** The format's name as people of {@code messages}' language say it: "TimelineJS sheet" / "TimelineJS 表格". */
    public String displayName(Messages messages) {
        return messages.get("format." + name().toLowerCase(Locale.ROOT));
    }

    /** True for the formats brought in from other tools (an import report is shown for them). */
    public boolean isForeign() {
        return this != TIMELINE;
    }
}
