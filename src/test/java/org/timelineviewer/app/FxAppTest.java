package org.timelineviewer.app;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineviewer.control.TimelineView;
import org.timelineviewer.view.MainWindow;

/**
 * Starts the real application headlessly (Monocle, see the surefire configuration) with fresh
 * preferences, for tests that use the window as a person would.
 */
abstract class FxAppTest extends FxRobot {

    protected Stage stage;
    private javafx.application.Application app;

    @BeforeEach
    void startApp() throws Exception {
        clearPreferences();
        startWithoutClearing();
    }

    /** Starts the application with whatever preferences are stored. */
    protected void startWithoutClearing() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(TimelineApp.class, arguments().toArray(String[]::new));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> {
            stage.setWidth(1600);
            stage.setHeight(1000);
            timeline().setAnimated(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
    }

    /** Command-line arguments for the app (none by default). */
    protected List<String> arguments() {
        return List.of();
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
        return (MainWindow) scene().getRoot();
    }

    /** The app's state, to act as its own commands do. */
    protected org.timelineviewer.presentation.ViewerState stateOf() {
        return ((TimelineApp) app).state();
    }

    protected TimelineView timeline() {
        return window().timelineView();
    }

    protected <T extends Node> T node(String query) {
        return lookup(query).query();
    }

    protected void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
