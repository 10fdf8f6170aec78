package org.timelineviewer.view;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.timelineviewer.i18n.Messages;

/**
 * The text size just chosen ("150 %"), shown for a moment in the middle of the window after
 * Ctrl + / Ctrl − / Ctrl 0, then gone. Never takes the mouse or the focus.
 */
final class ZoomToast extends Label {

    static final Duration SHOWN_FOR = Duration.millis(1200);

    private final PauseTransition timeout = new PauseTransition(SHOWN_FOR);

    ZoomToast() {
        setId("zoom-toast");
        getStyleClass().add("zoom-toast");
        setMouseTransparent(true);
        setFocusTraversable(false);
        setVisible(false);
        StackPane.setAlignment(this, Pos.CENTER);
        timeout.setOnFinished(e -> setVisible(false));
    }

    /** Shows {@code percent} in the words of {@code m}, and starts the moment over. */
    void show(Messages m, int percent) {
        setText(m.format("zoom.toast", percent));
        setVisible(true);
        timeout.playFromStart();
    }
}
