package org.timelineviewer.control;

import org.timelineviewer.model.TimelineEvent;

/**
 * One event as {@link EventSprites} paints it, in its sprite's coordinates: where its dot (or
 * bar), label and status tag go, the bounds the pointer finds it by, and the whole pixels its
 * drawing may touch, which its sprite covers. Mutable and reused from pass to pass (a zoom asks
 * for a hundred or so a frame); only the sprites hold them.
 */
final class PaintedEvent {

    /**
     * How far what an event paints may reach beyond the rectangles it is drawn in: antialiased
     * edges, and a glyph's overhang beside its label (kept apart from the rows above and below, as
     * a sprite reaching into them would be composited over its neighbours for nothing).
     */
    private static final double INK_MARGIN = 1;
    private static final double TEXT_OVERHANG = 3;
    /** The margin of a dot's picture, as {@link MarkerLook} makes it. */
    private static final double DOT_PAD = 2;
    /** Positions closer than this (pixels) are one. */
    private static final double SAME_PLACE = 1e-3;

    TimelineEvent event;
    MarkerLook look;
    String title;
    String status;
    double x;
    double endX;
    double labelX;
    double textWidth;
    double rowY;
    double rowHeight;
    boolean point;
    double shapeLeft;
    double shapeTop;
    double shapeWidth;
    double shapeHeight;
    double labelTop;
    double labelWidth;
    double tagX;
    /** The bounds the pointer finds it by. */
    double left;
    double top;
    double right;
    double bottom;
    /** The pixels its drawing may touch. */
    double inkLeft;
    double inkTop;
    double inkRight;
    double inkBottom;

    void set(TimelineEvent e, MarkerLook look, String title, String status, double x, double endX, double labelX,
             double textWidth, double rowY, double rowHeight) {
        this.event = e;
        this.look = look;
        this.title = title;
        this.status = status;
        this.x = x;
        this.endX = endX;
        this.labelX = labelX;
        this.textWidth = textWidth;
        this.rowY = rowY;
        this.rowHeight = rowHeight;
        point = e.isPoint();
        double dot = look.dotSize();
        shapeLeft = point ? x - dot / 2 : x;
        shapeWidth = point ? dot : Math.max(endX - x, 3);
        shapeHeight = point ? dot : look.barHeight();
        shapeTop = point ? (rowHeight - dot) / 2 : rowHeight - shapeHeight - 2;
        double labelHeight = look.labelHeight();
        labelWidth = look.labelWidth(textWidth);
        labelTop = point ? (rowHeight - labelHeight) / 2 : Math.max(0, shapeTop - labelHeight);
        double r = Math.max(point ? x + dot / 2 : endX, labelX + labelWidth);
        tagX = labelX + labelWidth + EventMarker.TAG_GAP;
        if (status != null) {
            r = Math.max(r, tagX + look.tagWidth(status));
        }
        left = Math.min(shapeLeft, labelX);
        top = rowY;
        right = r;
        bottom = rowY + rowHeight;
        measureInk(look);
    }

    /** Whether {@code o} paints as this does, in the same place. */
    boolean sameAs(PaintedEvent o) {
        return look == o.look && point == o.point && title.equals(o.title) && java.util.Objects.equals(status, o.status)
                && close(x, o.x) && close(endX, o.endX) && close(labelX, o.labelX) && textWidth == o.textWidth
                && rowY == o.rowY && rowHeight == o.rowHeight;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) < SAME_PLACE;
    }

    /**
     * The whole pixels this event's drawing may touch: its dot's picture (or its bar), its
     * label's ground and text, its status tag's picture, each where {@link MarkerLook} lays it.
     */
    private void measureInk(MarkerLook look) {
        double l;
        double t;
        double r;
        double b;
        if (point) {
            l = Math.round(shapeLeft) - DOT_PAD;
            t = Math.round(rowY + shapeTop) - DOT_PAD;
            r = l + Math.ceil(shapeWidth) + 2 * DOT_PAD;
            b = t + Math.ceil(shapeWidth) + 2 * DOT_PAD;
        } else {
            l = shapeLeft;
            t = rowY + shapeTop;
            r = shapeLeft + shapeWidth;
            b = rowY + shapeTop + shapeHeight;
        }
        double labelY = Math.round(rowY + labelTop);
        l = Math.min(l, Math.round(labelX) - TEXT_OVERHANG);
        t = Math.min(t, labelY);
        r = Math.max(r, Math.round(labelX + labelWidth) + TEXT_OVERHANG);
        b = Math.max(b, labelY + Math.ceil(look.labelHeight()));
        if (status != null) {
            double tagY = Math.round(rowY + labelTop + (look.labelHeight() - look.tagHeight()) / 2);
            r = Math.max(r, Math.round(tagX) + Math.ceil(look.tagWidth(status)));
            t = Math.min(t, tagY);
            b = Math.max(b, tagY + Math.ceil(look.tagHeight()));
        }
        inkLeft = Math.floor(l) - INK_MARGIN;
        inkTop = Math.floor(t) - INK_MARGIN;
        inkRight = Math.ceil(r) + INK_MARGIN;
        inkBottom = Math.ceil(b) + INK_MARGIN;
    }
}
