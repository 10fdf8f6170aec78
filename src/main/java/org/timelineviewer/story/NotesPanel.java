package org.timelineviewer.story;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Speaker notes over the audience view, for when there is only one screen (toggled with S). */
final class NotesPanel extends VBox {

    private final Label heading = new Label();
    private final Label notes = new Label();

    NotesPanel() {
        getStyleClass().add("notes-panel");
        setId("notes-panel");
        heading.getStyleClass().add("notes-heading");
        notes.getStyleClass().add("notes-text");
        notes.setWrapText(true);
        notes.setId("notes-text");
        getChildren().addAll(heading, notes);
        setMouseTransparent(true);
    }

    void show(String headingText, String text) {
        heading.setText(headingText);
        notes.setText(text);
    }
}
