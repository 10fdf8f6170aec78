package org.timelineviewer.control;

import java.util.Arrays;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The width of a one-line text in a font, added up from each character's advance, measured once
 * per character. Laying out a crowded view meets thousands of new titles a frame, and laying
 * each out as a {@link Text} was a third of the frame. Texts in scripts whose glyphs change with
 * their neighbours (combining marks, Arabic, Indic and other shaped scripts, surrogate pairs) are
 * laid out whole, as before.
 */
final class GlyphAdvances {

    private final Text probe = new Text();
    private final float[][] pages = new float[256][];
    private Font font;
    private double pairWidth;

    /** The width {@code text} takes in {@code font}, as a {@link Text} would lay it out. */
    double width(String text, Font font) {
        if (!font.equals(this.font)) {
            this.font = font;
            Arrays.fill(pages, null);
            probe.setFont(font);
            pairWidth = measure("aa");
        }
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!addsUp(c)) {
                return measure(text);
            }
            float[] page = pages[c >>> 8];
            if (page == null) {
                page = new float[256];
                Arrays.fill(page, Float.NaN);
                pages[c >>> 8] = page;
            }
            float advance = page[c & 0xFF];
            if (Float.isNaN(advance)) {
                // between two letters: a space alone, or last, would not be counted
                advance = (float) (measure("a" + c + "a") - pairWidth);
                page[c & 0xFF] = advance;
            }
            width += advance;
        }
        return width;
    }

    private double measure(String text) {
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    /** Whether {@code c}'s advance is the same wherever it stands (no shaping, no combining). */
    static boolean addsUp(char c) {
        return c >= 0x20 && c < 0x0300 // Latin
                || c >= 0x0370 && c < 0x0590 // Greek, Cyrillic, Armenian
                || c >= 0x2000 && c < 0x2070 // general punctuation
                || c >= 0x20A0 && c < 0x20C0 // currency signs
                || c >= 0x2E80 && c < 0xA000 // CJK radicals, punctuation, kana, ideographs
                || c >= 0xAC00 && c < 0xD7A4 // Hangul syllables
                || c >= 0xF900 && c < 0xFB00 // CJK compatibility ideographs
                || c >= 0xFF01 && c < 0xFFEF; // full-width forms
    }
}
