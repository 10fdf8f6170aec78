package org.timelineviewer.model;

import java.util.List;

/** Small builders for model objects in tests. */
public final class TestEvents {

    public static final Source SOURCE = new Source("src", new LocalizedText("来源", "Source"), null, null);
    public static final Category CATEGORY =
            new Category("talent", new LocalizedText("人才", "Talent"), "#2E7D32");

    private TestEvents() {
    }

    /** A minimal event: the date (and optional end) as in the file format. */
    public static TimelineEvent event(String id, String date, String end, int importance) {
        return event(id, date, end, importance, new LocalizedText("标题" + id, "Title " + id), List.of());
    }

    public static TimelineEvent event(String id, String date, String end, int importance,
                                      LocalizedText title, List<String> related) {
        return new TimelineEvent(id, HistoricDate.parse(date), end == null ? null : HistoricDate.parse(end),
                CATEGORY, importance, EventStatus.CONFIRMED, title,
                new LocalizedText("摘要", "Summary"), null, List.of(), List.of(), List.of(),
                new SourceQuote(SOURCE, "原文"), related);
    }

    public static TimelineEvent point(String id, String date) {
        return event(id, date, null, 2);
    }
}
