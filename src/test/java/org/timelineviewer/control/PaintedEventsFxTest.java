package org.timelineviewer.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.UiFixture;

/**
 * A crowded view paints its events (a small canvas each) instead of making a marker node for each. The
 * painting must look as the markers do under the same stylesheet, follow a change of stylesheet,
 * and answer the pointer as markers do; the events' label widths must be what a Text measures.
 */
@ExtendWith(ApplicationExtension.class)
class PaintedEventsFxTest extends FxRobot {

    private TimelineView view;
    private Timeline data;
    private Scene scene;

    @Start
    void start(Stage stage) {
        data = UiFixture.timeline();
        view = new TimelineView();
        view.setAnimated(false);
        view.setTimeline(data);
        scene = new Scene(view, 1400, 700);
        stage.setScene(scene);
        stage.setWidth(1400);
        stage.setHeight(700);
        stage.show();
        view.requestFocus();
    }

    @BeforeEach
    void asItStarts() {
        moveTo(new Point2D(0, 0)); // no pointer over an event
        FxWait.run(() -> {
            scene.getStylesheets().clear();
            view.setSelectedEvent(null);
            view.setMarkerNodeLimit(TimelineView.DEFAULT_MARKER_NODE_LIMIT);
        });
        FxWait.settle();
    }

    @Test
    void paintedEventsLookAsTheirMarkersInBothLanguages() {
        for (Language language : Language.values()) {
            FxWait.run(() -> view.setLanguage(language));
            Image markers = shot(Integer.MAX_VALUE);
            assertThat(painted()).isZero();
            assertThat(visibleMarkers()).hasSize(UiFixture.EVENTS);
            Image painted = shot(0);
            assertThat(painted()).as("painted in %s", language).isEqualTo(UiFixture.EVENTS);
            assertThat(visibleMarkers()).isEmpty();
            assertThat(differingPixels(markers, painted)).as("pixels that differ in %s", language)
                    .isLessThan(pixels(markers) / 10000);
            // edges a pixel apart differ a little (612 pixels of 980,000 here); labels painted
            // without their backgrounds made it 15,001
            assertThat(differingPixels(markers, painted, 0.03)).as("pixels that differ a little in %s", language)
                    .isLessThan(pixels(markers) / 1000);
        }
    }

    /**
     * Sprites are moved, hidden and taken by other events: panning away and back must leave no
     * trace of where the events were in between (a dot's shading, a label's rounded end).
     */
    @Test
    void panningAwayAndBackLeavesNoTraceOfWhereTheEventsWere() {
        Image before = shot(0);
        org.timelineviewer.model.TimeWindow start = FxWait.call(() -> view.getVisibleWindow());
        for (double shift : new double[] {0.013, 0.07, 0.21, -0.05}) {
            double by = start.span() * shift;
            FxWait.run(() -> view.showWindow(new org.timelineviewer.model.TimeWindow(start.start() + by, start.end() + by)));
            FxWait.settle();
            assertThat(painted()).isPositive();
        }
        FxWait.run(() -> view.showWindow(start));
        FxWait.settle();
        AtomicReference<Image> after = new AtomicReference<>();
        FxWait.run(() -> after.set(view.snapshot(null, null)));
        assertThat(differingPixels(before, after.get(), 0.02)).isZero();
    }

    /**
     * Looks share the pictures they paint with (each made by a snapshot that waits for the render
     * thread): the labels' ground is one picture whatever the category, a struck-through font is
     * measured once, and only the dots, one per colour and shape, are pictures of their own.
     */
    @Test
    void looksShareThePicturesTheyPaintWith() {
        shot(0);
        int[] looksAndStamps = FxWait.call(() -> layer().looksAndStamps());
        int looks = looksAndStamps[0];
        assertThat(looks).as("painted looks").isGreaterThanOrEqualTo(3);
        assertThat(looksAndStamps[1]).as("pictures and measures made for %d looks", looks).isLessThanOrEqualTo(looks + 2);
    }

    /**
     * A status tag node sits on whole pixels, where the canvas lays its picture of the tag (a
     * picture between pixels would blur): else the same event would shift as it turns from painted
     * to marker under the pointer.
     */
    @Test
    void statusTagsLandOnWholePixelsAsTheirPaintedPicturesDo() {
        shot(Integer.MAX_VALUE);
        List<String> off = FxWait.call(() -> {
            List<String> found = new ArrayList<>();
            for (Node tag : view.lookupAll(".event-status-tag")) {
                if (tag.isVisible()) {
                    Point2D at = tag.localToScene(0, 0);
                    if (at.getX() != Math.rint(at.getX()) || at.getY() != Math.rint(at.getY())) {
                        found.add(((javafx.scene.control.Label) tag).getText() + " at " + at);
                    }
                }
            }
            return found;
        });
        assertThat(FxWait.call(() -> view.lookupAll(".event-status-tag").stream().filter(Node::isVisible).count()))
                .as("tags shown").isGreaterThan(0);
        assertThat(off).as("tags between pixels").isEmpty();
    }

