package org.timelineviewer.story;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;

/**
 * While presenting, the mouse cursor goes away after two still seconds over the audience's
 * picture and comes back as soon as the mouse moves. Stillness is measured on a {@link Clock}
 * (checked a few times a second), so a test clock drives it.
 */
final class CursorAutoHide {

    /** How long the mouse must rest before its cursor hides. */
    static final Duration IDLE = Duration.ofSeconds(2);

    private final Node node;
    private final Clock clock;
    private final Timeline checks = new Timeline(new KeyFrame(javafx.util.Duration.millis(200), e -> check()));
    private Instant lastMove;

    CursorAutoHide(Node node, Clock clock) {
        this.node = node;
        this.clock = clock;
        lastMove = clock.instant();
        node.addEventFilter(MouseEvent.MOUSE_MOVED, e -> moved());
        node.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> moved());
        node.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> moved());
        checks.setCycleCount(Animation.INDEFINITE);
        checks.play();
    }

    /** Stops watching (when the presentation ends): the running check would hold the view. */
    void dispose() {
        checks.stop();
        node.setCursor(null);
    }

    private void moved() {
        lastMove = clock.instant();
        if (node.getCursor() == Cursor.NONE) {
            node.setCursor(Cursor.DEFAULT);
        }
    }

    /** Hides the cursor when the mouse has been still long enough (a few times a second; tests call it too). */
    void check() {
        if (Duration.between(lastMove, clock.instant()).compareTo(IDLE) >= 0) {
            node.setCursor(Cursor.NONE);
        }
    }
}
