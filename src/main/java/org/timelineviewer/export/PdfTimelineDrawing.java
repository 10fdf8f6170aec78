package org.timelineviewer.export;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.timelineviewer.control.AxisTicks;
import org.timelineviewer.control.EventLayout;
import org.timelineviewer.control.TimeScale;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Era;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.presentation.TimelineTexts;

/**
 * A timeline drawn into a PDF page with vector operations and real text, so that it prints sharp
 * and its words can be searched and copied: era bands named along the top, the events in rows
 * (dots for days, bars for spans, each labelled, rumours and denials tagged), count badges where
 * labels find no room, the current event highlighted with a stem down to the axis, and the axis
 * with its ticks and dates. Positions, rows and tick texts come from the same {@link TimeScale},
 * {@link EventLayout} and {@link AxisTicks} as the app's timeline, so the page matches the screen.
 *
 * <p>The colours are those of the app's light theme ({@code timeline-view.css}): a page has no
 * stylesheet, and paper is light.
 */
final class PdfTimelineDrawing {

    /** Where on the page: the left edge, the top (PDF y, upwards), the width and the height, in points. */
    record Frame(float x, float top, float width, float height) {
    }

    static final float LABEL_SIZE = 7.5f;
    static final float AXIS_SIZE = 7f;
    static final float ERA_SIZE = 7f;
    static final float AXIS_HEIGHT = 15;
    static final float ERA_STRIP = 13;
    static final float ROW_HEIGHT = 16;
    static final float BADGE_ROW = 12;
    private static final float LABEL_PAD = 2.5f;
    private static final float DOT = 6.5f;
    private static final float BAR = 4;

    private static final float[] BACKGROUND = rgb("#ffffff");
    private static final float[] FOREGROUND = rgb("#1f2328");
    private static final float[] MUTED = rgb("#59636e");
    private static final float[] GRID = rgb("#d1d9e0");
    private static final float[] AXIS_BACKGROUND = rgb("#f6f8fa");
    private static final float[] ERA_EVEN = rgb("#eef4fc");
    private static final float[] ERA_ODD = rgb("#fbf3ea");
    private static final float[] ERA_TEXT = rgb("#3d4a5c");
    private static final float[] SELECTION = rgb("#0969da");
    private static final float[] RUMOUR = rgb("#9a6700");
    private static final float[] DENIED = rgb("#cf222e");

    private final PDPageContentStream content;
    private final PDFont regular;
    private final PDFont bold;
    private final Language language;
    private final Messages messages;
    private Frame frame;

    PdfTimelineDrawing(PDPageContentStream content, PDFont regular, PDFont bold, Language language) {
        this.content = content;
        this.regular = regular;
        this.bold = bold;
        this.language = language;
        this.messages = Messages.of(language);
    }

    /**
     * Draws {@code events} as seen through {@code window} into {@code frame}, {@code selected}
     * (may be null) highlighted, over {@code eras}.
     */
    void draw(Frame frame, List<Era> eras, List<TimelineEvent> events, TimeWindow window, TimelineEvent selected)
            throws IOException {
        this.frame = frame;
        TimeScale scale = new TimeScale(window, frame.width());
        content.saveGraphicsState();
        content.addRect(frame.x(), frame.top() - frame.height(), frame.width(), frame.height());
        content.clip();
        fill(BACKGROUND, 0, 0, frame.width(), frame.height());
        List<Era> inView = eras.stream().filter(e -> e.endDay() > window.start() && e.startDay() < window.end()).toList();
        float strip = inView.isEmpty() ? 4 : ERA_STRIP;
        float axisTop = frame.height() - AXIS_HEIGHT;
        drawEraBands(eras, inView, scale, axisTop);
        AxisTicks.Axis axis = AxisTicks.choose(scale, TimelineTexts.tickLabels(language), t -> width(t, regular, AXIS_SIZE));
        drawGrid(axis, strip, axisTop);
        drawEraNames(eras, inView, scale, strip);
        drawEvents(events, scale, selected, strip + 2, axisTop);
        drawAxis(axis, scale, axisTop);
        content.restoreGraphicsState();
        content.setStrokingColor(GRID[0], GRID[1], GRID[2]);
        content.setLineWidth(0.6f);
        content.addRect(frame.x(), frame.top() - frame.height(), frame.width(), frame.height());
        content.stroke();
    }

