package org.timelineviewer.control;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimelineEvent;

/** A short card about the event under the pointer: title, date, category and summary. */
final class HoverCard extends VBox {

    static final double MAX_WIDTH = 360;

    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label summary = new Label();

    HoverCard() {
        getStyleClass().add("hover-card");
        title.getStyleClass().add("hover-title");
        meta.getStyleClass().add("hover-meta");
        summary.getStyleClass().add("hover-summary");
        title.setWrapText(true);
        meta.setWrapText(true);
        summary.setWrapText(true);
        getChildren().addAll(title, meta, summary);
        setManaged(false);
        setMouseTransparent(true);
        setVisible(false);
        setMaxWidth(MAX_WIDTH);
    }

    void show(TimelineEvent event, Language language, String date, String statusText) {
        title.setText(event.title().in(language));
        String category = event.category().label().in(language);
        meta.setText(date + "  ·  " + category + (statusText == null ? "" : "  ·  " + statusText));
        summary.setText(event.summary().in(language));
        summary.setVisible(!event.summary().isEmpty());
        summary.setManaged(!event.summary().isEmpty());
        setStyle("-tl-event-color: " + event.category().color() + ";");
        setVisible(true);
    }
}
