package org.timelineviewer.export;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.timelineviewer.i18n.DateTexts;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.LocalizedText;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

/**
 * A story as a PowerPoint deck (16:9): a title slide, then one slide per step with the timeline
 * as the audience saw it, the event's title, date, category, status, summary and source quote as
 * native, editable text boxes, and the step's speaker notes in the notes pane; in one language.
 *
 * <p>The one class (with {@link PptxText}) that uses Apache POI, which is large: nothing on the
 * way to the first frame refers to it, so POI is loaded only when a deck is first exported.
 */
public final class PptxDeck {

    /** 13.333 x 7.5 inches, PowerPoint's widescreen, in points. */
    static final Dimension SIZE = new Dimension(960, 540);
    private static final double MARGIN = 28;

    private PptxDeck() {
    }

    /** Writes the deck (any thread), given the pictures from {@link StepPictures#draw}. */
    public static void write(Path file, Timeline timeline, Story story, Language language,
                             List<BufferedImage> pictures) throws ExportException {
        List<byte[]> pngs = new java.util.ArrayList<>();
        SafeFiles.write(file, out -> {
            for (BufferedImage picture : pictures) {
                pngs.add(png(picture));
            }
            try (XMLSlideShow deck = new XMLSlideShow()) {
                deck.setPageSize(SIZE);
                deck.getProperties().getCoreProperties().setTitle(story.title().in(language));
                deck.getProperties().getCoreProperties().setCreator(Messages.of(language).get("app.name"));
                PptxText text = new PptxText(language);
                titleSlide(deck.createSlide(), timeline, story, language, text);
                for (int i = 0; i < story.steps().size(); i++) {
                    XSLFSlide slide = deck.createSlide();
                    stepSlide(deck, slide, story, i, language, text, pngs.get(i));
                    notes(deck.getNotesSlide(slide), story.steps().get(i), language, text);
                }
                deck.write(out);
            }
        });
    }

    private static void titleSlide(XSLFSlide slide, Timeline timeline, Story story, Language language, PptxText text) {
        double width = SIZE.width - 2 * MARGIN;
        XSLFTextBox title = text.box(slide, "Title", new Rectangle2D.Double(MARGIN, 170, width, 110),
                story.title().in(language), 40, true, PptxText.INK);
        PptxText.align(title, TextParagraph.TextAlign.CENTER);
        LocalizedText subtitle = story.subtitleText().or(timeline::subtitle).orElse(null);
        if (subtitle != null && !subtitle.isEmpty()) {
            XSLFTextBox box = text.box(slide, "Subtitle", new Rectangle2D.Double(MARGIN, 290, width, 80),
                    subtitle.in(language), 20, false, PptxText.GREY);
            PptxText.align(box, TextParagraph.TextAlign.CENTER);
        }
        if (!timeline.title().in(language).equals(story.title().in(language))) {
            XSLFTextBox box = text.box(slide, "Timeline", new Rectangle2D.Double(MARGIN, 460, width, 30),
                    timeline.title().in(language), 14, false, PptxText.GREY);
            PptxText.align(box, TextParagraph.TextAlign.CENTER);
        }
    }

