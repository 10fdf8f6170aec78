package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The main window's text size survives in the preferences; anything unreadable means 100 %. */
class UiZoomPreferenceTest {

    private Preferences node;

    @BeforeEach
    void freshNode() {
        node = Preferences.userRoot().node("/org/timelineviewer/unit-test-zoom-" + System.nanoTime());
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void nothingSavedIsNormalSize() {
        assertThat(new ViewerPreferences(node).uiZoom()).isEqualTo(1.0);
    }

    @Test
    void whatIsSavedComesBackAndLeavesTheRestAlone() {
        new ViewerPreferences(node).saveUiZoom(1.75);
        assertThat(new ViewerPreferences(node).uiZoom()).isEqualTo(1.75);
        assertThat(new ViewerPreferences(node).load()).isEqualTo(ViewerPreferences.defaults());
    }

    @Test
    void unreadableValuesAreNormalSize() {
        for (String bad : new String[] {"big", "NaN", "-2", "0", "Infinity"}) {
            node.put("ui.zoom", bad);
            assertThat(new ViewerPreferences(node).uiZoom()).as(bad).isEqualTo(1.0);
        }
    }
}
