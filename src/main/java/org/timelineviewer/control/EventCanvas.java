package org.timelineviewer.control;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.TextAlignment;
import org.timelineviewer.model.TimelineEvent;

/**
 * The events of a crowded view painted on one canvas, each in the {@link MarkerLook} CSS gives
 * its marker, where a node per event would cost the frame its styling and layout. It remembers
 * what it painted where, so that the pointer finds the event under it.
 *
 * <p>The geometry is {@link EventMarker}'s: a dot centred on the event's x (a bar from its start
 * to its end), the label beside it, the status tag after the label.
 *
 * <p>A pass is {@link #begin}, a {@link #paint} for each event in paint order, {@link #end}; the
 * canvas draws in {@code end}, and only what changed. It covers the stretch of time the steady
 * layout places while the view pans (two views wide, see {@link EventLayout#layoutSteadily}), and
 * is painted in the time of an instant at its left edge (its anchor): while the view
 * pans at one scale, an event that stays where it was in time is where it was on the canvas, and
 * the canvas is moved, not painted again (software rendering draws every pixel of a label again,
 * and a pan at 10,000 events drew about a hundred of them a step). A pass clears and paints only
 * the events that came, went or changed, and those beside them whose pixels the clearing touches,
 * so the canvas holds what painting every event afresh would give. Zooming, or panning on to where
 * the layout starts anew, paints it afresh from a new anchor. Placed on whole device pixels, the canvas shows each
 * event up to half a pixel from where the view would put it between two such anchors.
 */
final class EventCanvas extends Canvas {

    /** Past this many events painted, a fresh pass clears the whole canvas at once. */
    private static final int MAX_CLEARS = 1_000;
    /**
     * The widest the canvas is made, in device pixels: a texture wider than the graphics card
     * takes (8,192 or 16,384 on most) would not be drawn.
     */
    private static final double MAX_DEVICE_WIDTH = 8_192;
    /** Scales closer than this (relative) are one: a pan's window keeps its span only to rounding. */
    private static final double SAME_SCALE = 1e-9;

    private final GraphicsContext g = getGraphicsContext2D();
    private final Rectangle clip = new Rectangle();
    /** What the canvas shows, in paint order, and (after {@link #begin}) what this pass asks for. */
    private PaintedEvent[] shown = new PaintedEvent[64];
    private int shownCount;
    private PaintedEvent[] next = new PaintedEvent[64];
    private int nextCount;
    private PaintedEvent[] spare = new PaintedEvent[64];
    private int spareCount;
    private final Map<TimelineEvent, PaintedEvent> shownByEvent = new IdentityHashMap<>();
    /** The cleared rectangles of a pass (left, top, right, bottom). */
    private double[] dirty = new double[64];
    private int dirtyCount;
    /** The day at the canvas's x = 0, the stretch it covers from, and the scale it was painted at; NaN: none yet. */
    private double anchorDay = Double.NaN;
    private double coverFrom = Double.NaN;
    private double pixelsPerDay;
    private double renderScale = 1;
    /** Where the anchor is in the parent's coordinates this pass: an event's canvas x is its x less this. */
    private double originX;
    private double originY;
    /** True when this pass paints every event afresh. */
    private boolean fresh;
    private boolean forgetAll = true;
    /** True when the next pass paints every event afresh, from the anchor it has. */
    private boolean repaintAll;
    private int paintedThisPass;

