package org.timelineviewer.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.UiFixture;

/**
 * A zoom or pan step is laid out in the pulse that draws it: nothing the view's layout changes
 * asks for that layout again. When a node changed during the pass asked for it (the axis's tick
 * marks did, whenever the ticks moved), the next pulse laid out and painted the whole view a
 * second time, and a step cost two frames.
 */
@ExtendWith(ApplicationExtension.class)
class OnePassPerStepFxTest extends FxRobot {

    private TimelineView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.setAnimated(false);
        view.setTimeline(UiFixture.timeline());
        scene = new Scene(view, 1400, 700);
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void fitted() {
        moveTo(new Point2D(0, 0)); // no pointer over an event: a hover is a change of its own
        FxWait.run(view::fitAll);
        FxWait.settle();
    }

    @Test
    void zoomAndPanStepsLeaveNothingToLayOutWhenEventsAreMarkers() {
        FxWait.run(() -> view.setMarkerNodeLimit(Integer.MAX_VALUE));
        FxWait.settle();
        assertThat(leftNeedingLayoutOverSteps()).isEmpty();
    }

    @Test
    void zoomAndPanStepsLeaveNothingToLayOutWhenEventsArePainted() {
        FxWait.run(() -> view.setMarkerNodeLimit(0));
        FxWait.settle();
        assertThat(leftNeedingLayoutOverSteps()).isEmpty();
    }

    /** Zooms in 40 steps of 5 %, then pans 20; after each step's one CSS and layout pass, what still needs layout. */
    private List<String> leftNeedingLayoutOverSteps() {
        return FxWait.call(() -> {
            List<String> left = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                TimeWindow w = view.getVisibleWindow();
                if (i < 40) {
                    double span = w.span() * 0.95;
                    view.showWindow(new TimeWindow(w.center() - span / 2, w.center() + span / 2));
                } else {
                    view.showWindow(w.shiftedBy(w.span() * 0.05));
                }
                scene.getRoot().applyCss(); // what a pulse does: CSS, then layout
                scene.getRoot().layout();
                collect(view, "step " + i, left);
            }
            return left;
        });
    }

    private static void collect(Node node, String step, List<String> left) {
        if (node instanceof Parent p) {
            if (p.isNeedsLayout()) {
                left.add(step + ": " + p.getClass().getSimpleName() + " " + p.getStyleClass());
            }
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, step, left);
            }
        }
    }
}
