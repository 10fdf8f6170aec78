package org.timelineviewer.control;

import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.timelineviewer.model.TimelineEvent;

/**
 * Turns input into {@link TimelineView} commands: wheel and pinch zoom around the pointer,
 * drag and horizontal scroll pan, and the keyboard:
 * <ul>
 *   <li>{@code ←}/{@code →}: previous/next event; {@code Home}/{@code End}: first/last</li>
 *   <li>{@code +}/{@code -}: zoom in/out; {@code 0}: fit all</li>
 *   <li>{@code Shift+←}/{@code Shift+→}: pan; {@code Esc}: clear the selection</li>
 * </ul>
 */
final class TimelineViewBehavior {

    /** How much one notch of the wheel zooms. */
    static final double WHEEL_ZOOM_PER_NOTCH = 0.8;
    static final double KEY_PAN_FRACTION = 0.2;

    private final TimelineView control;
    private final EventHandler<MouseEvent> onPressed = this::pressed;
    private final EventHandler<MouseEvent> onDragged = this::dragged;
    private final EventHandler<MouseEvent> onReleased = this::released;
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;
    private final EventHandler<ZoomEvent> onZoom = this::zoomed;
    private final EventHandler<KeyEvent> onKey = this::keyPressed;
    private double lastDragX = Double.NaN;

    TimelineViewBehavior(TimelineView control) {
        this.control = control;
        control.addEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
        control.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
        control.addEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        control.addEventHandler(ScrollEvent.SCROLL, onScroll);
        control.addEventHandler(ZoomEvent.ZOOM, onZoom);
        control.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
    }

    void dispose() {
        control.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
        control.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
        control.removeEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        control.removeEventHandler(ScrollEvent.SCROLL, onScroll);
        control.removeEventHandler(ZoomEvent.ZOOM, onZoom);
        control.removeEventHandler(KeyEvent.KEY_PRESSED, onKey);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            lastDragX = e.getX();
            if (!control.isFocused() && !(e.getTarget() instanceof EventMarker)) {
                control.requestFocus();
            }
        }
    }

    private void dragged(MouseEvent e) {
        if (!Double.isNaN(lastDragX)) {
            control.panByPixels(e.getX() - lastDragX);
            lastDragX = e.getX();
            control.setPanning(true);
        }
    }

    private void released(MouseEvent e) {
        lastDragX = Double.NaN;
        control.setPanning(false);
    }

    // ---- markers and count badges: the skin hands their input here ----------------------------

    /** A click on {@code marker} picks its event (a click, not the end of a drag) and focuses it. */
    void markerClicked(EventMarker marker, MouseEvent e) {
        if (e.isStillSincePress() && marker.event() != null) {
            control.pick(marker.event());
            marker.requestFocus();
        }
    }

    /**
     * A click on a painted event picks it, as a click on its marker would; the
     * timeline takes the focus, which the skin then hands to the selected event's marker.
     */
    void paintedEventClicked(TimelineEvent event, MouseEvent e) {
        if (e.isStillSincePress() && event != null) {
            control.pick(event);
            control.requestFocus();
        }
    }

    /** The pointer moved over the painted events, onto the painted {@code event} or (null) onto none. */
    void paintedEventHovered(TimelineEvent event) {
        if (control.hoveredEventProperty().get() != event) {
            control.setHoveredEvent(event);
        }
    }

    void markerEntered(EventMarker marker) {
        control.setHoveredEvent(marker.event());
    }

    void markerExited(EventMarker marker) {
        if (control.hoveredEventProperty().get() == marker.event()) {
            control.setHoveredEvent(null);
        }
    }

    /** A click on a count badge zooms in on its events. */
    void badgeClicked(ClusterBadge badge, MouseEvent e) {
        if (e.isStillSincePress() && badge.cluster() != null) {
            EventLayout.Cluster c = badge.cluster();
            control.animateTo(org.timelineviewer.model.TimeWindow.framing(c.firstDay(), c.lastDay(), 0.35));
            e.consume();
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getTouchCount() > 1 && e.isInertia()) {
            return;
        }
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        if (Math.abs(dx) > Math.abs(dy) || e.isShiftDown()) {
            double delta = Math.abs(dx) > Math.abs(dy) ? dx : dy;
            control.panByPixels(delta);
        } else if (dy != 0) {
            control.zoomAt(e.getX(), Math.pow(WHEEL_ZOOM_PER_NOTCH, notches(e)));
        }
        e.consume();
    }

    /**
     * Wheel notches in this event: mouse wheels report lines (three per notch); touchpads report
     * pixels (about forty per notch).
     */
    static double notches(ScrollEvent e) {
        if (e.getTextDeltaYUnits() == ScrollEvent.VerticalTextScrollUnits.LINES && e.getTextDeltaY() != 0) {
            return e.getTextDeltaY() / 3;
        }
        return e.getDeltaY() / 40;
    }

    private void zoomed(ZoomEvent e) {
        if (e.getZoomFactor() > 0) {
            control.zoomAt(e.getX(), 1 / e.getZoomFactor());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean handled = true;
        if (code == KeyCode.RIGHT || code == KeyCode.KP_RIGHT) {
            if (e.isShiftDown()) {
                control.panByFraction(KEY_PAN_FRACTION);
            } else {
                control.selectAdjacent(1);
            }
        } else if (code == KeyCode.LEFT || code == KeyCode.KP_LEFT) {
            if (e.isShiftDown()) {
                control.panByFraction(-KEY_PAN_FRACTION);
            } else {
                control.selectAdjacent(-1);
            }
        } else if (code == KeyCode.HOME) {
            control.selectFirst();
        } else if (code == KeyCode.END) {
            control.selectLast();
        } else if (code == KeyCode.ADD || code == KeyCode.PLUS || code == KeyCode.EQUALS) {
            control.zoomIn();
        } else if (code == KeyCode.SUBTRACT || code == KeyCode.MINUS) {
            control.zoomOut();
        } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            control.fitAll();
        } else if (code == KeyCode.ENTER || code == KeyCode.SPACE) {
            handled = activateFocused();
        } else if (code == KeyCode.ESCAPE && control.getSelectedEvent() != null) {
            control.pick(null);
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /** Enter on a focused (or hovered) event selects it. */
    private boolean activateFocused() {
        if (control.getScene() != null && control.getScene().getFocusOwner() instanceof EventMarker marker
                && marker.event() != null) {
            control.select(marker.event());
            return true;
        }
        if (control.hoveredEventProperty().get() != null) {
            control.select(control.hoveredEventProperty().get());
            return true;
        }
        return false;
    }
}
