package org.timelineviewer.control;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A panel over a window listing its keys, section by section, each row the keys and what they
 * do; shown and hidden by its window (with ? or F1, and Esc), and hidden by a click anywhere.
 * It shows what it is given: the window decides which keys, in which language.
 */
public final class KeyHelpOverlay extends StackPane {

    /** One row: the keys (as a person reads them: "Ctrl+F", "← →") and what they do. */
    public record Row(String keys, String what) {
    }

    /** A heading and its rows. */
    public record Section(String heading, List<Row> rows) {
    }

    private final VBox card = new VBox();
    private String title = "";
    private List<Section> shown = List.of();

    public KeyHelpOverlay() {
        getStyleClass().add("key-help");
        setId("key-help");
        card.getStyleClass().add("key-help-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
        setVisible(false);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            hide();
            e.consume();
        });
    }

    /** Shows {@code sections} under {@code title}, with {@code closeHint} at the foot. */
    public void show(String titleText, List<Section> sections, String closeHint) {
        title = titleText;
        shown = List.copyOf(sections);
        card.getChildren().clear();
        Label heading = new Label(titleText);
        heading.getStyleClass().add("key-help-title");
        card.getChildren().add(heading);
        for (Section section : sections) {
            Label name = new Label(section.heading());
            name.getStyleClass().add("key-help-section");
            GridPane grid = new GridPane();
            grid.getStyleClass().add("key-help-rows");
            int r = 0;
            for (Row row : section.rows()) {
                Label keys = new Label(row.keys());
                keys.getStyleClass().add("key-help-keys");
                Label what = new Label(row.what());
                what.getStyleClass().add("key-help-what");
                what.setWrapText(true);
                grid.addRow(r++, keys, what);
            }
            card.getChildren().addAll(name, grid);
        }
        Label close = new Label(closeHint);
        close.getStyleClass().add("key-help-close");
        card.getChildren().add(close);
        setVisible(true);
        toFront();
    }

    public void hide() {
        setVisible(false);
    }

    /** The title shown (for tests). */
    public String title() {
        return title;
    }

    /** The rows shown, each as "keys — what" (for tests). */
    public List<String> rowTexts() {
        return shown.stream().flatMap(s -> s.rows().stream()).map(r -> r.keys() + " — " + r.what()).toList();
    }
}
