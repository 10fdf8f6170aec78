package org.timelineviewer.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Window;
import org.timelineviewer.testing.FxWait;

/**
 * Where things are on the screen, for the robot's pointer: nodes found in every shown window
 * (menus are windows of their own) and their screen rectangles, read on the JavaFX thread.
 */
final class OnScreen {

    private OnScreen() {
    }

    /** The first shown node matching {@code selector} in any shown window. */
    static Optional<Node> find(String selector) {
        return FxWait.call(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null) {
                    for (Node n : w.getScene().getRoot().lookupAll(selector)) {
                        if (shown(n)) {
                            return Optional.of(n);
                        }
                    }
                }
            }
            return Optional.empty();
        });
    }

    /**
     * The screen rectangles of the shown nodes matching {@code selector} in any shown window that
     * pass {@code filter}, each cut to {@code area} (nodes outside it left out).
     */
    static List<Bounds> rectangles(String selector, Predicate<Node> filter, Bounds area) {
        return FxWait.call(() -> {
            List<Bounds> found = new ArrayList<>();
            for (Window w : Window.getWindows()) {
                if (!w.isShowing() || w.getScene() == null) {
                    continue;
                }
                for (Node n : w.getScene().getRoot().lookupAll(selector)) {
                    if (shown(n) && filter.test(n)) {
                        Bounds on = n.localToScreen(n.getLayoutBounds());
                        Bounds cut = on == null || area == null ? on : intersection(on, area);
                        if (cut != null) {
                            found.add(cut);
                        }
                    }
                }
            }
            return found;
        });
    }

    /** The node's screen rectangle. */
    static Bounds bounds(Node node) {
        return FxWait.call(() -> node.localToScreen(node.getLayoutBounds()));
    }

    static Point2D centre(Bounds b) {
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    static Point2D centre(Node node) {
        return centre(bounds(node));
    }

    /** A random point in {@code b}, {@code margin} pixels (at most a third of it) in from its edges. */
    static Point2D pointIn(Bounds b, Random random, double margin) {
        double mx = Math.min(margin, b.getWidth() / 3);
        double my = Math.min(margin, b.getHeight() / 3);
        return new Point2D(b.getMinX() + mx + random.nextDouble() * (b.getWidth() - 2 * mx),
                b.getMinY() + my + random.nextDouble() * (b.getHeight() - 2 * my));
    }

    /** Whether {@code n} and everything above it is visible, in a shown window. */
    static boolean shown(Node n) {
        if (n.getScene() == null || n.getScene().getWindow() == null || !n.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        if (a == null || b == null) {
            return null;
        }
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX - minX >= 2 && maxY - minY >= 2 ? new BoundingBox(minX, minY, maxX - minX, maxY - minY) : null;
    }
}
