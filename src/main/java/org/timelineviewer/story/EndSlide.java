package org.timelineviewer.story;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** After the last step: the story has ended, and Esc returns to the main window. */
final class EndSlide extends VBox {

    private final Label text = new Label();

    EndSlide() {
        getStyleClass().addAll("title-slide", "end-slide");
        setId("end-slide");
        text.getStyleClass().add("title-slide-title");
        text.setId("end-slide-text");
        text.setWrapText(true);
        setAlignment(Pos.CENTER);
        getChildren().add(text);
        setMouseTransparent(true);
    }

    void show(String endText) {
        text.setText(endText);
    }
}
