package org.timelineviewer.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timelineviewer.testing.UiFixture.day;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.UiFixture;

/** The timeline control alone, on the UI fixture: what is drawn and how it answers input. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewFxTest extends FxRobot {

    private TimelineView view;
    private Timeline data;

    @Start
    void start(Stage stage) {
        data = UiFixture.timeline();
        view = new TimelineView();
        view.setAnimated(false);
        view.setTimeline(data);
        stage.setScene(new Scene(view, 1400, 700));
        stage.setWidth(1400); // the stage is shared between tests: undo any resizing a test did
        stage.setHeight(700);
        stage.show();
        view.requestFocus();
    }

    @org.junit.jupiter.api.BeforeEach
    void atItsUsualSize() {
        FxWait.until("the window at 1400 x 700", () -> view.getScene().getWidth() == 1400 && view.getScene().getHeight() == 700);
        FxWait.pulse();
        FxWait.settle();
    }

    @Test
    void visibleLabelsNeverOverlapAtSeveralZoomLevels() {
        List<TimeWindow> windows = List.of(
                TimeWindow.framing(data.firstDay(), data.lastDay(), 0.04),
                new TimeWindow(day("2020-01-01"), day("2021-06-01")),
                new TimeWindow(day("2021-09-01"), day("2022-03-01")),
                new TimeWindow(day("2022-01-01"), day("2022-01-20")));
        for (Language language : Language.values()) {
            for (TimeWindow window : windows) {
                FxWait.run(() -> {
                    view.setLanguage(language);
                    view.showWindow(window);
                });
                FxWait.settle();
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
        resize(700, 260);
        FxWait.run(() -> view.showWindow(new TimeWindow(day("2012-01-01"), day("2030-01-01"))));
        FxWait.settle();
        int labelled = visible(".event-marker").size();
        List<Node> badges = visible(".cluster-badge");
        int counted = badges.stream()
                .mapToInt(n -> Integer.parseInt(((javafx.scene.control.Label) n).getText().substring(1))).sum();
        assertThat(badges).as("too dense for every label at this height").isNotEmpty();
        assertThat(labelled + counted).isEqualTo(UiFixture.EVENTS);
    }

    /** Badges sit on whole pixels: their rounded ground is drawn from a picture, which between pixels would blur. */
    @Test
    void countBadgesSitOnWholePixels() {
        resize(700, 260);
        FxWait.run(() -> view.showWindow(new TimeWindow(day("2012-01-01"), day("2030-01-01"))));
        FxWait.settle();
        List<String> off = FxWait.call(() -> visible(".cluster-badge").stream()
                .map(n -> n.localToScene(0, 0))
                .filter(p -> p.getX() != Math.rint(p.getX()) || p.getY() != Math.rint(p.getY()))
                .map(String::valueOf).toList());
        assertThat(visible(".cluster-badge")).isNotEmpty();
        assertThat(off).as("badges between pixels").isEmpty();
    }

    /**
     * No region as wide as the view has a ground of more than one fill: JavaFX draws such a ground
     * from a picture stretched over the region, where a plain fill is a filled rectangle, and the
     * layers across the view are painted again every frame it zooms or pans (the axis's two fills
     * cost a zoom frame a millisecond of the render thread at 1,000 events).
     */
    @Test
    void noLayerAcrossTheViewHasAGroundOfSeveralFills() {
        resize(700, 260);
        FxWait.settle();
        List<String> layered = FxWait.call(() -> view.lookupAll("*").stream()
                .filter(n -> n.isVisible() && n instanceof javafx.scene.layout.Region)
                .map(n -> (javafx.scene.layout.Region) n)
                .filter(r -> r.getWidth() >= view.getWidth() / 2 && r.getBackground() != null
                        && r.getBackground().getFills().size() > 1)
                .map(r -> r.getStyleClass() + " " + r.getBackground().getFills().size()).toList());
        assertThat(FxWait.call(() -> view.lookup(".axis").isVisible())).isTrue();
        assertThat(layered).isEmpty();
    }

    /** A screen reader asking a badge what it is hears the words the cluster text factory gives for its count. */
    @Test
    void aCountBadgeSaysItsCountInTheWordsOfTheClusterTextFactory() {
        resize(700, 260);
        FxWait.run(() -> {
            view.setClusterTextFactory(n -> n + " more here");
            view.showWindow(new TimeWindow(day("2012-01-01"), day("2030-01-01")));
        });
        FxWait.settle();
        javafx.scene.control.Label badge = (javafx.scene.control.Label) visible(".cluster-badge").get(0);
        String count = badge.getText().substring(1);
        assertThat(FxWait.call(() -> badge.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.TEXT)))
                .isEqualTo(count + " more here");
        FxWait.run(() -> view.setClusterTextFactory(n -> "zoom in on " + n));
        FxWait.settle();
        javafx.scene.control.Label again = (javafx.scene.control.Label) visible(".cluster-badge").get(0);
        assertThat(FxWait.call(() -> again.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.TEXT)))
                .isEqualTo("zoom in on " + again.getText().substring(1));
    }

    @Test
    void clickingACountBadgeZoomsInOnItsEvents() {
        resize(700, 260);
        FxWait.run(() -> view.showWindow(new TimeWindow(day("2012-01-01"), day("2030-01-01"))));
        FxWait.settle();
        Node badge = visible(".cluster-badge").get(0);
        double before = view.getVisibleWindow().span();
        clickOn(badge);
        FxWait.settle();
        assertThat(view.getVisibleWindow().span()).isLessThan(before / 4);
    }

    @Test
    void theWheelZoomsInWhenTurnedAwayAndOutWhenTurnedBackKeepingTheInstantUnderThePointer() {
        FxWait.run(() -> view.showWindow(new TimeWindow(day("2020-01-01"), day("2022-01-01"))));
        double x = 500;
        double before = view.getVisibleWindow().span();
        double anchor = new TimeScale(view.getVisibleWindow(), view.getWidth()).toDay(x);

        FxWait.run(() -> Event.fireEvent(view, wheel(x, 40)));   // one notch away from the user
        TimeWindow in = view.getVisibleWindow();
        assertThat(in.span()).as("zoomed in by one notch").isCloseTo(before * TimelineViewBehavior.WHEEL_ZOOM_PER_NOTCH,
                Offset.offset(0.01));
        assertThat(new TimeScale(in, view.getWidth()).toDay(x)).isCloseTo(anchor, Offset.offset(0.01));

        FxWait.run(() -> Event.fireEvent(view, wheel(x, -80)));  // two notches back
        TimeWindow out = view.getVisibleWindow();
        assertThat(out.span()).as("zoomed out by two notches").isCloseTo(
                in.span() / Math.pow(TimelineViewBehavior.WHEEL_ZOOM_PER_NOTCH, 2), Offset.offset(0.01));
        assertThat(new TimeScale(out, view.getWidth()).toDay(x)).isCloseTo(anchor, Offset.offset(0.01));
    }

    @Test
    void keysZoomFitAndPan() {
        double fit = view.getVisibleWindow().span();
        FxWait.keys(KeyCode.EQUALS);
        assertThat(view.getVisibleWindow().span()).isCloseTo(fit * ZoomLimits.ZOOM_STEP, Offset.offset(0.01));
        double start = view.getVisibleWindow().start();
        double span = view.getVisibleWindow().span();
        press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertThat(view.getVisibleWindow().start()).isCloseTo(start + span * TimelineViewBehavior.KEY_PAN_FRACTION,
                Offset.offset(0.01));
        FxWait.keys(KeyCode.MINUS);
        assertThat(view.getVisibleWindow().span()).isCloseTo(fit, Offset.offset(0.01));
        FxWait.keys(KeyCode.DIGIT0);
        assertThat(view.getVisibleWindow()).isEqualTo(TimeWindow.framing(data.firstDay(), data.lastDay(), ZoomLimits.FIT_MARGIN));
    }

    @Test
    void zoomIsClampedBetweenADayAndDecades() {
        FxWait.run(() -> {
            for (int i = 0; i < 40; i++) {
                view.zoomIn();
            }
        });
        assertThat(view.getVisibleWindow().span()).isCloseTo(TimeScale.MIN_SPAN_DAYS, Offset.offset(1e-6));
        FxWait.run(() -> {
            for (int i = 0; i < 40; i++) {
                view.zoomOut();
            }
        });
        assertThat(view.getVisibleWindow().span()).isCloseTo(TimeScale.DEFAULT_MAX_SPAN_DAYS, Offset.offset(1e-6));
    }

    @Test
    void arrowKeysBringTheSelectionIntoViewAndMarkersHaveAccessibleNames() {
        FxWait.run(() -> view.showWindow(new TimeWindow(day("2020-01-01"), day("2020-07-01"))));
        FxWait.keys(KeyCode.END);
        TimelineEvent last = data.events().get(data.events().size() - 1);
        assertThat(view.getSelectedEvent()).isEqualTo(last);
        assertThat(view.getVisibleWindow().contains(last.startDay())).isTrue();
        Node selected = visible(".event-marker").stream()
                .filter(n -> n.getProperties().get(TimelineView.EVENT_KEY) == last).findFirst().orElseThrow();
        assertThat(selected.getAccessibleText()).isEqualTo("Delta pilot, 2022-09 – 2022-12");
        assertThat(selected.getPseudoClassStates().toString()).contains("selected");
    }

    @Test
    void aPickGoesToTheOwnerOfTheSelectionWhenThereIsOne() {
        List<TimelineEvent> picked = new ArrayList<>();
        FxWait.run(() -> view.setOnSelect(picked::add));
        FxWait.keys(KeyCode.HOME);
        assertThat(picked).extracting(TimelineEvent::id).containsExactly("alpha-launch");
        assertThat(view.getSelectedEvent()).as("the owner decides; the control keeps no copy").isNull();
        FxWait.run(() -> view.setOnSelect(null));
    }

    @Test
    void aMarkerPutAwayHighlightedComesBackDrawnWithItsStateOfNow() {
        // Every event matches "Fixture" (their quotes do): all markers are highlighted. The view
        // then moves to January 2022, putting most markers away still highlighted; the search is
        // cleared and the view returns to 2020. A pulse styles before it lays out, so a state set
        // during layout used to be drawn a pulse late: labels flashed with the old highlight.
        FxWait.run(() -> {
            view.setHighlightText("Fixture");
            view.showWindow(TimeWindow.framing(data.firstDay(), data.lastDay(), 0.04));
        });
        FxWait.settle();
        assertThat(visible(".event-marker")).hasSize(UiFixture.EVENTS)
                .allSatisfy(m -> assertThat(m.getPseudoClassStates().toString()).contains("highlighted"));
        FxWait.run(() -> view.showWindow(new TimeWindow(day("2021-12-25"), day("2022-01-15"))));
        FxWait.settle();
        List<String> stale = FxWait.call(() -> {
            view.setHighlightText("");
            view.showWindow(new TimeWindow(day("2020-01-01"), day("2020-12-31")));
            view.applyCss(); // what a pulse does first: nothing is dirty yet
            view.layout();   // then the markers come back for the 2020 events
            List<String> wrong = new ArrayList<>();
            for (Node marker : view.lookupAll(".event-marker")) {
                javafx.scene.layout.Region label = (javafx.scene.layout.Region) marker.lookup(".event-label");
                boolean drawnHighlighted = label.getBackground() != null && label.getBackground().getFills().size() == 2;
                if (marker.isVisible() && drawnHighlighted) {
                    wrong.add(((TimelineEvent) marker.getProperties().get(TimelineView.EVENT_KEY)).id());
                }
            }
            return wrong;
        });
        assertThat(stale).as("markers drawn highlighted with the search cleared").isEmpty();
    }

    @Test
    void draggingAndLanesShowAsPseudoClasses() {
        javafx.css.PseudoClass panning = javafx.css.PseudoClass.getPseudoClass("panning");
        javafx.css.PseudoClass lanes = javafx.css.PseudoClass.getPseudoClass("lanes");
        FxWait.run(() -> view.showWindow(new TimeWindow(day("2020-01-01"), day("2022-01-01"))));
        // an empty spot: the axis strip along the bottom
        moveTo(view).moveBy(0, view.getHeight() / 2 - 12);
        press(javafx.scene.input.MouseButton.PRIMARY).moveBy(60, 0);
        FxWait.settle();
        assertThat(view.isPanning()).isTrue();
        assertThat(view.getPseudoClassStates()).contains(panning);
        assertThat(view.getStyleClass()).doesNotContain("panning");
        release(javafx.scene.input.MouseButton.PRIMARY);
        FxWait.settle();
        assertThat(view.isPanning()).isFalse();
        assertThat(view.getPseudoClassStates()).doesNotContain(panning);

        FxWait.run(() -> view.setLanesVisible(true));
        assertThat(view.getPseudoClassStates()).contains(lanes);
        FxWait.run(() -> view.setLanesVisible(false));
        assertThat(view.getPseudoClassStates()).doesNotContain(lanes);
    }

    @Test
    void lanesPutEachCategoryInItsOwnBand() {
        FxWait.run(() -> view.setLanesVisible(true));
        FxWait.settle();
        assertThat(visible(".lane-label")).hasSize(data.categories().size());
        List<Node> bands = new ArrayList<>(visible(".lane-band"));
        bands.sort((a, b) -> Double.compare(a.getLayoutY(), b.getLayoutY()));
        List<Node> markers = visible(".event-marker");
        assertThat(markers).isNotEmpty();
        for (Node marker : markers) {
            TimelineEvent e = (TimelineEvent) marker.getProperties().get(TimelineView.EVENT_KEY);
            int lane = data.categories().indexOf(e.category());
            Node band = bands.get(lane);
            assertThat(marker.getLayoutY()).isBetween(band.getLayoutY(), band.getLayoutY() + band.getLayoutBounds().getHeight());
        }
        FxWait.run(() -> view.setLanesVisible(false));
    }

    @Test
    void markersReusedForOtherEventsTakeOnTheirLook() {
        // Zooming in and out hands markers from one event to another, preferring one that looked
        // the same; whichever it gets, a marker must show its own event's classes and colour.
        List<TimeWindow> windows = List.of(
                new TimeWindow(day("2020-01-01"), day("2020-12-31")),
                new TimeWindow(day("2021-12-15"), day("2022-01-20")),
                new TimeWindow(day("2021-01-01"), day("2022-12-31")),
                TimeWindow.framing(data.firstDay(), data.lastDay(), 0.04),
                new TimeWindow(day("2022-01-01"), day("2022-01-14")));
        for (TimeWindow window : windows) {
            FxWait.run(() -> view.showWindow(window));
            FxWait.settle();
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

    @Test
    void aloneTheControlSaysDatesInIsoFormAndShowsTheTextsItsOwnerGives() {
        TimelineEvent delta = data.events().get(data.events().size() - 1);
        FxWait.run(() -> view.showWindow(new TimeWindow(day("2022-01-01"), day("2023-06-01"))));
        FxWait.settle();
        assertThat(visibleTexts(".axis-label")).as("its own axis labels").isNotEmpty()
                .allMatch(t -> t.matches("\\d{4}-\\d{2}(-\\d{2})?|\\d{4}-Q\\d|\\d{4}"));
        assertThat(markerOf(delta).getAccessibleText()).isEqualTo("Delta pilot, 2022-09 – 2022-12");

        FxWait.run(() -> {
            view.setTickLabelFactory((unit, start, every) -> "tick " + unit);
            view.setDateTextFactory(e -> "when " + e.id());
            view.setStatusTextFactory(e -> "Doubt");
            view.setEmptyText("Nothing here");
        });
        FxWait.settle();
        assertThat(visibleTexts(".axis-label")).isNotEmpty().allMatch(t -> t.startsWith("tick "));
        assertThat(markerOf(delta).getAccessibleText()).isEqualTo("Delta pilot, when " + delta.id() + ", Doubt");
        assertThat(visibleTexts(".event-status-tag")).isNotEmpty().allMatch("Doubt"::equals);

        FxWait.run(() -> view.setEvents(List.of()));
        FxWait.settle();
        assertThat(visibleTexts(".empty-label")).containsExactly("Nothing here");
    }

    /**
     * The axis keeps the labels it was given while it zooms and pans, and asks again when the
     * language changes, as a factory that reads the language (the app's does) expects.
     */
    @Test
    void axisLabelsFollowTheLanguageAFactoryReads() {
        FxWait.run(() -> {
            view.setLanguage(org.timelineviewer.model.Language.EN);
            view.setTickLabelFactory((unit, start, every) -> view.getLanguage() + " " + (long) start);
            view.showWindow(new TimeWindow(day("2022-01-01"), day("2023-06-01")));
        });
        FxWait.settle();
        assertThat(visibleTexts(".axis-label")).isNotEmpty().allMatch(t -> t.startsWith("EN "));
        FxWait.run(() -> view.showWindow(new TimeWindow(day("2022-02-01"), day("2023-07-01"))));
        FxWait.settle();
        FxWait.run(() -> view.setLanguage(org.timelineviewer.model.Language.ZH));
        FxWait.settle();
        assertThat(visibleTexts(".axis-label")).isNotEmpty().allMatch(t -> t.startsWith("ZH "));
        FxWait.run(() -> view.setTickLabelFactory((unit, start, every) -> "again " + (long) start));
        FxWait.settle();
        assertThat(visibleTexts(".axis-label")).isNotEmpty().allMatch(t -> t.startsWith("again "));
    }

    @Test
    void anOrderedListOfEventsIsKeptAsItIsAndAnyOtherIsCopied() {
        List<TimelineEvent> ordered = data.events(); // in order with its days: nothing to sort or copy
        FxWait.run(() -> view.setEvents(ordered));
        assertThat(view.getEvents()).isSameAs(ordered);
        List<TimelineEvent> mine = new ArrayList<>(ordered.subList(0, 3));
        FxWait.run(() -> view.setEvents(mine));
        mine.clear();
        assertThat(view.getEvents()).as("a copy, which the caller's changes do not reach").hasSize(3);
    }

    @Test
    void theStylesheetDecidesTheLeastRowHeight() {
        assertThat(view.getMinRowHeight()).as("from timeline-view.css").isEqualTo(32);
        assertThat(((javafx.css.StyleableProperty<?>) view.minRowHeightProperty()).getStyleOrigin())
                .isEqualTo(javafx.css.StyleOrigin.USER_AGENT);
        FxWait.run(() -> view.setStyle("-tl-min-row-height: 60;"));
        FxWait.settle();
        assertThat(view.getMinRowHeight()).isEqualTo(60);
        assertThat(visible(".event-marker")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getLayoutBounds().getHeight()).isEqualTo(60));
    }

    /**
     * A label's ground is the timeline's own background, opaque: software rendering stores an
     * opaque fill and blends a translucent one, which cost a crowded frame a quarter of its painting.
     */
    @Test
    void aLabelsGroundIsTheTimelinesOwnAndOpaque() {
        javafx.scene.control.Label label = (javafx.scene.control.Label) visible(".event-label").get(0);
        javafx.scene.paint.Paint ground = label.getBackground().getFills().get(0).getFill();
        assertThat(ground).isEqualTo(view.getBackground().getFills().get(0).getFill());
        assertThat(((javafx.scene.paint.Color) ground).getOpacity()).isEqualTo(1.0);
        FxWait.run(() -> view.setStyle("-tl-background: #fdf6e3;"));
        FxWait.settle();
        assertThat(label.getBackground().getFills().get(0).getFill()).as("follows the timeline's background")
                .isEqualTo(javafx.scene.paint.Color.web("#fdf6e3"));
    }

    @Test
    void theStylesheetDecidesTheGeometry() {
        for (var property : List.of(view.axisHeightProperty(), view.eraStripHeightProperty(),
                view.laneHeaderHeightProperty(), view.badgeRowHeightProperty())) {
            assertThat(((javafx.css.StyleableProperty<?>) property).getStyleOrigin()).as(property.getName())
                    .isEqualTo(javafx.css.StyleOrigin.USER_AGENT);
        }
        assertThat(List.of(view.getAxisHeight(), view.getEraStripHeight(), view.getLaneHeaderHeight(), view.getBadgeRowHeight()))
                .as("from timeline-view.css").containsExactly(36.0, 28.0, 22.0, 26.0);
        assertThat(visible(".event-marker.point .event-shape")).isNotEmpty()
                .allSatisfy(n -> assertThat(((Region) n).getWidth()).isEqualTo(12));

        FxWait.run(() -> view.getScene().getStylesheets().add("data:text/css,"
                + ".timeline-view { -tl-axis-height: 70; -tl-era-strip-height: 55; -tl-lane-header-height: 47; }"
                + ".timeline-view .event-marker.point .event-shape { -fx-pref-width: 24; -fx-pref-height: 24; }"
                + ".timeline-view .event-marker.extent .event-shape { -fx-pref-height: 15; }"
                + ".timeline-view .event-label { -fx-padding: 1 16 1 16; }"));
        FxWait.settle();
        // (everything read on the FX thread, between its passes)
        assertThat(FxWait.call(() -> ((Region) lookup(".axis").query()).getHeight())).isEqualTo(70);
        List<Bounds> markers = FxWait.call(() -> visible(".event-marker").stream().map(Node::getBoundsInParent).toList());
        assertThat(markers).isNotEmpty().allSatisfy(m -> assertThat(m.getMinY()).isGreaterThanOrEqualTo(55));
        assertThat(FxWait.call(() -> visible(".event-marker.point .event-shape").stream()
                .map(n -> List.of(((Region) n).getWidth(), ((Region) n).getHeight())).toList()))
                .isNotEmpty().allSatisfy(size -> assertThat(size).containsExactly(24.0, 24.0));
        assertThat(FxWait.call(() -> visible(".event-marker.extent .event-shape").stream()
                .map(n -> ((Region) n).getHeight()).toList())).isNotEmpty().allSatisfy(h -> assertThat(h).isEqualTo(15));
        assertThat(FxWait.call(() -> visible(".event-marker.point").stream().map(m -> List.of(
                m.lookup(".event-shape").getBoundsInParent(), m.lookup(".event-label").getBoundsInParent())).toList()))
                .as("labels clear of the larger dots").isNotEmpty().allSatisfy(dotAndLabel -> {
                    Bounds dot = dotAndLabel.get(0);
                    Bounds label = dotAndLabel.get(1);
                    assertThat(label.getMinX() >= dot.getMaxX() || label.getMaxX() <= dot.getMinX())
                            .as("%s beside %s", label, dot).isTrue();
                });
        // the marker is as wide as the layout made room for; a label wider than that overflows it
        assertThat(FxWait.call(() -> visible(".event-label").stream()
                .map(n -> markerBounds(n).getMaxX() - n.localToScene(n.getLayoutBounds()).getMaxX()).toList()))
                .as("labels have room for their padding").isNotEmpty().allSatisfy(room -> assertThat(room).isGreaterThanOrEqualTo(0));
        // each row holds the markers it was given side by side, the wider labels included
        for (int i = 0; i < markers.size(); i++) {
            for (int j = i + 1; j < markers.size(); j++) {
                Bounds a = markers.get(i);
                Bounds b = markers.get(j);
                boolean overlap = a.getMinX() < b.getMaxX() && b.getMinX() < a.getMaxX()
                        && a.getMinY() < b.getMaxY() && b.getMinY() < a.getMaxY(); // rows that touch are apart
                assertThat(overlap).as("markers %d and %d overlap: %s %s", i, j, a, b).isFalse();
            }
        }

        FxWait.run(() -> view.setLanesVisible(true));
        FxWait.settle();
        // (bounds read on the FX thread: the lanes view lays out its own nodes)
        List<double[]> laneTopAndMarkerTop = FxWait.call(() -> {
            List<double[]> found = new ArrayList<>();
            for (Node band : visible(".lane-band")) {
                Bounds lane = band.getBoundsInParent();
                for (Node m : visible(".event-marker")) {
                    double y = m.getBoundsInParent().getMinY();
                    if (y >= lane.getMinY() && y < lane.getMaxY()) {
                        found.add(new double[] {lane.getMinY(), y});
                    }
                }
            }
            return found;
        });
        assertThat(laneTopAndMarkerTop).as("markers in lanes").isNotEmpty()
                .allSatisfy(t -> assertThat(t[1]).as("a marker under its lane's header").isGreaterThanOrEqualTo(t[0] + 47));
    }

    private static Bounds markerBounds(Node label) {
        return label.getParent().localToScene(label.getParent().getLayoutBounds());
    }

    private Node markerOf(TimelineEvent event) {
        return visible(".event-marker").stream()
                .filter(n -> n.getProperties().get(TimelineView.EVENT_KEY) == event).findFirst().orElseThrow();
    }

    private List<String> visibleTexts(String selector) {
        return visible(selector).stream().map(n -> n instanceof javafx.scene.text.Text t ? t.getText()
                : ((javafx.scene.control.Labeled) n).getText()).toList();
    }

    /** Resizes the window and waits until the view has taken the new size. */
    private void resize(double width, double height) {
        FxWait.run(() -> {
            view.getScene().getWindow().setWidth(width);
            view.getScene().getWindow().setHeight(height);
        });
        FxWait.until("the window at " + width + " x " + height,
                () -> view.getScene().getWidth() == width && view.getScene().getHeight() == height);
        FxWait.pulse();
        FxWait.settle();
    }

    private static ScrollEvent wheel(double x, double deltaY) {
        return new ScrollEvent(ScrollEvent.SCROLL, x, 100, x, 100, false, false, false, false, false, false,
                0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
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
}
