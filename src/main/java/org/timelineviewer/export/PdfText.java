package org.timelineviewer.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Line breaking for PDF text in two scripts: Latin breaks at spaces, Chinese between any two
 * characters (but not before closing punctuation). Characters the font cannot draw become "?"
 * rather than failing the whole handout.
 */
final class PdfText {

    private static final String NO_BREAK_BEFORE = "，。、；：？！）》」』”’,.;:?!)]";
    private static final String NO_BREAK_AFTER = "“‘（《「『([";

    private PdfText() {
    }

    /** {@code text} in lines no wider than {@code width} points. */
    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : drawable(text, font).split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String token : splitWide(tokens(paragraph), font, size, width)) {
                String candidate = line + token;
                if (line.length() > 0 && width(candidate.stripTrailing(), font, size) > width) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    if (token.isBlank()) {
                        continue;
                    }
                }
                line.append(token);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /**
     * {@code items} (names) joined by {@code separator} into lines no wider than {@code width},
     * breaking only between items, so that no name is split across lines (Chinese names would
     * otherwise break between any two characters); an item wider than a line is wrapped alone.
     */
    static List<String> wrapItems(List<String> items, String separator, PDFont font, float size, float width)
            throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String item : items) {
            String drawable = drawable(item, font);
            String candidate = line.length() == 0 ? drawable : line + separator + drawable;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            List<String> pieces = wrap(drawable, font, size, width);
            lines.addAll(pieces.subList(0, pieces.size() - 1));
            line.append(pieces.get(pieces.size() - 1));
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Tokens wider than a whole line (a long URL) cut into pieces that fit. */
    private static List<String> splitWide(List<String> tokens, PDFont font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        for (String token : tokens) {
            if (width(token, font, size) <= width) {
                out.add(token);
                continue;
            }
            StringBuilder piece = new StringBuilder();
            for (int i = 0; i < token.length(); ) {
                int cp = token.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                i += Character.charCount(cp);
                if (piece.length() > 0 && width(piece + ch, font, size) > width) {
                    out.add(piece.toString());
                    piece.setLength(0);
                }
                piece.append(ch);
            }
            out.add(piece.toString());
        }
        return out;
    }

    /** {@code text} cut to fit {@code width} points, an ellipsis at the cut; the whole text when it fits. */
    static String fitted(String text, PDFont font, float size, float width) throws IOException {
        String drawable = drawable(text, font);
        if (width(drawable, font, size) <= width) {
            return drawable;
        }
        int end = drawable.length();
        while (end > 0 && width(drawable.substring(0, end).stripTrailing() + "…", font, size) > width) {
            end = drawable.offsetByCodePoints(end, -1);
        }
        return end == 0 ? "" : drawable.substring(0, end).stripTrailing() + "…";
    }

    static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Words, spaces and single CJK characters (with any closing punctuation glued on). */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            i += Character.charCount(cp);
            boolean cjk = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303F)
                    || (cp >= 0xFF00 && cp <= 0xFFEF);
            if (NO_BREAK_BEFORE.contains(ch) && (word.length() > 0 || !out.isEmpty())) {
                if (word.length() > 0) {
                    word.append(ch);
                } else {
                    // Glue to the previous word; a space before closing punctuation is dropped,
                    // so a line never starts with " ，".
                    if (out.get(out.size() - 1).isBlank() && out.size() > 1) {
                        out.remove(out.size() - 1);
                    }
                    out.set(out.size() - 1, out.get(out.size() - 1) + ch);
                }
            } else if (NO_BREAK_AFTER.contains(ch)) {
                flush(word, out);
                word.append(ch); // an opening mark stays with what follows it
            } else if (cp == ' ') {
                flush(word, out);
                out.add(" ");
            } else if (cjk) {
                if (!onlyOpening(word)) {
                    flush(word, out);
                }
                word.append(ch);
                flush(word, out);
            } else {
                word.append(ch);
            }
        }
        flush(word, out);
        return out;
    }

    private static boolean onlyOpening(StringBuilder word) {
        if (word.length() == 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (NO_BREAK_AFTER.indexOf(word.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    /** The text with every character the font lacks replaced by "?". */
    static String drawable(String text, PDFont font) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append(cp == '\n' ? "\n" : "?");
            }
        });
        return out.toString();
    }
}
