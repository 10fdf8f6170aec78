package org.timelineviewer.presentation;

import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * How large the main window draws its text and controls, as a factor of their normal size
 * (Ctrl + / Ctrl − / Ctrl 0): so that a window projected as it is can be read from the back of
 * the room. Steps from {@link #SMALLEST} to {@link #LARGEST}; anything set from outside (a
 * remembered value) is clamped to them. Pure view model: the window applies the factor.
 */
public final class UiZoom {

    /** The steps Ctrl + and Ctrl − go through. */
    static final List<Double> STEPS = List.of(0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5);
    public static final double SMALLEST = 0.8;
    public static final double LARGEST = 2.5;
    public static final double NORMAL = 1.0;

    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", NORMAL);

    /** The factor now (1 = normal size). */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double getScale() {
        return scale.get();
    }

    /** The factor as a whole percentage (150 for 1.5). */
    public int percent() {
        return (int) Math.round(getScale() * 100);
    }

    /** One step larger (nothing at the largest). */
    public void zoomIn() {
        double now = getScale();
        scale.set(STEPS.stream().filter(s -> s > now + 1e-6).findFirst().orElse(LARGEST));
    }

    /** One step smaller (nothing at the smallest). */
    public void zoomOut() {
        double now = getScale();
        scale.set(STEPS.stream().filter(s -> s < now - 1e-6).reduce((a, b) -> b).orElse(SMALLEST));
    }

    /** Back to the normal size. */
    public void reset() {
        scale.set(NORMAL);
    }

    /** Sets the factor (a remembered one), clamped to the steps' range; not a number means normal. */
    public void set(double factor) {
        scale.set(Double.isFinite(factor) ? Math.max(SMALLEST, Math.min(LARGEST, factor)) : NORMAL);
    }
}
