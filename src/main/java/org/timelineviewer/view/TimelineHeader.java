package org.timelineviewer.view;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.presentation.ViewerState;

/** The timeline's own title and subtitle above the timeline, in the current language. */
public final class TimelineHeader extends VBox {

    private final ViewerState state;
    private final Label title = new Label();
    private final Label subtitle = new Label();

    public TimelineHeader(ViewerState state) {
        this.state = state;
        getStyleClass().add("timeline-header");
        title.getStyleClass().add("timeline-title");
        title.setId("timeline-title");
        subtitle.getStyleClass().add("timeline-subtitle");
        getChildren().addAll(title, subtitle);
        state.timelineProperty().addListener((o, was, now) -> refresh());
        state.languageProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Timeline t = state.getTimeline();
        title.setText(t == null ? "" : t.title().in(state.getLanguage()));
        String sub = t == null ? "" : t.subtitle().map(s -> s.in(state.getLanguage())).orElse("");
        subtitle.setText(sub);
        subtitle.setVisible(!sub.isEmpty());
        subtitle.setManaged(!sub.isEmpty());
    }
}
