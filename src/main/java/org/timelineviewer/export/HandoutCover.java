package org.timelineviewer.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.timelineviewer.i18n.DateTexts;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.i18n.MoneyTexts;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.LocalizedText;
import org.timelineviewer.model.MoneyAmount;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.presentation.StoryCamera;

/**
 * The handout's first page: the story's title and subtitle (and the timeline's, when they
 * differ), how many steps over which dates, the whole timeline drawn across the page, and who and
 * what the story involves: the people, the organisations and the amounts of its events, each named
 * once, in the order the story meets them; then, as far as the page has room, the steps.
 */
final class HandoutCover {

    private static final float TITLE_SIZE = 22;
    private static final float HEADING_SIZE = 10.5f;
    private static final float LIST_SIZE = 9.5f;
    private static final float AMOUNT_COLUMN = 118;
    /** Where the date and the title of each line of the steps begin. */
    private static final float STEP_DATE = 42;
    private static final float STEP_TITLE = 170;
    private static final float MIN_TIMELINE = 170;
    private static final float MAX_TIMELINE = 330;

    /** One amount of the story: the sum and what it is (the event's title when the file says nothing). */
    record Amount(String value, String what) {
    }

    private final PDFont regular;
    private final PDFont bold;
    private final Language language;
    private final Messages messages;

    HandoutCover(PDFont regular, PDFont bold, Language language) {
        this.regular = regular;
        this.bold = bold;
        this.language = language;
        this.messages = Messages.of(language);
    }

    /** Draws the cover into {@code flow}, which runs from the top margin down to {@code bottom}. */
    void draw(PdfFlow flow, float bottom, Timeline timeline, Story story) throws IOException {
        flow.paragraph(story.title().in(language), bold, TITLE_SIZE, 0f, 3);
        story.subtitleText().ifPresent(s -> paragraph(flow, s.in(language), regular, 12, 0.3f, 2));
        String timelineTitle = timeline.title().in(language);
        if (!timelineTitle.equals(story.title().in(language))) {
            flow.down(4);
            flow.paragraph(timelineTitle, bold, 10, 0.35f, 2);
            timeline.subtitle().filter(s -> !s.equals(story.subtitle()))
                    .ifPresent(s -> paragraph(flow, s.in(language), regular, 9.5f, 0.35f, 2));
        }
        if (!story.steps().isEmpty()) {
            flow.down(3);
            flow.paragraph(facts(story), regular, 9.5f, 0.35f, 2);
        }
        flow.down(12);

        List<String> people = names(story, TimelineEvent::people);
        List<String> organisations = names(story, TimelineEvent::organizations);
        List<Amount> amounts = amounts(story);
        PdfFlow measure = PdfFlow.measuring(flow.width());
        lists(measure, Float.NEGATIVE_INFINITY, people, organisations, amounts);
        float listsHeight = -measure.y();
        float timelineHeight = Math.max(MIN_TIMELINE, Math.min(MAX_TIMELINE, flow.y() - bottom - listsHeight - 16));
        if (flow.drawing()) {
            new PdfTimelineDrawing(flow.content(), regular, bold, language).draw(
                    new PdfTimelineDrawing.Frame(flow.x(), flow.y(), flow.width(), timelineHeight),
                    timeline.eras(), timeline.events(), StoryCamera.overview(timeline.events()), null);
        }
        flow.down(timelineHeight + 16);
        lists(flow, bottom, people, organisations, amounts);
        steps(flow, bottom, story);
    }

