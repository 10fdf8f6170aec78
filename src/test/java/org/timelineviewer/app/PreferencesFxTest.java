package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.testing.UiFixture;

/** Language, lanes, the last view and the split survive a restart; corrupt preferences do not break the start. */
class PreferencesFxTest extends FxAppTest {

    @Test
    void languageLanesAndViewAreRememberedAcrossARestart() throws Exception {
        clickOn("#lang-zh");
        clickOn("#lanes");
        TimeWindow view = new TimeWindow(UiFixture.day("2021-01-01"), UiFixture.day("2021-10-01"));
        onFx(() -> state().viewport().show(view));
        closeWindow();
        restart();
        assertThat(state().getLanguage()).isEqualTo(Language.ZH);
        assertThat(((Label) node("#timeline-title")).getText()).isEqualTo("测试时间线");
        assertThat(timeline().isLanesVisible()).isTrue();
        assertThat(state().viewport().getWindow().start()).isCloseTo(view.start(), Offset.offset(0.5));
        assertThat(state().viewport().getWindow().end()).isCloseTo(view.end(), Offset.offset(0.5));
        assertThat(timeline().getVisibleWindow()).as("the control shows the viewport's window")
                .isEqualTo(state().viewport().getWindow());
    }

    @Test
    void theSplitComesBackWhereItWasAtTheSameWindowSize() throws Exception {
        SplitPane split = lookup(".main-split").query();
        onFx(() -> split.setDividerPositions(0.55));
        settle();
        double detailsWidth = split.getWidth() * (1 - split.getDividerPositions()[0]);
        closeWindow();
        restart();
        SplitPane again = lookup(".main-split").query();
        double restored = again.getWidth() * (1 - again.getDividerPositions()[0]);
        assertThat(restored).as("the details pane's width in pixels").isCloseTo(detailsWidth, Offset.offset(2.0));
    }

    @Test
    void corruptPreferencesStillOpenTheWindowWithEveryEvent() throws Exception {
        var node = ViewerPreferences.forUser().node();
        node.put("window.width", "wide");
        node.put("view.start", "soon");
        node.put("language", "");
        node.put("details.width", "-1");
        node.flush();
        restart();
        assertThat(timeline().getEvents()).hasSize(UiFixture.EVENTS);
        assertThat(state().viewport().countInView()).isEqualTo(UiFixture.EVENTS);
    }

    /** Closes the window as the user does, which saves the preferences. */
    private void closeWindow() {
        onFx(() -> stage.getOnCloseRequest().handle(null));
    }

    /** Stops the app and starts it again without clearing the preferences. */
    private void restart() throws Exception {
        stopApp();
        stage = FxToolkit.registerPrimaryStage();
        startWithoutClearing();
    }
}
