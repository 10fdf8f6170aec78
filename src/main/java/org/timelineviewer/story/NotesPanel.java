package org.timelineviewer.story;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Speaker notes over the audience view, for when there is only one screen (toggled with S). */
final class NotesPanel extends VBox {

    /** The notes' size beside the picture's body text at the presenter's chosen size 1. */
    private static final double NOTES_EM = 0.93;

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

    /**
     * The notes' text {@code scale} times its usual size (the presenter's A+ and A−): the panel
     * keeps its width, the text wraps into more lines.
     */
    void setTextScale(double scale) {
        notes.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.3fem;", NOTES_EM * scale));
    }
}
