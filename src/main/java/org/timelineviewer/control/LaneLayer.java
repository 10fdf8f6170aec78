package org.timelineviewer.control;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.timelineviewer.model.Category;
import org.timelineviewer.model.Language;

/** One horizontal band per category, named at the left edge, when lanes are on. */
final class LaneLayer extends Pane {

    private final NodePool<String, Region> bands = new NodePool<>(LaneLayer::newBand, getChildren());
    private final NodePool<String, Label> names = new NodePool<>(LaneLayer::newName, getChildren());

    LaneLayer() {
        getStyleClass().add("lane-layer");
        setMouseTransparent(true);
    }

    private static Region newBand() {
        Region band = new Region();
        band.getStyleClass().add("lane-band");
        return band;
    }

    private static Label newName() {
        Label name = new Label();
        name.getStyleClass().add("lane-label");
        name.setManaged(false);
        return name;
    }

    /**
     * Shows lanes for {@code categories} from {@code top}, as tall as {@code geometry} says (none
     * when empty), each named in a header {@code header} tall above its first row.
     */
    void update(List<Category> categories, Language language, double top, LaneGeometry geometry, double width,
                double header) {
        bands.begin();
        names.begin();
        for (int i = 0; i < categories.size(); i++) {
            Category category = categories.get(i);
            double y = top + geometry.tops()[i];
            double laneHeight = geometry.heights()[i];
            Region band = bands.acquire(category.id());
            band.getStyleClass().setAll("lane-band", i % 2 == 0 ? "lane-even" : "lane-odd");
            band.resizeRelocate(0, y, width, laneHeight);
            Label name = names.acquire(category.id());
            name.setText(category.label().in(language));
            name.setStyle("-tl-event-color: " + category.color() + ";");
            name.applyCss();
            name.resizeRelocate(8, y + 3, name.prefWidth(-1), Math.min(name.prefHeight(-1), header - 4));
        }
        bands.end();
        names.end();
    }
}
