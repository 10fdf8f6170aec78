package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.timelineviewer.control.TimeWindow;
import org.timelineviewer.model.Language;

/** Language, lanes and the last view survive a restart; corrupt preferences do not break the start. */
class PreferencesFxTest extends FxAppTest {

    @Test
    void languageLanesAndViewAreRememberedAcrossARestart() throws Exception {
        clickOn("#lang-zh");
        clickOn("#lanes");
        TimeWindow view = new TimeWindow(19_700, 20_000);
        interact(() -> timeline().showWindow(view));
        interact(() -> stage.getOnCloseRequest().handle(null));
        restart();
        assertThat(timeline().getLanguage()).isEqualTo(Language.ZH);
        assertThat(((Label) node("#timeline-title")).getText()).isEqualTo(timeline().getTimeline().title().zh());
        assertThat(timeline().isLanesVisible()).isTrue();
        assertThat(timeline().getVisibleWindow().start()).isCloseTo(view.start(), org.assertj.core.data.Offset.offset(0.5));
        assertThat(timeline().getVisibleWindow().end()).isCloseTo(view.end(), org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void corruptPreferencesStillOpenTheWindowWithEveryEvent() throws Exception {
        var node = ViewerPreferences.forUser().node();
        node.put("window.width", "wide");
        node.put("view.start", "soon");
        node.put("language", "");
        node.put("divider", "-1");
        node.flush();
        restart();
        assertThat(timeline().getEvents()).hasSize(timeline().getTimeline().events().size());
        assertThat(timeline().eventsInView()).hasSize(timeline().getTimeline().events().size());
    }

    /** Stops the app and starts it again without clearing the preferences. */
    private void restart() throws Exception {
        stopApp();
        stage = FxToolkit.registerPrimaryStage();
        startWithoutClearing();
    }
}
