package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimeWindow;

class ViewerPreferencesTest {

    private Preferences node;
    private ViewerPreferences preferences;

    @BeforeEach
    void freshNode() throws Exception {
        node = Preferences.userRoot().node("/org/timelineviewer/unit-test-" + System.nanoTime());
        preferences = new ViewerPreferences(node);
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void nothingSavedGivesDefaults() {
        assertThat(preferences.load()).isEqualTo(ViewerPreferences.defaults());
    }

    @Test
    void whatIsSavedComesBack() {
        ViewerPreferences.Saved saved = new ViewerPreferences.Saved(
                Optional.of(new ViewerPreferences.Bounds(40, 60, 1500, 900)), false, Optional.of(Language.ZH),
                Optional.of(new TimeWindow(19000, 19500)), true, java.util.OptionalDouble.of(480));
        preferences.save(saved);
        assertThat(new ViewerPreferences(node).load()).isEqualTo(saved);
    }

    @Test
    void corruptValuesFallBackToDefaultsOneByOne() {
        node.put("window.x", "left");
        node.put("window.y", "10");
        node.put("window.width", "-5");
        node.put("window.height", "NaN");
        node.put("language", "klingon");
        node.put("view.start", "20000");
        node.put("view.end", "19000");
        node.put("lanes", "maybe");
        node.put("details.width", "7");
        ViewerPreferences.Saved loaded = preferences.load();
        assertThat(loaded.bounds()).isEmpty();
        assertThat(loaded.language()).isEmpty();
        assertThat(loaded.view()).isEmpty();
        assertThat(loaded.lanes()).isFalse();
        assertThat(loaded.detailsWidth()).isEmpty();
    }

    @Test
    void infiniteOrHugeWindowIsIgnored() {
        node.putDouble("window.x", 0);
        node.putDouble("window.y", 0);
        node.putDouble("window.width", Double.POSITIVE_INFINITY);
        node.putDouble("window.height", 1e9);
        node.put("view.start", "-Infinity");
        node.put("view.end", "0");
        assertThat(preferences.load().bounds()).isEmpty();
        assertThat(preferences.load().view()).isEmpty();
    }
}
