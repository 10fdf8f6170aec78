package org.timelineviewer.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.timelineviewer.i18n.DateTexts;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

/**
 * A handout of a story: one A4 landscape page per step with the timeline as the audience saw
 * it, the event's details and its source quote, in one language, with the Chinese font embedded.
 */
public final class PdfHandout {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    /** The speaker notes in the presenter's copy: their size and the most lines they take. */
    private static final float NOTES_SIZE = 10;
    private static final int NOTES_MAX_LINES = 9;

    private PdfHandout() {
    }

    /** Writes the handout (any thread), given the pictures from {@link StepPictures#draw}. */
    public static void write(Path file, Timeline timeline, Story story, Language language,
                             List<BufferedImage> pictures) throws ExportException {
        write(file, timeline, story, language, pictures, false);
    }

    /**
     * As {@link #write(Path, Timeline, Story, Language, List)}; {@code withNotes} makes the
     * presenter's copy: under each step, its speaker notes (the description gives them room).
     */
    public static void write(Path file, Timeline timeline, Story story, Language language,
                             List<BufferedImage> pictures, boolean withNotes) throws ExportException {
        SafeFiles.write(file, out -> {
            try (PDDocument document = new PDDocument()) {
                PDFont regular = font(document, "NotoSansSC-Regular.ttf");
                PDFont bold = font(document, "NotoSansSC-Bold.ttf");
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle(story.title().in(language));
                info.setCreator(Messages.of(language).get("app.name"));
                document.getDocumentCatalog().setLanguage(language.code());
                for (int i = 0; i < story.steps().size(); i++) {
                    PDPage page = new PDPage(PAGE);
                    document.addPage(page);
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        new HandoutPage(content, regular, bold, language, withNotes).draw(timeline, story, i,
                                LosslessFactory.createFromImage(document, pictures.get(i)));
                    }
                }
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

    /** One page's drawing, top to bottom. */
    private static final class HandoutPage {
        private final PDPageContentStream content;
        private final PDFont regular;
        private final PDFont bold;
        private final Language language;
        private final Messages messages;
        private final boolean withNotes;
        private float y = PAGE.getHeight() - MARGIN;

        HandoutPage(PDPageContentStream content, PDFont regular, PDFont bold, Language language, boolean withNotes) {
            this.withNotes = withNotes;
            this.content = content;
            this.regular = regular;
            this.bold = bold;
            this.language = language;
            this.messages = Messages.of(language);
        }

        void draw(Timeline timeline, Story story, int index, PDImageXObject picture) throws IOException {
            Story.Step step = story.steps().get(index);
            TimelineEvent e = step.event();
            float width = PAGE.getWidth() - 2 * MARGIN;
            text(story.title().in(language), bold, 9, MARGIN, y, 0.35f);
            String progress = messages.format("story.progress", index + 1, story.steps().size());
            text(progress, bold, 9, PAGE.getWidth() - MARGIN - PdfText.width(progress, bold, 9), y, 0.35f);
            y -= 12;
            float pictureHeight = width * StepPictures.HEIGHT / StepPictures.WIDTH;
            content.drawImage(picture, MARGIN, y - pictureHeight, width, pictureHeight);
            y -= pictureHeight + 20;
            String meta = DateTexts.displayed(e, language) + "   ·   " + e.category().label().in(language)
                    + (e.status().isStated() ? "   ·   " + messages.get("status." + e.status().code()) : "");
            paragraph(meta, bold, 10, width, 0.25f, 1);
            y -= 4;
            paragraph(e.title().in(language), bold, 18, width, 0f, 2);
            y -= 2;
            if (!e.summary().isEmpty()) {
                paragraph(e.summary().in(language), regular, 11.5f, width, 0f, 3);
            }
            y -= 4;
            // The presenter's copy keeps room at the foot of the page for the notes, which come first.
            String notes = withNotes ? step.notesText().map(n -> n.in(language)).orElse("") : "";
            int notesLines = notes.isBlank() ? 0 : Math.min(NOTES_MAX_LINES, PdfText.wrap(notes, regular, NOTES_SIZE, width).size());
            float notesReserve = notesLines == 0 ? 0 : 22 + notesLines * NOTES_SIZE * 1.45f;
            float quoteReserve = 60 + notesReserve;
            e.descriptionText().ifPresent(d -> {
                try {
                    int room = (int) Math.max(1, (y - MARGIN - quoteReserve) / (9.5f * 1.45f));
                    paragraph(d.in(language), regular, 9.5f, width, 0.15f, room);
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            });
            if (e.source() != null) {
                y -= 6;
                String quote = org.timelineviewer.i18n.QuotationMarks.around(e.source().quote()) + "  — " + e.source().source().name().in(language);
                int room = (int) Math.max(1, (y - MARGIN - notesReserve) / (9f * 1.45f));
                java.util.Optional<String> translation = org.timelineviewer.i18n.QuoteTranslation.labelled(e.source(), language);
                float top = y;
                paragraph(quote, regular, 9, width, 0.4f, translation.isPresent() ? Math.max(1, (room + 1) / 2) : room);
                if (translation.isPresent()) { // under the quote, labelled, never in quotation marks
                    paragraph(translation.get(), regular, 9, width, 0.5f, Math.max(1, room - Math.round((top - y) / (9f * 1.45f))));
                }
            }
            if (notesLines > 0) {
                y = MARGIN + notesReserve - 4;
                text(messages.get("handout.notes"), bold, 9, MARGIN, y, 0.35f);
                y -= 2;
                paragraph(notes, regular, NOTES_SIZE, width, 0f, notesLines);
            }
        }

        /** Draws wrapped text from the current y down, at most {@code maxLines} lines. */
        private void paragraph(String text, PDFont font, float size, float width, float grey, int maxLines)
                throws IOException {
            List<String> lines = PdfText.wrap(text, font, size, width);
            for (int i = 0; i < lines.size() && i < maxLines; i++) {
                String line = lines.get(i);
                if (i == maxLines - 1 && lines.size() > maxLines) {
                    line = line.substring(0, Math.max(0, line.length() - 2)) + "…";
                }
                y -= size * 1.45f;
                text(line, font, size, MARGIN, y, grey);
            }
        }

        private void text(String text, PDFont font, float size, float x, float baseline, float grey) throws IOException {
            content.beginText();
            content.setNonStrokingColor(grey, grey, grey);
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(PdfText.drawable(text, font));
            content.endText();
        }
    }
}