    /** The steps, one a line (number, date, title), in what room the page has left. */
    private void steps(PdfFlow flow, float bottom, Story story) throws IOException {
        float line = LIST_SIZE * PdfFlow.LEADING;
        if (story.steps().isEmpty() || flow.y() - bottom < HEADING_SIZE * PdfFlow.LEADING + 3 * line) {
            return;
        }
        flow.down(4);
        heading(flow, "handout.cover.steps");
        List<Story.Step> steps = story.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (flow.y() - 2 * line < bottom && i < steps.size() - 1) {
                flow.paragraph(messages.format("handout.cover.more", steps.size() - i), regular, LIST_SIZE, 0.35f, 1);
                return;
            }
            TimelineEvent e = steps.get(i).event();
            float top = flow.y();
            flow.paragraph(messages.format("story.progress", i + 1, steps.size()), bold, LIST_SIZE, 0.35f, 1,
                    flow.x(), STEP_DATE - 4);
            flow.moveTo(top);
            flow.paragraph(DateTexts.displayed(e, language), regular, LIST_SIZE, 0.35f, 1, flow.x() + STEP_DATE,
                    STEP_TITLE - STEP_DATE - 8);
            flow.moveTo(top);
            flow.paragraph(e.title().in(language), regular, LIST_SIZE, 0.1f, 1, flow.x() + STEP_TITLE,
                    flow.width() - STEP_TITLE);
        }
    }

    private static void paragraph(PdfFlow flow, String text, PDFont font, float size, float grey, int lines) {
        try {
            flow.paragraph(text, font, size, grey, lines);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** "18 steps, Sep 2023 – Feb 2025" (a story has at least one step here). */
    private String facts(Story story) {
        List<TimelineEvent> events = story.steps().stream().map(Story.Step::event)
                .sorted(Timeline.CHRONOLOGICAL).toList();
        TimelineEvent last = events.stream().max(java.util.Comparator.comparingDouble(TimelineEvent::endDay)).orElseThrow();
        return messages.format("handout.cover.facts", story.steps().size(),
                DateTexts.displayed(events.get(0), language), DateTexts.displayed(last, language));
    }

    private void lists(PdfFlow flow, float bottom, List<String> people, List<String> organisations,
                       List<Amount> amounts) throws IOException {
        names(flow, bottom, "details.people", people, 4);
        names(flow, bottom, "details.organizations", organisations, 6);
        if (amounts.isEmpty() || flow.y() - bottom < 3 * HEADING_SIZE) {
            return;
        }
        heading(flow, "details.amounts");
        float line = LIST_SIZE * PdfFlow.LEADING;
        for (int i = 0; i < amounts.size(); i++) {
            Amount amount = amounts.get(i);
            if (flow.y() - 2 * line < bottom && i < amounts.size() - 1) {
                flow.down(line);
                flow.text(messages.format("handout.cover.more", amounts.size() - i), regular, LIST_SIZE, flow.x(),
                        flow.y() + LIST_SIZE * 0.3f, 0.35f);
                return;
            }
            float top = flow.y();
            flow.paragraph(amount.value(), bold, LIST_SIZE, 0.1f, 1, flow.x(), AMOUNT_COLUMN - 8);
            float afterValue = flow.y();
            flow.moveTo(top); // the label sits beside the value
            flow.paragraph(amount.what(), regular, LIST_SIZE, 0.2f, 2, flow.x() + AMOUNT_COLUMN,
                    flow.width() - AMOUNT_COLUMN);
            flow.moveTo(Math.min(flow.y(), afterValue) - 1.5f);
        }
    }

    private void names(PdfFlow flow, float bottom, String headingKey, List<String> names, int maxLines)
            throws IOException {
        if (names.isEmpty() || flow.y() - bottom < 3 * HEADING_SIZE) {
            return;
        }
        heading(flow, headingKey);
        int room = (int) Math.max(1, Math.min(maxLines, (flow.y() - bottom) / (LIST_SIZE * PdfFlow.LEADING)));
        flow.lines(PdfText.wrapItems(names, "  ·  ", regular, LIST_SIZE, flow.width()), regular, LIST_SIZE, 0.1f, room);
        flow.down(8);
    }

    private void heading(PdfFlow flow, String key) throws IOException {
        flow.paragraph(messages.get(key), bold, HEADING_SIZE, 0.25f, 1);
        flow.down(1);
    }

    /** The names the story's events give, each once (as written in the handout's language), in story order. */
    List<String> names(Story story, java.util.function.Function<TimelineEvent, List<LocalizedText>> of) {
        Set<String> names = new LinkedHashSet<>();
        for (Story.Step step : story.steps()) {
            for (LocalizedText name : of.apply(step.event())) {
                String text = name.in(language).strip();
                if (!text.isEmpty()) {
                    names.add(text);
                }
            }
        }
        return List.copyOf(names);
    }

    /** The amounts of the story's events, in story order; one event met twice gives its amounts once. */
    List<Amount> amounts(Story story) {
        List<Amount> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Story.Step step : story.steps()) {
            TimelineEvent e = step.event();
            if (!seen.add(e.id())) {
                continue;
            }
            for (MoneyAmount amount : e.amounts()) {
                String what = amount.label() == null || amount.label().isEmpty() ? e.title().in(language)
                        : amount.label().in(language);
                out.add(new Amount(MoneyTexts.format(amount, language), what));
            }
        }
        return out;
    }
}
