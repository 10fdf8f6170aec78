package org.timelineviewer.control;

import java.util.Arrays;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.geometry.VPos;
import javafx.scene.text.TextAlignment;
import org.timelineviewer.model.TimelineEvent;

/**
 * The events of a crowded view painted on one canvas, each in the {@link MarkerLook} CSS gives
 * its marker, where a node per event would cost the frame its styling and layout. It remembers
 * what it painted where, so that the pointer finds the event under it.
 *
 * <p>The geometry is {@link EventMarker}'s: a dot centred on the event's x (a bar from its start
 * to its end), the label beside it, the status tag after the label.
 */
final class EventCanvas extends Canvas {

    /** Past this many events painted, the next pass clears the whole canvas at once. */
    private static final int MAX_CLEARS = 1_000;
    /**
     * How far what an event paints may reach beyond the bounds it is remembered by: a dot's
     * picture has a margin for its border's shading, and labels land on whole pixels.
     */
    private static final double CLEAR_MARGIN = 4;

    private final GraphicsContext g = getGraphicsContext2D();
    private TimelineEvent[] events = new TimelineEvent[64];
    /** Left, top, right, bottom of each painted event, in the canvas's coordinates. */
    private double[] bounds = new double[64 * 4];
    private int count;
    private double scale = 1;
    private final LabelPictures pictures = new LabelPictures();
    private boolean usePictures = true;
    private int picturesDrawn;

