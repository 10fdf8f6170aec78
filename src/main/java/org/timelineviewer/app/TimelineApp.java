package org.timelineviewer.app;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.timelineviewer.export.ExportActions;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.io.TimelineLoadException;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.LocalizedText;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.presentation.RecentFiles;
import org.timelineviewer.presentation.ShownEventsStory;
import org.timelineviewer.presentation.ViewerState;
import org.timelineviewer.story.StoryMode;
import org.timelineviewer.view.MainWindow;
import org.timelineviewer.view.ViewCommands;

/**
 * The application: wires everything. From the {@link AppContext} of this start it makes the
 * {@link ViewerState}, the features (presenting, export) and the window, hands the window the
 * commands it offers, restores and saves the user's preferences, and answers later starts.
 */
public class TimelineApp extends Application {

    static final double DEFAULT_WIDTH = 1440;
    static final double DEFAULT_HEIGHT = 900;
    private static final Logger LOG = Logger.getLogger(TimelineApp.class.getName());

    private final AppContext context;
    private ViewerState state;
    private StoryMode storyMode;
    private RehearsalSaving rehearsals;
    private ExportActions exports;
    private RecentFiles recent;
    private FileOpening files;
    private MainWindow window;
    private Stage stage;
    /** The bundled fonts, loaded off the FX thread while the window is built. */
    private CompletableFuture<Integer> fonts;
    private ViewerPreferences.Saved saved;
    private TimelineSource.Loaded loaded;
    private CrashReporter crashes;

    TimelineApp(AppContext context) {
        this.context = context;
    }

    /**
     * Starts the toolkit, then runs the application's life as {@code Application.launch} would
     * (init on this thread, start on the FX thread), for an application object made here with
     * its context rather than by reflection with none.
     */
    static void launch(AppContext context) {
        TimelineApp app = new TimelineApp(context);
        // First of all: whatever fails from here on, on any thread, is logged and shown.
        app.crashes().install();
        Platform.startup(() -> StartupTrace.mark("toolkit started"));
        app.boot();
    }

    /**
     * Runs {@link #init} here, then {@link #start} on the FX thread, as {@code Application.launch}
     * would. Should either fail, the person is told in a dialog (with the log's place and the
     * details to copy), the failure is in the log, and the process ends with status 1.
     */
    void boot() {
        try {
            init();
        } catch (Throwable e) { // an Error too: nothing may end the start silently
            startFailed(e);
            return;
        }
        Platform.runLater(() -> {
            try {
                start(new Stage());
            } catch (Throwable e) {
                startFailed(e);
            }
        });
    }

    private void startFailed(Throwable error) {
        context.log(); // the log file is open before the record is written
        LOG.log(Level.SEVERE, "the app could not start", error);
        Runnable tell = () -> {
            try {
                crashes().startFailed(error);
            } finally {
                context.exit(1); // which ends the toolkit too
            }
        };
        if (Platform.isFxApplicationThread()) {
            tell.run();
        } else {
            Platform.runLater(tell);
        }
    }

    /** Reports what nothing else caught, in the window's language once there is one. */
    private CrashReporter crashes() {
        if (crashes == null) {
            crashes = new CrashReporter(() -> state == null ? Messages.of(context.options().languageOrSystem())
                    : state.getMessages(), () -> stage, () -> context.log().file(), context.crashDialogs());
        }
        return crashes;
    }

    /**
     * Runs before {@link #start} (on the launcher thread when launched). Hands the theme to the
     * FX thread, which loads it meanwhile, starts the fonts on a thread of their own, and builds
     * the window's content here: nodes may be made on any thread until they join a shown scene,
     * so the one critical path to the first frame is left with styling, layout and drawing.
     * Nothing here makes a window: the toolbar's tooltips, for one, are made on first hover.
     */
    @Override
    public void init() throws TimelineLoadException {
        StartupTrace.mark("init()");
        Application.setUserAgentStylesheet(AppTheme.userAgentStylesheet());
        if (StartupTrace.ON) {
            Platform.runLater(() -> StartupTrace.mark("theme loaded")); // queued behind the theme
        }
        fonts = EarlyWork.start("fonts", () -> {
            int count = BundledFonts.load();
            // Made here too: the first styling asks for the default font, and making it reads the
            // system's font configuration, some 15 ms better spent off the FX thread.
            javafx.scene.text.Font.getDefault();
            return count;
        });
        saved = context.saved();
        Language language = context.options().language().or(saved::language)
                .orElse(Language.forLocale(java.util.Locale.getDefault()));
        // A long read (a big file) is not waited for: the window is built and shown meanwhile,
        // saying what it opens, and the timeline arrives when read (see arrived).
        loaded = context.readsLong() ? null : context.timeline();
        StartupTrace.mark(loaded == null ? "timeline still being read" : "timeline read");
        state = new ViewerState(loaded == null ? opening(context.options().timeline().orElseThrow()) : loaded.timeline(),
                language);
        if (loaded != null) {
            loaded.file().ifPresent(file -> state.open(loaded.timeline(), file));
        } else {
            state.startOpening(fileName(context.options().timeline().orElseThrow()));
        }
        state.setLanesVisible(saved.lanes());
        storyMode = new StoryMode(Clock.systemDefaultZone(), context.animated());
        saved.notesSize().ifPresent(storyMode::setNotesSize);
        exports = new ExportActions(state);
        recent = new RecentFiles(saved.recentFiles());
        files = new FileOpening(state, recent, context.source(), context.reading(), saved.openFolder());
        rehearsals = new RehearsalSaving(state, files::open);
        storyMode.setOnRehearsed(rehearsals::offer);
        window = new MainWindow(state, recent, commands(), saved.detailsWidth(), context.animated());
        if (loaded != null) {
            saved.view().ifPresent(state.viewport()::show);
        }
        window.uiZoom().set(context.preferences().uiZoom());
        StartupTrace.mark("window built");
    }

