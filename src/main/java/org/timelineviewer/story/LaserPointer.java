package org.timelineviewer.story;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.util.Subscription;
import org.timelineviewer.presentation.Pointer;

/**
 * The laser pointer's dot on the audience's picture: bright red with a soft glow (colours in the
 * stylesheet), where the {@link Pointer} is, shown only while it says so. Its size follows the
 * picture's height, as the text does.
 */
final class LaserPointer {

    /** The dot's radius at 1080 pixels of height. */
    static final double RADIUS_AT_1080 = 9;

    private final Circle dot = new Circle();
    private final Region area;
    private final Pointer pointer;
    private final Subscription subscriptions;

    /** The dot for {@code pointer} over {@code area} (the overlay it is drawn in, as large as the picture). */
    LaserPointer(Pointer pointer, Region area) {
        this.pointer = pointer;
        this.area = area;
        dot.getStyleClass().add("laser-dot");
        dot.setId("laser-dot");
        dot.setManaged(false);
        dot.setMouseTransparent(true);
        subscriptions = Subscription.combine(
                pointer.positionProperty().subscribe(this::place),
                area.widthProperty().subscribe(this::place),
                area.heightProperty().subscribe(this::place),
                pointer.laserShownProperty().subscribe(shown -> dot.setVisible(shown)));
        place();
    }

    Node node() {
        return dot;
    }

    void dispose() {
        subscriptions.unsubscribe();
    }

    private void place() {
        Point2D at = pointer.position();
        dot.setCenterX(at.getX() * area.getWidth());
        dot.setCenterY(at.getY() * area.getHeight());
        dot.setRadius(Math.max(5, RADIUS_AT_1080 * area.getHeight() / 1080));
    }
}