    EventCanvas() {
        getStyleClass().add("event-canvas");
        setClip(clip);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    /**
     * Starts a pass over a view of {@code w} by {@code h} in its parent, at {@code scale}, where
     * the events in view are placed as they are from {@code coverFrom} to {@code coverTo} while the
     * view pans (the steady layout's stretch of time, which holds the view). Panning, the canvas
     * covers that stretch (as far as {@link #MAX_DEVICE_WIDTH} allows); zooming, only the view.
     * It keeps its anchor while the stretch, the scale, the size and the parent's place on the
     * device's pixels stay as they were and the view is within it; else it takes a new one, and
     * the pass paints afresh. So a pan paints afresh only where the layout starts anew. It sits
     * on whole device pixels (a fraction of a pixel off, the whole canvas would be filtered into
     * the scene every frame, which cost more than all its events).
     */
    void begin(TimeScale scale, double w, double h, double coverFrom, double coverTo) {
        double scaleX = 1;
        double scaleY = 1;
        if (getScene() != null && getScene().getWindow() != null) {
            scaleX = getScene().getWindow().getRenderScaleX();
            scaleY = getScene().getWindow().getRenderScaleY();
        }
        Point2D origin = getParent() == null ? Point2D.ZERO : getParent().localToScene(0, 0);
        double ppd = scale.pixelsPerDay();
        double top = onPixels(origin.getY(), 0, scaleY);
        boolean sameScale = !forgetAll && Math.abs(ppd - pixelsPerDay) <= SAME_SCALE * ppd && scaleX == renderScale;
        double narrow = Math.ceil(w) + 1;
        double wide = Math.max(narrow,
                Math.min(Math.ceil(scale.toPixels(coverTo - coverFrom)) + 2, Math.floor(MAX_DEVICE_WIDTH / scaleX)));
        boolean newAnchor = !sameScale || !(Math.abs(coverFrom - this.coverFrom) <= SAME_SCALE * (coverTo - coverFrom))
                || h != getHeight() || top != getLayoutY() || getWidth() != narrow && getWidth() != wide;
        double left = newAnchor ? Double.NaN : onPixels(origin.getX(), scale.toX(anchorDay), scaleX);
        newAnchor = newAnchor || left > 0 || left + getWidth() < w;
        double width = getWidth();
        if (newAnchor) {
            // zooming, the layout changes every frame: a canvas the size of the view (compositing one
            // twice as wide cost a zoom frame 1.3 ms at 10,000 events); panning, the stretch's (or, where
            // the canvas cannot hold it, the view with room on both sides)
            width = sameScale ? wide : narrow;
            double start = sameScale ? Math.max(scale.toX(coverFrom), Math.min(0, -(width - w) / 2)) : 0;
            left = Math.floor((origin.getX() + start) * scaleX) / scaleX - origin.getX();
            anchorDay = scale.toDay(left);
            this.coverFrom = coverFrom;
            pixelsPerDay = ppd;
            renderScale = scaleX;
        }
        fresh = newAnchor || repaintAll;
        if (fresh) {
            boolean resized = width != getWidth() || h != getHeight();
            if (resized) {
                setWidth(width);
                setHeight(h);
            }
            if (resized || shownCount > MAX_CLEARS || forgetAll || repaintAll) {
                g.clearRect(0, 0, getWidth(), getHeight());
            } else {
                for (int i = 0; i < shownCount; i++) {
                    clear(shown[i]);
                }
            }
        }
        forgetAll = false;
        repaintAll = false;
        originX = newAnchor ? left : scale.toX(anchorDay);
        originY = top;
        if (getLayoutX() != left || getLayoutY() != top) {
            relocate(left, top);
        }
        clip.setX(-left);
        clip.setY(-top);
        clip.setWidth(w);
        clip.setHeight(h);
        nextCount = 0;
        paintedThisPass = 0;
    }

    /**
     * {@code x} on a grid of 1/1,024 of a pixel: the anchor's x is worked out anew each pass, a
     * rounding error apart from the last, and a label at a whole pixel (one sliding along the left
     * edge) must not land a pixel apart from one pass to the next, where its ground and text are rounded.
     */
    private static double local(double x) {
        return Math.rint(x * 1024) / 1024;
    }

    /** Where {@code x} (a parent coordinate of a parent at {@code parentInScene}) lands on whole device pixels. */
    private static double onPixels(double parentInScene, double x, double scale) {
        return Math.round((parentInScene + x) * scale) / scale - parentInScene;
    }

    /**
     * Asks this pass for {@code e} in {@code look}: its shape from {@code x} to {@code endX} (a
     * dot on {@code x} for a point), its label of {@code textWidth} at {@code labelX}, in the row
     * from {@code rowY} of {@code rowHeight}, all in the parent's coordinates; {@code status} is
     * null for undoubted events.
     */
    void paint(TimelineEvent e, MarkerLook look, String title, String status, double parentX, double parentEndX,
               double parentLabelX, double textWidth, double parentRowY, double rowHeight) {
        PaintedEvent p = spareCount > 0 ? spare[--spareCount] : new PaintedEvent();
        p.set(e, look, title, status, local(parentX - originX), local(parentEndX - originX), local(parentLabelX - originX),
                textWidth, local(parentRowY - originY), rowHeight);
        if (nextCount == next.length) {
            next = Arrays.copyOf(next, nextCount * 2);
        }
        next[nextCount++] = p;
    }

    /**
     * Ends the pass: paints what it asked for. Afresh, every event; else the events that came or
     * changed, after clearing them and what went, with every event that a cleared rectangle
     * touches cleared and painted again with them, in paint order.
     */
    void end() {
        dirtyCount = 0;
        for (int i = 0; i < nextCount; i++) {
            PaintedEvent p = next[i];
            PaintedEvent was = fresh ? null : shownByEvent.get(p.event);
            if (was != null && was.sameAs(p)) {
                was.kept = true;
                recycle(p);
                next[i] = was;
                was.draw = false;
            } else {
                p.draw = true;
                if (!fresh) {
                    addDirty(p);
                }
            }
        }
        if (!fresh) {
            for (int i = 0; i < shownCount; i++) {
                if (!shown[i].kept) {
                    addDirty(shown[i]);
                }
            }
            boolean grew = true;
            while (grew) { // what a cleared rectangle touches is cleared and painted again, and may touch more
                grew = false;
                for (int i = 0; i < nextCount; i++) {
                    PaintedEvent p = next[i];
                    if (!p.draw && touchesDirty(p)) {
                        p.draw = true;
                        addDirty(p);
                        grew = true;
                    }
                }
            }
            for (int d = 0; d < dirtyCount; d += 4) {
                g.clearRect(dirty[d], dirty[d + 1], dirty[d + 2] - dirty[d], dirty[d + 3] - dirty[d + 1]);
            }
        }
        for (int i = 0; i < shownCount; i++) {
            if (!shown[i].kept) {
                recycle(shown[i]);
            }
            shown[i] = null;
        }
        shownByEvent.clear();
        for (int i = 0; i < nextCount; i++) {
            PaintedEvent p = next[i];
            if (p.draw) {
                draw(p);
                paintedThisPass++;
            }
            p.kept = false;
            shownByEvent.put(p.event, p);
        }
        PaintedEvent[] was = shown;
        shown = next;
        shownCount = nextCount;
        next = was;
        nextCount = 0;
    }

    private void recycle(PaintedEvent p) {
        p.event = null;
        p.look = null;
        if (spareCount == spare.length) {
            spare = Arrays.copyOf(spare, spareCount * 2);
        }
        spare[spareCount++] = p;
    }

    private void clear(PaintedEvent p) {
        g.clearRect(p.clearLeft(), p.clearTop(), p.clearRight() - p.clearLeft(), p.clearBottom() - p.clearTop());
    }

    private void addDirty(PaintedEvent p) {
        if (dirtyCount + 4 > dirty.length) {
            dirty = Arrays.copyOf(dirty, dirty.length * 2);
        }
        dirty[dirtyCount++] = p.clearLeft();
        dirty[dirtyCount++] = p.clearTop();
        dirty[dirtyCount++] = p.clearRight();
        dirty[dirtyCount++] = p.clearBottom();
    }

    private boolean touchesDirty(PaintedEvent p) {
        double l = p.clearLeft();
        double t = p.clearTop();
        double r = p.clearRight();
        double b = p.clearBottom();
        for (int d = 0; d < dirtyCount; d += 4) {
            if (l < dirty[d + 2] && r > dirty[d] && t < dirty[d + 3] && b > dirty[d + 1]) {
                return true;
            }
        }
        return false;
    }

    private void draw(PaintedEvent p) {
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

    /**
     * Makes the next pass paint every event afresh from the anchor it has (for tests: it must look
     * as the passes before left the canvas).
     */
    void paintAfresh() {
        repaintAll = true;
    }

    /** How many events the last pass drew (the others stayed as they were on the canvas; for tests). */
    int drawnLastPass() {
        return paintedThisPass;
    }

    /** How many events the canvas shows. */
    int paintedCount() {
        return shownCount;
    }

    /** The painted event under {@code x, y} in the canvas's own coordinates (the one painted last, on top), or null. */
    TimelineEvent eventAt(double x, double y) {
        if (!clip.contains(x, y)) {
            return null;
        }
        for (int i = shownCount - 1; i >= 0; i--) {
            PaintedEvent p = shown[i];
            if (x >= p.left && x < p.right && y >= p.top && y < p.bottom) {
                return p.event;
            }
        }
        return null;
    }
}
