package org.timelineviewer.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * What CSS makes of one look of {@link EventMarker} (its style classes, category colour and
 * state), read off a hidden probe marker that the stylesheet styles like any other, so that
 * {@link EventSprites} paints the same backgrounds, borders, fonts and colours without a node per
 * event. A stylesheet change restyles the probe; the layer then reads the look again.
 */
final class MarkerLook {

    private final List<BackgroundFill> shapeFills;
    private final List<BorderStroke> shapeStrokes;
    private final double shapeOpacity;
    /** A dot's diameter, or a bar's height, as CSS sizes the shape. */
    private final double dotSize;
    private final double barHeight;
    private final Font font;
    private final Paint textFill;
    private final boolean strikethrough;
    /** LCD or grey, as the stylesheet has the label's text smoothed. */
    private final javafx.scene.text.FontSmoothingType smoothing;
    /** The strikethrough's row from the baseline's, and how much of it the line covers, as a Text draws it. */
    private final double strikeOffset;
    private final double strikeCoverage;
    private final List<BackgroundFill> labelFills;
    private final Insets labelPadding;
    private final double labelHeight;
    private final double labelBaseline;
    private final Label tagProbe;
    private final Font tagFont;
    private final Paint tagTextFill;
    private final List<BackgroundFill> tagFills;
    private final Insets tagPadding;
    private final double tagHeight;
    private final double tagBaseline;
    private final Map<String, Double> tagWidths = new HashMap<>();
    /** Each status tag's picture, by its text. */
    private final Map<String, javafx.scene.image.Image> tagStamps = new HashMap<>();
    /** Room around a dot's picture for its border's shading. */
    private static final double STAMP_PAD = 2;
    /** How wide each rounded end of the label's background picture is. */
    private final double labelCap;
    /** Whether every fill of the label's background is a plain colour. */
    private final boolean solidLabelFills;
    private javafx.scene.image.Image dotStamp;
    private double dotStampSize;
    private javafx.scene.image.Image labelStamp;

    private final MarkerStamps stamps;

    private MarkerLook(EventMarker probe, MarkerStamps stamps) {
        this.stamps = stamps;
        Region shape = probe.shape();
        shapeFills = fills(shape.getBackground());
        shapeStrokes = shape.getBorder() == null ? List.of() : shape.getBorder().getStrokes();
        shapeOpacity = shape.getOpacity();
        dotSize = EventMarker.dotSize(shape);
        barHeight = EventMarker.barHeight(shape);
        Label title = probe.title();
        font = title.getFont();
        textFill = title.getTextFill();
        Node text = title.lookup(".text");
        strikethrough = text instanceof Text t && t.isStrikethrough();
        smoothing = text instanceof Text t ? t.getFontSmoothingType() : javafx.scene.text.FontSmoothingType.GRAY;
        double[] strike = strikethrough ? stamps.strike(font, MarkerLook::strikeRows) : new double[] {0, 0};
        strikeOffset = strike[0];
        strikeCoverage = strike[1];
        labelFills = fills(title.getBackground());
        labelPadding = title.getPadding();
        labelHeight = title.prefHeight(-1);
        labelBaseline = title.getBaselineOffset();
        double cap = 1;
        for (BackgroundFill fill : labelFills) {
            cap = Math.max(cap, Math.max(fill.getRadii().getTopLeftHorizontalRadius(), fill.getRadii().getTopRightHorizontalRadius())
                    + Math.max(fill.getInsets().getLeft(), fill.getInsets().getRight()));
        }
        labelCap = Math.ceil(cap) + 1;
        solidLabelFills = labelFills.stream().allMatch(f -> f.getFill() instanceof javafx.scene.paint.Color);
        tagProbe = probe.statusTag();
        if (tagProbe != null) {
            tagFont = tagProbe.getFont();
            tagTextFill = tagProbe.getTextFill();
            tagFills = fills(tagProbe.getBackground());
            tagPadding = tagProbe.getPadding();
            tagHeight = tagProbe.prefHeight(-1);
            tagBaseline = tagProbe.getBaselineOffset();
        } else {
            tagFont = font;
            tagTextFill = textFill;
            tagFills = List.of();
            tagPadding = Insets.EMPTY;
            tagHeight = 0;
            tagBaseline = 0;
        }
    }

    /** The look CSS has given {@code probe} (styled and in a scene); its pictures come from {@code stamps}. */
    static MarkerLook of(EventMarker probe, MarkerStamps stamps) {
        probe.applyCss();
        return new MarkerLook(probe, stamps);
    }

