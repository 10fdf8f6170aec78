package org.timelineviewer.story;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimelineEvent;

/**
 * The presenter's search for a question from the room: a field and the events whose title (in
 * either language) matches, to choose one with Enter or a click. Up and Down move through the
 * matches, Esc leaves the field; the keys typed here never reach the slides.
 */
final class EventSearch {

    private final TextField field = new TextField();
    private final ListView<TimelineEvent> results = new ListView<>();
    private final Label none = new Label();
    private final List<TimelineEvent> events;
    private final Consumer<TimelineEvent> onChoose;
    private final Runnable onLeave;
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching", false);
    private Language language = Language.EN;
    /** Set by {@link #focus()}: the F that brought the keyboard here is not typed into the field. */
    private boolean swallowF;

    /**
     * A search over {@code events}; {@code onChoose} shows the chosen one, {@code onLeave} takes
     * the keyboard back (after a choice, or Esc).
     */
    EventSearch(List<TimelineEvent> events, Consumer<TimelineEvent> onChoose, Runnable onLeave) {
        this.events = List.copyOf(events);
        this.onChoose = onChoose;
        this.onLeave = onLeave;
        field.setId("presenter-search");
        field.getStyleClass().add("presenter-search-field");
        // Not the presenter window's first focus: the keys stay with the slides until F or a click.
        field.setFocusTraversable(false);
        results.setId("presenter-search-results");
        results.getStyleClass().add("presenter-search-results");
        results.setFocusTraversable(false);
        results.setPlaceholder(none);
        results.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                setMinWidth(0);
                prefWidthProperty().bind(list.widthProperty().subtract(28));
                setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY && getItem() != null) {
                        choose(getItem());
                    }
                });
            }

            @Override
            protected void updateItem(TimelineEvent event, boolean empty) {
                super.updateItem(event, empty);
                setText(empty || event == null ? null : label(event));
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);
        results.setVisible(false);
        results.setManaged(false);
        field.textProperty().addListener((o, was, now) -> update());
        field.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> swallowF = false);
        field.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowF && "f".equalsIgnoreCase(e.getCharacter())) {
                e.consume();
            }
            swallowF = false;
        });
        setLanguage(language);
    }

    /** The search field. */
    TextField field() {
        return field;
    }

    /** The matches (shown only while a search is typed), to stand where the steps were in a VBox. */
    ListView<TimelineEvent> results() {
        return results;
    }

    /** Whether a search is typed: the matches then stand where the steps were. */
    ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    void setLanguage(Language value) {
        language = value;
        Messages m = Messages.of(value);
        field.setPromptText(m.get("presenter.search.prompt"));
        none.setText(m.get("presenter.search.none"));
        results.refresh();
    }

    /** F or Ctrl+F: the keyboard to the field, its text selected. */
    void focus() {
        field.requestFocus();
        field.selectAll();
        swallowF = true;
    }

    /** The matches listed now (for tests). */
    List<TimelineEvent> matches() {
        return List.copyOf(results.getItems());
    }

    private void update() {
        String query = field.getText() == null ? "" : field.getText().strip();
        boolean on = !query.isEmpty();
        searching.set(on);
        results.setVisible(on);
        results.setManaged(on);
        results.getItems().setAll(on ? events.stream().filter(e -> e.title().contains(query)).toList() : List.of());
        if (!results.getItems().isEmpty()) {
            results.getSelectionModel().select(0);
        }
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        int at = results.getSelectionModel().getSelectedIndex();
        if (code == KeyCode.DOWN && at + 1 < results.getItems().size()) {
            results.getSelectionModel().select(at + 1);
            results.scrollTo(at + 1);
        } else if (code == KeyCode.UP && at > 0) {
            results.getSelectionModel().select(at - 1);
            results.scrollTo(at - 1);
        } else if (code == KeyCode.ENTER && at >= 0) {
            choose(results.getItems().get(at));
        } else if (code == KeyCode.ESCAPE) {
            field.clear();
            onLeave.run();
        } else {
            return;
        }
        e.consume();
    }

    private void choose(TimelineEvent event) {
        field.clear();
        onChoose.accept(event);
        onLeave.run();
    }

    private String label(TimelineEvent event) {
        String shown = event.title().in(language);
        String other = event.title().in(language.other());
        return other.isEmpty() || other.equals(shown) ? shown : shown + "  ·  " + other;
    }
}