    /**
     * By default up to 40 events in view are marker nodes and more are painted: from about there
     * painting costs less (bench/scale: a frame of 46 events 16.7 ms as nodes, 12.4 painted).
     */
    @Test
    void byDefaultFortyEventsInViewAreMarkersAndFortyOneArePainted() {
        try {
            for (int n : new int[] {40, 41}) {
                List<TimelineEvent> events = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    events.add(org.timelineviewer.model.TestEvents.point("e" + i,
                            java.time.LocalDate.of(2020, 1, 1).plusDays(9L * i).toString()));
                }
                FxWait.run(() -> {
                    view.setEvents(events);
                    view.fitAll();
                });
                FxWait.settle();
                assertThat(FxWait.call(() -> view.eventsInView().size())).isEqualTo(n);
                if (n == 40) {
                    assertThat(painted()).as("40 in view").isZero();
                } else {
                    assertThat(painted()).as("41 in view").isPositive();
                }
            }
        } finally {
            FxWait.run(() -> {
                view.setTimeline(data);
                view.fitAll();
            });
            FxWait.settle();
        }
    }

    /** The view says how many events it labelled, as markers or painted (what --smoke-test counts). */
    @Test
    void theViewCountsTheEventsItLabelsWhetherMarkersOrPainted() {
        shot(Integer.MAX_VALUE);
        assertThat(FxWait.call(() -> view.getLabelledEventCount())).isEqualTo(UiFixture.EVENTS);
        shot(0);
        assertThat(painted()).isEqualTo(UiFixture.EVENTS);
        assertThat(FxWait.call(() -> view.getLabelledEventCount())).isEqualTo(UiFixture.EVENTS);
    }

    @Test
    void aStylesheetChangeRepaintsTheEventsInTheNewLook() {
        assertPaintedAsTheMarkersShowAfter(".timeline-view .event-label { -fx-text-fill: %23d00000; }"
                + ".timeline-view .event-marker.point .event-shape { -fx-background-color: %2300a000; }");
    }

    @Test
    void dotsBarsAndLabelsThatTheStylesheetResizesArePaintedResized() {
        assertPaintedAsTheMarkersShowAfter(".timeline-view .event-marker.point .event-shape { -fx-pref-width: 18;"
                + " -fx-pref-height: 18; -fx-background-radius: 9, 9; -fx-border-radius: 9; }"
                + ".timeline-view .event-marker.extent .event-shape { -fx-pref-height: 13; }"
                + ".timeline-view .event-label { -fx-padding: 1 11 1 11; }");
    }

    /** Adds {@code css} to the scene: the painted events change, to what the markers show. */
    private void assertPaintedAsTheMarkersShowAfter(String css) {
        Image before = shot(0);
        FxWait.run(() -> scene.getStylesheets().add("data:text/css," + css));
        FxWait.settle();
        Image painted = shot(0);
        Image markers = shot(Integer.MAX_VALUE);
        assertThat(differingPixels(before, painted)).as("the new look painted").isGreaterThan(pixels(before) / 1000);
        assertThat(differingPixels(markers, painted)).as("as the markers show it").isLessThan(pixels(markers) / 10000);
    }

    @Test
    void thePointerOverAPaintedEventMakesItAMarkerAndAClickSelectsIt() {
        FxWait.run(() -> view.setMarkerNodeLimit(0));
        FxWait.settle();
        TimelineEvent target = data.events().stream().filter(e -> e.isPoint()).findFirst().orElseThrow();
        Point2D spot = paintedSpotOf(target);
        moveTo(spot);
        FxWait.until("the hovered event is a marker", () -> layer().shownFor(target.id()) != null);
        assertThat(view.hoveredEventProperty().get()).isEqualTo(target);
        assertThat(painted()).isEqualTo(UiFixture.EVENTS - 1);

        clickOn(MouseButton.PRIMARY);
        FxWait.until("the event selected", () -> target.equals(view.getSelectedEvent()));
        moveTo(new Point2D(0, 0));
        FxWait.settle();
        Node marker = layer().shownFor(target.id());
        assertThat(marker).as("the selection stays a marker when the pointer leaves").isNotNull();
        assertThat(marker.isFocused()).as("and has the keyboard").isTrue();
        assertThat(view.hoveredEventProperty().get()).isNull();
    }

    @Test
    void glyphAdvancesAddUpToWhatATextMeasures() {
        List<String> texts = new ArrayList<>();
        for (TimelineEvent e : data.events()) {
            texts.add(e.title().in(Language.ZH));
            texts.add(e.title().in(Language.EN));
        }
        texts.addAll(List.of("Alibaba’s Qwen 2.5 — open-sourced (100+ models), 50% off", "a  b ", " lead",
                "吴泳铭接任 CEO：“用户为先，AI 驱动”", "Café naïve ½ €5"));
        AtomicReference<List<String>> wrong = new AtomicReference<>();
        FxWait.run(() -> {
            List<String> off = new ArrayList<>();
            for (Font font : List.of(Font.font("System", 13), Font.font("System", FontWeight.BOLD, 17))) {
                GlyphAdvances advances = new GlyphAdvances();
                for (String text : texts) {
                    Text probe = new Text(text);
                    probe.setFont(font);
                    double expected = probe.getLayoutBounds().getWidth();
                    double added = advances.width(text, font);
                    if (Math.abs(added - expected) > 0.25) {
                        off.add(text + ": " + added + " for " + expected);
                    }
                }
            }
            wrong.set(off);
        });
        assertThat(wrong.get()).isEmpty();
        assertThat(GlyphAdvances.addsUp('\u0301')).as("a combining accent").isFalse();
        assertThat(GlyphAdvances.addsUp('\u0645')).as("Arabic").isFalse();
        assertThat(GlyphAdvances.addsUp('国')).isTrue();
    }

    private Point2D paintedSpotOf(TimelineEvent target) {
        AtomicReference<Point2D> spot = new AtomicReference<>();
        FxWait.run(() -> {
            EventLayer layer = layer();
            for (int y = 0; y < (int) layer.getHeight() && spot.get() == null; y += 2) {
                for (int x = 0; x < (int) layer.getWidth(); x += 2) {
                    if (layer.paintedEventAt(x, y) == target) {
                        spot.set(layer.localToScreen(x + 20, y + 3));
                        break;
                    }
                }
            }
        });
        assertThat(spot.get()).as("%s painted", target.id()).isNotNull();
        return spot.get();
    }

    private EventLayer layer() {
        return (EventLayer) view.lookup(".event-layer");
    }

    /**
     * How many events the layer's last pass painted, asked on the FX thread: asked from the test's,
     * it could catch a pulse's pass half way (once in CI: 9 of 15).
     */
    private int painted() {
        return FxWait.call(() -> layer().paintedCount());
    }

    private List<Node> visibleMarkers() {
        return FxWait.call(() -> view.lookupAll(".event-marker").stream().filter(Node::isVisible).toList());
    }

    private Image shot(int limit) {
        FxWait.run(() -> view.setMarkerNodeLimit(limit));
        boolean painting = limit < UiFixture.EVENTS;
        FxWait.until("the events " + (painting ? "painted" : "drawn as markers"),
                () -> (painted() > 0) == painting);
        FxWait.settle();
        AtomicReference<Image> image = new AtomicReference<>();
        FxWait.run(() -> image.set(view.snapshot(null, null)));
        return image.get();
    }

    private static int pixels(Image image) {
        return (int) (image.getWidth() * image.getHeight());
    }

    /**
     * Pixels whose colour differs by more than {@code by} (a quarter) in some channel from all nine pixels around
     * the same place in the other picture: a shape, a background or a glyph in another colour or
     * place, not a glyph's edge a pixel away, which a canvas and a text node may round differently.
     */
    private static int differingPixels(Image a, Image b) {
        return differingPixels(a, b, 0.25);
    }

    private static int differingPixels(Image a, Image b, double by) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int w = (int) a.getWidth();
        int h = (int) a.getHeight();
        int differing = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int ca = ra.getArgb(x, y);
                boolean matched = false;
                for (int dy = -1; dy <= 1 && !matched; dy++) {
                    for (int dx = -1; dx <= 1 && !matched; dx++) {
                        matched = channelDifference(ca, rb.getArgb(x + dx, y + dy)) <= by;
                    }
                }
                if (!matched) {
                    differing++;
                }
            }
        }
        return differing;
    }

    private static double channelDifference(int p, int q) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((p >> shift) & 255) - ((q >> shift) & 255)));
        }
        return d / 255.0;
    }
}