    /**
     * Where a Text in {@code font} draws its strikethrough: the row, from the baseline's, that a
     * struck-through "x" inks and a plain one does not, and how strongly (a thin line is a
     * partly covered row), found once per look on two small snapshots.
     */
    private static double[] strikeRows(Font font) {
        Text plain = new Text("x");
        plain.setFont(font);
        Text struck = new Text("x");
        struck.setFont(font);
        struck.setStrikethrough(true);
        javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
        params.setFill(javafx.scene.paint.Color.TRANSPARENT);
        javafx.geometry.Bounds bounds = struck.getLayoutBounds(); // y 0 is the baseline
        double top = Math.floor(bounds.getMinY());
        params.setViewport(new javafx.geometry.Rectangle2D(0, top, Math.ceil(bounds.getWidth()),
                Math.ceil(bounds.getMaxY()) - top));
        javafx.scene.image.PixelReader a = plain.snapshot(params, null).getPixelReader();
        javafx.scene.image.PixelReader b = struck.snapshot(params, null).getPixelReader();
        int bestRow = -1;
        int bestAlpha = 0;
        for (int y = 0; y < (int) (Math.ceil(bounds.getMaxY()) - top); y++) {
            for (int x = 0; x < (int) Math.ceil(bounds.getWidth()); x++) {
                if ((a.getArgb(x, y) >>> 24) == 0 && (b.getArgb(x, y) >>> 24) > bestAlpha) {
                    bestAlpha = b.getArgb(x, y) >>> 24;
                    bestRow = y;
                }
            }
        }
        if (bestRow < 0) {
            return new double[] {-Math.round(font.getSize() * 0.3), 1}; // not found: about where fonts put it
        }
        return new double[] {top + bestRow, bestAlpha / 255.0};
    }

    private static List<BackgroundFill> fills(Background background) {
        return background == null ? List.of() : background.getFills();
    }

    double labelHeight() {
        return labelHeight;
    }

    double dotSize() {
        return dotSize;
    }

    double barHeight() {
        return barHeight;
    }

    /** The width of a label whose text is {@code textWidth} wide (already rounded up to a pixel). */
    double labelWidth(double textWidth) {
        return textWidth + labelPadding.getLeft() + labelPadding.getRight();
    }

    double tagHeight() {
        return tagHeight;
    }

    /** The width of a status tag saying {@code text} (measured once per text). */
    double tagWidth(String text) {
        if (tagProbe == null) {
            return 0;
        }
        return tagWidths.computeIfAbsent(text, t -> {
            Text probe = new Text(t);
            probe.setFont(tagFont);
            return Math.ceil(probe.getLayoutBounds().getWidth()) + tagPadding.getLeft() + tagPadding.getRight();
        });
    }

    /** Paints the dot or bar at {@code x, y, w, h}. */
    void paintShape(GraphicsContext g, double x, double y, double w, double h) {
        g.setGlobalAlpha(shapeOpacity);
        paintFills(g, shapeFills, x, y, w, h);
        for (BorderStroke stroke : shapeStrokes) {
            double width = stroke.getWidths().getTop();
            Insets in = stroke.getInsets();
            double r = Math.max(0, radius(stroke.getRadii(), w) - width / 2);
            double sx = x + in.getLeft() + width / 2;
            double sy = y + in.getTop() + width / 2;
            double sw = w - in.getLeft() - in.getRight() - width;
            double sh = h - in.getTop() - in.getBottom() - width;
            List<Double> dashes = stroke.getTopStyle().getDashArray();
            if (dashes.isEmpty()) {
                g.setLineDashes((double[]) null);
            } else {
                double[] d = new double[dashes.size()];
                for (int i = 0; i < d.length; i++) {
                    d[i] = dashes.get(i);
                }
                g.setLineDashes(d);
                g.setLineDashOffset(stroke.getTopStyle().getDashOffset());
            }
            g.setStroke(absolute(stroke.getTopStroke(), sx, sy, sw, sh));
            g.setLineWidth(width);
            double arc = Math.min(2 * r, Math.min(sw, sh));
            g.strokeRoundRect(sx, sy, sw, sh, arc, arc);
        }
        g.setLineDashes((double[]) null);
        g.setGlobalAlpha(1);
    }

    /**
     * Paints a dot of {@code size} with its top left corner at {@code x, y}: a picture of it made
     * once, as filling and stroking its rounded shapes for every event was most of a crowded
     * frame's painting. It lands on whole pixels, as a picture drawn between them would blur.
     */
    void paintDot(GraphicsContext g, double x, double y, double size) {
        if (dotStamp == null || dotStampSize != size) {
            dotStampSize = size;
            dotStamp = stamps.picture(List.of("dot", shapeFills, shapeStrokes, shapeOpacity, size),
                    Math.ceil(size) + 2 * STAMP_PAD, Math.ceil(size) + 2 * STAMP_PAD,
                    c -> paintShape(c, STAMP_PAD, STAMP_PAD, size, size));
        }
        g.drawImage(dotStamp, Math.round(x) - STAMP_PAD, Math.round(y) - STAMP_PAD);
    }

