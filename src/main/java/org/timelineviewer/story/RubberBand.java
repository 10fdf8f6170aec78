package org.timelineviewer.story;

import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;

/**
 * Dragging a rectangle over a node with the main button: past a few pixels a visible band follows
 * the mouse, and on release its bounds (in the node's coordinates) go to a callback. A click (or
 * a jitter of the hand) stays a click: nothing is drawn and the callback is not called. The band
 * is a node of its own, for an overlay laid over the source at the same place.
 */
final class RubberBand {

    /** How far the mouse must move before a press becomes a drag. */
    static final double THRESHOLD_PX = 6;

    private final Node source;
    private final Consumer<Rectangle2D> onDragged;
    private final Rectangle band = new Rectangle();
    private Point2D start;
    private boolean dragging;

    RubberBand(Node source, Consumer<Rectangle2D> onDragged) {
        this.source = source;
        this.onDragged = onDragged;
        band.getStyleClass().add("rubber-band");
        band.setFill(null); // an outline: what is inside stays readable
        band.setId("rubber-band");
        band.setManaged(false);
        band.setMouseTransparent(true);
        band.setVisible(false);
        source.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        source.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        source.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
    }

    /** The visible band (hidden unless dragging). */
    Node node() {
        return band;
    }

    boolean isDragging() {
        return dragging;
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        start = source.sceneToLocal(e.getSceneX(), e.getSceneY());
        dragging = false;
        e.consume(); // the picture does not pan under the presenter's rectangle
    }

    private void dragged(MouseEvent e) {
        if (start == null || !e.isPrimaryButtonDown()) {
            return;
        }
        Point2D at = source.sceneToLocal(e.getSceneX(), e.getSceneY());
        if (!dragging && at.distance(start) >= THRESHOLD_PX) {
            dragging = true;
        }
        if (dragging) {
            Rectangle2D r = between(start, at);
            band.setX(r.getMinX());
            band.setY(r.getMinY());
            band.setWidth(r.getWidth());
            band.setHeight(r.getHeight());
            band.setVisible(true);
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || start == null) {
            return;
        }
        Rectangle2D r = between(start, source.sceneToLocal(e.getSceneX(), e.getSceneY()));
        boolean wasDragging = dragging;
        start = null;
        dragging = false;
        band.setVisible(false);
        e.consume();
        if (wasDragging) {
            onDragged.accept(r);
        }
    }

    private static Rectangle2D between(Point2D a, Point2D b) {
        return new Rectangle2D(Math.min(a.getX(), b.getX()), Math.min(a.getY(), b.getY()),
                Math.abs(a.getX() - b.getX()), Math.abs(a.getY() - b.getY()));
    }
}
