package org.timelineviewer.view;

import java.time.Clock;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.timelineviewer.control.TimelineView;
import org.timelineviewer.presentation.ViewerState;
import org.timelineviewer.story.StoryMode;

/**
 * The main window's content: toolbar, the timeline with its title, the details pane in a split
 * beside it, and the status bar. Connects the {@link TimelineView} to the {@link ViewerState}:
 * state flows into the control, and the control's selection flows back as a command.
 */
public final class MainWindow extends BorderPane {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SWITCH_LANGUAGE = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private static final KeyCombination PRESENT = new KeyCodeCombination(KeyCode.F5);

    private final TimelineView timelineView = new TimelineView();
    private final StoryMode storyMode;
    private final ExportActions exports;
    private final ViewerState state;
    private final SplitPane split;
    private final MainToolbar toolbar;

    public MainWindow(ViewerState state) {
        this.state = state;
        this.storyMode = new StoryMode(state, Clock.systemDefaultZone());
        this.exports = new ExportActions(state, timelineView);
        getStyleClass().add("main-window");
        timelineView.setId("timeline");
        connect(state);

        toolbar = new MainToolbar(state, new ViewCommands() {
            @Override
            public void zoomIn() {
                timelineView.zoomIn();
            }

            @Override
            public void zoomOut() {
                timelineView.zoomOut();
            }

            @Override
            public void fitAll() {
                timelineView.fitAll();
            }

            @Override
            public void present() {
                MainWindow.this.present();
            }

            @Override
            public void exportPicture(int width, int height) {
                exports.choosePng(getScene().getWindow(), width, height);
            }

            @Override
            public void exportHandout() {
                exports.choosePdf(getScene().getWindow());
            }
        });
        VBox timelineColumn = new VBox(new TimelineHeader(state), timelineView);
        timelineColumn.getStyleClass().add("timeline-column");
        VBox.setVgrow(timelineView, Priority.ALWAYS);
        EventDetailsPane details = new EventDetailsPane(state);
        details.setId("details");
        // After following a related-event link, the arrow keys step through the timeline again.
        details.addEventHandler(javafx.event.ActionEvent.ACTION, e -> timelineView.requestFocus());
        split = new SplitPane(timelineColumn, details);
        split.getStyleClass().add("main-split");
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(details, false);

        setTop(toolbar);
        setCenter(split);
        setBottom(new ViewerStatusBar(state, timelineView.visibleWindowProperty(),
                () -> timelineView.eventsInView().size()));

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                toolbar.searchField().requestFocus();
                e.consume();
            } else if (PRESENT.match(e)) {
                present();
                e.consume();
            } else if (SWITCH_LANGUAGE.match(e)) {
                state.toggleLanguage();
                e.consume();
            }
        });
    }

    private void connect(ViewerState state) {
        timelineView.setTimeline(state.getTimeline());
        timelineView.setEvents(state.getShownEvents());
        timelineView.languageProperty().bind(state.languageProperty());
        timelineView.lanesVisibleProperty().bind(state.lanesVisibleProperty());
        timelineView.highlightTextProperty().bind(state.searchTextProperty());
        state.timelineProperty().addListener((o, was, now) -> timelineView.setTimeline(now));
        state.shownEventsProperty().addListener((o, was, now) -> {
            timelineView.setEvents(now);
            if (!now.isEmpty() && timelineView.eventsInView().isEmpty()) {
                timelineView.fitAll(); // a search or filter whose matches are all out of view: show them
            }
        });
        state.selectedProperty().addListener((o, was, now) -> {
            if (now != timelineView.getSelectedEvent()) {
                timelineView.select(now);
            } else {
                timelineView.reveal(now);
            }
        });
        timelineView.selectedEventProperty().addListener((o, was, now) -> state.select(now));
    }

    /** Starts presenting the timeline's first story (every event in time order if it has none). */
    public void present() {
        if (getScene() != null && state.getTimeline() != null) {
            state.getTimeline().story(null).ifPresent(story -> storyMode.start(story, getScene().getWindow()));
        }
    }

    public ExportActions exports() {
        return exports;
    }

    public StoryMode storyMode() {
        return storyMode;
    }

    public TimelineView timelineView() {
        return timelineView;
    }

    public SplitPane split() {
        return split;
    }

    /** Puts keyboard focus on the timeline, where the arrow keys step through events. */
    public void focusTimeline() {
        timelineView.requestFocus();
    }
}
