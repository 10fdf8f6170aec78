package org.timelineviewer.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontSmoothingType;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Transform;

/**
 * Pictures of painted labels' texts, made a batch at a time: all the labels a pass needs and has
 * no picture of are drawn side by side on one canvas and taken in one snapshot, and each pass
 * after that draws each label as one picture instead of glyph by glyph. A canvas lays out the text
 * of every fillText anew on the render thread, and blends every glyph on its own: at 100,000 events
 * the labels were 4 ms of a 20 ms frame, and labels cut to four letters still cost 3 of them.
 *
 * <p>A picture holds what drawing the text would leave (its coverage in its colour), drawn at a
 * whole pixel as the text would be, so the label looks the same either way. The pictures of the
 * oldest batches are let go past {@link #MAX_PIXELS} pixels in all.
 */
final class LabelPictures {

    /** How many pixels of pictures are kept at most (4 bytes each: 16 MB). */
    static final long MAX_PIXELS = 4_000_000;
    /** The width of a batch's canvas; its labels are laid in rows across it. */
    private static final double BATCH_WIDTH = 1024;
    /** Room around a text in its picture for glyphs reaching past their advance. */
    private static final double PAD = 2;

    /** What a label's picture depends on. */
    private record Key(Font font, Paint fill, FontSmoothingType smoothing, double scale, String text) {
    }

    /** Where a picture is in its batch's image, in the view's units, and where the text's origin sits in it. */
    record Picture(Image image, double x, double y, double w, double h, double ascent) {
    }

    private record Wanted(Key key, double width) {
    }

    private record Batch(List<Key> keys, long pixels) {
    }

    private final Map<Key, Picture> pictures = new HashMap<>();
    private final ArrayDeque<Batch> batches = new ArrayDeque<>();
    private final Map<Font, double[]> metrics = new HashMap<>();
    private final List<Wanted> wanted = new ArrayList<>();
    private final Map<Key, Boolean> wantedKeys = new HashMap<>();
    private long pixels;
    private int snapshots;

    /** The picture of {@code text} in {@code font}, {@code fill} and {@code smoothing} at {@code scale}, or null. */
    Picture get(Font font, Paint fill, FontSmoothingType smoothing, double scale, String text) {
        return pictures.get(new Key(font, fill, smoothing, scale, text));
    }

    /** Asks for a picture of {@code text} (at most {@code width} wide) at the next {@link #make}, unless there is one. */
    void want(Font font, Paint fill, FontSmoothingType smoothing, double scale, String text, double width) {
        Key key = new Key(font, fill, smoothing, scale, text);
        if (!pictures.containsKey(key) && wantedKeys.put(key, Boolean.TRUE) == null) {
            wanted.add(new Wanted(key, Math.max(1, Math.ceil(width))));
        }
    }

    /** Makes the pictures asked for since the last call, in one snapshot a batch. */
    void make() {
        int from = 0;
        while (from < wanted.size()) {
            from = makeBatch(from);
        }
        wanted.clear();
        wantedKeys.clear();
    }

    /** Makes a batch of pictures from {@code wanted[from]} on, as many as one canvas holds; returns where it stopped. */
    private int makeBatch(int from) {
        double scale = wanted.get(from).key().scale();
        List<double[]> places = new ArrayList<>();
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        int to = from;
        while (to < wanted.size() && wanted.get(to).key().scale() == scale) {
            Wanted w = wanted.get(to);
            double[] m = metrics(w.key().font());
            double pw = Math.min(w.width() + 2 * PAD, BATCH_WIDTH);
            double ph = m[0] + m[1] + 2 * PAD;
            if (x + pw > BATCH_WIDTH) {
                x = 0;
                y += rowHeight;
                rowHeight = 0;
            }
            if (y + ph > 2048 && to > from) {
                break; // this batch is full: the rest go in the next
            }
            places.add(new double[] {x, y, pw, ph, m[0] + PAD});
            x += pw;
            rowHeight = Math.max(rowHeight, ph);
            to++;
        }
        double height = y + rowHeight;
        Canvas canvas = new Canvas(BATCH_WIDTH, height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        for (int i = from; i < to; i++) {
            Key key = wanted.get(i).key();
            double[] p = places.get(i - from);
            g.save();
            g.beginPath();
            g.rect(p[0], p[1], p[2], p[3]);
            g.clip(); // a glyph reaching past its room must not mark its neighbour's picture
            g.setFont(key.font());
            g.setFill(key.fill());
            g.setFontSmoothingType(key.smoothing());
            g.fillText(key.text(), p[0] + PAD, p[1] + p[4]);
            g.restore();
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setTransform(Transform.scale(scale, scale));
        Image image = canvas.snapshot(params, null);
        snapshots++;
        List<Key> keys = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Key key = wanted.get(i).key();
            double[] p = places.get(i - from);
            pictures.put(key, new Picture(image, p[0], p[1], p[2], p[3], p[4]));
            keys.add(key);
        }
        long batchPixels = (long) (image.getWidth() * image.getHeight());
        batches.add(new Batch(keys, batchPixels));
        pixels += batchPixels;
        while (pixels > MAX_PIXELS && batches.size() > 1) {
            Batch oldest = batches.poll();
            oldest.keys().forEach(pictures::remove);
            pixels -= oldest.pixels();
        }
        return to;
    }

    /** Room above and below the baseline of a text in {@code font}, measured once per font. */
    private double[] metrics(Font font) {
        return metrics.computeIfAbsent(font, f -> {
            Text probe = new Text("Ag国|");
            probe.setFont(f);
            probe.setTextOrigin(VPos.BASELINE);
            Bounds b = probe.getLayoutBounds();
            return new double[] {Math.ceil(-b.getMinY()), Math.ceil(b.getMaxY())};
        });
    }

    /** Draws {@code picture} with its text's origin at {@code x, baseline} (whole pixels). */
    static void draw(GraphicsContext g, Picture picture, double x, double baseline) {
        Image image = picture.image();
        double sx = image.getWidth() / BATCH_WIDTH;
        g.drawImage(image, picture.x() * sx, picture.y() * sx, picture.w() * sx, picture.h() * sx,
                x - PAD, baseline - picture.ascent(), picture.w(), picture.h());
    }

    /** Lets go of every picture. */
    void clear() {
        pictures.clear();
        batches.clear();
        pixels = 0;
    }

    /** How many snapshots were taken, and how many pictures are kept (for tests). */
    int[] snapshotsAndPictures() {
        return new int[] {snapshots, pictures.size()};
    }
}
