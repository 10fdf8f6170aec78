package org.timelineviewer.export;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextFont;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.timelineviewer.model.Language;

/**
 * Native, editable text in a PowerPoint deck: text boxes whose runs name the bundled Chinese font
 * for East Asian text (the run's {@code ea} font, with the GB2312 character set as a hint for
 * substitution where it is not installed) and a Latin font for Latin text, and the run's
 * language, so PowerPoint and LibreOffice pick a Chinese font for Chinese text, never a Latin one
 * that would show boxes.
 *
 * <p>The Latin font is not the CJK one: in Noto Sans CJK SC the curly quotes and apostrophe are
 * full width, as Chinese sets them, and "Alibaba’s" came out as "Alibaba’ s" in LibreOffice.
 * Arial is in every PowerPoint, and LibreOffice draws it with the metric-compatible Liberation Sans.
 */
final class PptxText {

    /** The family of the bundled fonts (BundledFonts.FAMILY, which the export layer cannot see). */
    static final String EAST_ASIAN_FONT = "Noto Sans CJK SC";
    static final String LATIN_FONT = "Arial";
    /** Variable pitch, sans serif (the swiss family): what to substitute a missing font with. */
    private static final byte SANS_PITCH_FAMILY = 0x22;
    /** The Windows character set GB2312 (134) as the signed byte DrawingML keeps. */
    private static final byte GB2312 = (byte) 134;
    static final Color INK = new Color(0x1F, 0x23, 0x28);
    static final Color GREY = new Color(0x59, 0x63, 0x6E);

    private final Language language;

    PptxText(Language language) {
        this.language = language;
    }

    /** A box named {@code name} with one paragraph of {@code text}, wrapping, shrunk to fit if need be. */
    XSLFTextBox box(XSLFSheet sheet, String name, Rectangle2D anchor, String text, double size, boolean bold,
                    Color colour) {
        XSLFTextBox box = sheet.createTextBox();
        ((CTShape) box.getXmlObject()).getNvSpPr().getCNvPr().setName(name);
        box.setAnchor(anchor);
        box.setWordWrap(true);
        box.setInsets(new org.apache.poi.sl.usermodel.Insets2D(0, 0, 0, 0));
        box.setTextAutofit(XSLFTextShape.TextAutofit.NORMAL);
        box.clearText();
        XSLFTextParagraph paragraph = box.addNewTextParagraph();
        run(paragraph, text, size, bold, colour);
        return box;
    }

    /** Names a picture and gives it a description (the alternative text a screen reader says). */
    static void name(XSLFPictureShape picture, String name, String description) {
        var properties = ((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr();
        properties.setName(name);
        properties.setDescr(description);
    }

    /** Aligns every paragraph of {@code box}. */
    static void align(XSLFTextShape box, TextParagraph.TextAlign align) {
        box.getTextParagraphs().forEach(p -> p.setTextAlign(align));
    }

    /** Adds a run of {@code text} to {@code paragraph} in the bundled font. */
    XSLFTextRun run(XSLFTextParagraph paragraph, String text, double size, boolean bold, Color colour) {
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(colour);
        font(run);
        return run;
    }

    /** Names the fonts of the run's Latin and East Asian text, and the run's language. */
    void font(XSLFTextRun run) {
        run.setFontFamily(LATIN_FONT, FontGroup.LATIN);
        run.setFontFamily(EAST_ASIAN_FONT, FontGroup.EAST_ASIAN);
        CTTextCharacterProperties properties = run.getRPr(true);
        properties.getLatin().setPitchFamily(SANS_PITCH_FAMILY);
        CTTextFont eastAsian = properties.getEa();
        eastAsian.setCharset(GB2312);
        eastAsian.setPitchFamily(SANS_PITCH_FAMILY);
        properties.setLang(language == Language.ZH ? "zh-CN" : "en-US");
        properties.setAltLang(language == Language.ZH ? "en-US" : "zh-CN");
    }
}
