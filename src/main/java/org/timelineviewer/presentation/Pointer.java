package org.timelineviewer.presentation;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Point2D;

/**
 * The presenter's pointer on the audience's picture: a laser dot shown while a key is held or
 * while laser mode is on, and a spotlight that dims all but a circle around it. Its place is a
 * fraction of the audience view's width and height (0..1), so the mouse on the audience view and
 * on the presenter's miniature of it point at the same spot.
 */
public final class Pointer {

    private final ReadOnlyObjectWrapper<Point2D> position = new ReadOnlyObjectWrapper<>(this, "position",
            new Point2D(0.5, 0.5));
    private final ReadOnlyBooleanWrapper pointing = new ReadOnlyBooleanWrapper(this, "pointing", false);
    private final ReadOnlyBooleanWrapper laserMode = new ReadOnlyBooleanWrapper(this, "laserMode", false);
    private final ReadOnlyBooleanWrapper laserHeld = new ReadOnlyBooleanWrapper(this, "laserHeld", false);
    private final ReadOnlyBooleanWrapper spotlight = new ReadOnlyBooleanWrapper(this, "spotlight", false);
    private final BooleanBinding laserShown = Bindings.createBooleanBinding(
            () -> pointing.get() && (laserMode.get() || laserHeld.get()), pointing, laserMode, laserHeld);

    /** Where the pointer is (or was last), as fractions of the audience view. */
    public ReadOnlyObjectProperty<Point2D> positionProperty() {
        return position.getReadOnlyProperty();
    }

    public Point2D position() {
        return position.get();
    }

    /** Whether the mouse is over the audience view or its miniature. */
    public ReadOnlyBooleanProperty pointingProperty() {
        return pointing.getReadOnlyProperty();
    }

    /** K: the laser stays on. */
    public ReadOnlyBooleanProperty laserModeProperty() {
        return laserMode.getReadOnlyProperty();
    }

    /** Whether the laser dot shows: the mouse over the picture, and the key held or the mode on. */
    public ObservableBooleanValue laserShownProperty() {
        return laserShown;
    }

    public boolean laserShown() {
        return laserShown.get();
    }

    /** H: the spotlight. */
    public ReadOnlyBooleanProperty spotlightProperty() {
        return spotlight.getReadOnlyProperty();
    }

    public boolean spotlight() {
        return spotlight.get();
    }

    // ---- commands -----------------------------------------------------------------------------

    /** The mouse is at {@code x}, {@code y} (fractions of the audience view, clamped to it). */
    public void pointAt(double x, double y) {
        position.set(new Point2D(clamp(x), clamp(y)));
        pointing.set(true);
    }

    /** The mouse has left the picture. */
    public void leave() {
        pointing.set(false);
    }

    public void toggleLaser() {
        laserMode.set(!laserMode.get());
    }

    /** The laser key is down (true) or up (false). */
    public void holdLaser(boolean held) {
        laserHeld.set(held);
    }

    public void toggleSpotlight() {
        spotlight.set(!spotlight.get());
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0.5 : Math.max(0, Math.min(1, v));
    }
}