    private static void stepSlide(XMLSlideShow deck, XSLFSlide slide, Story story, int index, Language language,
                                  PptxText text, byte[] png) {
        Messages messages = Messages.of(language);
        TimelineEvent e = story.steps().get(index).event();
        double width = SIZE.width - 2 * MARGIN;
        double y = 14;
        text.box(slide, "Story", new Rectangle2D.Double(MARGIN, y, width - 120, 18),
                story.title().in(language), 11, true, PptxText.GREY);
        XSLFTextBox progress = text.box(slide, "Progress", new Rectangle2D.Double(SIZE.width - MARGIN - 120, y, 120, 18),
                messages.format("story.progress", index + 1, story.steps().size()), 11, true, PptxText.GREY);
        PptxText.align(progress, TextParagraph.TextAlign.RIGHT);
        y += 22;

        double pictureHeight = width * StepPictures.HEIGHT / StepPictures.WIDTH;
        XSLFPictureShape picture = slide.createPicture(deck.addPicture(png, PictureData.PictureType.PNG));
        picture.setAnchor(new Rectangle2D.Double(MARGIN, y, width, pictureHeight));
        PptxText.name(picture, "Timeline", e.title().in(language) + " — " + DateTexts.displayed(e, language));
        y += pictureHeight + 10;

        // Date, category and status: one line, a run each, editable on their own.
        XSLFTextBox meta = text.box(slide, "Date", new Rectangle2D.Double(MARGIN, y, width, 20),
                DateTexts.displayed(e, language), 13, true, PptxText.GREY);
        XSLFTextParagraph line = meta.getTextParagraphs().get(0);
        text.run(line, "   ·   ", 13, true, PptxText.GREY);
        text.run(line, e.category().label().in(language), 13, true, PptxText.GREY);
        if (e.status().isStated()) {
            text.run(line, "   ·   ", 13, true, PptxText.GREY);
            text.run(line, messages.get("status." + e.status().code()), 13, true, PptxText.GREY);
        }
        y += 22;
        text.box(slide, "Title", new Rectangle2D.Double(MARGIN, y, width, 36), e.title().in(language), 24, true,
                PptxText.INK);
        y += 38;
        java.util.Optional<String> translation = org.timelineviewer.i18n.QuoteTranslation.labelled(e.source(), language);
        double quoteTop = SIZE.height - MARGIN - (translation.isPresent() ? 68 : 34);
        if (!e.summary().isEmpty()) {
            text.box(slide, "Summary", new Rectangle2D.Double(MARGIN, y, width, quoteTop - y - 4),
                    e.summary().in(language), 14, false, PptxText.INK);
        }
        if (e.source() != null) {
            String quote = org.timelineviewer.i18n.QuotationMarks.around(e.source().quote()) + "  — " + e.source().source().name().in(language);
            XSLFTextBox box = text.box(slide, "Quote", new Rectangle2D.Double(MARGIN, quoteTop, width, SIZE.height - quoteTop - 10),
                    quote, 11, false, PptxText.GREY);
            // A Latin quote in italics; Chinese is never slanted (that would be a synthetic oblique).
            boolean italic = quote.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            box.getTextParagraphs().get(0).getTextRuns().forEach(r -> r.setItalic(italic));
            // The translation under the quote, labelled as one, in a paragraph of its own (never in quotation marks).
            translation.ifPresent(t -> text.run(box.addNewTextParagraph(), t, 11, false, PptxText.GREY)
                    .setItalic(t.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)));
        }
    }

    /**
     * Where the notes go on a printed notes page (portrait, 540 x 720 points, the slide above):
     * POI's default notes master puts its body partly off the page's right edge, where LibreOffice
     * cut the notes off in print.
     */
    private static final Rectangle2D NOTES_BODY = new Rectangle2D.Double(54, 300, 432, 370);
    /** The slide on the notes page, 16:9 across the page's width (the master's is 4:3, off centre). */
    private static final Rectangle2D NOTES_SLIDE = new Rectangle2D.Double(54, 40, 432, 243);

    /** The step's speaker notes in the notes pane's body. */
    private static void notes(XSLFNotes notes, Story.Step step, Language language, PptxText text) {
        String said = step.notesText().map(n -> n.in(language)).orElse("");
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.SLIDE_IMAGE) {
                shape.setAnchor(NOTES_SLIDE);
            }
            if (shape.getTextType() == Placeholder.BODY) {
                shape.clearText();
                shape.setAnchor(NOTES_BODY);
                for (String paragraph : said.split("\\R", -1)) {
                    XSLFTextParagraph p = shape.addNewTextParagraph();
                    p.setBullet(false);
                    p.setIndent(0.0);
                    p.setLeftMargin(0.0);
                    text.run(p, paragraph, 12, false, PptxText.INK);
                }
            }
        }
    }

    private static byte[] png(BufferedImage picture) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(picture, "png", bytes)) {
            throw new IOException("no PNG writer");
        }
        return bytes.toByteArray();
    }
}
