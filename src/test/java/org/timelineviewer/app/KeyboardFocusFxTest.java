package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.timelineviewer.control.TimelineView;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.TimelineEvent;

/** The timeline's keys keep working in the main window whatever the view did, unless a text field has the keys. */
class KeyboardFocusFxTest extends FxAppTest {

    @Test
    void zoomingInAndSteppingPastTheEdgeKeepsTheKeysOnTheTimeline() {
        onFx(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        waitUntil("a full-HD window", () -> scene().getWidth() == 1920);
        settle();
        for (int i = 0; i < 3; i++) {
            key(KeyCode.EQUALS);
        }
        // Step through every event: the view moves under the markers, which are handed to other
        // events or put away as they leave the view.
        TimelineEvent previous = null;
        for (int i = 0; i < 8; i++) {
            key(KeyCode.RIGHT);
            assertThat(state().getSelected()).as("step %d", i).isNotNull().isNotEqualTo(previous);
            assertThat(keysGoToTheTimeline()).as("focus after step %d: %s", i, focusOwner()).isTrue();
            previous = state().getSelected();
        }
        key(KeyCode.END);
        assertThat(state().getSelected().id()).isEqualTo("delta-span");
        key(KeyCode.DIGIT0);
        assertThat(state().viewport().countInView()).isEqualTo(15);
        key(KeyCode.LEFT);
        assertThat(state().getSelected().id()).isEqualTo("series-a");
        key(KeyCode.HOME);
        assertThat(state().getSelected().id()).isEqualTo("alpha-launch");
        TimeWindow before = state().viewport().getWindow();
        key(KeyCode.EQUALS);
        assertThat(state().viewport().getWindow().span()).isLessThan(before.span());
        key(KeyCode.MINUS);
        assertThat(state().viewport().getWindow().span()).isCloseTo(before.span(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(focusOwner()).isNotInstanceOf(TextInputControl.class);
    }

    @Test
    void whenTheFocusedEventLeavesTheViewTheTimelineKeepsTheKeys() {
        onFx(() -> timeline().requestFocus());
        key(KeyCode.HOME);
        assertThat(state().getSelected().id()).isEqualTo("alpha-launch");
        assertThat(focusOwner()).as("the selected event's marker has the focus (screen readers announce it)")
                .isInstanceOf(javafx.scene.layout.Region.class).isNotInstanceOf(TimelineView.class);
        // The view moves away from the selected event: its marker is put away.
        onFx(() -> state().viewport().show(new TimeWindow(org.timelineviewer.testing.UiFixture.day("2022-01-01"),
                org.timelineviewer.testing.UiFixture.day("2022-12-31"))));
        settle();
        assertThat(focusOwner()).as("not the details pane's links nor the search field").isInstanceOf(TimelineView.class);
        key(KeyCode.RIGHT);
        assertThat(state().getSelected().id()).isEqualTo("ada-joins");
    }

    @Test
    void keysPressedWhileSomethingElseHasTheFocusStillReachTheTimeline() {
        onFx(() -> state().select(state().getTimeline().event("alpha-launch").orElseThrow()));
        settle();
        clickOn("#related-beta-launch");
        settle();
        onFx(() -> node("#details").requestFocus());
        key(KeyCode.RIGHT);
        assertThat(state().getSelected().id()).as("→ with the details pane focused").isEqualTo("long-project");
        assertThat(keysGoToTheTimeline()).isTrue();
    }

    @Test
    void aClickedSearchFieldKeepsItsKeys() {
        clickOn("#search");
        type(KeyCode.A);
        assertThat(state().searchTextProperty().get()).isEqualTo("a");
        type(KeyCode.RIGHT, KeyCode.HOME);
        assertThat(state().getSelected()).as("arrows move the caret, not the selection").isNull();
        type(KeyCode.ESCAPE);
        assertThat(state().searchTextProperty().get()).isEmpty();
    }

    private void key(KeyCode code) {
        org.timelineviewer.testing.FxWait.keys(code);
    }

    private Node focusOwner() {
        return FxWaitCall.focusOwner(scene());
    }

    /** True when the focus owner is the timeline or one of its event markers. */
    private boolean keysGoToTheTimeline() {
        Node focus = focusOwner();
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof TimelineView) {
                return true;
            }
        }
        return false;
    }

    /** Reads the focus owner on the FX thread. */
    private static final class FxWaitCall {
        static Node focusOwner(javafx.scene.Scene scene) {
            return org.timelineviewer.testing.FxWait.call(scene::getFocusOwner);
        }
    }
}