    private void drawEraBands(List<Era> eras, List<Era> inView, TimeScale scale, float bottom) throws IOException {
        for (Era era : inView) {
            float[] x = eraSpan(era, scale);
            fill(eras.indexOf(era) % 2 == 0 ? ERA_EVEN : ERA_ODD, x[0], 0, x[1] - x[0], bottom);
            if (x[0] > 0) {
                line(blend(GRID, FOREGROUND, 0.1f), 0.6f, x[0], 0, x[0], bottom, null);
            }
        }
    }

    private void drawEraNames(List<Era> eras, List<Era> inView, TimeScale scale, float strip) throws IOException {
        for (Era era : inView) {
            float[] x = eraSpan(era, scale);
            float room = x[1] - Math.max(x[0], 0) - 10;
            if (room > 24) {
                String name = PdfText.fitted(era.label().in(language), bold, ERA_SIZE, room);
                text(name, bold, ERA_SIZE, ERA_TEXT, Math.max(x[0], 0) + 5, strip / 2 + ERA_SIZE * 0.36f);
            }
        }
    }

    private static float[] eraSpan(Era era, TimeScale scale) {
        float from = Double.isInfinite(era.startDay()) ? -1 : (float) Math.max(-10, scale.toX(era.startDay()));
        float to = Double.isInfinite(era.endDay()) ? (float) scale.width() + 1
                : (float) Math.min(scale.width() + 10, scale.toX(era.endDay()));
        return new float[] {from, to};
    }

    private void drawGrid(AxisTicks.Axis axis, float top, float bottom) throws IOException {
        for (AxisTicks.Tick tick : axis.ticks()) {
            line(GRID, 0.5f, (float) tick.x(), top, (float) tick.x(), bottom, new float[] {1.5f, 2});
        }
    }

    private void drawAxis(AxisTicks.Axis axis, TimeScale scale, float top) throws IOException {
        fill(AXIS_BACKGROUND, 0, top, frame.width(), AXIS_HEIGHT);
        line(GRID, 0.6f, 0, top, frame.width(), top, null);
        List<AxisTicks.Tick> ticks = axis.ticks();
        for (int i = 0; i < ticks.size(); i++) {
            AxisTicks.Tick tick = ticks.get(i);
            line(MUTED, 0.6f, (float) tick.x(), top, (float) tick.x(), top + 4, null);
            double next = i + 1 < ticks.size() ? ticks.get(i + 1).x() : Double.POSITIVE_INFINITY;
            double labelX = tick.x() + AxisTicks.LABEL_INSET;
            if (labelX < 0) {
                // As on screen: the step the left edge falls in keeps its label, pinned to the edge, if it fits.
                labelX = AxisTicks.LABEL_INSET;
                if (next <= 0 || labelX + tick.labelWidth() + AxisTicks.LABEL_GAP > next) {
                    continue;
                }
            }
            if (labelX + tick.labelWidth() > scale.width()) {
                continue; // a label cut at the right edge would misread
            }
            text(tick.label(), regular, AXIS_SIZE, FOREGROUND, (float) labelX, top + AXIS_HEIGHT / 2 + AXIS_SIZE * 0.36f + 1);
        }
    }

    private void drawEvents(List<TimelineEvent> events, TimeScale scale, TimelineEvent selected, float top,
                            float bottom) throws IOException {
        TimeWindow w = scale.window();
        List<TimelineEvent> visible = events.stream().filter(e -> w.overlaps(e.startDay(), e.endDay())).toList();
        int rows = Math.max(1, (int) ((bottom - top - 2) / ROW_HEIGHT));
        EventLayout.Result layout = EventLayout.layout(visible, scale, e -> 0, new int[] {rows}, this::labelWidth, selected);
        if (!layout.clusters().isEmpty() && rows > 1 && rows * ROW_HEIGHT + BADGE_ROW > bottom - top) {
            rows--; // room for the count badges, as the app gives up a row for them
            layout = EventLayout.layout(visible, scale, e -> 0, new int[] {rows}, this::labelWidth, selected);
        }
        for (EventLayout.Placement p : layout.placements()) {
            boolean isSelected = selected != null && p.event().id().equals(selected.id());
            drawEvent(p, isSelected, top + p.row() * ROW_HEIGHT, bottom);
        }
        float badgeY = top + rows * ROW_HEIGHT + BADGE_ROW / 2;
        for (EventLayout.Cluster c : layout.clusters()) {
            String count = "+" + c.events().size();
            float tw = width(count, bold, 6.5f) + 8;
            float left = (float) Math.max(0, c.x() - tw / 2);
            roundedRect(MUTED, left, badgeY - 4.5f, tw, 9, 4.5f);
            text(count, bold, 6.5f, BACKGROUND, left + 4, badgeY + 2.3f);
        }
    }