    /** What the window's toolbar and keys offer beyond the state. */
    private ViewCommands commands() {
        return new ViewCommands() {
            @Override
            public void present() {
                presentStory(null);
            }

            @Override
            public void presentStory(String storyId) {
                Timeline timeline = state.getTimeline();
                if (stage != null && timeline != null) {
                    timeline.story(storyId).ifPresent(story ->
                            storyMode.start(timeline, story, state.getLanguage(), stage));
                }
            }

            @Override
            public void rehearseStory(String storyId) {
                Timeline timeline = state.getTimeline();
                if (stage != null && timeline != null) {
                    timeline.story(storyId).ifPresent(story ->
                            storyMode.rehearse(timeline, story, state.getLanguage(), stage));
                }
            }

            @Override
            public void chooseTalkLength(java.time.Duration length) {
                storyMode.setTalkLength(length);
            }

            @Override
            public void presentShownEvents() {
                Timeline timeline = state.getTimeline();
                List<org.timelineviewer.model.TimelineEvent> shown = state.getShownEvents();
                if (stage != null && timeline != null && !shown.isEmpty()) {
                    storyMode.start(timeline, ShownEventsStory.of(timeline, shown), state.getLanguage(), stage);
                }
            }

            @Override
            public void exportPicture(int width, int height) {
                exports.choosePng(stage, width, height);
            }

            @Override
            public void exportHandout() {
                exports.choosePdf(stage, false);
            }

            @Override
            public void exportPresentersCopy() {
                exports.choosePdf(stage, true);
            }

            @Override
            public void exportDeck() {
                exports.choosePptx(stage);
            }

            @Override
            public void chooseFile() {
                files.choose();
            }

            @Override
            public void openFile(java.nio.file.Path file) {
                files.open(file);
            }

            @Override
            public void openBundled() {
                files.openBundled();
            }

            @Override
            public void reload() {
                files.reload();
            }

            @Override
            public void saveAs() {
                files.saveAs();
            }

            @Override
            public void openLink(String url) {
                if (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:")) {
                    getHostServices().showDocument(url); // the browser's business: nothing is fetched here
                } else {
                    LOG.info("not opened (not a web address): " + url);
                }
            }
        };
    }

