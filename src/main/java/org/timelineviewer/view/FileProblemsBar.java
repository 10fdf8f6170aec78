package org.timelineviewer.view;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Modality;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.io.Problem;
import org.timelineviewer.presentation.ViewerState;

/**
 * A bar above the timeline while the open file, as last saved, cannot be read: how many problems,
 * the first one with its place, and Details for all of them. The last good timeline stays on
 * screen meanwhile; the bar goes when a save reads again.
 */
public final class FileProblemsBar extends HBox {

    private final ViewerState state;
    private final Label text = new Label();
    private final Button details = new Button();

    public FileProblemsBar(ViewerState state) {
        this.state = state;
        getStyleClass().add("file-problems-bar");
        setId("file-problems");
        setAlignment(Pos.CENTER_LEFT);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        details.setId("file-problems-details");
        details.setFocusTraversable(false);
        details.setOnAction(e -> showAll());
        getChildren().addAll(text, details);
        state.fileProblemsProperty().addListener((o, was, now) -> refresh());
        state.messagesProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        List<Problem> problems = state.fileProblemsProperty().get();
        boolean shown = !problems.isEmpty();
        setVisible(shown);
        setManaged(shown);
        if (!shown) {
            return;
        }
        Messages m = state.getMessages();
        String name = state.getFile() == null ? "" : String.valueOf(state.getFile().getFileName());
        text.setText(m.format("file.problems", name, problems.size(), problems.get(0).describe(m)));
        details.setText(m.get("file.problems.details"));
    }

    private void showAll() {
        Messages m = state.getMessages();
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initModality(Modality.NONE);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.setTitle(m.get("error.load.title"));
        alert.setHeaderText(text.getText());
        TextArea all = new TextArea(state.fileProblemsProperty().get().stream().map(p -> p.describe(m))
                .collect(Collectors.joining("\n")));
        all.setEditable(false);
        all.setWrapText(true);
        alert.getDialogPane().setContent(all);
        alert.show();
    }
}
