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
import org.timelineviewer.model.Language;

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
    Axis update(TimeScale scale, Language language, double height) {
        probe.applyCss();
        Font font = probe.getFont();
        if (!font.equals(measuredFont)) {
            widths.clear();
            measuredFont = font;
        }
        Axis axis = AxisTicks.choose(scale, language, this::measure);
        marks.getElements().clear();
        labels.begin();
        for (Tick tick : axis.ticks()) {
            double x = Math.round(tick.x()) + 0.5;
            marks.getElements().addAll(new MoveTo(x, 0), new LineTo(x, 8));
            if (tick.x() + AxisTicks.LABEL_INSET + tick.labelWidth() < 0) {
                continue;
            }
            Text label = labels.acquire(tick.day());
            label.setText(tick.label());
            label.setX(tick.x() + AxisTicks.LABEL_INSET);
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
