package org.timelineviewer.control;

import javafx.scene.Group;
import javafx.scene.shape.Rectangle;

/**
 * The outline that shows the timeline has the keyboard: four thin rectangles along its edges,
 * shown by the stylesheet while the control is {@code :focused}. Drawn as plain rectangles, not
 * as a second background layer with insets under the whole control: the software renderer painted
 * that layer across the whole view on every frame, a third of a frame's cost.
 *
 * <p>Style class {@code focus-ring}; each edge is a {@code focus-ring-edge} ({@code -fx-fill}).
 */
final class FocusRing extends Group {

    /** How thick the outline is. */
    static final double WIDTH = 2;

    private final Rectangle top = edge();
    private final Rectangle bottom = edge();
    private final Rectangle left = edge();
    private final Rectangle right = edge();

    FocusRing() {
        getStyleClass().add("focus-ring");
        setMouseTransparent(true);
        setManaged(false);
        setAutoSizeChildren(false);
        getChildren().addAll(top, bottom, left, right);
    }

    private static Rectangle edge() {
        Rectangle r = new Rectangle();
        r.getStyleClass().add("focus-ring-edge");
        return r;
    }

    /** Puts the outline along the edges of a {@code width} x {@code height} area from (0, 0). */
    void fit(double width, double height) {
        set(top, 0, 0, width, WIDTH);
        set(bottom, 0, height - WIDTH, width, WIDTH);
        set(left, 0, 0, WIDTH, height);
        set(right, width - WIDTH, 0, WIDTH, height);
    }

    private static void set(Rectangle r, double x, double y, double w, double h) {
        if (r.getX() != x || r.getY() != y || r.getWidth() != w || r.getHeight() != h) {
            r.setX(x);
            r.setY(y);
            r.setWidth(Math.max(0, w));
            r.setHeight(Math.max(0, h));
        }
    }
}
