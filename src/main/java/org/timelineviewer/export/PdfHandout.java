package org.timelineviewer.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.timelineviewer.i18n.DateTexts;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.presentation.StoryCamera;

/**
 * A handout of a story on A4 or Letter, portrait, in one language with the Chinese font embedded:
 * a cover page (see {@link HandoutCover}), then the steps, as many to a page as fit (two, mostly),
 * each with the timeline as the audience saw it drawn in vectors ({@link PdfTimelineDrawing}), the
 * event's details and its source quote. What a page has left over goes to its timelines, so no
 * page ends in an empty third. The presenter's copy adds each step's speaker notes under it.
 */
public final class PdfHandout {

    private static final float MARGIN = 40;
    private static final float HEADER = 20;
    private static final float BLOCK_GAP = 24;
    /**
     * The timeline of a step at its smallest, when steps are packed onto pages, and the most it
     * grows to when a page's spare room is shared out.
     */
    private static final float TIMELINE_HEIGHT = 120;
    private static final float TIMELINE_MAX = 420;
    /** The speaker notes in the presenter's copy: their size and the most lines they take. */
    private static final float NOTES_SIZE = 10;
    private static final int NOTES_MAX_LINES = 12;

    private PdfHandout() {
    }

    /**
     * Writes the handout (any thread) on {@code paper}; {@code withNotes} makes the presenter's
     * copy: under each step, its speaker notes.
     */
    public static void write(Path file, Timeline timeline, Story story, Language language, PaperSize paper,
                             boolean withNotes) throws ExportException {
        SafeFiles.write(file, out -> {
            try (PDDocument document = new PDDocument()) {
                PDFont regular = font(document, "NotoSansSC-Regular.ttf");
                PDFont bold = font(document, "NotoSansSC-Bold.ttf");
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle(story.title().in(language));
                info.setCreator(Messages.of(language).get("app.name"));
                document.getDocumentCatalog().setLanguage(language.code());
                new Pages(document, paper, regular, bold, language, withNotes).draw(timeline, story);
                document.save(out);
            }
        });
    }

    private static PDFont font(PDDocument document, String file) throws IOException {
        try (InputStream in = PdfHandout.class.getResourceAsStream("/assets/fonts/" + file)) {
            if (in == null) {
                throw new IOException("the bundled font " + file + " is missing");
            }
            return PDType0Font.load(document, in);
        }
    }

    /** The cover, then the steps packed onto pages. */
    private static final class Pages {
        private final PDDocument document;
        private final PDRectangle size;
        private final PDFont regular;
        private final PDFont bold;
        private final Language language;
        private final Messages messages;
        private final boolean withNotes;

        Pages(PDDocument document, PaperSize paper, PDFont regular, PDFont bold, Language language, boolean withNotes) {
            this.document = document;
            this.size = new PDRectangle(paper.width(), paper.height());
            this.regular = regular;
            this.bold = bold;
            this.language = language;
            this.messages = Messages.of(language);
            this.withNotes = withNotes;
        }

        void draw(Timeline timeline, Story story) throws IOException {
            float width = size.getWidth() - 2 * MARGIN;
            PDPage cover = new PDPage(size);
            document.addPage(cover);
            try (PDPageContentStream content = new PDPageContentStream(document, cover)) {
                new HandoutCover(regular, bold, language).draw(
                        new PdfFlow(content, MARGIN, size.getHeight() - MARGIN, width), MARGIN, timeline, story);
            }
            float room = size.getHeight() - 2 * MARGIN - HEADER;
            List<StepBlock> blocks = new ArrayList<>();
            for (int i = 0; i < story.steps().size(); i++) {
                StepBlock block = new StepBlock(timeline, story, i);
                PdfFlow measure = PdfFlow.measuring(width);
                block.draw(measure, TIMELINE_HEIGHT, Float.NEGATIVE_INFINITY);
                block.height = Math.min(room, -measure.y());
                blocks.add(block);
            }
            List<List<StepBlock>> pages = pack(blocks, room);
            for (int p = 0; p < pages.size(); p++) {
                drawPage(story, pages.get(p), p + 2, pages.size() + 1, width, room);
            }
        }

        /** Steps in order, spread evenly over as few pages as they fit on (see {@link HandoutPacking}). */
        private static List<List<StepBlock>> pack(List<StepBlock> blocks, float room) {
            float[] heights = new float[blocks.size()];
            for (int i = 0; i < heights.length; i++) {
                heights[i] = blocks.get(i).height;
            }
            List<List<StepBlock>> pages = new ArrayList<>();
            int next = 0;
            for (int count : HandoutPacking.pages(heights, room, BLOCK_GAP, TIMELINE_MAX - TIMELINE_HEIGHT)) {
                pages.add(blocks.subList(next, next + count));
                next += count;
            }
            return pages;
        }

