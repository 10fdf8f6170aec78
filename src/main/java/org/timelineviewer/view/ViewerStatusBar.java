package org.timelineviewer.view;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.timelineviewer.i18n.DateTexts;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.presentation.ViewerState;
import org.timelineviewer.presentation.Viewport;

/**
 * The bottom bar: the visible range of the state's {@link Viewport} on the left (or, for a few
 * seconds, a notice), how many events are shown, and how many of them are in view, on the right. Two labels in a row: ControlsFX's StatusBar, used before, also
 * brought a progress bar and a grid pane the app never showed, made and styled for every first frame.
 */
public final class ViewerStatusBar extends HBox {

    private final ViewerState state;
    private final Viewport viewport;
    private final Label range = new Label();
    private final Label count = new Label();
    /** How many events were in view when the count was last written (-1: not yet). */
    private int inView = -1;
    /**
     * While the view moves the count is written at most this often, then once more when it stops:
     * a number changing every frame cannot be read, and in software rendering each change had the
     * whole width between the timeline and the count repainted with every frame.
     */
    static final javafx.util.Duration COUNT_INTERVAL = javafx.util.Duration.millis(250);
    private final javafx.animation.PauseTransition countLater = new javafx.animation.PauseTransition(COUNT_INTERVAL);
    private long countWrittenAt = Long.MIN_VALUE;

    public ViewerStatusBar(ViewerState state) {
        this.state = state;
        this.viewport = state.viewport();
        getStyleClass().add("viewer-status-bar");
        setId("status-bar");
        range.setId("status-range");
        range.getStyleClass().add("status-range");
        range.setMinWidth(0);
        count.setId("status-count");
        count.getStyleClass().add("status-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(range, spacer, count);
        viewport.windowProperty().addListener((o, was, now) -> {
            updateRange();
            if (viewport.countInView() != inView) {
                updateCountSoon(); // every frame the view moves: the count is written again only when it changes
            }
        });
        javafx.animation.PauseTransition noticeTimeout = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(8));
        noticeTimeout.setOnFinished(e -> state.clearNotice());
        state.noticeProperty().addListener((o, was, now) -> {
            updateRange();
            if (!now.isEmpty()) {
                noticeTimeout.playFromStart(); // a notice stays a few seconds, then the range returns
            }
        });
        countLater.setOnFinished(e -> updateCount());
        state.messagesProperty().addListener((o, was, now) -> update());
        state.shownEventsProperty().addListener((o, was, now) -> updateCount());
        state.timelineProperty().addListener((o, was, now) -> updateCount());
        update();
    }

    private void update() {
        updateRange();
        updateCount();
    }

    private void updateRange() {
        if (!state.noticeProperty().get().isEmpty()) {
            range.setText(state.noticeProperty().get());
            return;
        }
        TimeWindow w = viewport.getWindow();
        if (w == null) {
            range.setText("");
            return;
        }
        Messages m = state.getMessages();
        range.setText(m.format("statusbar.range", DateTexts.instant(w.start(), w.span(), m.language()),
                DateTexts.instant(w.end() - 1e-9, w.span(), m.language())));
    }

    /** Writes the count now if it was last written {@link #COUNT_INTERVAL} ago or more, else when that has passed. */
    private void updateCountSoon() {
        if (System.nanoTime() - countWrittenAt >= COUNT_INTERVAL.toMillis() * 1_000_000) {
            updateCount();
        } else if (countLater.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            countLater.playFromStart();
        }
    }

    private void updateCount() {
        countLater.stop();
        countWrittenAt = System.nanoTime();
        Messages m = state.getMessages();
        int shown = state.getShownEvents().size();
        int all = state.getTimeline() == null ? 0 : state.getTimeline().events().size();
        String total = shown == all ? m.format("statusbar.count", all) : m.format("statusbar.count.filtered", shown, all);
        inView = viewport.countInView();
        count.setText(total + "   ·   " + m.format("statusbar.inView", inView));
    }
}