    @Override
    public void start(Stage primary) {
        StartupTrace.mark("start()");
        this.stage = primary;
        crashes().install();
        fonts.join(); // before the first CSS pass looks the family up
        StartupTrace.mark("fonts");

        Scene scene = new Scene(window, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(TimelineApp.class.getResource("app.css")).toExternalForm());
        stage.setScene(scene);
        // The language too: on a switch the strings change first, then the language.
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            // What comes from the file is one line in the title bar, however it was written.
            String title = org.timelineviewer.model.Quote.printable(state.getTimeline().title().in(state.getLanguage()), 200);
            java.nio.file.Path file = state.getFile();
            return file == null ? state.getMessages().format("window.title", title)
                    : state.getMessages().format("window.title.file", title,
                            org.timelineviewer.model.Quote.printable(String.valueOf(file.getFileName()), 200));
        }, state.messagesProperty(), state.languageProperty(), state.timelineProperty(), state.fileProperty()));
        files.setOwner(stage);
        rehearsals.setOwner(stage);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        placeWindow(stage, saved);
        stage.setOnCloseRequest(e -> {
            files.close();
            if (context.remembers()) {
                savePreferences();
            }
        });
        CommandLine.Options options = context.options();
        // The smoke test judges the first frame with the file's events: for a file still being
        // read, the first frame after it arrives (or fails to), not the window saying it opens it.
        boolean smokeLater = options.smokeTest() && loaded == null;
        if (options.measureStartup() || options.smokeTest() && !smokeLater) {
            FirstFrame.whenShown(scene, elapsed -> reportAndExit(options.smokeTest(), elapsed));
        }
        // Read and set once the first frame is out: decoding six PNGs and handing them to the window
        // (which scales them) is work nobody waits for.
        FirstFrame.whenShown(scene, elapsed -> EarlyWork.start("icons", TimelineApp::icons)
                .thenAccept(images -> Platform.runLater(() -> stage.getIcons().setAll(images))));
        stage.show();
        StartupTrace.mark("shown");
        context.instance().ifPresent(instance -> instance.listen(file -> Platform.runLater(() -> comeForward(file))));
        window.focusTimeline();
        if (loaded != null) {
            loaded.failure().ifPresent(failure -> Platform.runLater(() -> files.showProblems(failure, true)));
            loaded.file().ifPresent(file -> Platform.runLater(() -> files.openedAtStart(file, loaded.report())));
        } else {
            Timeline placeholder = state.getTimeline();
            context.timelineRead().whenComplete((read, error) -> Platform.runLater(() -> {
                if (error != null) {
                    startFailed(error instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                            ? c.getCause() : error);
                } else {
                    arrived(read, placeholder);
                }
                if (smokeLater) {
                    FirstFrame.whenShown(scene, elapsed -> reportAndExit(true, elapsed));
                    Platform.requestNextPulse();
                }
            }));
        }
    }

    /** A timeline that says it is being read from {@code file}, shown until it is. */
    private static Timeline opening(java.nio.file.Path file) {
        String name = fileName(file);
        return new Timeline(new LocalizedText(Messages.of(Language.ZH).format("file.opening", name),
                Messages.of(Language.EN).format("file.opening", name)), null, List.of(), List.of(), List.of(), List.of());
    }

    /** {@code file}'s name as the window shows it. */
    private static String fileName(java.nio.file.Path file) {
        return org.timelineviewer.model.Quote.printable(file.getFileName() == null ? file.toString()
                : file.getFileName().toString(), 120);
    }

    /**
     * The timeline read at start arrived after the window was shown: it replaces the one that said
     * it was being read, unless the person opened another meanwhile.
     */
    private void arrived(TimelineSource.Loaded read, Timeline placeholder) {
        loaded = read;
        if (state.getTimeline() != placeholder) {
            return;
        }
        state.open(read.timeline(), read.file().orElse(null));
        // straight to the file's events: a glide from the empty view's year would fly over nothing
        saved.view().ifPresentOrElse(state.viewport()::show, state.viewport()::showAll);
        read.failure().ifPresent(failure -> files.showProblems(failure, true));
        read.file().ifPresent(file -> files.openedAtStart(file, read.report()));
        StartupTrace.mark("timeline arrived");
    }

    /**
     * Another start asked for this window, and maybe for a file (a path {@link SingleInstance}
     * checked: absolute, bounded, no control characters), which is read off the FX thread.
     */
    private void comeForward(String file) {
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        if (file == null || file.isBlank()) {
            return;
        }
        files.open(java.nio.file.Path.of(file));
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

    /** For --smoke-test and --measure-startup: report on the first frame, then exit. */
    private void reportAndExit(boolean smoke, java.time.Duration elapsed) {
        int status = 0;
        if (smoke) {
            SmokeTest.Result result = SmokeTest.check(window, state, elapsed);
            System.out.println(result.report());
            status = result.ok() ? 0 : 1;
        } else {
            // The benchmark times from its own clock reading before the launch to this moment.
            System.out.println("first-frame-ms " + elapsed.toMillis());
            System.out.println("first-frame-at " + System.currentTimeMillis());
        }
        System.out.flush();
        context.exit(status);
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

    private void savePreferences() {
        Optional<ViewerPreferences.Bounds> bounds = stage.isMaximized() || stage.isFullScreen() ? Optional.empty()
                : Optional.of(new ViewerPreferences.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        context.preferences().save(new ViewerPreferences.Saved(bounds, stage.isMaximized(),
                // closed before the file given at start arrived: the view it was to open at stays
                Optional.of(state.getLanguage()), loaded == null ? saved.view() : Optional.of(state.viewport().getWindow()),
                state.lanesVisibleProperty().get(), window.detailsWidth(), List.copyOf(recent.files()), files.folder(),
                java.util.OptionalDouble.of(storyMode.notesSizeProperty().get())));
        context.preferences().saveUiZoom(window.uiZoom().getScale());
    }

    @Override
    public void stop() {
        context.instance().ifPresent(SingleInstance::close); // later starts no longer find this app
        LOG.fine("stopped");
    }

    /** The running app's state (for tests). */
    ViewerState state() {
        return state;
    }

    /** The presenting feature (for tests). */
    StoryMode storyMode() {
        return storyMode;
    }

    /** The export feature (for tests). */
    ExportActions exports() {
        return exports;
    }

    /** Opening files (for tests). */
    FileOpening files() {
        return files;
    }

    /** The recent files (for tests). */
    RecentFiles recent() {
        return recent;
    }

    /** The main window's content (for tests). */
    MainWindow window() {
        return window;
    }

    /** The timeline shown by a running app (for tests). */
    Timeline timeline() {
        return state.getTimeline();
    }
}
