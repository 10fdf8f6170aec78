package org.timelineviewer.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.logging.Level;
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

    private BundledFonts() {
    }

    /** Loads every bundled font; returns how many loaded. A missing font is logged, not fatal. */
    public static int load() {
        int loaded = 0;
        for (String file : FILES) {
            try (InputStream in = BundledFonts.class.getResourceAsStream("/assets/fonts/" + file)) {
                if (in == null) {
                    LOG.warning("bundled font missing from the application: " + file);
                    continue;
                }
                Font font = Font.loadFont(in, 14);
                if (font == null) {
                    LOG.warning("bundled font could not be loaded: " + file);
                } else {
                    loaded++;
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "bundled font could not be read: " + file, e);
            }
        }
        return loaded;
    }
}
