package org.timelineviewer.control;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.shape.Rectangle;
import org.timelineviewer.control.AxisTicks.Tick;

/**
 * The dashed vertical lines at the axis ticks: each a rectangle one pixel wide on the pixel grid
 * (style class {@code grid}), its dashes a repeating gradient fill from the stylesheet. Not
 * stroked lines: software rendering rasterises a dashed stroke with antialiasing scan line by
 * scan line, and the grid's lines across the whole height were half of painting a frame; a
 * pixel-aligned rectangle is filled directly.
 */
final class GridLayer extends Group {

    private final NodePool<Integer, Rectangle> lines = new NodePool<>(GridLayer::newLine, getChildren());

    GridLayer() {
        getStyleClass().add("grid-layer");
        setMouseTransparent(true);
        setManaged(false);
        setAutoSizeChildren(false);
    }

    private static Rectangle newLine() {
        Rectangle line = new Rectangle(1, 0);
        line.getStyleClass().add("grid");
        return line;
    }

    /** A line from {@code top} to {@code bottom} at each tick, {@code x} from the left. */
    void update(List<Tick> ticks, double x, double top, double bottom) {
        lines.begin();
        int n = 0;
        for (Tick tick : ticks) {
            double gx = Math.round(x + tick.x());
            Rectangle line = lines.acquire(n++);
            if (line.getX() != gx || line.getY() != top || line.getHeight() != bottom - top) {
                line.setX(gx);
                line.setY(top);
                line.setHeight(Math.max(0, bottom - top));
            }
        }
        lines.end();
    }
}
