package org.timelineviewer.story;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The opening slide: the story's title and subtitle over the whole timeline. */
final class TitleSlide extends VBox {

    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label hint = new Label();

    TitleSlide() {
        getStyleClass().add("title-slide");
        setId("title-slide");
        title.getStyleClass().add("title-slide-title");
        title.setId("title-slide-title");
        subtitle.getStyleClass().add("title-slide-subtitle");
        hint.getStyleClass().add("title-slide-hint");
        title.setWrapText(true);
        subtitle.setWrapText(true);
        setAlignment(Pos.CENTER);
        getChildren().addAll(title, subtitle, hint);
        setMouseTransparent(true);
    }

    void show(String titleText, String subtitleText, String hintText) {
        title.setText(titleText);
        subtitle.setText(subtitleText);
        subtitle.setVisible(!subtitleText.isEmpty());
        hint.setText(hintText);
    }
}
