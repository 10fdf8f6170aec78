package org.timelineviewer.app;

import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.timelineviewer.presentation.ViewerState;

/**
 * {@code --smoke-test}: does the first frame show the timeline? It does when event labels are
 * drawn and every event is in view (a smoke run starts from the defaults, so it fits them all).
 */
final class SmokeTest {

    /** The verdict and the line printed for it. */
    record Result(boolean ok, String report) {
    }

    private SmokeTest() {
    }

    static Result check(Parent window, ViewerState state, Duration sinceStart) {
        // labelled as markers, or painted in their look when the view is crowded
        int drawn = window.lookupAll(".timeline-view").stream().filter(Node::isVisible)
                .mapToInt(n -> n instanceof org.timelineviewer.control.TimelineView view ? view.getLabelledEventCount() : 0)
                .sum();
        int events = state.getTimeline().events().size();
        int inView = state.viewport().countInView();
        boolean ok = drawn > 0 && inView == events;
        return new Result(ok, "smoke-test: " + (ok ? "ok" : "FAILED") + ": " + drawn + " event labels drawn, "
                + inView + " of " + events + " events in view, first frame after " + sinceStart.toMillis() + " ms");
    }
}