    /** Paints the title label (background and text) with its top left corner at {@code x, y}. */
    void paintLabel(GraphicsContext g, String text, double x, double y, double w) {
        paintLabelBackground(g, x, y, w);
        double tx = Math.floor(x + labelPadding.getLeft());
        double baseline = Math.floor(y + labelBaseline);
        g.setFont(font);
        g.setFill(textFill);
        g.setFontSmoothingType(smoothing);
        g.fillText(text, tx, baseline);
        if (strikethrough) {
            double textWidth = w - labelPadding.getLeft() - labelPadding.getRight();
            g.setGlobalAlpha(strikeCoverage);
            g.fillRect(tx, baseline + strikeOffset, textWidth, 1);
            g.setGlobalAlpha(1);
        }
    }

    /**
     * Paints the status tag saying {@code text} with its top left corner at {@code x, y}: a
     * picture of it made once per text (its rounded ground was rasterised for every tag, a sixth
     * of a crowded frame's painting), on whole pixels as a tag node lands.
     */
    void paintTag(GraphicsContext g, String text, double x, double y) {
        javafx.scene.image.Image stamp = tagStamps.get(text);
        if (stamp == null) {
            double w = tagWidth(text);
            if (w <= 0 || tagHeight <= 0) {
                return;
            }
            stamp = stamps.picture(List.of("tag", tagFills, tagFont, tagTextFill, smoothing, tagPadding, tagBaseline,
                            tagHeight, text), Math.ceil(w), Math.ceil(tagHeight), c -> {
                paintFills(c, tagFills, 0, 0, w, tagHeight);
                c.setFont(tagFont);
                c.setFill(tagTextFill);
                c.setFontSmoothingType(smoothing);
                c.fillText(text, tagPadding.getLeft(), tagBaseline);
            });
            tagStamps.put(text, stamp);
        }
        g.drawImage(stamp, Math.round(x), Math.round(y));
    }

    /**
     * The label's background, from a picture of its two rounded ends and one column between
     * them made once: the column is stretched to the label's width.
     */
    private void paintLabelBackground(GraphicsContext g, double x, double y, double w) {
        if (labelFills.isEmpty()) {
            return;
        }
        double cap = labelCap;
        if (w < 2 * cap + 1) {
            paintFills(g, labelFills, x, y, w, labelHeight);
            return;
        }
        if (labelStamp == null) {
            labelStamp = stamps.picture(List.of("label", labelFills, cap, labelHeight), 2 * cap + 1, Math.ceil(labelHeight),
                    c -> paintFills(c, labelFills, 0, 0, 2 * cap + 1, labelHeight));
        }
        double h = labelStamp.getHeight();
        double left = Math.round(x);
        double right = Math.round(x + w);
        double top = Math.round(y);
        g.drawImage(labelStamp, 0, 0, cap, h, left, top, cap, h);
        if (solidLabelFills) {
            // plain colours between the ends: filled rectangles, much cheaper than a stretched picture
            for (BackgroundFill fill : labelFills) {
                Insets in = fill.getInsets();
                g.setFill(fill.getFill());
                g.fillRect(left + cap, top + in.getTop(), right - left - 2 * cap, labelHeight - in.getTop() - in.getBottom());
            }
        } else {
            g.drawImage(labelStamp, cap, 0, 1, h, left + cap, top, right - left - 2 * cap, h);
        }
        g.drawImage(labelStamp, cap + 1, 0, cap, h, right - cap, top, cap, h);
    }

    private static void paintFills(GraphicsContext g, List<BackgroundFill> fills, double x, double y, double w, double h) {
        for (BackgroundFill fill : fills) {
            Insets in = fill.getInsets();
            double fx = x + in.getLeft();
            double fy = y + in.getTop();
            double fw = w - in.getLeft() - in.getRight();
            double fh = h - in.getTop() - in.getBottom();
            if (fw <= 0 || fh <= 0) {
                continue;
            }
            g.setFill(absolute(fill.getFill(), fx, fy, fw, fh));
            double arc = Math.min(2 * radius(fill.getRadii(), w), Math.min(fw, fh));
            if (arc <= 0) {
                g.fillRect(fx, fy, fw, fh);
            } else {
                g.fillRoundRect(fx, fy, fw, fh, arc, arc);
            }
        }
    }

    private static double radius(CornerRadii radii, double width) {
        double r = radii.getTopLeftHorizontalRadius();
        return radii.isTopLeftHorizontalRadiusAsPercentage() ? r * width : r;
    }

    /** A proportional gradient stretched over {@code x, y, w, h} as CSS stretches it over the region. */
    private static Paint absolute(Paint paint, double x, double y, double w, double h) {
        if (paint instanceof LinearGradient lg && lg.isProportional()) {
            return new LinearGradient(x + lg.getStartX() * w, y + lg.getStartY() * h,
                    x + lg.getEndX() * w, y + lg.getEndY() * h, false, lg.getCycleMethod(), lg.getStops());
        }
        return paint;
    }
}
