package org.timelineviewer.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.timelineviewer.control.TimelineView;
import org.timelineviewer.presentation.ViewerState;
import org.timelineviewer.story.StoryMode;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.UiFixture;
import org.timelineviewer.view.MainWindow;

/**
 * Starts the real application headlessly (Monocle, see the surefire configuration) on the UI
 * fixture, with fresh preferences of the tests' own and every animation off, for tests that use
 * the window as a person would. Tests wait on conditions ({@link #waitUntil}), never on the clock.
 * Public for the tests of other packages that drive the whole app (the soak test).
 */
public abstract class FxAppTest extends FxRobot {

    protected Stage stage;
    protected TimelineApp app;
    /** The statuses the app asked to exit with (smoke runs). */
    protected final List<Integer> exits = new CopyOnWriteArrayList<>();

    @BeforeEach
    protected void startApp() throws Exception {
        clearPreferences();
        startWithoutClearing();
    }

    /** Starts the application with whatever preferences are stored. */
    protected void startWithoutClearing() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        CommandLine.Options options = CommandLine.parse(arguments());
        AppContext context = context(options);
        app = (TimelineApp) FxToolkit.setupApplication(() -> new TimelineApp(context));
        onFx(() -> {
            stage.setWidth(1600);
            stage.setHeight(1000);
        });
        waitUntil("the window laid out at 1600 x 1000", () -> scene().getWidth() == 1600 && scene().getHeight() == 1000
                && window().getWidth() == 1600 && window().getHeight() == 1000);
        settle();
    }

    @AfterEach
    protected void stopApp() throws Exception {
        onFx(() -> {
            if (app.storyMode().isRunning()) {
                app.storyMode().end();
            }
        });
        onFx(() -> {
            app.stop();
            // TestFX shares one primary stage between test classes: leave it as the app found it.
            stage.titleProperty().unbind();
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setOnCloseRequest(null);
            stage.getIcons().clear();
            for (javafx.stage.Window w : new ArrayList<>(javafx.stage.Window.getWindows())) {
                w.hide();
            }
        });
    }

    /** Command-line arguments for the app: the UI fixture by default. */
    /** The context the app starts in. */
    protected AppContext context(CommandLine.Options options) {
        return AppContext.forTest(options, ViewerPreferences.forUser(), exits::add);
    }

    protected List<String> arguments() {
        return new ArrayList<>(List.of(UiFixture.PATH.toString()));
    }

    static void clearPreferences() throws Exception {
        Preferences node = ViewerPreferences.forUser().node();
        node.removeNode();
        node.flush();
    }

    protected Scene scene() {
        return stage.getScene();
    }

    protected MainWindow window() {
        return app.window();
    }

    /** The app's state, to act as its own commands do. */
    protected ViewerState state() {
        return app.state();
    }

    /** Presents the file's first story from the main window, the audience's window in front. */
    protected void startPresenting() {
        onFx(() -> window().getScene().getWindow().requestFocus());
        onFx(() -> {
            app.storyMode().start(state().getTimeline(), state().getTimeline().story(null).orElseThrow(),
                    state().getLanguage(), stage);
            storyMode().audienceStage().toFront();
            storyMode().audienceStage().requestFocus();
        });
        settle();
        org.assertj.core.api.Assertions.assertThat(storyMode().isRunning()).isTrue();
    }

    protected StoryMode storyMode() {
        return app.storyMode();
    }

    protected TimelineView timeline() {
        return node("#timeline");
    }

    protected <T extends Node> T node(String query) {
        return lookup(query).query();
    }

    /** Waits for queued FX work and the next pulse (layout, CSS) to finish. */
    protected void settle() {
        FxWait.settle();
    }

    /** Runs {@code work} on the FX thread and waits for it (without TestFX's 50 ms of sleeps). */
    protected void onFx(Runnable work) {
        FxWait.run(work);
    }

    /** Waits until {@code condition} holds (read on the FX thread). */
    protected void waitUntil(String what, BooleanSupplier condition) {
        FxWait.until(what, condition);
    }
}