    private void drawEvent(EventLayout.Placement p, boolean isSelected, float rowY, float axisTop) throws IOException {
        TimelineEvent e = p.event();
        float[] colour = rgb(e.category().color());
        float x = (float) p.x();
        float labelX = (float) p.labelX();
        float labelY;
        if (e.isPoint()) {
            float cy = rowY + ROW_HEIGHT / 2;
            if (isSelected) {
                line(SELECTION, 0.9f, x, cy + DOT / 2, x, axisTop, new float[] {2.5f, 1.8f});
                circle(blend(SELECTION, BACKGROUND, 0.55f), null, x, cy, DOT / 2 + 1.6f, 0);
            }
            circle(BACKGROUND, colour, x, cy, DOT / 2, 1);
            if (e.isApproximate()) {
                content.setLineDashPattern(new float[] {1.6f, 1.2f}, 0);
                circle(BACKGROUND, colour, x, cy, DOT / 2, 1);
                content.setLineDashPattern(new float[0], 0);
            } else {
                circle(colour, null, x, cy, DOT / 2 - 1.3f, 0);
            }
            labelY = cy;
        } else {
            float barTop = rowY + ROW_HEIGHT - BAR - 1.5f;
            float left = Math.max(x, -2);
            float right = Math.max((float) p.endX(), left + 2);
            if (isSelected) {
                line(SELECTION, 0.9f, left, barTop + BAR, left, axisTop, new float[] {2.5f, 1.8f});
            }
            roundedRect(blend(colour, BACKGROUND, e.isApproximate() ? 0.45f : 0.15f), left, barTop, right - left, BAR, 1.5f);
            labelY = barTop - 4.6f;
        }
        drawLabel(e, isSelected, labelX, labelY);
    }

    private void drawLabel(TimelineEvent e, boolean isSelected, float labelX, float centreY) throws IOException {
        PDFont font = fontOf(e);
        String title = PdfText.drawable(e.title().in(language), font);
        float textWidth = width(title, font, LABEL_SIZE);
        float boxH = LABEL_SIZE + 2.5f;
        roundedRect(isSelected ? SELECTION : BACKGROUND, labelX, centreY - boxH / 2, textWidth + 2 * LABEL_PAD, boxH, 2);
        float baseline = centreY + LABEL_SIZE * 0.36f;
        text(title, font, LABEL_SIZE, isSelected ? BACKGROUND : FOREGROUND, labelX + LABEL_PAD, baseline);
        if (e.status() == org.timelineviewer.model.EventStatus.DENIED) {
            line(isSelected ? BACKGROUND : FOREGROUND, 0.5f, labelX + LABEL_PAD, centreY, labelX + LABEL_PAD + textWidth,
                    centreY, null);
        }
        String status = statusText(e);
        if (status != null) {
            float tagX = labelX + textWidth + 2 * LABEL_PAD + 3;
            float tagW = width(status, bold, 6) + 6;
            roundedRect(e.status() == org.timelineviewer.model.EventStatus.DENIED ? DENIED : RUMOUR, tagX,
                    centreY - 4.2f, tagW, 8.4f, 4.2f);
            text(status, bold, 6, BACKGROUND, tagX + 3, centreY + 2.1f);
        }
    }

    private double labelWidth(TimelineEvent e) {
        PDFont font = fontOf(e);
        float w = width(PdfText.drawable(e.title().in(language), font), font, LABEL_SIZE) + 2 * LABEL_PAD;
        String status = statusText(e);
        return status == null ? w : w + 3 + width(status, bold, 6) + 6;
    }

