package org.timelineviewer.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineviewer.app.TimelineSource;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

/** The timeline control alone, with the bundled data: what is drawn and how it answers input. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewFxTest extends FxRobot {

    private TimelineView view;
    private Timeline data;

    @Start
    void start(Stage stage) throws Exception {
        data = new TimelineSource(new TimelineFileReader()).bundled();
        view = new TimelineView();
        view.setAnimated(false);
        view.setTimeline(data);
        stage.setScene(new Scene(view, 1400, 700));
        stage.setWidth(1400); // the stage is shared between tests: undo any resizing a test did
        stage.setHeight(700);
        stage.show();
        view.requestFocus();
    }

    @Test
    void visibleLabelsNeverOverlapAtSeveralZoomLevels() {
        List<TimeWindow> windows = List.of(
                TimeWindow.framing(data.firstDay(), data.lastDay(), 0.04),
                new TimeWindow(day("2023-06-01"), day("2025-03-01")),
                new TimeWindow(day("2024-09-01"), day("2025-02-20")),
                new TimeWindow(day("2025-01-15"), day("2025-02-15")));
        for (Language language : Language.values()) {
            for (TimeWindow window : windows) {
                interact(() -> {
                    view.setLanguage(language);
                    view.showWindow(window);
                });
                settle();
                List<Bounds> labels = visible(".event-label").stream()
                        .map(n -> n.localToScene(n.getLayoutBounds())).toList();
                assertThat(labels).as("labels at %s in %s", window, language).isNotEmpty();
                for (int i = 0; i < labels.size(); i++) {
                    for (int j = i + 1; j < labels.size(); j++) {
                        assertThat(labels.get(i).intersects(labels.get(j)))
                                .as("labels %d and %d overlap at %s in %s", i, j, window, language).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void everyEventIsLabelledOrCountedInABadge() {
        interact(() -> view.showWindow(new TimeWindow(day("2016-06-01"), day("2025-06-01"))));
        settle();
        int labelled = visible(".event-marker").size();
        int counted = visible(".cluster-badge").stream()
                .mapToInt(n -> Integer.parseInt(((javafx.scene.control.Label) n).getText().substring(1))).sum();
        assertThat(labelled + counted).isEqualTo(data.events().size());
    }

    @Test
    void aCountBadgeAppearsWhenTooDenseAndClickingItZoomsIn() {
        interact(() -> {
            view.getScene().getWindow().setHeight(260);
            view.showWindow(new TimeWindow(day("2016-06-01"), day("2025-06-01")));
        });
        settle();
        List<Node> badges = visible(".cluster-badge");
        assertThat(badges).isNotEmpty();
        double before = view.getVisibleWindow().span();
        clickOn(badges.get(0));
        settle();
        assertThat(view.getVisibleWindow().span()).isLessThan(before);
    }

    @Test
    void wheelZoomKeepsTheInstantUnderThePointer() {
        interact(() -> view.showWindow(new TimeWindow(day("2023-01-01"), day("2025-06-01"))));
        settle();
        double x = 500;
        double anchor = new TimeScale(view.getVisibleWindow(), view.getWidth()).toDay(x);
        Bounds b = view.localToScreen(view.getLayoutBounds());
        moveTo(b.getMinX() + x, b.getMinY() + 120);
        scroll(3, VerticalDirection.UP);
        settle();
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        settle();
        TimeWindow zoomed = view.getVisibleWindow();
        // (Monocle's robot and a real mouse disagree on which way is "up"; the direction is not the point here.)
        double before = day("2025-06-01") - day("2023-01-01");
        assertThat(Math.abs(zoomed.span() - before)).as("the wheel zooms").isGreaterThan(before * 0.1);
        assertThat(new TimeScale(zoomed, view.getWidth()).toDay(x)).isCloseTo(anchor, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void keysZoomFitAndPan() {
        double fit = view.getVisibleWindow().span();
        type(KeyCode.EQUALS);
        settle();
        assertThat(view.getVisibleWindow().span()).isLessThan(fit);
        double start = view.getVisibleWindow().start();
        press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        settle();
        assertThat(view.getVisibleWindow().start()).isGreaterThan(start);
        type(KeyCode.MINUS);
        type(KeyCode.DIGIT0);
        settle();
        assertThat(view.getVisibleWindow().span()).isCloseTo(fit, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void zoomIsClampedBetweenADayAndDecades() {
        for (int i = 0; i < 40; i++) {
            interact(view::zoomIn);
        }
        assertThat(view.getVisibleWindow().span()).isCloseTo(TimeScale.MIN_SPAN_DAYS, org.assertj.core.data.Offset.offset(1e-6));
        for (int i = 0; i < 40; i++) {
            interact(view::zoomOut);
        }
        assertThat(view.getVisibleWindow().span()).isLessThanOrEqualTo(TimeScale.DEFAULT_MAX_SPAN_DAYS + 1e-6)
                .isGreaterThan(3650);
    }

    @Test
    void arrowKeysBringTheSelectionIntoViewAndMarkersHaveAccessibleNames() {
        interact(() -> view.showWindow(new TimeWindow(day("2017-01-01"), day("2018-01-01"))));
        type(KeyCode.END);
        settle();
        TimelineEvent last = data.events().get(data.events().size() - 1);
        assertThat(view.getSelectedEvent()).isEqualTo(last);
        assertThat(view.getVisibleWindow().contains(last.startDay())).isTrue();
        Node selected = visible(".event-marker").stream()
                .filter(n -> n.getProperties().get(TimelineView.EVENT_KEY) == last).findFirst().orElseThrow();
        assertThat(selected.getAccessibleText()).startsWith(last.title().en());
        assertThat(selected.getPseudoClassStates().toString()).contains("selected");
    }

    @Test
    void lanesPutEachCategoryInItsOwnBand() {
        interact(() -> view.setLanesVisible(true));
        settle();
        assertThat(visible(".lane-label")).hasSize(data.categories().size());
        // every marker sits inside the band of its category
        List<Node> bands = new ArrayList<>(visible(".lane-band"));
        bands.sort((a, b) -> Double.compare(a.getLayoutY(), b.getLayoutY()));
        for (Node marker : visible(".event-marker")) {
            TimelineEvent e = (TimelineEvent) marker.getProperties().get(TimelineView.EVENT_KEY);
            int lane = data.categories().indexOf(e.category());
            Node band = bands.get(lane);
            assertThat(marker.getLayoutY()).isBetween(band.getLayoutY(), band.getLayoutY() + band.getLayoutBounds().getHeight());
        }
    }

    @Test
    void markersReusedForOtherEventsTakeOnTheirLook() {
        // Zooming in and out hands markers from one event to another, preferring one that looked
        // the same; whichever it gets, a marker must show its own event's classes and colour.
        List<TimeWindow> windows = List.of(
                new TimeWindow(day("2016-06-01"), day("2019-01-01")),
                new TimeWindow(day("2024-09-01"), day("2025-02-20")),
                new TimeWindow(day("2019-01-01"), day("2023-01-01")),
                TimeWindow.framing(data.firstDay(), data.lastDay(), 0.04),
                new TimeWindow(day("2025-01-15"), day("2025-02-15")));
        for (TimeWindow window : windows) {
            interact(() -> view.showWindow(window));
            settle();
            List<Node> markers = visible(".event-marker");
            assertThat(markers).isNotEmpty();
            for (Node marker : markers) {
                TimelineEvent e = (TimelineEvent) marker.getProperties().get(TimelineView.EVENT_KEY);
                assertThat(marker.getStyleClass()).as(e.id()).containsExactlyElementsOf(EventMarker.styleClasses(e));
                assertThat(marker.getStyle()).as(e.id()).contains(e.category().color());
                javafx.scene.layout.Region shape = (javafx.scene.layout.Region) marker.lookup(".event-shape");
                assertThat(shape.getBackground()).as("styled: %s", e.id()).isNotNull();
            }
        }
    }

    private List<Node> visible(String selector) {
        return lookup(selector).queryAll().stream().filter(TimelineViewFxTest::shown).toList();
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static double day(String iso) {
        return java.time.LocalDate.parse(iso).toEpochDay();
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(30, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
