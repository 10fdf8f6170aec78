package org.timelineviewer.story;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * After the last step: the story has ended, and Esc returns to the main window (for a mixed room,
 * said in both languages).
 */
final class EndSlide extends VBox {

    private final Label text = new Label();
    private final Label secondText = new Label();

    EndSlide() {
        getStyleClass().addAll("title-slide", "end-slide");
        setId("end-slide");
        text.getStyleClass().add("title-slide-title");
        text.setId("end-slide-text");
        secondText.getStyleClass().add("title-slide-second-title");
        secondText.setId("end-slide-text-second");
        text.setWrapText(true);
        secondText.setWrapText(true);
        setAlignment(Pos.CENTER);
        getChildren().addAll(text, secondText);
        setMouseTransparent(true);
    }

    void show(String endText) {
        show(endText, "");
    }

    /** Shows {@code endText}, and {@code secondText} under it unless that is empty. */
    void show(String endText, String secondLanguageText) {
        text.setText(endText);
        secondText.setText(secondLanguageText);
        secondText.setVisible(!secondLanguageText.isEmpty());
        secondText.setManaged(!secondLanguageText.isEmpty());
    }
}
