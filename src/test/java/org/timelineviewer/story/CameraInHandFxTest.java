package org.timelineviewer.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.robot.Robot;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timelineviewer.control.TimeScale;
import org.timelineviewer.control.TimelineView;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.presentation.Presentation;
import org.timelineviewer.presentation.Slide;
import org.timelineviewer.presentation.StoryCamera;
import org.timelineviewer.presentation.TestClock;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.UiFixture;

/**
 * The camera and pointer in the presenter's hand, in story mode over the UI fixture's story (one
 * screen, a test clock): rectangle zoom, overview and back, search and return, laser, spotlight,
 * the cursor that hides.
 */
@ExtendWith(ApplicationExtension.class)
class CameraInHandFxTest {

    private Stage main;
    private Timeline timeline;
    private Story story;
    private TestClock clock;
    private StoryMode mode;
    private Stage presenterStage;

    @Start
    void start(Stage stage) {
        main = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @BeforeEach
    void present() {
        timeline = UiFixture.timeline();
        story = timeline.story(null).orElseThrow();
        clock = new TestClock(Instant.parse("2025-03-01T01:02:03Z"), ZoneId.of("UTC"));
        mode = new StoryMode(clock, false);
        FxWait.run(() -> {
            mode.start(timeline, story, Language.EN, main);
            mode.audienceStage().toFront();
            mode.audienceStage().requestFocus();
        });
        FxWait.settle();
        FxWait.until("the audience view laid out", () -> audience().getWidth() > 0 && audience().getHeight() > 0);
    }

    @AfterEach
    void end() {
        FxWait.run(() -> {
            mode.end();
            if (presenterStage != null) {
                presenterStage.close();
            }
        });
    }

    @Test
    void draggingARectangleFliesThereAndAClickStillAdvances() {
        FxWait.keys(KeyCode.RIGHT);
        TimelineView camera = audience().timeline();
        Bounds b = FxWait.call(() -> camera.localToScreen(camera.getLayoutBounds()));
        double y = b.getMinY() + b.getHeight() * 0.5;
        Point2D from = new Point2D(b.getMinX() + b.getWidth() * 0.3, y - 40);
        Point2D to = new Point2D(b.getMinX() + b.getWidth() * 0.6, y + 40);
        TimeWindow expected = FxWait.call(() -> {
            TimeScale scale = new TimeScale(camera.getVisibleWindow(), camera.getWidth());
            return new TimeWindow(scale.toDay(camera.getWidth() * 0.3), scale.toDay(camera.getWidth() * 0.6));
        });
        Node band = audience().lookup("#rubber-band");

        press(from);
        moveTo(from.add(3, 2));
        assertThat(band.isVisible()).as("a jitter of the hand draws nothing").isFalse();
        moveTo(to);
        assertThat(band.isVisible()).as("a drag draws the rubber band").isTrue();
        Bounds drawn = FxWait.call(() -> band.localToScreen(band.getBoundsInLocal()));
        assertThat(drawn.getWidth()).isCloseTo(to.getX() - from.getX(), Offset.offset(4.0));
        release();

        assertThat(band.isVisible()).isFalse();
        TimeWindow shown = camera.getVisibleWindow();
        assertThat(shown.start()).as("the view starts where the rectangle did").isCloseTo(expected.start(),
                Offset.offset(expected.span() * 0.01));
        assertThat(shown.end()).isCloseTo(expected.end(), Offset.offset(expected.span() * 0.01));
        assertThat(stepNumber()).as("a drag is not a click").isEqualTo(1);

        FxWait.click(to, MouseButton.PRIMARY);
        assertThat(stepNumber()).as("a click still advances").isEqualTo(2);
        assertFramesStep(2);
        FxWait.click(to, MouseButton.SECONDARY);
        assertThat(stepNumber()).as("a right click still goes back").isEqualTo(1);
    }

    @Test
    void oShowsTheWholeTimelineAndOAgainReturnsToTheStep() {
        FxWait.keys(KeyCode.RIGHT, KeyCode.RIGHT);
        TimeWindow framed = audience().timeline().getVisibleWindow();
        FxWait.keys(KeyCode.O);
        TimeWindow whole = StoryCamera.overview(timeline.events());
        TimeWindow shown = audience().timeline().getVisibleWindow();
        assertThat(shown.start()).isCloseTo(whole.start(), Offset.offset(1.0));
        assertThat(shown.end()).isCloseTo(whole.end(), Offset.offset(1.0));
        assertThat(audience().timeline().eventsInView()).containsAll(timeline.events());
        assertThat(stepNumber()).isEqualTo(2);

        FxWait.keys(KeyCode.O);
        assertThat(audience().timeline().getVisibleWindow()).isEqualTo(framed);

        FxWait.keys(KeyCode.O, KeyCode.RIGHT);
        assertThat(stepNumber()).isEqualTo(3);
        assertFramesStep(3);
    }

    @Test
    void searchingShowsAnEventAndReturnsToTheSameStep() {
        PresenterView presenter = openPresenterView();
        FxWait.until("the presenter's window has the keyboard", () -> presenterStage.isFocused());
        FxWait.keys(KeyCode.DIGIT4, KeyCode.ENTER);
        assertThat(stepNumber()).isEqualTo(4);
        TimeWindow framed = audience().timeline().getVisibleWindow();
        TimelineEvent merger = timeline.events().stream().filter(e -> e.id().equals("merger-talk")).findFirst()
                .orElseThrow();

        FxWait.keys(KeyCode.F);
        TextField field = (TextField) presenter.lookup("#presenter-search");
        FxWait.until("F gives the search field the keyboard", field::isFocused);
        assertThat(field.getText()).as("the F is not typed into it").isEmpty();
        Node stepList = presenter.lookup("#presenter-steps");
        double gap = FxWait.call(() -> stepList.localToScene(stepList.getLayoutBounds()).getMinY()
                - field.localToScene(field.getLayoutBounds()).getMaxY());
        assertThat(gap).as("with no search typed, the steps stand right under the field").isLessThan(20);
        FxWait.keys(KeyCode.N, KeyCode.P, KeyCode.DIGIT2, KeyCode.B);
        assertThat(field.getText()).isEqualTo("np2b");
        FxWait.keys(KeyCode.BACK_SPACE, KeyCode.BACK_SPACE, KeyCode.BACK_SPACE, KeyCode.BACK_SPACE);
        assertThat(field.getText()).isEmpty();
        assertThat(stepNumber()).as("keys typed into the search do not drive the slides").isEqualTo(4);
        assertThat(presentation().blank()).isEqualTo(Presentation.Blank.NONE);
        FxWait.run(() -> field.setText("合并"));
        assertThat(searchMatches(presenter)).as("found by its Chinese title").containsExactly(merger);
        FxWait.run(() -> field.setText("merger"));
        assertThat(searchMatches(presenter)).as("and by its English one").containsExactly(merger);
        FxWait.keys(KeyCode.ENTER);

        assertThat(presentation().camera().detour()).isEqualTo(merger);
        assertThat(cardTitle()).isEqualTo("Merger talk denied");
        assertThat(audience().timeline().getVisibleWindow())
                .isEqualTo(StoryCamera.frame(merger, timeline.events()));
        Node bar = presenter.lookup("#presenter-detour");
        assertThat(bar.isVisible()).isTrue();
        assertThat(((Labeled) presenter.lookup("#presenter-detour-text")).getText())
                .isEqualTo("Showing: Merger talk denied — Esc or Backspace returns to step 4");
        assertThat(field.isFocused()).as("the keyboard is back with the slides").isFalse();

        FxWait.keys(KeyCode.RIGHT);
        assertThat(presentation().camera().onDetour()).as("a step key returns first").isFalse();
        assertThat(stepNumber()).as("to the same step").isEqualTo(4);
        assertThat(cardTitle()).isEqualTo("Gamma launches");
        assertThat(audience().timeline().getVisibleWindow()).isEqualTo(framed);
        assertThat(bar.isVisible()).isFalse();

        double gapAfter = FxWait.call(() -> stepList.localToScene(stepList.getLayoutBounds()).getMinY()
                - field.localToScene(field.getLayoutBounds()).getMaxY());
        assertThat(gapAfter).as("after a search too").isLessThan(20);

        FxWait.run(() -> presentation().camera().showEvent(merger));
        FxWait.keys(KeyCode.ESCAPE);
        assertThat(mode.isRunning()).as("Esc on a detour returns, it does not end").isTrue();
        assertThat(stepNumber()).isEqualTo(4);
        assertThat(cardTitle()).isEqualTo("Gamma launches");

        FxWait.run(() -> presentation().camera().showEvent(merger));
        FxWait.keys(KeyCode.BACK_SPACE);
        assertThat(presentation().camera().onDetour()).as("Backspace returns").isFalse();
        assertThat(stepNumber()).isEqualTo(4);

        FxWait.run(() -> presentation().camera().showEvent(merger));
        FxWait.run(() -> ((javafx.scene.control.Button) presenter.lookup("#presenter-return")).fire());
        assertThat(presentation().camera().onDetour()).as("the button returns too").isFalse();
        assertThat(stepNumber()).isEqualTo(4);
    }

    @Test
    void onThePresentersMiniatureARectangleFliesTheAudienceAndTheMousePointsTheLaser() {
        PresenterView presenter = openPresenterView();
        FxWait.until("the presenter's window has the keyboard", () -> presenterStage.isFocused());
        FxWait.run(() -> presentation().goToStep(2));
        AudienceMiniature miniature = (AudienceMiniature) presenter.lookup("#audience-miniature");
        FxWait.until("the miniature is laid out", () -> miniature.getWidth() > 100);
        FxWait.run(miniature::refresh);
        javafx.scene.image.ImageView picture = (javafx.scene.image.ImageView) miniature.getChildrenUnmodifiable().get(0);
        assertThat(picture.getImage()).as("a picture of what the audience sees").isNotNull();
        assertThat(picture.getImage().getWidth()).isCloseTo(miniature.getWidth(), Offset.offset(1.0));
        // Where no era or card covers it, the audience's ground shows (its scene paints it, and a
        // snapshot does not see a scene's fill: white there was a picture of another ground).
        assertThat(FxWait.call(() -> share(picture.getImage(), audience().ground()))).as("the ground's share")
                .isGreaterThan(0.05);

        TimelineView camera = audience().timeline();
        // Where 30 % and 60 % across the audience's timeline are, as fractions of the audience view.
        double[] across = FxWait.call(() -> {
            Bounds t = audience().sceneToLocal(camera.localToScene(camera.getLayoutBounds()));
            double w = audience().getWidth();
            return new double[] {(t.getMinX() + t.getWidth() * 0.3) / w, (t.getMinX() + t.getWidth() * 0.6) / w,
                    (t.getMinY() + t.getHeight() * 0.5) / audience().getHeight()};
        });
        TimeWindow expected = FxWait.call(() -> {
            TimeScale scale = new TimeScale(camera.getVisibleWindow(), camera.getWidth());
            return new TimeWindow(scale.toDay(camera.getWidth() * 0.3), scale.toDay(camera.getWidth() * 0.6));
        });
        FxWait.drag(onMiniature(miniature, across[0], across[2]), onMiniature(miniature, across[1], across[2] + 0.05), 6);
        TimeWindow shown = camera.getVisibleWindow();
        assertThat(shown.start()).as("the audience flies to the rectangle drawn on the miniature")
                .isCloseTo(expected.start(), Offset.offset(expected.span() * 0.03));
        assertThat(shown.end()).isCloseTo(expected.end(), Offset.offset(expected.span() * 0.03));
        assertThat(stepNumber()).isEqualTo(2);

        FxWait.keys(KeyCode.K);
        Circle dot = (Circle) audience().lookup("#laser-dot");
        FxWait.moveMouse(onMiniature(miniature, 0.25, 0.7));
        assertThat(dot.isVisible()).as("the mouse over the miniature points on the audience's picture").isTrue();
        double miniaturePixel = audience().getWidth() / miniature.getWidth(); // the mouse moves in whole pixels
        assertThat(dotOnScreen(dot).distance(onAudience(0.25, 0.7))).isLessThan(1.5 * miniaturePixel);
        FxWait.moveMouse(FxWait.call(() -> presenter.localToScreen(20, presenter.getHeight() - 20)));
        assertThat(dot.isVisible()).as("and away from it, the dot goes").isFalse();
    }

    @Test
    void theLaserDotFollowsTheMouseWhileCtrlIsHeldOrKIsOn() {
        FxWait.keys(KeyCode.RIGHT);
        Circle dot = (Circle) audience().lookup("#laser-dot");
        Point2D at = onAudience(0.4, 0.35);
        FxWait.moveMouse(at);
        assertThat(dot.isVisible()).isFalse();

        FxWait.run(() -> new Robot().keyPress(KeyCode.CONTROL));
        FxWait.settle();
        assertThat(dot.isVisible()).as("shown while Ctrl is held").isTrue();
        assertThat(dotOnScreen(dot).distance(at)).isLessThan(2);
        Point2D later = onAudience(0.7, 0.6);
        FxWait.moveMouse(later);
        assertThat(dotOnScreen(dot).distance(later)).as("it follows the mouse").isLessThan(2);
        FxWait.run(() -> new Robot().keyRelease(KeyCode.CONTROL));
        FxWait.settle();
        assertThat(dot.isVisible()).as("and goes with the key").isFalse();

        FxWait.keys(KeyCode.K);
        assertThat(dot.isVisible()).as("K keeps it on").isTrue();
        assertThat(dotOnScreen(dot).distance(later)).isLessThan(2);
        assertThat(stepNumber()).isEqualTo(1);
        FxWait.keys(KeyCode.K);
        assertThat(dot.isVisible()).isFalse();
    }

    @Test
    void theSpotlightDimsAllButACircleAroundThePointer() {
        FxWait.keys(KeyCode.RIGHT, KeyCode.T); // the light theme: a dimmed picture shows clearly
        Point2D at = onAudience(0.5, 0.4);
        FxWait.moveMouse(at);
        Point2D far = new Point2D(0.08, 0.08); // in the header, far from the circle
        Point2D near = new Point2D(0.5, 0.4);
        Image before = snapshot();
        FxWait.keys(KeyCode.H);
        Path shade = (Path) audience().lookup("#spotlight");
        assertThat(shade.isVisible()).isTrue();
        Point2D local = FxWait.call(() -> shade.screenToLocal(at));
        assertThat(shade.contains(local)).as("the circle around the pointer is not shaded").isFalse();
        assertThat(shade.contains(local.add(0, audience().getHeight() * 0.2))).as("beyond it is").isTrue();

        Image after = snapshot();
        Color farBefore = pixel(before, far);
        Color farAfter = pixel(after, far);
        assertThat(farBefore.getBrightness()).as("a light picture to dim").isGreaterThan(0.6);
        assertThat(farAfter.getRed()).as("outside the circle: about 75 %% black over %s", farBefore)
                .isCloseTo(farBefore.getRed() * 0.25, Offset.offset(0.03));
        assertThat(farAfter.getGreen()).isCloseTo(farBefore.getGreen() * 0.25, Offset.offset(0.03));
        assertThat(farAfter.getBlue()).isCloseTo(farBefore.getBlue() * 0.25, Offset.offset(0.03));
        assertThat(pixel(after, near).getBrightness()).as("inside: as it was")
                .isCloseTo(pixel(before, near).getBrightness(), Offset.offset(0.02));

        FxWait.keys(KeyCode.H);
        assertThat(shade.isVisible()).isFalse();
    }

    @Test
    void theCursorHidesAfterTwoStillSecondsAndComesBackOnMove() {
        Point2D at = onAudience(0.5, 0.5);
        FxWait.moveMouse(at);
        assertThat(audience().getCursor()).isNotEqualTo(Cursor.NONE);
        clock.advance(Duration.ofMillis(1900));
        FxWait.run(() -> audience().cursorAutoHide().check());
        assertThat(audience().getCursor()).as("not before two seconds").isNotEqualTo(Cursor.NONE);
        clock.advance(Duration.ofMillis(150));
        FxWait.until("the cursor hides itself", () -> audience().getCursor() == Cursor.NONE);

        FxWait.moveMouse(at.add(5, 5));
        assertThat(audience().getCursor()).as("a move brings it back").isNotEqualTo(Cursor.NONE);
        clock.advance(Duration.ofSeconds(2));
        FxWait.until("and it hides again", () -> audience().getCursor() == Cursor.NONE);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private PresenterView openPresenterView() {
        return FxWait.call(() -> {
            PresenterView view = new PresenterView(presentation(), timeline.eras(), timeline.events());
            presenterStage = new Stage();
            Scene scene = new Scene(view, 1000, 700);
            mode.routeKeys(scene); // as StoryMode does on the presenter's screen
            // StoryMode gives F to its own presenter view (on two screens); here, to this one.
            scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.F && CameraKeys.handle(e, presentation(), view)) {
                    e.consume();
                }
            });
            view.showMiniature(audience());
            presenterStage.setScene(scene);
            presenterStage.show();
            presenterStage.toFront();
            presenterStage.requestFocus();
            return view;
        });
    }

    private static List<TimelineEvent> searchMatches(PresenterView presenter) {
        return FxWait.call(() -> presenter.search().matches());
    }

    private void assertFramesStep(int step) {
        TimelineEvent event = story.steps().get(step - 1).event();
        assertThat(audience().timeline().getVisibleWindow()).isEqualTo(StoryCamera.frame(event, timeline.events()));
    }

    /** The share of an image's pixels that are exactly {@code colour}. */
    private static double share(javafx.scene.image.Image image, javafx.scene.paint.Paint colour) {
        javafx.scene.paint.Color c = (javafx.scene.paint.Color) colour;
        int argb = (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
        javafx.scene.image.PixelReader pixels = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        long same = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                same += pixels.getArgb(x, y) == argb ? 1 : 0;
            }
        }
        return same / (double) (w * h);
    }

    private static Point2D onMiniature(AudienceMiniature miniature, double fx, double fy) {
        return FxWait.call(() -> miniature.localToScreen(miniature.getWidth() * fx,
                miniature.getHeight() * fy));
    }

    private Point2D onAudience(double fx, double fy) {
        return FxWait.call(() -> audience().localToScreen(audience().getWidth() * fx, audience().getHeight() * fy));
    }

    private static Point2D dotOnScreen(Circle dot) {
        return FxWait.call(() -> dot.localToScreen(dot.getCenterX(), dot.getCenterY()));
    }

    private Image snapshot() {
        return FxWait.call(() -> audience().snapshot(null, null));
    }

    private static Color pixel(Image image, Point2D fraction) {
        return image.getPixelReader().getColor((int) (image.getWidth() * fraction.getX()),
                (int) (image.getHeight() * fraction.getY()));
    }

    private static void press(Point2D at) {
        FxWait.run(() -> {
            Robot robot = new Robot();
            robot.mouseMove(at);
            robot.mousePress(MouseButton.PRIMARY);
        });
        FxWait.settle();
    }

    private static void moveTo(Point2D at) {
        FxWait.run(() -> new Robot().mouseMove(at));
        FxWait.settle();
    }

    private static void release() {
        FxWait.run(() -> new Robot().mouseRelease(MouseButton.PRIMARY));
        FxWait.settle();
    }

    private AudienceView audience() {
        return mode.audience();
    }

    private Presentation presentation() {
        return mode.presentation();
    }

    private int stepNumber() {
        return presentation().current() instanceof Slide.Step s ? s.number() : 0;
    }

    private String cardTitle() {
        return ((Labeled) audience().lookup("#card-title")).getText();
    }
}
