package org.timelineviewer.control;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.timelineviewer.control.AxisTicks.Axis;
import org.timelineviewer.control.AxisTicks.Tick;

/** The time axis along the bottom: tick marks and labels at the step {@link AxisTicks} chooses. */
final class AxisLayer extends Region {

    private final Path marks = new Path();
    private final NodePool<Double, Text> labels = new NodePool<>(AxisLayer::newLabel, getChildren());
    private final Text probe = newLabel();
    private final Map<String, Double> widths = new HashMap<>();
    private Font measuredFont;
    /**
     * The label of each tick asked for, kept while the factory and the language stay: choosing a
     * step tries several, each with a label for every tick, and a zoom or a pan asks for the same
     * ticks again frame after frame.
     */
    private final Map<TickKey, String> tickTexts = new HashMap<>();
    private TickLabels tickTextsOf;
    private org.timelineviewer.model.Language tickTextsLanguage;

    private record TickKey(TickUnit unit, double day, int every) {
    }

    /** Past this many labels kept, the cache starts afresh. */
    private static final int MAX_TICK_TEXTS = 4_096;

    AxisLayer() {
        getStyleClass().add("axis");
        marks.getStyleClass().add("axis-marks");
        // Placed by update(), not by this region's layout: managed, every new set of ticks changed
        // its bounds during the skin's layout pass and asked for that pass again, a second pulse
        // that laid out and painted the whole view again (one step in five of a zoom).
        marks.setManaged(false);
        probe.setVisible(false);
        probe.setManaged(false);
        getChildren().addAll(marks, probe);
        setMouseTransparent(true);
    }

    private static Text newLabel() {
        Text text = new Text();
        text.getStyleClass().add("axis-label");
        text.setManaged(false);
        return text;
    }

    /** Height of one line of axis labels in the current font. */
    double labelHeight() {
        probe.applyCss();
        probe.setText("0");
        return Math.ceil(probe.getLayoutBounds().getHeight());
    }

    /**
     * Lays out ticks for {@code scale}, labelled by {@code tickLabels} in {@code language} (the
     * labels are asked for again when either changes); returns the axis so the skin can draw
     * matching grid lines.
     */
    Axis update(TimeScale scale, TickLabels tickLabels, org.timelineviewer.model.Language language, double height) {
        probe.applyCss();
        Font font = probe.getFont();
        if (!font.equals(measuredFont)) {
            widths.clear();
            measuredFont = font;
        }
        if (tickLabels != tickTextsOf || language != tickTextsLanguage
                || tickTexts.size() > MAX_TICK_TEXTS) {
            tickTexts.clear();
            tickTextsOf = tickLabels;
            tickTextsLanguage = language;
        }
        Axis axis = AxisTicks.choose(scale, (unit, day, every) -> tickTexts.computeIfAbsent(new TickKey(unit, day, every),
                k -> tickLabels.label(unit, day, every)), this::measure);
        marks.getElements().clear();
        labels.begin();
        java.util.List<Tick> ticks = axis.ticks();
        for (int i = 0; i < ticks.size(); i++) {
            Tick tick = ticks.get(i);
            double x = Math.round(tick.x()) + 0.5;
            marks.getElements().addAll(new MoveTo(x, 0), new LineTo(x, 8));
            double nextX = i + 1 < ticks.size() ? ticks.get(i + 1).x() : Double.POSITIVE_INFINITY;
            double labelX = tick.x() + AxisTicks.LABEL_INSET;
            if (labelX < 0) {
                // The step the left edge falls in keeps its label, pinned to the edge, if it fits.
                labelX = AxisTicks.LABEL_INSET;
                if (nextX <= 0 || labelX + tick.labelWidth() + AxisTicks.LABEL_GAP > nextX) {
                    continue;
                }
            }
            if (labelX + tick.labelWidth() > scale.width()) {
                continue; // a label cut at the right edge would misread ("202" for 2025)
            }
            Text label = labels.acquire(tick.day());
            label.setText(tick.label());
            label.setX(labelX);
            label.setY(height / 2 + label.getBaselineOffset() / 2 + 2);
        }
        labels.end();
        return axis;
    }

    private double measure(String text) {
        return widths.computeIfAbsent(text, t -> {
            probe.setText(t);
            return Math.ceil(probe.getLayoutBounds().getWidth());
        });
    }
}
