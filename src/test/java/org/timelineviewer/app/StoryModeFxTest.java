package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.timelineviewer.control.TimelineView;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.presentation.Presentation;
import org.timelineviewer.presentation.Slide;
import org.timelineviewer.story.AudienceView;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.UiFixture;

/** Presenting the fixture's six-step story, driven headlessly with the keys a clicker sends. */
class StoryModeFxTest extends FxAppTest {

    @Test
    void clickerKeysMoveThroughTheStoryAndANumberJumps() {
        startPresenting();
        Presentation p = presentation();
        assertThat(p.current()).isInstanceOf(Slide.Title.class);
        key(KeyCode.RIGHT);
        assertThat(stepNumber()).isEqualTo(1);
        assertThat(cardTitle()).isEqualTo("Alpha launches");
        for (KeyCode next : List.of(KeyCode.PAGE_DOWN, KeyCode.SPACE, KeyCode.DOWN, KeyCode.ENTER)) {
            int before = stepNumber();
            key(next);
            assertThat(stepNumber()).as("%s advances", next).isEqualTo(before + 1);
        }
        for (KeyCode back : List.of(KeyCode.PAGE_UP, KeyCode.UP, KeyCode.BACK_SPACE, KeyCode.LEFT)) {
            int before = stepNumber();
            key(back);
            assertThat(stepNumber()).as("%s goes back", back).isEqualTo(before - 1);
        }
        key(KeyCode.DIGIT4, KeyCode.ENTER);
        assertThat(stepNumber()).isEqualTo(4);
        assertThat(cardTitle()).isEqualTo("Gamma launches");
        key(KeyCode.END);
        assertThat(stepNumber()).isEqualTo(UiFixture.STEPS);
        key(KeyCode.HOME);
        assertThat(p.current()).isInstanceOf(Slide.Title.class);
    }

    @Test
    void afterTheLastStepTheNextKeyShowsTheEndSlideInTheAudiencesLanguage() {
        startPresenting();
        key(KeyCode.END);
        assertThat(stepNumber()).isEqualTo(UiFixture.STEPS);
        Node end = audience().lookup("#end-slide");
        assertThat(end.isVisible()).isFalse();
        key(KeyCode.RIGHT);
        assertThat(presentation().current()).isInstanceOf(Slide.End.class);
        assertThat(end.isVisible()).isTrue();
        assertThat(audience().lookup("#step-card").isVisible()).as("no step card on the end slide").isFalse();
        assertThat(((Labeled) audience().lookup("#end-slide-text")).getText()).isEqualTo("End — Esc returns");
        key(KeyCode.L);
        assertThat(((Labeled) audience().lookup("#end-slide-text")).getText()).isEqualTo("结束 — 按 Esc 返回");
        key(KeyCode.SPACE);
        assertThat(presentation().current()).as("the next key on the end slide stays there").isInstanceOf(Slide.End.class);
        key(KeyCode.LEFT);
        assertThat(stepNumber()).as("previous goes back to the last step").isEqualTo(UiFixture.STEPS);
        assertThat(end.isVisible()).isFalse();
        assertThat(audience().lookup("#step-card").isVisible()).isTrue();
        key(KeyCode.RIGHT, KeyCode.ESCAPE);
        assertThat(storyMode().isRunning()).as("Esc on the end slide returns").isFalse();
    }

    @Test
    void f9PausesTheTalkTimerAndGoesOnAndF10SetsItBackToZero() {
        startPresenting();
        key(KeyCode.F9);
        assertThat(presentation().timerPausedProperty().get()).isTrue();
        key(KeyCode.F10);
        assertThat(presentation().elapsed()).as("paused and reset").isEqualTo(java.time.Duration.ZERO);
        key(KeyCode.F9);
        assertThat(presentation().timerPausedProperty().get()).isFalse();
        assertThat(storyMode().isRunning()).isTrue();
    }

