package org.timelineviewer.control;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.timelineviewer.model.Era;
import org.timelineviewer.model.Language;

/** Era bands behind the events, each named in a strip along the top. */
final class EraLayer extends Pane {

    private final NodePool<String, Region> bands = new NodePool<>(EraLayer::newBand, getChildren());
    private final NodePool<String, Label> names = new NodePool<>(EraLayer::newName, getChildren());

    private final Label probe = newName();

    EraLayer() {
        getStyleClass().add("era-layer");
        setMouseTransparent(true);
        probe.setText("Ag国");
        probe.setVisible(false);
        getChildren().add(probe);
    }

    /** Height of the strip of era names in the current font, at least {@code least}. */
    double stripHeight(double least) {
        probe.applyCss();
        return Math.max(least, Math.ceil(probe.prefHeight(-1)) + 6);
    }

    private static Region newBand() {
        Region band = new Region();
        band.getStyleClass().add("era-band");
        return band;
    }

    private static Label newName() {
        Label name = new Label();
        name.getStyleClass().add("era-label");
        name.setManaged(false);
        return name;
    }

    /** Shows {@code eras} over {@code height}, their names in a strip at least {@code leastStrip} tall. */
    void update(List<Era> eras, TimeScale scale, Language language, double height, double leastStrip) {
        double strip = stripHeight(leastStrip);
        bands.begin();
        names.begin();
        double width = scale.width();
        for (int i = 0; i < eras.size(); i++) {
            Era era = eras.get(i);
            double x1 = Math.max(-1, clampX(scale, era.startDay(), width));
            double x2 = Math.min(width + 1, clampX(scale, era.endDay(), width));
            if (x2 <= 0 || x1 >= width || x2 - x1 < 1) {
                continue;
            }
            Region band = bands.acquire(era.id());
            band.getStyleClass().setAll("era-band", "era-" + (i % 2 == 0 ? "even" : "odd"));
            band.resizeRelocate(x1, 0, x2 - x1, height);
            Label name = names.acquire(era.id());
            name.getStyleClass().setAll("era-label", "era-" + (i % 2 == 0 ? "even" : "odd"));
            name.setText(era.label().in(language));
            name.applyCss();
            double w = name.prefWidth(-1);
            double h = name.prefHeight(-1);
            double room = x2 - x1 - 16;
            name.setVisible(room > 24);
            name.resizeRelocate(Math.max(x1, 0) + 8, (strip - h) / 2, Math.min(w, Math.max(room, 0)), h);
        }
        bands.end();
        names.end();
    }

    private static double clampX(TimeScale scale, double day, double width) {
        if (Double.isInfinite(day)) {
            return day < 0 ? -1 : width + 1;
        }
        return Math.max(-10, Math.min(width + 10, scale.toX(day)));
    }
}
