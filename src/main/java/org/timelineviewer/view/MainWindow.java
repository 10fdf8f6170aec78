package org.timelineviewer.view;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Paint;
import org.timelineviewer.control.KeyHelpKeys;
import org.timelineviewer.control.KeyHelpOverlay;
import org.timelineviewer.control.SceneFill;
import org.timelineviewer.control.TimelineView;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.presentation.KeyHelp;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.presentation.RecentFiles;
import org.timelineviewer.presentation.UiZoom;
import org.timelineviewer.presentation.TimelineTexts;
import org.timelineviewer.presentation.ViewerState;
import org.timelineviewer.presentation.Viewport;

/**
 * The main window's content: toolbar, the timeline with its title, the details pane in a split
 * beside it, and the status bar. Shows the {@link ViewerState} in a {@link TimelineView}: state
 * flows into the control (bound), the control's picks flow back as commands, and the control is
 * the camera of the state's {@link Viewport}. Features beyond the state (presenting, export)
 * arrive as {@link ViewCommands}: the app wires them.
 */
public final class MainWindow extends BorderPane {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SWITCH_LANGUAGE = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PRESENT = new KeyCodeCombination(KeyCode.F5);
    /** What the timeline answers to (see TimelineViewBehavior). */
    private static final Set<KeyCode> TIMELINE_KEYS = EnumSet.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.KP_LEFT,
            KeyCode.KP_RIGHT, KeyCode.HOME, KeyCode.END, KeyCode.PLUS, KeyCode.ADD, KeyCode.EQUALS, KeyCode.MINUS,
            KeyCode.SUBTRACT, KeyCode.DIGIT0, KeyCode.NUMPAD0, KeyCode.ESCAPE);

    /** The window's ground, which app.css gives the scene (see {@link SceneFill}). */
    private static final CssMetaData<MainWindow, Paint> SCENE_FILL =
            SceneFill.cssMetaData(w -> w.sceneFill);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA =
            SceneFill.withCssMetaData(BorderPane.getClassCssMetaData(), SCENE_FILL);

    private final SceneFill sceneFill = new SceneFill(this, SCENE_FILL);
    private final TimelineView timelineView = new TimelineView();
    private final SplitPane split;
    private final MainToolbar toolbar;
    private final EventDetailsPane details;
    private final KeyHelpOverlay help = new KeyHelpOverlay();
    private final UiZoom uiZoom = new UiZoom();
    private final ZoomToast zoomToast = new ZoomToast();
    private final ViewerState state;

    /** Where the split between the timeline and the details is when no width was remembered. */
    static final double DEFAULT_DIVIDER = 0.7;
    /** The window's font size at 100 %, as app.css gives it to {@code .root}; every other size there is in em. */
    static final double NORMAL_FONT_PX = 14;
    /** Ctrl + (Ctrl = and the keypad's + too), Ctrl − and Ctrl 0: the text size. */
    private static final Set<KeyCode> UI_LARGER = EnumSet.of(KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD);
    private static final Set<KeyCode> UI_SMALLER = EnumSet.of(KeyCode.MINUS, KeyCode.SUBTRACT);
    private static final Set<KeyCode> UI_NORMAL = EnumSet.of(KeyCode.DIGIT0, KeyCode.NUMPAD0);

    /**
     * @param detailsWidth the details pane's width in pixels, as remembered (the default share of
     *                     the window when empty)
     * @param animated     whether the timeline glides when it zooms and pans (or jumps)
     */
    public MainWindow(ViewerState state, RecentFiles recent, ViewCommands commands, OptionalDouble detailsWidth,
                      boolean animated) {
        this.state = state;
        getStyleClass().add("main-window");
        timelineView.setId("timeline");
        timelineView.setAnimated(animated);
        connect(state);

        ViewCommands sized = new ViewCommands() {
            @Override
            public void present() {
                commands.present();
            }

            @Override
            public void presentStory(String storyId) {
                commands.presentStory(storyId);
            }

            @Override
            public void presentShownEvents() {
                commands.presentShownEvents();
            }

            @Override
            public void rehearseStory(String storyId) {
                commands.rehearseStory(storyId);
            }

            @Override
            public void chooseTalkLength(java.time.Duration length) {
                commands.chooseTalkLength(length);
            }

            @Override
            public void exportPicture(int width, int height) {
                // "The window's size" is the timeline's size on screen.
                commands.exportPicture(width > 0 ? width : (int) Math.round(timelineView.getWidth()),
                        height > 0 ? height : (int) Math.round(timelineView.getHeight()));
            }

            @Override
            public void exportPresentersCopy() {
                commands.exportPresentersCopy();
            }

            @Override
            public void exportHandout() {
                commands.exportHandout();
            }

            @Override
            public void exportDeck() {
                commands.exportDeck();
            }

            @Override
            public void openLink(String url) {
                commands.openLink(url);
            }

            @Override
            public void chooseFile() {
                commands.chooseFile();
            }

            @Override
            public void openFile(Path file) {
                commands.openFile(file);
            }

            @Override
            public void openBundled() {
                commands.openBundled();
            }

            @Override
            public void reload() {
                commands.reload();
            }

            @Override
            public void saveAs() {
                commands.saveAs();
            }
        };
        toolbar = new MainToolbar(state, new FileMenuButton(state, recent, sized), sized);
        VBox timelineColumn = new VBox(new TimelineHeader(state), new FileProblemsBar(state), timelineView);
        timelineColumn.getStyleClass().add("timeline-column");
        VBox.setVgrow(timelineView, Priority.ALWAYS);
        details = new EventDetailsPane(state, commands::openLink);
        details.setId("details");
        // After following a related-event link, the arrow keys step through the timeline again.
        details.addEventHandler(javafx.event.ActionEvent.ACTION, e -> timelineView.requestFocus());
        split = new SplitPane(timelineColumn, details);
        split.getStyleClass().add("main-split");
        split.setDividerPositions(DEFAULT_DIVIDER);
        detailsWidth.ifPresent(this::restoreDetailsWidth);
        SplitPane.setResizableWithParent(details, false);

        setTop(toolbar);
        setCenter(new StackPane(split, help, zoomToast));
        uiZoom.scaleProperty().addListener((o, was, now) -> applyUiZoom());
        state.messagesProperty().addListener((o, was, now) -> {
            if (help.isVisible()) {
                showHelp();
            }
        });
        setBottom(new ViewerStatusBar(state));

        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (KeyHelpKeys.isQuestionMark(e) && !(getScene() != null && getScene().getFocusOwner() instanceof TextInputControl)) {
                toggleHelp();
                e.consume();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F1) {
                toggleHelp();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && help.isVisible()) {
                help.hide();
                e.consume();
            } else if (uiZoomKey(e)) {
                e.consume();
            } else if (redirectToTheTimeline(e)) {
                e.consume();
            } else if (FIND.match(e)) {
                toolbar.searchField().requestFocus();
                e.consume();
            } else if (PRESENT.match(e)) {
                commands.present();
                e.consume();
            } else if (SWITCH_LANGUAGE.match(e)) {
                state.toggleLanguage();
                e.consume();
            } else if (FileMenuButton.OPEN.match(e)) {
                commands.chooseFile();
                e.consume();
            } else if (FileMenuButton.RELOAD.match(e)) {
                commands.reload();
                e.consume();
            } else if (FileMenuButton.SAVE_AS.match(e)) {
                commands.saveAs();
                e.consume();
            }
        });
        acceptDroppedFiles(commands);
    }

    private void connect(ViewerState state) {
        timelineView.timelineProperty().bind(state.timelineProperty());
        timelineView.eventsProperty().bind(state.shownEventsProperty());
        timelineView.languageProperty().bind(state.languageProperty());
        TimelineTexts.install(timelineView);
        // while a file given at start is read, the empty timeline says so (not "nothing matches")
        timelineView.emptyTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> state.openingProperty().get().isEmpty() ? state.getMessages().get("timeline.empty")
                        : state.getMessages().format("file.reading", state.openingProperty().get()),
                state.openingProperty(), state.messagesProperty()));
        timelineView.lanesVisibleProperty().bind(state.lanesVisibleProperty());
        timelineView.highlightTextProperty().bind(state.searchTextProperty());
        // The state owns the selection: the control shows it and hands picks back.
        timelineView.selectedEventProperty().bind(state.selectedProperty());
        timelineView.setOnSelect(state::select);
        state.viewport().attach(new Viewport.Camera() {
            @Override
            public ObservableValue<TimeWindow> shownWindow() {
                return timelineView.visibleWindowProperty();
            }

            @Override
            public TimeWindow heading() {
                return timelineView.getTargetWindow();
            }

            @Override
            public void move(TimeWindow target, Viewport.Motion motion, double millis) {
                switch (motion) {
                    case JUMP -> timelineView.showWindow(target);
                    case GLIDE -> timelineView.animateTo(target);
                    case FLIGHT -> timelineView.flyTo(target, millis);
                }
            }
        });
    }

    /** A timeline file dragged from the file manager onto the window opens (the first, when several are). */
    private void acceptDroppedFiles(ViewCommands commands) {
        addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<java.io.File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            if (!files.isEmpty()) {
                commands.openFile(files.get(0).toPath());
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    /** Ctrl + / Ctrl − / Ctrl 0, wherever the focus is: true when {@code e} changed (or tried to change) the text size. */
    private boolean uiZoomKey(KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        KeyCode code = e.getCode();
        if (UI_LARGER.contains(code)) {
            uiZoom.zoomIn();
        } else if (UI_SMALLER.contains(code)) {
            uiZoom.zoomOut();
        } else if (UI_NORMAL.contains(code)) {
            uiZoom.reset();
        } else {
            return false;
        }
        zoomToast.show(state.getMessages(), uiZoom.percent());
        return true;
    }

    /**
     * The window's font size follows the zoom; everything in the window sized in em (the
     * timeline's labels, rows and axis, the toolbar, the details) follows the font.
     */
    private void applyUiZoom() {
        double scale = uiZoom.getScale();
        setStyle(scale == UiZoom.NORMAL ? ""
                : String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", NORMAL_FONT_PX * scale));
    }

    /** The text size of the window (Ctrl + / − / 0), which the app remembers. */
    public UiZoom uiZoom() {
        return uiZoom;
    }

    /** The details pane's width now, in pixels (empty before the window is laid out). */
    public OptionalDouble detailsWidth() {
        return details.getWidth() > 0 ? OptionalDouble.of(details.getWidth()) : OptionalDouble.empty();
    }

    /**
     * Gives the details pane {@code width} pixels at the split's first layout, whatever size the
     * window first lays out at: from then on the pane keeps its width as the window is resized.
     */
    private void restoreDetailsWidth(double width) {
        ChangeListener<Number> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 0) {
                    split.widthProperty().removeListener(this);
                    double share = 1 - width / now.doubleValue();
                    split.setDividerPositions(Math.max(0.2, Math.min(0.9, share)));
                }
            }
        };
        split.widthProperty().addListener(once);
    }

    /**
     * The timeline's keys reach the timeline whatever else has the focus (a link in the details,
     * nothing at all), except in a text field the user clicked or Ctrl+F went to: there they edit
     * text. True when {@code e} was handed to the timeline.
     */
    private boolean redirectToTheTimeline(KeyEvent e) {
        if (!TIMELINE_KEYS.contains(e.getCode()) || e.isShortcutDown() || e.isAltDown() || getScene() == null) {
            return false;
        }
        Node focus = getScene().getFocusOwner();
        if (focus instanceof TextInputControl) {
            return false;
        }
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n == timelineView) {
                return false; // on its way there already
            }
        }
        timelineView.requestFocus();
        timelineView.fireEvent(e.copyFor(timelineView, timelineView));
        return true;
    }

    /** ? or F1: the list of keys, in the window's language (the presentation's keys too), or away with it. */
    private void toggleHelp() {
        if (help.isVisible()) {
            help.hide();
        } else {
            showHelp();
        }
    }

    private void showHelp() {
        Messages m = state.getMessages();
        help.show(m.get("help.title"), List.of(KeyHelp.mainWindow(m), KeyHelp.presenting(m)), m.get("help.close"));
    }

    /** The key-help overlay (for tests). */
    public KeyHelpOverlay keyHelp() {
        return help;
    }

    /** Puts keyboard focus on the timeline, where the arrow keys step through events. */
    public void focusTimeline() {
        timelineView.requestFocus();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META_DATA;
    }
}
