package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.testing.FxWait;

/**
 * Ctrl + / Ctrl − / Ctrl 0 make the main window's text (the details, the toolbar, the timeline's
 * labels) larger, smaller and normal again, within bounds; the size is remembered; at 150 % a
 * 1280 x 720 projector still shows every toolbar item.
 */
class UiZoomFxTest extends FxAppTest {

    @Test
    void ctrlPlusMakesTheDetailsTheToolbarAndTheTimelineLabelsLargerAndCtrl0MakesThemNormal() {
        onFx(() -> state().select(state().getTimeline().events().get(2)));
        settle();
        double title = fontSize("#details-title");
        double present = fontSize("#present");
        double marker = fontSize(".event-label");
        double status = fontSize("#status-count");
        double icon = presentIconWidth();
        assertThat(title).as("the details title at 100 %, as app.css says").isCloseTo(21, org.assertj.core.data.Offset.offset(0.01));
        double lineHeight = titleLineHeight();

        FxWait.chord(KeyCode.CONTROL, KeyCode.EQUALS);
        settle();
        assertThat(window().uiZoom().percent()).isEqualTo(110);
        assertThat(window().getStyle()).as("the root's font size").contains("-fx-font-size: 15.40px");
        assertThat(fontSize("#details-title")).isCloseTo(title * 1.1, org.assertj.core.data.Offset.offset(0.05));
        assertThat(((Label) node("#zoom-toast")).getText()).isEqualTo("Text size 110 %");

        FxWait.chord(KeyCode.CONTROL, KeyCode.PLUS);
        FxWait.chord(KeyCode.CONTROL, KeyCode.ADD);
        settle();
        assertThat(window().uiZoom().percent()).isEqualTo(150);
        assertThat(fontSize("#details-title")).as("the details").isCloseTo(title * 1.5, org.assertj.core.data.Offset.offset(0.05));
        assertThat(fontSize("#present")).as("the toolbar").isCloseTo(present * 1.5, org.assertj.core.data.Offset.offset(0.05));
        assertThat(fontSize(".event-label")).as("the timeline's labels").isCloseTo(marker * 1.5, org.assertj.core.data.Offset.offset(0.05));
        assertThat(fontSize("#status-count")).as("the status bar").isCloseTo(status * 1.5, org.assertj.core.data.Offset.offset(0.05));
        assertThat(presentIconWidth()).as("the icons").isCloseTo(icon * 1.5, org.assertj.core.data.Offset.offset(0.1));
        assertThat(titleLineHeight()).as("the details title drawn larger too").isGreaterThan(lineHeight * 1.4);
        assertThat(((Label) node("#zoom-toast")).getText()).isEqualTo("Text size 150 %");

        FxWait.chord(KeyCode.CONTROL, KeyCode.DIGIT0);
        settle();
        assertThat(window().uiZoom().percent()).isEqualTo(100);
        assertThat(fontSize("#details-title")).isCloseTo(title, org.assertj.core.data.Offset.offset(0.01));
        assertThat(fontSize(".event-label")).isCloseTo(marker, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void theTextSizeStopsAt80And250PerCentAndCtrlMinusDoesNotZoomTheTimeline() {
        TimeWindow view = state().viewport().getWindow();
        for (int i = 0; i < 5; i++) {
            FxWait.chord(KeyCode.CONTROL, KeyCode.MINUS);
        }
        FxWait.chord(KeyCode.CONTROL, KeyCode.SUBTRACT);
        settle();
        assertThat(window().uiZoom().percent()).isEqualTo(80);
        assertThat(fontSize("#status-count")).isCloseTo(14 * 0.8, org.assertj.core.data.Offset.offset(0.05));
        assertThat(((Label) node("#zoom-toast")).getText()).isEqualTo("Text size 80 %");
        assertThat(state().viewport().getWindow()).as("the timeline kept its zoom").isEqualTo(view);
        for (int i = 0; i < 14; i++) {
            FxWait.chord(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        settle();
        assertThat(window().uiZoom().percent()).isEqualTo(250);
        assertThat(fontSize("#status-count")).isCloseTo(14 * 2.5, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void plusWithoutCtrlStillZoomsTheTimelineAndCtrlWheelStillZoomsItToo() {
        TimeWindow view = state().viewport().getWindow();
        FxWait.keys(KeyCode.EQUALS);
        waitUntil("the timeline zoomed in", () -> state().viewport().getWindow().span() < view.span());
        assertThat(window().uiZoom().percent()).isEqualTo(100);

        TimeWindow before = state().viewport().getWindow();
        Node timeline = timeline();
        Bounds b = FxWait.call(() -> timeline.localToScreen(timeline.getLayoutBounds()));
        FxWait.run(() -> new javafx.scene.robot.Robot().keyPress(KeyCode.CONTROL));
        try {
            FxWait.wheel(new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY()), 2);
        } finally {
            FxWait.run(() -> new javafx.scene.robot.Robot().keyRelease(KeyCode.CONTROL));
        }
        waitUntil("Ctrl+wheel zoomed the timeline", () -> state().viewport().getWindow().span() != before.span());
        assertThat(window().uiZoom().percent()).as("not the text size").isEqualTo(100);
    }

    @Test
    void theTextSizeIsRememberedAcrossARestart() throws Exception {
        for (int i = 0; i < 3; i++) {
            FxWait.chord(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        onFx(() -> stage.getOnCloseRequest().handle(null));
        stopApp();
        stage = FxToolkit.registerPrimaryStage();
        startWithoutClearing();
        assertThat(window().uiZoom().percent()).isEqualTo(150);
        assertThat(fontSize("#status-count")).isCloseTo(21, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void at150PerCentA1280By720WindowStillShowsEveryToolbarItemWithIconsForTheLongLabels() {
        onFx(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
            window().uiZoom().set(1.5);
        });
        waitUntil("the window 1280 px wide", () -> scene().getWidth() == 1280);
        settle();
        settle();
        for (String id : List.of("#file-menu", "#zoom-in", "#zoom-out", "#fit-all", "#lanes", "#search", "#categories",
                "#export", "#present", "#lang-zh", "#lang-en")) {
            Node node = node(id);
            Bounds bounds = FxWait.call(() -> node.getScene() == null ? null : node.localToScene(node.getBoundsInLocal()));
            assertThat(bounds).as("%s in the toolbar", id).isNotNull();
            assertThat(bounds.getMaxX()).as("%s within the window", id).isLessThanOrEqualTo(1280);
            assertThat(FxWait.call(node::isVisible)).as("%s shown", id).isTrue();
        }
        for (Node overflow : lookup(".tool-bar-overflow-button").queryAll()) {
            assertThat(FxWait.call(overflow::isVisible)).as("nothing in the overflow menu").isFalse();
        }
        assertThat(FxWait.call(() -> ((Labeled) node("#export")).getContentDisplay())).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
        assertThat(FxWait.call(() -> ((Labeled) node("#present")).getText())).as("the main button keeps its words")
                .isEqualTo("Present the story (F5)");
        assertThat(fontSize("#present")).isCloseTo(21, org.assertj.core.data.Offset.offset(0.05));

        onFx(() -> {
            stage.setWidth(1600);
            stage.setHeight(1000);
            window().uiZoom().reset();
        });
        waitUntil("the window 1600 px wide", () -> scene().getWidth() == 1600);
        settle();
        settle();
        assertThat(FxWait.call(() -> ((Labeled) node("#export")).getContentDisplay())).as("labels back")
                .isEqualTo(ContentDisplay.LEFT);
    }

    @Test
    void atTheLargestTextTheDetailsChipsWrapRatherThanBeingCutShort() {
        onFx(() -> {
            stage.setWidth(1280);
            state().select(state().getTimeline().events().stream().filter(e -> e.id().equals("merger-talk")).findFirst().orElseThrow());
            window().uiZoom().set(2.5);
        });
        waitUntil("the window 1280 px wide", () -> scene().getWidth() == 1280);
        javafx.scene.control.SplitPane split = lookup(".main-split").query();
        onFx(() -> split.setDividerPositions(0.8)); // a narrow details pane, some 250 px
        settle();
        settle();
        for (String id : List.of(".category-chip", "#details-status")) {
            Labeled chip = (Labeled) node(id);
            double width = FxWait.call(chip::getWidth);
            double needed = FxWait.call(() -> chip.prefWidth(-1));
            assertThat(width).as("%s (%s) whole", id, FxWait.call(chip::getText)).isGreaterThanOrEqualTo(needed - 0.5);
        }
        onFx(() -> {
            stage.setWidth(1600);
            window().uiZoom().reset();
        });
        waitUntil("the window back to 1600 px", () -> scene().getWidth() == 1600);
    }

    /** The Present button's icon as drawn, scaled. */
    private double presentIconWidth() {
        return FxWait.call(() -> ((Labeled) node("#present")).getGraphic().getLayoutBounds().getWidth());
    }

    /** The height of the details title's first line of text as drawn. */
    private double titleLineHeight() {
        return FxWait.call(() -> node("#details-title").lookup(".text").getLayoutBounds().getHeight());
    }

    private double fontSize(String query) {
        Node node = node(query);
        return FxWait.call(() -> ((Labeled) node).getFont().getSize());
    }
}