    @Test
    void theCameraFramesTheCurrentEventWithItsNeighbours() {
        startPresenting();
        List<TimelineEvent> all = state().getTimeline().events();
        TimelineView camera = audience().timeline();
        for (int step = 1; step <= UiFixture.STEPS; step++) {
            int target = step;
            onFx(() -> presentation().goToStep(target));
            TimelineEvent event = ((Slide.Step) presentation().current()).step().event();
            TimeWindow view = camera.getVisibleWindow();
            assertThat(view.contains(event.startDay())).as("step %d shows its event", step).isTrue();
            int i = all.indexOf(event);
            for (int n : new int[] {i - 1, i + 1}) {
                if (n >= 0 && n < all.size() && Math.abs(all.get(n).startDay() - event.startDay()) < 300) {
                    assertThat(view.contains(all.get(n).startDay())).as("neighbour of step %d", step).isTrue();
                }
            }
            assertThat(camera.getSelectedEvent()).isEqualTo(event);
        }
    }

    @Test
    void wheelZoomMidStoryIsAllowedAndTheNextStepFliesBack() {
        startPresenting();
        key(KeyCode.RIGHT, KeyCode.RIGHT);
        TimelineView camera = audience().timeline();
        TimeWindow framed = camera.getVisibleWindow();
        moveTo(camera);
        scroll(2, VerticalDirection.DOWN);
        // on a loaded machine the wheel's events can arrive a pulse or more later: wait for them
        waitUntil("the wheel zooms mid-story", () -> Math.abs(camera.getVisibleWindow().span() - framed.span()) > framed.span() * 0.1);
        settle();
        key(KeyCode.RIGHT);
        key(KeyCode.LEFT);
        assertThat(camera.getVisibleWindow().span()).isCloseTo(framed.span(), Offset.offset(1.0));
    }

    @Test
    void bAndWBlankTheScreenAndBringItBack() {
        startPresenting();
        key(KeyCode.RIGHT);
        Node blank = audience().lookup("#blank");
        assertThat(blank.isVisible()).isFalse();
        key(KeyCode.B);
        assertThat(blank.isVisible()).isTrue();
        assertThat(blank.getStyleClass()).contains("blank-black");
        key(KeyCode.W);
        assertThat(blank.getStyleClass()).contains("blank-white");
        key(KeyCode.W);
        assertThat(blank.isVisible()).isFalse();
        key(KeyCode.B);
        int step = stepNumber();
        key(KeyCode.RIGHT);
        assertThat(blank.isVisible()).as("a key on a black screen brings the picture back").isFalse();
        assertThat(stepNumber()).as("without skipping a step").isEqualTo(step);
    }

    @Test
    void aMouseClickAdvancesAndARightClickGoesBack() {
        startPresenting();
        waitUntil("the audience's window is in front, focused and laid out", () -> audienceStageReady());
        List<String> seen = recordMouseButtons();
        Point2D middle = FxWait.call(() -> {
            TimelineView t = audience().timeline();
            return t.localToScreen(t.getWidth() / 2, t.getHeight() / 2);
        });
        FxWait.click(middle, MouseButton.PRIMARY);
        expectStep(1, "a click advances", seen);
        FxWait.click(middle, MouseButton.PRIMARY);
        expectStep(2, "a second click advances again", seen);
        FxWait.click(middle, MouseButton.SECONDARY);
        expectStep(1, "a right click goes back", seen);
    }

    private boolean audienceStageReady() {
        Stage audienceStage = storyMode().audienceStage();
        Node t = audience().timeline();
        return audienceStage.isShowing() && audienceStage.isFocused() && audienceStage.isFullScreen()
                && t.getLayoutBounds().getWidth() > 0 && !audience().isNeedsLayout();
    }

    /**
     * What the mouse buttons did in every window from now on (window, event, button, target, whether
     * still since the press), for the message when a click does not move the story.
     */
    private List<String> recordMouseButtons() {
        List<String> seen = new CopyOnWriteArrayList<>();
        onFx(() -> {
            for (Window w : Window.getWindows()) {
                if (w.getScene() == null) {
                    continue;
                }
                String name = w == storyMode().audienceStage() ? "audience" : w == stage ? "main" : w.getClass().getSimpleName();
                w.getScene().addEventFilter(MouseEvent.ANY, e -> {
                    if (e.getEventType() != MouseEvent.MOUSE_MOVED) {
                        seen.add(name + " " + e.getEventType() + " " + e.getButton() + " on "
                                + e.getTarget().getClass().getName().replaceAll(".*\\.", "") + " still=" + e.isStillSincePress());
                    }
                });
            }
        });
        return seen;
    }

