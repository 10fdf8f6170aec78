package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The bundled CJK font loads into JavaFX under the family the stylesheet names. */
@ExtendWith(ApplicationExtension.class)
class BundledFontsFxTest {

    @Test
    void bothWeightsLoadAndTheStylesheetNamesTheirFamily() throws Exception {
        assertThat(BundledFonts.load()).isEqualTo(2);
        assertThat(Font.getFamilies()).contains(BundledFonts.FAMILY);
        assertThat(Font.font(BundledFonts.FAMILY, 14).getFamily()).isEqualTo(BundledFonts.FAMILY);
        try (InputStream css = TimelineApp.class.getResourceAsStream("app.css")) {
            String text = new String(css.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("-fx-font-family: \"" + BundledFonts.FAMILY + "\"");
        }
    }

    @Test
    void thePackagedAppsFontFolderIsReadInPlaceAndAFolderWithoutThemFallsBackToTheJar() {
        String before = System.getProperty(BundledFonts.FOLDER_PROPERTY);
        try {
            System.setProperty(BundledFonts.FOLDER_PROPERTY, java.nio.file.Path.of("assets", "fonts").toAbsolutePath().toString());
            assertThat(BundledFonts.load()).isEqualTo(2);
            System.setProperty(BundledFonts.FOLDER_PROPERTY, java.nio.file.Path.of("no-such-folder").toAbsolutePath().toString());
            assertThat(BundledFonts.load()).isEqualTo(2);
            assertThat(Font.font(BundledFonts.FAMILY, 14).getFamily()).isEqualTo(BundledFonts.FAMILY);
        } finally {
            if (before == null) {
                System.clearProperty(BundledFonts.FOLDER_PROPERTY);
            } else {
                System.setProperty(BundledFonts.FOLDER_PROPERTY, before);
            }
        }
    }
}
