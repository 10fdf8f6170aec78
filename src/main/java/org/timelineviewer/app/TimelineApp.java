package org.timelineviewer.app;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.io.TimelineLoadException;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.presentation.ViewerState;
import org.timelineviewer.view.MainWindow;

/**
 * The application: loads fonts, theme and the timeline, builds the window from the
 * {@link ViewerState}, and restores and saves the user's preferences.
 */
public class TimelineApp extends Application {

    static final double DEFAULT_WIDTH = 1440;
    static final double DEFAULT_HEIGHT = 900;
    private static final Logger LOG = Logger.getLogger(TimelineApp.class.getName());

    private ViewerState state;
    private MainWindow window;
    private ViewerPreferences preferences;

    /** Starts, shows the first frame, checks that the timeline shows its events, and exits (0 when it does). */
    public static final String SMOKE_TEST = "--smoke-test";
    /** Starts, prints the milliseconds from process start to the first frame, and exits. */
    public static final String MEASURE_STARTUP = "--measure-startup";
    /** Opens a window of its own even when the app is already running. */
    public static final String NEW_WINDOW = "--new-window";

    /**
     * Set by {@link Main} before launch (the toolkit creates this class, so there is no constructor
     * to pass it to): listens for later starts. Null when starting alone (tests, smoke runs).
     */
    static volatile SingleInstance singleInstance;

    /** The bundled fonts, loaded off the FX thread while the window is built. */
    private CompletableFuture<Integer> fonts;
    private ViewerPreferences.Saved saved;
    private TimelineSource.Loaded loaded;

    /**
     * Runs on the launcher thread once the toolkit is up, before {@link #start}. Hands the theme to
     * the FX thread, which loads it meanwhile, starts the fonts on a thread of its own,
     * and builds the window's content here: nodes may be made on any thread until they join a
     * shown scene, so the one critical path to the first frame is left with styling, layout and
     * drawing. Nothing here makes a window: the toolbar's tooltips, for one, are made on first hover.
     */
    @Override
    public void init() throws TimelineLoadException {
        StartupTrace.mark("init()");
        Application.setUserAgentStylesheet(AppTheme.userAgentStylesheet());
        if (StartupTrace.ON) {
            Platform.runLater(() -> StartupTrace.mark("theme loaded")); // queued behind the theme
        }
        fonts = EarlyWork.start("fonts", () -> {
            int loaded = BundledFonts.load();
            // Made here too: the first styling asks for the default font, and making it reads the
            // system's font configuration, some 15 ms better spent off the FX thread.
            javafx.scene.text.Font.getDefault();
            return loaded;
        });
        preferences = ViewerPreferences.forUser();
        saved = preferences.preloadedOrLoad();
        Language language = TimelineSource.option(getParameters().getRaw(), "--lang")
                .map(code -> Language.fromCode(code, null))
                .or(saved::language)
                .orElse(Language.forLocale(Locale.getDefault()));
        loaded = loadTimeline(getParameters().getRaw());
        StartupTrace.mark("timeline read");
        state = new ViewerState(loaded.timeline(), language);
        state.setLanesVisible(saved.lanes());
        window = new MainWindow(state);
        saved.view().ifPresent(v -> window.timelineView().showWindow(v));
        window.split().setDividerPositions(saved.divider());
        StartupTrace.mark("window built");
    }

