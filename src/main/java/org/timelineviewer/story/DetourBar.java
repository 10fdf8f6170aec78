package org.timelineviewer.story;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Subscription;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.presentation.Presentation;
import org.timelineviewer.presentation.Slide;

/**
 * Across the top of the presenter's screen while the audience sees a detour: which event is
 * showing, which key returns to which step, and a button that does.
 */
final class DetourBar extends HBox {

    private final Presentation presentation;
    private final Label text = new Label();
    private final Button back = new Button();
    private final Subscription subscriptions;

    DetourBar(Presentation presentation) {
        this.presentation = presentation;
        getStyleClass().add("presenter-detour");
        setId("presenter-detour");
        setAlignment(Pos.CENTER_LEFT);
        text.setId("presenter-detour-text");
        text.getStyleClass().add("presenter-detour-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        back.setId("presenter-return");
        back.setFocusTraversable(false);
        back.setOnAction(e -> presentation.camera().leaveDetour());
        getChildren().addAll(text, back);
        subscriptions = Subscription.combine(
                presentation.camera().detourProperty().subscribe(v -> update()),
                presentation.languageProperty().subscribe(v -> update()),
                presentation.indexProperty().subscribe(v -> update()));
        update();
    }

    void dispose() {
        subscriptions.unsubscribe();
    }

    private void update() {
        TimelineEvent event = presentation.camera().detour();
        setVisible(event != null);
        setManaged(event != null);
        if (event == null) {
            return;
        }
        Language language = presentation.language();
        Messages m = Messages.of(language);
        String title = event.title().in(language);
        text.setText(presentation.current() instanceof Slide.Step step
                ? m.format("presenter.detour", title, step.number())
                : m.format("presenter.detour.story", title));
        back.setText(m.get("presenter.return"));
    }
}
