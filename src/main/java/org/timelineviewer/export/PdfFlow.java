package org.timelineviewer.export;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A column of a PDF page that text flows down: wrapped paragraphs from the current line down,
 * each at most so many lines. Without a content stream it only measures, moving down as drawing
 * would, so that a layout can ask how tall something is before it places it.
 */
final class PdfFlow {

    /** Line height as a multiple of the font size: room for CJK glyphs and Latin descenders. */
    static final float LEADING = 1.45f;

    private final PDPageContentStream content;
    private final float x;
    private final float width;
    private float y;

    /** @param content where to draw, or null to measure only */
    PdfFlow(PDPageContentStream content, float x, float top, float width) {
        this.content = content;
        this.x = x;
        this.y = top;
        this.width = width;
    }

    /** A flow that draws nothing, for measuring. */
    static PdfFlow measuring(float width) {
        return new PdfFlow(null, 0, 0, width);
    }

    float x() {
        return x;
    }

    float width() {
        return width;
    }

    /** The current line's top (PDF y: upwards). */
    float y() {
        return y;
    }

    boolean drawing() {
        return content != null;
    }

    PDPageContentStream content() {
        return content;
    }

    void moveTo(float top) {
        y = top;
    }

    void down(float points) {
        y -= points;
    }

    /** Lines of {@code text} wrapped to the column, at most {@code maxLines} (the last one cut with an ellipsis). */
    static List<String> lines(String text, PDFont font, float size, float width, int maxLines) throws IOException {
        List<String> lines = new java.util.ArrayList<>(PdfText.wrap(text, font, size, width));
        if (lines.size() > maxLines) {
            lines = new java.util.ArrayList<>(lines.subList(0, Math.max(0, maxLines)));
            if (!lines.isEmpty()) {
                String last = lines.get(lines.size() - 1);
                lines.set(lines.size() - 1, PdfText.fitted(last + "…", font, size, width));
            }
        }
        return lines;
    }

    /** Draws wrapped text from the current line down, at most {@code maxLines} lines, in a grey from 0 (black). */
    void paragraph(String text, PDFont font, float size, float grey, int maxLines) throws IOException {
        paragraph(text, font, size, grey, maxLines, x, width);
    }

    /** As {@link #paragraph(String, PDFont, float, float, int)}, in a narrower column from {@code left}. */
    void paragraph(String text, PDFont font, float size, float grey, int maxLines, float left, float columnWidth)
            throws IOException {
        for (String line : lines(text, font, size, columnWidth, maxLines)) {
            y -= size * LEADING;
            text(line, font, size, left, y + size * 0.3f, grey);
        }
    }

    /** Draws {@code lines} (already wrapped) from the current line down, at most {@code maxLines}, the last one cut with an ellipsis. */
    void lines(List<String> lines, PDFont font, float size, float grey, int maxLines) throws IOException {
        for (int i = 0; i < lines.size() && i < maxLines; i++) {
            String line = i == maxLines - 1 && lines.size() > maxLines
                    ? PdfText.fitted(lines.get(i) + "…", font, size, width) : lines.get(i);
            y -= size * LEADING;
            text(line, font, size, x, y + size * 0.3f, grey);
        }
    }

    /** Height of {@code text} as {@link #paragraph} would draw it. */
    float height(String text, PDFont font, float size, int maxLines) throws IOException {
        return lines(text, font, size, width, maxLines).size() * size * LEADING;
    }

    /** One line of text at a baseline, drawn only when this flow draws. */
    void text(String text, PDFont font, float size, float left, float baseline, float grey) throws IOException {
        if (content == null) {
            return;
        }
        content.beginText();
        content.setNonStrokingColor(grey, grey, grey);
        content.setFont(font, size);
        content.newLineAtOffset(left, baseline);
        content.showText(PdfText.drawable(text, font));
        content.endText();
    }
}
