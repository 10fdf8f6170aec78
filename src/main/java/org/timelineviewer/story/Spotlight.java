package org.timelineviewer.story;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.util.Subscription;
import org.timelineviewer.presentation.Pointer;

/**
 * The spotlight: the whole picture dimmed (the shade is the stylesheet's, about 75 % black) but
 * for a circle around the {@link Pointer}. One path: the picture's rectangle with the circle cut
 * out of it (even-odd), so the circle lets the picture through untouched.
 */
final class Spotlight {

    /** The circle's radius as a fraction of the picture's height. */
    static final double RADIUS_OF_HEIGHT = 0.16;

    private final Path shade = new Path();
    private final Region area;
    private final Pointer pointer;
    private final Subscription subscriptions;

    Spotlight(Pointer pointer, Region area) {
        this.pointer = pointer;
        this.area = area;
        shade.getStyleClass().add("spotlight");
        shade.setId("spotlight");
        shade.setFillRule(FillRule.EVEN_ODD);
        shade.setManaged(false);
        shade.setMouseTransparent(true);
        subscriptions = Subscription.combine(
                pointer.positionProperty().subscribe(this::draw),
                area.widthProperty().subscribe(this::draw),
                area.heightProperty().subscribe(this::draw),
                pointer.spotlightProperty().subscribe(on -> shade.setVisible(on)));
    }

    Node node() {
        return shade;
    }

    void dispose() {
        subscriptions.unsubscribe();
    }

    /** The circle's radius in pixels now. */
    double radius() {
        return RADIUS_OF_HEIGHT * area.getHeight();
    }

    private void draw() {
        double w = area.getWidth();
        double h = area.getHeight();
        Point2D at = pointer.position();
        double cx = at.getX() * w;
        double cy = at.getY() * h;
        double r = radius();
        shade.getElements().setAll(new MoveTo(0, 0), new LineTo(w, 0), new LineTo(w, h), new LineTo(0, h),
                new ClosePath(), new MoveTo(cx - r, cy), new ArcTo(r, r, 0, cx + r, cy, false, true),
                new ArcTo(r, r, 0, cx - r, cy, false, true), new ClosePath());
    }
}
