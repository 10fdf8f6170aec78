package org.timelineviewer.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.text.Font;

/**
 * The pictures and measures that {@link MarkerLook}s make with a snapshot, shared between looks
 * that would make the same one: every category's label has the same ground, every struck-through
 * label the same font, and each snapshot waits for the render thread (the 57 of a crowded view's
 * first frame took 76 ms). Keyed by what the picture is made of (fills, strokes, sizes), so a
 * stylesheet change that gives a look new ones makes new pictures. One per {@link MarkerProbes}.
 */
final class MarkerStamps {

    /** Past this many pictures kept, the next starts afresh (a stylesheet that keeps changing). */
    private static final int MAX_KEPT = 512;

    private final Map<List<Object>, Image> pictures = new HashMap<>();
    private final Map<Font, double[]> strikes = new HashMap<>();
    private int made;

    /**
     * The picture {@code w} by {@code h} of what {@code paint} draws, made once for {@code key}
     * (all that the picture depends on, compared by value).
     */
    Image picture(List<Object> key, double w, double h, Consumer<GraphicsContext> paint) {
        Image known = pictures.get(key);
        if (known != null) {
            return known;
        }
        if (pictures.size() >= MAX_KEPT) {
            pictures.clear();
        }
        Image picture = snapshot(w, h, paint);
        pictures.put(key, picture);
        return picture;
    }

    /** Where a struck-through text in {@code font} draws its line ({@code measure} finds it), measured once per font. */
    double[] strike(Font font, Function<Font, double[]> measure) {
        return strikes.computeIfAbsent(font, f -> {
            made++;
            return measure.apply(f);
        });
    }

    /** How many pictures and measures were made (for tests). */
    int made() {
        return made;
    }

    private Image snapshot(double w, double h, Consumer<GraphicsContext> paint) {
        made++;
        javafx.scene.canvas.Canvas canvas = new javafx.scene.canvas.Canvas(w, h);
        paint.accept(canvas.getGraphicsContext2D());
        javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
        params.setFill(javafx.scene.paint.Color.TRANSPARENT);
        return canvas.snapshot(params, null);
    }
}
