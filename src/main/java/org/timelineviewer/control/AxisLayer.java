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

    AxisLayer() {
        getStyleClass().add("axis");
        marks.getStyleClass().add("axis-marks");
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

    /** Lays out ticks for {@code scale}; returns the axis so the skin can draw matching grid lines. */
    Axis update(TimeScale scale, TickLabels tickLabels, double height) {
        probe.applyCss();
        Font font = probe.getFont();
        if (!font.equals(measuredFont)) {
            widths.clear();
            measuredFont = font;
        }
        Axis axis = AxisTicks.choose(scale, tickLabels, this::measure);
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
