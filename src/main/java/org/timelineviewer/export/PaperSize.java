package org.timelineviewer.export;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The paper a handout is printed on: ISO A4, or US Letter where that is what printers hold (the
 * Americas' Letter countries, as in the Unicode CLDR's paper-size data). Sizes are in PDF points
 * (1/72 inch), portrait.
 */
public enum PaperSize {
    A4("a4", 595.2756f, 841.8898f),
    LETTER("letter", 612f, 792f);

    /** The regions whose printers hold Letter (CLDR supplemental data, paperSize US-Letter). */
    private static final Set<String> LETTER_REGIONS = Set.of(
            "US", "CA", "MX", "PH", "CL", "CO", "CR", "GT", "NI", "PA", "PR", "SV", "VE", "BZ");

    private final String code;
    private final float width;
    private final float height;

    PaperSize(String code, float width, float height) {
        this.code = code;
        this.width = width;
        this.height = height;
    }

    /** As the command line writes it: {@code a4} or {@code letter}. */
    public String code() {
        return code;
    }

    /** Portrait width in points. */
    public float width() {
        return width;
    }

    /** Portrait height in points. */
    public float height() {
        return height;
    }

    /** The paper of {@code code} ({@code a4}, {@code letter}, any case), or empty. */
    public static Optional<PaperSize> fromCode(String code) {
        for (PaperSize paper : values()) {
            if (paper.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(paper);
            }
        }
        return Optional.empty();
    }

    /** Letter for the US, Canada and the other Letter regions; A4 everywhere else and when no region is known. */
    public static PaperSize forLocale(Locale locale) {
        return LETTER_REGIONS.contains(locale.getCountry().toUpperCase(Locale.ROOT)) ? LETTER : A4;
    }

    /** The paper of the user's formatting locale. */
    public static PaperSize ofSystem() {
        return forLocale(Locale.getDefault(Locale.Category.FORMAT));
    }
}
