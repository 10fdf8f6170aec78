package org.timelineviewer.control;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.TextAlignment;
import org.timelineviewer.model.TimelineEvent;

/**
 * The events of a crowded view painted, each on a small canvas of its own (a sprite) in the
 * {@link MarkerLook} CSS gives its marker, where a node per event's parts would cost the frame
 * its styling and layout. It remembers what it painted where, so that the pointer finds the event
 * under it.
 *
 * <p>The geometry is {@link EventMarker}'s: a dot centred on the event's x (a bar from its start
 * to its end), the label beside it, the status tag after the label.
 *
 * <p>A pass is {@link #begin}, a {@link #paint} for each event in paint order, {@link #end}. An
 * event keeps its sprite from pass to pass, and a sprite is painted again only when what it
 * shows changes (its look, its text, its width, where its label sits beside its dot): zooming and
 * panning move the sprites and paint only the events that come into view. Why sprites and not one
 * canvas the size of the view: software rendering composites a canvas pixel by pixel, the
 * transparent ones too, and one canvas painted afresh every zoom frame cost its events' painting,
 * a clear, and the compositing of the whole view (at 10,000 events, a quarter of the render
 * thread); moved sprites cost the compositing of their own pixels alone. An event is painted as
 * if its x were on a whole device pixel, so that its parts keep their places relative to each
 * other wherever it moves (at most half a pixel from where the view would put it). A bar is
 * painted only as far as half a view beyond each side. Sprites are drawn in paint order (their
 * view order), and clipped to the view.
 */
final class EventSprites extends Group {

    /**
     * The widest a sprite is made, in device pixels: a texture wider than the graphics card takes
     * (8,192 or 16,384 on most) would not be drawn.
     */
    private static final double MAX_DEVICE_WIDTH = 8_192;

    private final Rectangle clip = new Rectangle();
    /**
     * Every sprite that still holds an event's painting, shown or spare. An event that comes takes
     * the sprite hidden longest, so that there are never more than the events of two passes.
     */
    private final Map<TimelineEvent, Sprite> byEvent = new IdentityHashMap<>();
    /** The hidden sprites, the longest hidden first. */
    private final LinkedHashSet<Sprite> spare = new LinkedHashSet<>();
    /** What the last pass showed, and (after {@link #begin}) what this pass asks for, in paint order. */
    private Sprite[] shown = new Sprite[64];
    private int shownCount;
    private Sprite[] next = new Sprite[64];
    private int nextCount;
    /** Where a sprite's event is worked out before the sprite is told (so that it can tell whether it changed). */
    private PaintedEvent scratch = new PaintedEvent();
    private int pass;
    private double viewWidth;
    private double barMargin;
    private double scaleX = 1;
    private double scaleY = 1;
    /** True when the next pass paints every sprite afresh. */
    private boolean repaintAll;
    private int drawnThisPass;

    EventSprites() {
        getStyleClass().add("event-sprites");
        setManaged(false);
        setAutoSizeChildren(false);
        setClip(clip);
        // the pointer between sprites is over the painted view, as over one canvas: the layer asks
        // eventAt, whose rows are taller than the ink a sprite covers
        setPickOnBounds(true);
    }

    /** Starts a pass over a view of {@code w} by {@code h}, at the origin of this group's parent. */
    void begin(double w, double h) {
        if (getScene() != null && getScene().getWindow() != null) {
            scaleX = getScene().getWindow().getRenderScaleX();
            scaleY = getScene().getWindow().getRenderScaleY();
        }
        viewWidth = w;
        barMargin = Math.floor(Math.max(0, Math.min(w / 2, (MAX_DEVICE_WIDTH / scaleX - w) / 2 - 8)));
        clip.setWidth(w);
        clip.setHeight(h);
        nextCount = 0;
        drawnThisPass = 0;
        pass++;
    }

    /**
     * Asks this pass for {@code e} in {@code look}: its shape from {@code x} to {@code endX} (a
     * dot on {@code x} for a point), its label of {@code textWidth} at {@code labelX}, in the row
     * from {@code rowY} of {@code rowHeight}, all in the parent's coordinates; {@code status} is
     * null for undoubted events. An event is asked for once a pass.
     */
    void paint(TimelineEvent e, MarkerLook look, String title, String status, double x, double endX,
               double labelX, double textWidth, double rowY, double rowHeight) {
        double start = x;
        double end = x; // a point's end (its day's) is not painted: its sprite stays as it is while the day widens
        if (!e.isPoint()) { // a bar as far as half a view beyond the view: a texture must not grow without end
            start = Math.max(x, -barMargin);
            end = Math.max(start, Math.min(endX, viewWidth + barMargin));
        }
        double shift = onPixels(start, scaleX) - start;
        PaintedEvent p = scratch;
        p.set(e, look, title, status, start + shift, end + shift, labelX + shift, textWidth, rowY, rowHeight);
        double left = Math.floor(p.inkLeft * scaleX) / scaleX;
        double top = Math.floor(p.inkTop * scaleY) / scaleY;
        // again in the sprite's own coordinates, on a grid of 1/1,024 of a pixel: worked out anew
        // each pass, a position is a rounding error apart from the last, and a part at half a
        // pixel must not round to another pixel in a sprite painted again than in one kept
        p.set(e, look, title, status, grid(start + shift - left), grid(end + shift - left), grid(labelX + shift - left),
                textWidth, grid(rowY - top), rowHeight);

        Sprite sprite = byEvent.get(e);
        if (sprite == null) {
            sprite = spareSprite();
            byEvent.put(e, sprite);
        } else {
            spare.remove(sprite);
        }
        if (repaintAll || sprite.painted.event != e || !sprite.painted.sameAs(p)) {
            scratch = sprite.painted;
            sprite.painted = p;
            sprite.draw(scaleX, scaleY);
            drawnThisPass++;
        }
        sprite.pass = pass;
        if (sprite.getLayoutX() != left || sprite.getLayoutY() != top) {
            sprite.relocate(left, top);
        }
        if (sprite.getViewOrder() != -nextCount) {
            sprite.setViewOrder(-nextCount); // the first painted at the back, as on one canvas
        }
        if (!sprite.isVisible()) {
            sprite.setVisible(true);
        }
        if (nextCount == next.length) {
            next = Arrays.copyOf(next, nextCount * 2);
        }
        next[nextCount++] = sprite;
    }

