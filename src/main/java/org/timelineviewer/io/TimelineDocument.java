package org.timelineviewer.io;

import java.math.BigDecimal;
import java.util.List;

/**
 * The timeline file exactly as written, before validation: every field may be missing (null).
 * Jackson fills these records; {@link TimelineValidator} turns them into the model or into problems.
 */
record TimelineDocument(
        Integer format,
        Text title,
        Text subtitle,
        List<SourceEntry> sources,
        List<CategoryEntry> categories,
        List<EraEntry> eras,
        List<EventEntry> events,
        List<StoryEntry> stories) {

    record Text(String zh, String en) {
    }

    record StoryEntry(String id, Text title, Text subtitle, Boolean titleSlide, List<StepEntry> steps) {
    }

    record StepEntry(String event, Text notes, String target) {
    }

    record SourceEntry(String id, Text name, String published, String url) {
    }

    record CategoryEntry(String id, Text label, String color) {
    }

    record EraEntry(String id, Text label, String start, String end) {
    }

    record AmountEntry(BigDecimal value, String currency, String qualifier, Text label) {
    }

    /** {@code translation}: the quote's renderings by language code ({@code {"en": "…"}}). */
    record QuoteEntry(String ref, String quote, java.util.Map<String, String> translation) {
    }

    record MediaEntry(String url, Text caption, Text credit) {
    }

    record LinkEntry(String label, String url) {
    }

    record EventEntry(
            String id,
            String date,
            String end,
            String category,
            Integer importance,
            String status,
            Text title,
            Text summary,
            Text description,
            List<Text> people,
            List<Text> organizations,
            List<AmountEntry> amounts,
            QuoteEntry source,
            List<String> related,
            Text displayDate,
            MediaEntry media,
            List<LinkEntry> links) {
    }
}