    private void expectStep(int step, String what, List<String> seen) {
        try {
            waitUntil(what, () -> stepNumber() == step);
        } catch (AssertionError e) {
            throw new AssertionError(what + ": at step " + FxWait.call(this::stepNumber) + ", not " + step
                    + "; the mouse buttons did " + seen + "; windows " + FxWait.call(StoryModeFxTest::windows), e);
        }
    }

    private static List<String> windows() {
        List<String> all = new java.util.ArrayList<>();
        for (Window w : Window.getWindows()) {
            all.add(w.getClass().getSimpleName() + (w.isShowing() ? " showing" : "") + (w.isFocused() ? " focused" : "")
                    + " " + w.getX() + "," + w.getY() + " " + w.getWidth() + "x" + w.getHeight());
        }
        return all;
    }

    @Test
    void escapeEndsAndRestoresTheMainWindowExactly() {
        TimelineEvent selected = state().getTimeline().events().get(5);
        TimeWindow view = new TimeWindow(UiFixture.day("2021-01-01"), UiFixture.day("2021-10-01"));
        onFx(() -> {
            state().select(selected);
            state().viewport().show(view);
        });
        double x = stage.getX();
        double width = stage.getWidth();
        startPresenting();
        key(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.B);
        key(KeyCode.ESCAPE);
        assertThat(storyMode().isRunning()).isFalse();
        assertThat(Stage.getWindows()).noneMatch(w -> w.getScene() != null && w.getScene().getRoot() instanceof AudienceView);
        assertThat(state().getSelected()).isEqualTo(selected);
        assertThat(state().viewport().getWindow()).isEqualTo(view);
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(stage.getX()).isEqualTo(x);
        assertThat(stage.getWidth()).isEqualTo(width);
    }

    @Test
    void theAudienceHasItsOwnLanguageAndThemeAndTheMainWindowKeepsItsOwn() {
        startPresenting();
        key(KeyCode.RIGHT);
        key(KeyCode.DIGIT7);
        key(KeyCode.ESCAPE);
        assertThat(storyMode().isRunning()).as("Esc cancelled the number only").isTrue();
        assertThat(presentation().typedNumberProperty().get()).isEmpty();

        key(KeyCode.L);
        assertThat(presentation().language()).isEqualTo(Language.ZH);
        assertThat(audience().timeline().getLanguage()).isEqualTo(Language.ZH);
        assertThat(cardTitle()).isEqualTo("阿尔法发布");
        assertThat(state().getLanguage()).as("the main window stays in its language while presenting").isEqualTo(Language.EN);
        assertThat(((Labeled) node("#timeline-title")).getText()).isEqualTo("Fixture timeline");

        assertThat(audience().getStyleClass()).contains("projector-dark").doesNotContain("projector-light");
        assertThat(groundsUnderTheAudiencesTimeline()).as("the scene's fill is the only ground").isEmpty();
        assertThat(FxWait.call(() -> audience().getScene().getFill())).isEqualTo(javafx.scene.paint.Color.web("#0d1117"));
        key(KeyCode.T);
        assertThat(presentation().theme()).isEqualTo(Presentation.Theme.LIGHT);
        assertThat(audience().getStyleClass()).contains("projector-light").doesNotContain("projector-dark");
        assertThat(FxWait.call(() -> audience().getScene().getFill())).as("the light theme's ground")
                .isEqualTo(javafx.scene.paint.Color.web("#ffffff"));

        key(KeyCode.ESCAPE);
        assertThat(storyMode().isRunning()).isFalse();
        assertThat(state().getLanguage()).isEqualTo(Language.EN);
    }

    @Test
    void presentingInChineseStartsInTheMainWindowsLanguage() {
        clickOn("#lang-zh");
        startPresenting();
        assertThat(presentation().language()).isEqualTo(Language.ZH);
        key(KeyCode.RIGHT);
        assertThat(cardTitle()).isEqualTo("阿尔法发布");
    }