    private String statusText(TimelineEvent e) {
        return e.status().isDoubtful() ? messages.get("status." + e.status().code()) : null;
    }

    private PDFont fontOf(TimelineEvent e) {
        return e.importance() >= TimelineEvent.MAX_IMPORTANCE ? bold : regular;
    }

    private static float width(String text, PDFont font, float size) {
        try {
            return PdfText.width(PdfText.drawable(text, font), font, size);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- drawing in the frame's own coordinates: x from its left, y down from its top ----------

    private float px(float x) {
        return frame.x() + x;
    }

    private float py(float y) {
        return frame.top() - y;
    }

    private void fill(float[] colour, float x, float y, float w, float h) throws IOException {
        content.setNonStrokingColor(colour[0], colour[1], colour[2]);
        content.addRect(px(x), py(y + h), w, h);
        content.fill();
    }

    private void roundedRect(float[] colour, float x, float y, float w, float h, float r) throws IOException {
        float radius = Math.min(r, Math.min(w, h) / 2);
        float left = px(x);
        float bottom = py(y + h);
        float k = 0.5523f * radius;
        content.setNonStrokingColor(colour[0], colour[1], colour[2]);
        content.moveTo(left + radius, bottom);
        content.lineTo(left + w - radius, bottom);
        content.curveTo(left + w - radius + k, bottom, left + w, bottom + radius - k, left + w, bottom + radius);
        content.lineTo(left + w, bottom + h - radius);
        content.curveTo(left + w, bottom + h - radius + k, left + w - radius + k, bottom + h, left + w - radius, bottom + h);
        content.lineTo(left + radius, bottom + h);
        content.curveTo(left + radius - k, bottom + h, left, bottom + h - radius + k, left, bottom + h - radius);
        content.lineTo(left, bottom + radius);
        content.curveTo(left, bottom + radius - k, left + radius - k, bottom, left + radius, bottom);
        content.closePath();
        content.fill();
    }

    /** A circle filled with {@code fill}, outlined in {@code stroke} when it is not null. */
    private void circle(float[] fill, float[] stroke, float cx, float cy, float r, float lineWidth) throws IOException {
        float x = px(cx);
        float y = py(cy);
        float k = 0.5523f * r;
        content.moveTo(x + r, y);
        content.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        content.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        content.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        content.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        content.closePath();
        content.setNonStrokingColor(fill[0], fill[1], fill[2]);
        if (stroke == null) {
            content.fill();
        } else {
            content.setStrokingColor(stroke[0], stroke[1], stroke[2]);
            content.setLineWidth(lineWidth);
            content.fillAndStroke();
        }
    }

    private void line(float[] colour, float width, float x1, float y1, float x2, float y2, float[] dashes)
            throws IOException {
        content.setStrokingColor(colour[0], colour[1], colour[2]);
        content.setLineWidth(width);
        if (dashes != null) {
            content.setLineDashPattern(dashes, 0);
        }
        content.moveTo(px(x1), py(y1));
        content.lineTo(px(x2), py(y2));
        content.stroke();
        if (dashes != null) {
            content.setLineDashPattern(new float[0], 0);
        }
    }

    private void text(String text, PDFont font, float size, float[] colour, float x, float baseline) throws IOException {
        content.beginText();
        content.setNonStrokingColor(colour[0], colour[1], colour[2]);
        content.setFont(font, size);
        content.newLineAtOffset(px(x), py(baseline));
        content.showText(PdfText.drawable(text, font));
        content.endText();
    }

    /** {@code #RRGGBB} as three fractions; grey for anything else. */
    static float[] rgb(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            return new float[] {0.35f, 0.39f, 0.43f};
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new float[] {(v >> 16 & 0xFF) / 255f, (v >> 8 & 0xFF) / 255f, (v & 0xFF) / 255f};
    }

    /** {@code a} with {@code share} of {@code b} mixed in: paper has no transparency worth relying on. */
    private static float[] blend(float[] a, float[] b, float share) {
        return new float[] {a[0] + (b[0] - a[0]) * share, a[1] + (b[1] - a[1]) * share, a[2] + (b[2] - a[2]) * share};
    }
}
