package org.timelineviewer.story;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.transform.Transform;
import org.timelineviewer.presentation.Pointer;

/**
 * The presenter's live miniature of what the audience sees (a small picture of the audience view,
 * a few times a second), to point and zoom on without turning round: a rectangle dragged here
 * flies the audience's camera there, and the mouse over it places the laser and the spotlight at
 * the same spot on the audience's picture.
 */
final class AudienceMiniature extends Region {

    /** How often the picture is taken again. */
    static final double REFRESH_MILLIS = 250;

    private final AudienceView audience;
    private final Pointer pointer;
    private final ImageView picture = new ImageView();
    private final Pane overlay = new Pane();
    private final RubberBand band;
    private final Timeline refresh = new Timeline(new KeyFrame(javafx.util.Duration.millis(REFRESH_MILLIS),
            e -> refresh()));
    private WritableImage frame;

    AudienceMiniature(AudienceView audience) {
        this.audience = audience;
        this.pointer = audience.presentation().pointer();
        getStyleClass().add("audience-miniature");
        setId("audience-miniature");
        picture.setSmooth(true);
        band = new RubberBand(overlay, r -> audience.frameRegion(toAudience(r)));
        overlay.getChildren().add(band.node());
        overlay.addEventFilter(MouseEvent.MOUSE_MOVED, this::pointed);
        overlay.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::pointed);
        overlay.addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointer.leave());
        getChildren().addAll(picture, overlay);
        refresh.setCycleCount(Animation.INDEFINITE);
        refresh.play();
    }

    /** Stops taking pictures (when the presentation ends). */
    void dispose() {
        refresh.stop();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 320;
    }

    @Override
    protected double computePrefHeight(double width) {
        return (width < 0 ? 320 : width) * aspect();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = w * aspect();
        picture.setFitWidth(w);
        picture.setFitHeight(h);
        picture.relocate(0, 0);
        overlay.resizeRelocate(0, 0, w, h);
    }

    /** Takes the picture again (a few times a second; tests call it too). */
    void refresh() {
        double w = getWidth();
        double aw = audience.getWidth();
        if (w <= 0 || aw <= 0 || audience.getScene() == null) {
            return;
        }
        double scale = w / aw;
        int pw = (int) Math.ceil(w);
        int ph = (int) Math.ceil(audience.getHeight() * scale);
        if (frame == null || (int) frame.getWidth() != pw || (int) frame.getHeight() != ph) {
            frame = new WritableImage(pw, ph);
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        if (audience.ground() != null) {
            parameters.setFill(audience.ground()); // the scene paints it, and a snapshot sees no scene's fill
        }
        picture.setImage(audience.snapshot(parameters, frame));
    }

    private double aspect() {
        double aw = audience.getWidth();
        return aw > 0 ? audience.getHeight() / aw : 9.0 / 16;
    }

    private Rectangle2D toAudience(Rectangle2D r) {
        double s = audience.getWidth() / Math.max(1, overlay.getWidth());
        return new Rectangle2D(r.getMinX() * s, r.getMinY() * s, r.getWidth() * s, r.getHeight() * s);
    }

    private void pointed(MouseEvent e) {
        if (overlay.getWidth() > 0 && overlay.getHeight() > 0) {
            pointer.pointAt(e.getX() / overlay.getWidth(), e.getY() / overlay.getHeight());
        }
    }
}