    @Test
    void textOnTheProjectorIsAtLeast24PixelsAndTitlesAreLarger() {
        startPresenting();
        key(KeyCode.RIGHT);
        AudienceView audience = audience();
        assertThat(audience.getHeight()).isEqualTo(1080);
        double title = ((Labeled) audience.lookup("#card-title")).getFont().getSize();
        double smallest = Double.MAX_VALUE;
        List<Node> texts = visibleText(audience);
        assertThat(texts).hasSizeGreaterThan(5);
        for (Node n : texts) {
            double size = n instanceof Labeled l ? l.getFont().getSize() : ((Text) n).getFont().getSize();
            smallest = Math.min(smallest, size);
            assertThat(size).as("text '%s'", n instanceof Labeled l ? l.getText() : ((Text) n).getText())
                    .isGreaterThanOrEqualTo(24);
        }
        assertThat(title).isGreaterThan(smallest * 1.4);
    }

    @Test
    void f5AndTheToolbarButtonStartPresentingTheFilesStory() {
        clickOn("#present");
        settle();
        assertThat(storyMode().isRunning()).isTrue();
        assertThat(presentation().story().id()).isEqualTo(UiFixture.STORY);
        key(KeyCode.ESCAPE);
        assertThat(storyMode().isRunning()).isFalse();
        onFx(() -> stage.requestFocus());
        key(KeyCode.F5);
        assertThat(storyMode().isRunning()).isTrue();
    }

    @Test
    void endedPresentationsLeaveNoViewsBehind() {
        List<WeakReference<AudienceView>> audiences = new ArrayList<>();
        List<WeakReference<Presentation>> presentations = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            startPresenting();
            onFx(() -> {
                presentation().advance();
                presentation().toggleLanguage();
                presentation().toggleTheme();
            });
            audiences.add(new WeakReference<>(audience()));
            presentations.add(new WeakReference<>(presentation()));
            key(KeyCode.ESCAPE);
        }
        // The main window carries on after the shows (its state changes, it gets keys): an ended
        // show must answer none of it. (Headless Monocle also holds the last window that got a
        // key until a key goes elsewhere: this one does.)
        onFx(() -> state().toggleLanguage());
        FxWait.keys(KeyCode.SHIFT);
        // On a busy machine the renderer and the windowing let go of closed windows a few frames
        // late: patience here is bounded by frames, never by the clock.
        for (int i = 0; i < 100 && audiences.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            FxWait.pulse(); // what the renderer last drew is let go at the next frame
            settle();
        }
        assertThat(audiences.stream().filter(r -> r.get() != null).count())
                .as("audience views still reachable after their shows ended").isZero();
        assertThat(presentations.stream().filter(r -> r.get() != null).count()).isZero();
    }

    private List<Node> visibleText(Parent root) {
        return root.lookupAll("*").stream()
                .filter(n -> n instanceof Labeled || (n instanceof Text t && t.getParent() != null
                        && !(t.getParent() instanceof Labeled) && !t.getParent().getStyleClass().contains("text")))
                .filter(n -> !(n instanceof Labeled l) || (l.getText() != null && !l.getText().isBlank()))
                .filter(n -> !(n instanceof Text t) || (t.getText() != null && !t.getText().isBlank()))
                .filter(StoryModeFxTest::shown)
                .toList();
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void key(KeyCode... codes) {
        FxWait.keys(codes);
    }

    /** The audience's timeline and what holds it, up to the audience view, that paint a ground of their own. */
    private List<String> groundsUnderTheAudiencesTimeline() {
        return FxWait.call(() -> {
            List<String> found = new java.util.ArrayList<>();
            for (Node n = audience().timeline(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.layout.Region r && r.getBackground() != null
                        && !r.getBackground().getFills().isEmpty()) {
                    found.add(r.getClass().getSimpleName() + r.getStyleClass());
                }
            }
            return found;
        });
    }

    private AudienceView audience() {
        return storyMode().audience();
    }

    private Presentation presentation() {
        return storyMode().presentation();
    }

    private int stepNumber() {
        return presentation().current() instanceof Slide.Step s ? s.number() : 0;
    }

    private String cardTitle() {
        return ((Labeled) audience().lookup("#card-title")).getText();
    }
}