    @Override
    public void start(Stage stage) throws Exception {
        StartupTrace.mark("start()");
        new CrashReporter(() -> state == null ? Messages.of(Language.forLocale(Locale.getDefault())) : state.getMessages(),
                () -> stage).install();
        if (window == null) { // started without init()
            init();
        }
        fonts.join(); // before the first CSS pass looks the family up
        StartupTrace.mark("fonts");

        Scene scene = new Scene(window, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(TimelineApp.class.getResource("app.css")).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> state.getMessages().format("window.title", state.getTimeline().title().in(state.getLanguage())),
                state.messagesProperty(), state.timelineProperty()));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        placeWindow(stage, saved);
        stage.setOnCloseRequest(e -> savePreferences(stage));
        List<String> raw = getParameters().getRaw();
        if (raw.contains(SMOKE_TEST) || raw.contains(MEASURE_STARTUP)) {
            FirstFrame.whenShown(scene, elapsed -> checkAndExit(raw.contains(SMOKE_TEST), elapsed));
        }
        // Read and set once the first frame is out: decoding six PNGs and handing them to the window
        // (which scales them) is work nobody waits for.
        FirstFrame.whenShown(scene, elapsed -> EarlyWork.start("icons", TimelineApp::icons)
                .thenAccept(images -> Platform.runLater(() -> stage.getIcons().setAll(images))));
        stage.show();
        StartupTrace.mark("shown");
        SingleInstance instance = singleInstance;
        if (instance != null) {
            instance.listen(file -> Platform.runLater(() -> comeForward(stage, file)));
        }
        window.focusTimeline();
        loaded.failure().ifPresent(failure -> Platform.runLater(() -> showLoadProblems(stage, failure)));
    }

    /** Another start asked for this window, and maybe for a file. */
    private void comeForward(Stage stage, String file) {
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            state.open(new org.timelineviewer.io.TimelineFileReader().read(java.nio.file.Path.of(file)));
        } catch (TimelineLoadException e) {
            showLoadProblems(stage, e);
        }
    }

    private static List<Image> icons() {
        List<Image> images = new java.util.ArrayList<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var url = TimelineApp.class.getResource("/assets/icons/app-" + size + ".png");
            if (url != null) {
                images.add(new Image(url.toExternalForm()));
            }
        }
        return images;
    }

    /** For {@value #SMOKE_TEST} and {@value #MEASURE_STARTUP}: report on the first frame, then exit. */
    private void checkAndExit(boolean smoke, java.time.Duration elapsed) {
        int shown = (int) window.timelineView().lookupAll(".event-marker").stream()
                .filter(javafx.scene.Node::isVisible).count();
        int events = state.getTimeline().events().size();
        int status = 0;
        if (smoke) {
            boolean ok = shown > 0 && window.timelineView().eventsInView().size() == events;
            System.out.println("smoke-test: " + (ok ? "ok" : "FAILED") + ": " + shown + " event labels drawn, "
                    + window.timelineView().eventsInView().size() + " of " + events + " events in view, first frame after "
                    + elapsed.toMillis() + " ms");
            status = ok ? 0 : 1;
        } else {
            // The benchmark times from its own clock reading before the launch to this moment: the
            // process start time the OS reports is rounded (Linux counts from a boot time in seconds).
            System.out.println("first-frame-ms " + elapsed.toMillis());
            System.out.println("first-frame-at " + System.currentTimeMillis());
        }
        System.out.flush();
        Platform.exit();
        System.exit(status);
    }

    /** The timeline to show: the file named in the arguments, or the bundled one. */
    static TimelineSource.Loaded loadTimeline(List<String> args) throws TimelineLoadException {
        return TimelineSource.preloadedOrLoad(args);
    }

    private static void placeWindow(Stage stage, ViewerPreferences.Saved saved) {
        Optional<ViewerPreferences.Bounds> bounds = saved.bounds().filter(ViewerPreferencesFit::onSomeScreen);
        if (bounds.isPresent()) {
            ViewerPreferences.Bounds b = bounds.get();
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
        } else {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        }
        stage.setMaximized(saved.maximized());
    }

    private void savePreferences(Stage stage) {
        Optional<ViewerPreferences.Bounds> bounds = stage.isMaximized() || stage.isFullScreen() ? Optional.empty()
                : Optional.of(new ViewerPreferences.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        double[] dividers = window.split().getDividerPositions();
        preferences.save(new ViewerPreferences.Saved(bounds, stage.isMaximized(), Optional.of(state.getLanguage()),
                Optional.of(window.timelineView().getVisibleWindow()), state.lanesVisibleProperty().get(),
                dividers.length > 0 ? dividers[0] : ViewerPreferences.DEFAULT_DIVIDER));
    }

    @Override
    public void stop() {
        LOG.fine("stopped");
    }

    private void showLoadProblems(Stage owner, TimelineLoadException failure) {
        LOG.log(Level.WARNING, failure.getMessage());
        Messages m = state.getMessages();
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(m.get("error.load.title"));
        alert.setHeaderText(m.format("error.load.header", failure.fileName(), failure.problems().size()));
        TextArea text = new TextArea(failure.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
        text.setEditable(false);
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    /** The running app's state (for tests). */
    ViewerState state() {
        return state;
    }

    /** The timeline shown by a running app (for tests). */
    Timeline timeline() {
        return state.getTimeline();
    }
}