        private void drawPage(Story story, List<StepBlock> blocks, int number, int count, float width, float room)
                throws IOException {
            PDPage page = new PDPage(size);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                PdfFlow flow = new PdfFlow(content, MARGIN, size.getHeight() - MARGIN, width);
                float baseline = flow.y() - 9;
                flow.text(PdfText.fitted(story.title().in(language), bold, 9, width - 60), bold, 9, MARGIN, baseline, 0.35f);
                String progress = messages.format("story.progress", number, count);
                flow.text(progress, bold, 9, MARGIN + width - PdfText.width(progress, bold, 9), baseline, 0.35f);
                flow.down(HEADER);
                float used = (blocks.size() - 1) * BLOCK_GAP;
                for (StepBlock block : blocks) {
                    used += block.height;
                }
                // The page's spare room goes to its timelines (up to a point), not to an empty foot.
                float grow = Math.max(0, Math.min(TIMELINE_MAX - TIMELINE_HEIGHT, (room - used) / blocks.size()));
                for (int i = 0; i < blocks.size(); i++) {
                    if (i > 0) {
                        flow.down(BLOCK_GAP / 2);
                        content.setStrokingColor(0.82f, 0.85f, 0.88f);
                        content.setLineWidth(0.6f);
                        content.moveTo(MARGIN, flow.y());
                        content.lineTo(MARGIN + width, flow.y());
                        content.stroke();
                        flow.down(BLOCK_GAP / 2);
                    }
                    float bottom = flow.y() - blocks.get(i).height - grow;
                    blocks.get(i).draw(flow, TIMELINE_HEIGHT + grow, Math.max(MARGIN, bottom));
                }
            }
        }

        /** One step: its timeline, then its details top to bottom. */
        private final class StepBlock {
            private final Timeline timeline;
            private final Story story;
            private final int index;
            /** The measured height at the base timeline height (at most a page). */
            private float height;

            StepBlock(Timeline timeline, Story story, int index) {
                this.timeline = timeline;
                this.story = story;
                this.index = index;
            }

            /** Draws (or measures) the step from the flow's line down, not past {@code bottom}. */
            void draw(PdfFlow flow, float timelineHeight, float bottom) throws IOException {
                Story.Step step = story.steps().get(index);
                TimelineEvent e = step.event();
                float width = flow.width();
                if (flow.drawing()) {
                    new PdfTimelineDrawing(flow.content(), regular, bold, language).draw(
                            new PdfTimelineDrawing.Frame(flow.x(), flow.y(), width, timelineHeight),
                            timeline.eras(), timeline.events(), StoryCamera.frame(e, timeline.events()), e);
                }
                flow.down(timelineHeight + 6);
                String meta = DateTexts.displayed(e, language) + "   ·   " + e.category().label().in(language)
                        + (e.status().isStated() ? "   ·   " + messages.get("status." + e.status().code()) : "");
                String progress = messages.format("story.progress", index + 1, story.steps().size());
                float progressWidth = PdfText.width(progress, bold, 9);
                flow.text(progress, bold, 9, flow.x() + width - progressWidth, flow.y() - 9 * PdfFlow.LEADING + 2.7f, 0.35f);
                flow.paragraph(meta, bold, 9, 0.25f, 1, flow.x(), width - progressWidth - 12);
                flow.down(2);
                flow.paragraph(e.title().in(language), bold, 14, 0f, 2);
                if (!e.summary().isEmpty()) {
                    flow.paragraph(e.summary().in(language), regular, 10.5f, 0f, 3);
                }
                flow.down(3);
                String notes = withNotes ? step.notesText().map(n -> n.in(language)).orElse("") : "";
                float notesHeight = notes.isBlank() ? 0 : 20 + flow.height(notes, regular, NOTES_SIZE, NOTES_MAX_LINES);
                PdfFlow quoteMeasure = PdfFlow.measuring(width);
                quote(quoteMeasure, e, Float.NEGATIVE_INFINITY);
                float quoteHeight = -quoteMeasure.y();
                if (e.descriptionText().isPresent()) {
                    float line = 9 * PdfFlow.LEADING;
                    // (half a point of slack: the block was measured to fit exactly, and floats round)
                    int room = (int) Math.max(1, (flow.y() - bottom - quoteHeight - notesHeight + 0.5f) / line);
                    flow.paragraph(e.descriptionText().get().in(language), regular, 9, 0.15f, room);
                }
                quote(flow, e, bottom + notesHeight);
                if (!notes.isBlank()) {
                    flow.down(8);
                    flow.paragraph(messages.get("handout.notes"), bold, 9, 0.35f, 1);
                    int room = (int) Math.max(1, Math.min(NOTES_MAX_LINES, (flow.y() - bottom + 0.5f) / (NOTES_SIZE * PdfFlow.LEADING)));
                    flow.paragraph(notes, regular, NOTES_SIZE, 0f, room);
                }
            }

            /** The event's source quote, in its own marks, and where it is from; not past {@code bottom}. */
            private void quote(PdfFlow flow, TimelineEvent e, float bottom) throws IOException {
                if (e.source() == null) {
                    return;
                }
                flow.down(5);
                String quote = org.timelineviewer.i18n.QuotationMarks.around(e.source().quote()) + "  — "
                        + e.source().source().name().in(language);
                int room = (int) Math.max(1, (flow.y() - bottom + 0.5f) / (8.5f * PdfFlow.LEADING));
                java.util.Optional<String> translation =
                        org.timelineviewer.i18n.QuoteTranslation.labelled(e.source(), language);
                flow.paragraph(quote, regular, 8.5f, 0.4f, translation.isPresent() ? Math.max(1, room - room / 2) : room);
                if (translation.isPresent()) { // under the quote, labelled, never in quotation marks
                    int left = (int) Math.max(1, (flow.y() - bottom + 0.5f) / (8.5f * PdfFlow.LEADING));
                    flow.paragraph(translation.get(), regular, 8.5f, 0.5f, left);
                }
            }
        }
    }
}