    EventCanvas() {
        getStyleClass().add("event-canvas");
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    /**
     * Starts a pass over a canvas covering its parent's {@code w} by {@code h}: forgets what was
     * painted. The canvas sits on whole device pixels (a fraction of a pixel off, the whole canvas
     * would be filtered into the scene every frame, which cost more than all its events), so what
     * {@link #paint} is given in the parent's coordinates is moved by that fraction.
     */
    void begin(double w, double h) {
        double scaleX = 1;
        double scaleY = 1;
        if (getScene() != null && getScene().getWindow() != null) {
            scaleX = getScene().getWindow().getRenderScaleX();
            scaleY = getScene().getWindow().getRenderScaleY();
        }
        scale = scaleX;
        javafx.geometry.Point2D origin = getParent() == null ? javafx.geometry.Point2D.ZERO : getParent().localToScene(0, 0);
        double offsetX = Math.round(origin.getX() * scaleX) / scaleX - origin.getX();
        double offsetY = Math.round(origin.getY() * scaleY) / scaleY - origin.getY();
        boolean moved = getLayoutX() != offsetX || getLayoutY() != offsetY || getWidth() != w || getHeight() != h;
        if (getLayoutX() != offsetX || getLayoutY() != offsetY) {
            relocate(offsetX, offsetY);
        }
        if (getWidth() != w || getHeight() != h) {
            setWidth(w);
            setHeight(h);
        }
        if (moved || count > MAX_CLEARS) {
            g.clearRect(0, 0, getWidth(), getHeight());
        } else {
            clearPainted();
        }
        count = 0;
        picturesDrawn = 0;
    }

    /**
     * Clears what the last pass painted, event by event, and leaves the rest of the canvas (clear
     * already) alone: software rendering clears a canvas pixel by pixel, and a crowded view's
     * events cover about half of it.
     */
    private void clearPainted() {
        for (int i = 0; i < count; i++) {
            int b = i * 4;
            double left = Math.floor(bounds[b]) - CLEAR_MARGIN;
            double top = Math.floor(bounds[b + 1]) - CLEAR_MARGIN;
            g.clearRect(left, top, Math.ceil(bounds[b + 2]) + CLEAR_MARGIN - left, Math.ceil(bounds[b + 3]) + CLEAR_MARGIN - top);
        }
    }

    /**
     * Paints {@code e} in {@code look}: its shape from {@code x} to {@code endX} (a dot on
     * {@code x} for a point), its label of {@code textWidth} at {@code labelX}, in the row from
     * {@code rowY} of {@code rowHeight}; {@code status} is null for undoubted events.
     */
    void paint(TimelineEvent e, MarkerLook look, String title, String status, double parentX, double parentEndX,
               double parentLabelX, double textWidth, double parentRowY, double rowHeight) {
        double x = parentX - getLayoutX();
        double endX = parentEndX - getLayoutX();
        double labelX = parentLabelX - getLayoutX();
        double rowY = parentRowY - getLayoutY();
        boolean point = e.isPoint();
        double dot = look.dotSize();
        double shapeLeft = point ? x - dot / 2 : x;
        double shapeWidth = point ? dot : Math.max(endX - x, 3);
        double shapeHeight = point ? dot : look.barHeight();
        double shapeTop = point ? (rowHeight - dot) / 2 : rowHeight - shapeHeight - 2;
        if (point) {
            look.paintDot(g, shapeLeft, rowY + shapeTop, dot);
        } else {
            look.paintShape(g, shapeLeft, rowY + shapeTop, shapeWidth, shapeHeight);
        }
        double labelHeight = look.labelHeight();
        double labelWidth = look.labelWidth(textWidth);
        double labelTop = point ? (rowHeight - labelHeight) / 2 : Math.max(0, shapeTop - labelHeight);
        if (look.paintLabel(g, title, labelX, rowY + labelTop, labelWidth, pictures, scale)) {
            picturesDrawn++;
        }
        double right = Math.max(point ? x + dot / 2 : endX, labelX + labelWidth);
        if (status != null) {
            double tagX = labelX + labelWidth + EventMarker.TAG_GAP;
            look.paintTag(g, status, tagX, rowY + labelTop + (labelHeight - look.tagHeight()) / 2);
            right = Math.max(right, tagX + look.tagWidth(status));
        }
        remember(e, Math.min(shapeLeft, labelX), rowY, right, rowY + rowHeight);
    }

    private void remember(TimelineEvent e, double left, double top, double right, double bottom) {
        if (count == events.length) {
            events = Arrays.copyOf(events, count * 2);
            bounds = Arrays.copyOf(bounds, count * 8);
        }
        events[count] = e;
        int b = count * 4;
        bounds[b] = left;
        bounds[b + 1] = top;
        bounds[b + 2] = right;
        bounds[b + 3] = bottom;
        count++;
    }

    /**
     * Before a pass paints {@code title} in {@code look}: asks for its picture, which
     * {@link #makePictures} makes with the others asked for, so that the pass draws each label
     * as one picture.
     */
    void wantPicture(MarkerLook look, String title, double textWidth) {
        if (usePictures) {
            look.wantPicture(pictures, title, textWidth, scale);
        }
    }

    /** Whether labels are drawn as pictures (true, the default) or glyph by glyph (to compare, in tests). */
    void usePictures(boolean use) {
        usePictures = use;
        if (!use) {
            pictures.clear();
        }
    }

    /** Makes the pictures asked for since the last pass, in a snapshot a batch. */
    void makePictures() {
        pictures.make();
    }

    /** How many labels the last pass drew as pictures (for tests). */
    int picturesDrawn() {
        return picturesDrawn;
    }

    /** The label pictures (for tests). */
    LabelPictures pictures() {
        return pictures;
    }

    /** Ends the pass: lets go of the events no longer painted. */
    void end() {
        Arrays.fill(events, count, events.length, null);
    }

    /** How many events the last pass painted. */
    int paintedCount() {
        return count;
    }

    /** The painted event under {@code x, y} in the canvas's own coordinates (the one painted last, on top), or null. */
    TimelineEvent eventAt(double x, double y) {
        for (int i = count - 1; i >= 0; i--) {
            int b = i * 4;
            if (x >= bounds[b] && x < bounds[b + 2] && y >= bounds[b + 1] && y < bounds[b + 3]) {
                return events[i];
            }
        }
        return null;
    }
}
