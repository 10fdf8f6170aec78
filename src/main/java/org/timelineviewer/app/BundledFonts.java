package org.timelineviewer.app;

import java.util.List;
import java.util.logging.Logger;
import javafx.scene.text.Font;

/**
 * Loads the fonts shipped in {@code assets/fonts} (a subset of Noto Sans CJK SC, SIL OFL 1.1), so
 * Chinese renders on machines without any CJK font. The stylesheet names the family.
 */
public final class BundledFonts {

    /** The family the bundled files register; the application stylesheet uses it. */
    public static final String FAMILY = "Noto Sans CJK SC";

    private static final Logger LOG = Logger.getLogger(BundledFonts.class.getName());
    private static final List<String> FILES = List.of("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf");
    /** A folder holding the same font files outside the jar, set by the packaged app's launcher. */
    public static final String FOLDER_PROPERTY = "timelineviewer.fonts";

    private BundledFonts() {
    }

    /**
     * Loads every bundled font; returns how many loaded. A missing font is logged, not fatal. The
     * packaged app keeps the font files beside its jar as well (system property
     * {@value #FOLDER_PROPERTY}): JavaFX reads a font file in place, but copies one inside a jar to
     * a temporary file first, 4 MB here, on every start.
     */
    public static int load() {
        String folder = System.getProperty(FOLDER_PROPERTY);
        int loaded = 0;
        for (String file : FILES) {
            java.net.URL url = null;
            if (folder != null && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(folder, file))) {
                url = toUrl(java.nio.file.Path.of(folder, file));
            }
            if (url == null) {
                url = BundledFonts.class.getResource("/assets/fonts/" + file);
            }
            if (url == null) {
                LOG.warning("bundled font missing from the application: " + file);
                continue;
            }
            if (Font.loadFont(url.toExternalForm(), 14) == null) {
                LOG.warning("bundled font could not be loaded: " + url);
            } else {
                loaded++;
            }
        }
        return loaded;
    }

    private static java.net.URL toUrl(java.nio.file.Path path) {
        try {
            return path.toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            return null;
        }
    }
}