    /** Ends the pass: hides the sprites of the events it did not ask for. */
    void end() {
        for (int i = 0; i < shownCount; i++) {
            Sprite s = shown[i];
            shown[i] = null;
            if (s.pass != pass) {
                s.setVisible(false);
                spare.add(s);
            }
        }
        Sprite[] was = shown;
        shown = next;
        shownCount = nextCount;
        next = was;
        nextCount = 0;
        repaintAll = false;
    }

    /** A hidden sprite to paint another event on (the longest hidden), or a new one. */
    private Sprite spareSprite() {
        Iterator<Sprite> oldest = spare.iterator();
        if (oldest.hasNext()) {
            Sprite s = oldest.next();
            oldest.remove();
            forget(s);
            return s;
        }
        Sprite s = new Sprite();
        s.setManaged(false);
        getChildren().add(s);
        return s;
    }

    private void forget(Sprite s) {
        if (s.painted.event != null && byEvent.get(s.painted.event) == s) {
            byEvent.remove(s.painted.event);
        }
        s.painted.event = null;
        s.painted.look = null;
    }

    private static double grid(double v) {
        return Math.rint(v * 1024) / 1024;
    }

    /** {@code x} moved onto the nearest whole device pixel. */
    private static double onPixels(double x, double scale) {
        return Math.round(x * scale) / scale;
    }

    /**
     * Makes the next pass paint every sprite afresh (for tests: it must look as the passes before
     * left the sprites).
     */
    void paintAfresh() {
        repaintAll = true;
    }

    /** How many events the last pass painted (the others it moved as they were; for tests). */
    int drawnLastPass() {
        return drawnThisPass;
    }

    /** How many events the sprites show. */
    int paintedCount() {
        return shownCount;
    }

    /** The events the sprites show, in paint order (for tests). */
    java.util.List<TimelineEvent> paintedEvents() {
        java.util.List<TimelineEvent> list = new java.util.ArrayList<>(shownCount);
        for (int i = 0; i < shownCount; i++) {
            list.add(shown[i].painted.event);
        }
        return list;
    }

    /** How many sprites there are, shown and spare (for tests). */
    int spriteCount() {
        return getChildren().size();
    }

    /** The painted event under {@code x, y} in the parent's coordinates (the one painted last, on top), or null. */
    TimelineEvent eventAt(double x, double y) {
        if (!clip.contains(x, y)) {
            return null;
        }
        for (int i = shownCount - 1; i >= 0; i--) {
            Sprite s = shown[i];
            PaintedEvent p = s.painted;
            double lx = x - s.getLayoutX();
            double ly = y - s.getLayoutY();
            if (lx >= p.left && lx < p.right && ly >= p.top && ly < p.bottom) {
                return p.event;
            }
        }
        return null;
    }

    /** One event's painting, on a canvas just large enough for its ink, its coordinates its own. */
    private static final class Sprite extends Canvas {
        private final GraphicsContext g = getGraphicsContext2D();
        /** What it shows, in its own coordinates. */
        PaintedEvent painted = new PaintedEvent();
        /** The last pass that asked for it. */
        int pass = -1;

        Sprite() {
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BASELINE);
        }

        /** Paints {@link #painted}, on whole device pixels of a window at {@code scaleX, scaleY}. */
        void draw(double scaleX, double scaleY) {
            PaintedEvent p = painted;
            double w = Math.ceil(p.inkRight * scaleX) / scaleX;
            double h = Math.ceil(p.inkBottom * scaleY) / scaleY;
            if (getWidth() != w) {
                setWidth(w);
            }
            if (getHeight() != h) {
                setHeight(h);
            }
            g.clearRect(0, 0, w, h);
            MarkerLook look = p.look;
            if (p.point) {
                look.paintDot(g, p.shapeLeft, p.rowY + p.shapeTop, p.shapeWidth);
            } else {
                look.paintShape(g, p.shapeLeft, p.rowY + p.shapeTop, p.shapeWidth, p.shapeHeight);
            }
            look.paintLabel(g, p.title, p.labelX, p.rowY + p.labelTop, p.labelWidth);
            if (p.status != null) {
                look.paintTag(g, p.status, p.tagX, p.rowY + p.labelTop + (look.labelHeight() - look.tagHeight()) / 2);
            }
        }
    }
}
