package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineviewer.control.TimeWindow;
import org.timelineviewer.control.TimelineView;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.presentation.Presentation;
import org.timelineviewer.presentation.Slide;
import org.timelineviewer.presentation.StoryCamera;
import org.timelineviewer.story.AudienceView;
import org.timelineviewer.story.StoryMode;

/** Presenting, driven headlessly with the keys a clicker sends. */
class StoryModeFxTest extends FxAppTest {

    @Test
    void clickerKeysMoveThroughTheStoryAndANumberJumps() {
        startPresenting();
        Presentation p = presentation();
        Story story = p.story();
        assertThat(p.current()).isInstanceOf(Slide.Title.class);
        key(KeyCode.RIGHT);
        assertThat(stepNumber()).isEqualTo(1);
        assertThat(cardTitle()).isEqualTo(story.steps().get(0).event().title().en());
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
        key(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.ENTER);
        assertThat(stepNumber()).isEqualTo(12);
        assertThat(cardTitle()).isEqualTo(story.steps().get(11).event().title().en());
        key(KeyCode.END);
        assertThat(stepNumber()).isEqualTo(story.steps().size());
        key(KeyCode.HOME);
        assertThat(p.current()).isInstanceOf(Slide.Title.class);
    }

    @Test
    void theCameraFramesTheCurrentEventWithItsNeighbours() {
        startPresenting();
        List<TimelineEvent> all = timeline().getTimeline().events();
        TimelineView camera = audience().timeline();
        for (int step = 1; step <= presentation().stepCount(); step += 4) {
            int target = step;
            interact(() -> presentation().goToStep(target));
            waitForFlight();
            TimelineEvent event = ((Slide.Step) presentation().current()).step().event();
            TimeWindow view = camera.getVisibleWindow();
            assertThat(view.contains(event.startDay())).as("step %d shows its event", step).isTrue();
            int i = all.indexOf(event);
            for (int n : new int[] {i - 1, i + 1}) {
                if (n >= 0 && n < all.size()
                        && Math.abs(all.get(n).startDay() - event.startDay()) < 300) {
                    assertThat(view.contains(all.get(n).startDay())).as("neighbour of step %d", step).isTrue();
                }
            }
            assertThat(camera.getSelectedEvent()).isEqualTo(event);
        }
    }

    @Test
    void wheelZoomMidStoryIsAllowedAndTheNextStepFliesBack() {
        startPresenting();
        key(KeyCode.RIGHT);
        waitForFlight();
        TimelineView camera = audience().timeline();
        TimeWindow framed = camera.getVisibleWindow();
        moveTo(camera);
        scroll(6, VerticalDirection.DOWN);
        waitForFlight();
        assertThat(Math.abs(camera.getVisibleWindow().span() - framed.span())).as("the wheel zooms mid-story")
                .isGreaterThan(framed.span() * 0.3);
        key(KeyCode.RIGHT);
        key(KeyCode.LEFT);
        waitForFlight();
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
    void aMouseClickAdvances() {
        startPresenting();
        clickOn(audience().lookup("#step-card") == null ? audience() : audience().timeline());
        settle();
        assertThat(stepNumber()).isEqualTo(1);
    }

    @Test
    void escapeEndsAndRestoresTheMainWindowExactly() {
        TimelineEvent selected = timeline().getTimeline().events().get(5);
        TimeWindow view = new TimeWindow(19_500, 19_800);
        interact(() -> {
            timeline().setSelectedEvent(selected);
            timeline().showWindow(view);
        });
        double x = stage.getX();
        double width = stage.getWidth();
        startPresenting();
        key(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.B);
        key(KeyCode.ESCAPE);
        assertThat(window().storyMode().isRunning()).isFalse();
        assertThat(Stage.getWindows()).noneMatch(w -> w.getScene() != null && w.getScene().getRoot() instanceof AudienceView);
        assertThat(timeline().getSelectedEvent()).isEqualTo(selected);
        assertThat(timeline().getVisibleWindow()).isEqualTo(view);
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(stage.getX()).isEqualTo(x);
        assertThat(stage.getWidth()).isEqualTo(width);
    }

    @Test
    void escapeFirstCancelsAHalfTypedNumberAndLanguageSwitchesDoNotOutlastTheShow() {
        org.timelineviewer.model.Language before = timeline().getLanguage();
        startPresenting();
        key(KeyCode.DIGIT7);
        key(KeyCode.ESCAPE);
        assertThat(window().storyMode().isRunning()).as("Esc cancelled the number only").isTrue();
        assertThat(presentation().typedNumberProperty().get()).isEmpty();
        key(KeyCode.L);
        assertThat(audience().timeline().getLanguage()).isNotEqualTo(before);
        key(KeyCode.ESCAPE);
        assertThat(window().storyMode().isRunning()).isFalse();
        assertThat(timeline().getLanguage()).isEqualTo(before);
    }

    @Test
    void textOnTheProjectorIsAtLeast24PixelsAndTitlesAreLarger() {
        startPresenting();
        key(KeyCode.RIGHT);
        waitForFlight();
        AudienceView audience = audience();
        assertThat(audience.getHeight()).isEqualTo(1080);
        double title = ((Labeled) audience.lookup("#card-title")).getFont().getSize();
        double smallest = Double.MAX_VALUE;
        for (Node n : visibleText(audience)) {
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
        assertThat(window().storyMode().isRunning()).isTrue();
        assertThat(presentation().story().id()).isEqualTo("ai-bet");
        key(KeyCode.ESCAPE);
        interact(() -> stage.requestFocus());
        key(KeyCode.F5);
        assertThat(window().storyMode().isRunning()).isTrue();
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

    private void startPresenting() {
        interact(() -> window().present());
        settle();
        interact(() -> {
            window().storyMode().audienceStage().toFront();
            window().storyMode().audienceStage().requestFocus();
        });
        settle();
        assertThat(window().storyMode().isRunning()).isTrue();
    }

    private void key(KeyCode... codes) {
        type(codes);
        settle();
    }

    private AudienceView audience() {
        return window().storyMode().audience();
    }

    private Presentation presentation() {
        StoryMode mode = window().storyMode();
        return mode.audience().presentation();
    }

    private int stepNumber() {
        return presentation().current() instanceof Slide.Step s ? s.number() : 0;
    }

    private String cardTitle() {
        return ((Labeled) audience().lookup("#card-title")).getText();
    }

    private void waitForFlight() {
        WaitForAsyncUtils.sleep((long) AudienceView.FLIGHT_MILLIS + 250, TimeUnit.MILLISECONDS);
        settle();
    }

    @SuppressWarnings("unused")
    private static TimeWindow frame(TimelineEvent e, List<TimelineEvent> all) {
        return StoryCamera.frame(e, all);
    }
}
