package org.timelineviewer.story;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.timelineviewer.control.KeyHelpKeys;
import org.timelineviewer.control.KeyHelpOverlay;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.presentation.KeyHelp;
import org.timelineviewer.presentation.Presentation;
import org.timelineviewer.presentation.PresentationKeys;

/**
 * Presenting: opens the audience view full screen (on the second screen when there is one, with
 * the presenter view on the first), routes the clicker's keys, and closes everything on Esc. The
 * main window is left exactly as it was, so ending the presentation restores it as it was: the
 * presentation has a language and a theme of its own.
 *
 * <p>Keys besides {@link PresentationKeys}: Esc ends (or cancels a half-typed step number), S shows speaker notes over the audience
 * view, X swaps the two screens, T switches dark/light, L switches the language, F9 pauses (and
 * goes on with) the talk timer, F10 sets it back to zero, ? or F1 lists the
 * keys (on the presenter's screen when there are two, in the presenter's language).
 */
public final class StoryMode {

    private final Clock clock;
    private final boolean animated;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private Window owner;
    private Stage audienceStage;
    private Stage presenterStage;
    private AudienceView audience;
    private PresenterView presenter;
    private Presentation presentation;
    private KeyHelpOverlay help;
    /** The main window's language, which the presenter reads (the audience may switch theirs with L). */
    private Language presenterLanguage;
    private boolean swapped;

    /** @param animated whether the camera flies between steps (or jumps, as in tests) */
    public StoryMode(Clock clock, boolean animated) {
        this.clock = clock;
        this.animated = animated;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** The audience view while presenting (null otherwise). */
    public AudienceView audience() {
        return audience;
    }

    /** The presenter's stage while presenting on two screens (null otherwise). */
    public Stage presenterStage() {
        return presenterStage;
    }

    public Stage audienceStage() {
        return audienceStage;
    }

    /** The presentation under way (null when not presenting). */
    public Presentation presentation() {
        return presentation;
    }

    /**
     * Starts presenting {@code story} of {@code timeline} to an audience reading {@code language};
     * {@code from} is the main window.
     */
    public void start(Timeline timeline, Story story, Language language, Window from) {
        if (isRunning()) {
            return;
        }
        owner = from;
        presenterLanguage = language;
        help = new KeyHelpOverlay();
        presentation = new Presentation(story, clock, language);
        audience = new AudienceView(timeline, presentation);
        audience.timeline().setAnimated(animated);
        audienceStage = new Stage();
        audienceStage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> story.title().in(presentation.language()), presentation.languageProperty()));
        Scene scene = new Scene(audience);
        scene.getStylesheets().add(Objects.requireNonNull(
                StoryMode.class.getResource("/org/timelineviewer/app/app.css")).toExternalForm());
        routeKeys(scene);
        audienceStage.setScene(scene);
        audienceStage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        audienceStage.setFullScreenExitHint("");
        audienceStage.setOnHidden(e -> end());
        audienceStage.focusedProperty().addListener((o, was, now) -> {
            if (!now && presentation != null) {
                presentation.pointer().holdLaser(false); // the laser key's release may go elsewhere
            }
        });

        List<Screen> screens = Screen.getScreens();
        if (screens.size() > 1) {
            presenterStage = new Stage();
            Presentation shown = presentation;
            presenterStage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> org.timelineviewer.i18n.Messages.of(shown.language())
                            .format("presenter.title", story.title().in(shown.language())),
                    shown.languageProperty()));
            presenter = new PresenterView(presentation, timeline.eras(), timeline.events());
            presenter.showMiniature(audience);
            // The key help goes to the presenter's screen, not to the audience's.
            Scene presenterScene = new Scene(new javafx.scene.layout.StackPane(presenter, help), 1280, 800);
            presenterScene.getStylesheets().addAll(scene.getStylesheets());
            presenterScene.getStylesheets().add(Objects.requireNonNull(
                    StoryMode.class.getResource("presenter.css")).toExternalForm());
            routeKeys(presenterScene);
            presenterStage.setScene(presenterScene);
            presenterStage.setOnHidden(e -> end());
        } else {
            audience.getChildren().add(help); // one screen: over the picture, until closed
        }
        swapped = false;
        placeWindows();
        running.set(true);
        audienceStage.show();
        audienceStage.setFullScreen(true);
        if (presenterStage != null) {
            presenterStage.show();
            presenterStage.toFront();
        }
        audience.requestFocus();
    }

    /** Ends presenting and returns to the main window as it was. */
    public void end() {
        if (!isRunning()) {
            return;
        }
        running.set(false);
        Stage a = audienceStage;
        Stage p = presenterStage;
        audienceStage = null;
        presenterStage = null;
        audience.dispose();
        audience = null;
        if (presenter != null) {
            presenter.dispose();
            presenter = null;
        }
        presentation = null;
        help = null;
        for (Stage stage : new Stage[] {a, p}) {
            if (stage != null) {
                stage.setOnHidden(null);
                stage.titleProperty().unbind();
                stage.close();
            }
        }
        if (owner instanceof Stage stage) {
            stage.toFront();
            stage.requestFocus();
        }
    }

    /** With two screens, exchanges which one shows the audience view. */
    public void swapScreens() {
        if (presenterStage == null) {
            return;
        }
        swapped = !swapped;
        audienceStage.setFullScreen(false);
        placeWindows();
        audienceStage.setFullScreen(true);
    }

    /** The presentation's keys on {@code scene} (the audience's, the presenter's). */
    void routeKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        scene.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, this::keyReleased);
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.getTarget() instanceof TextInputControl) {
            return; // typed into the presenter's search: not the slides' keys
        }
        if (code == KeyCode.F1) {
            toggleHelp();
        } else if (code == KeyCode.ESCAPE && help.isVisible()) {
            help.hide(); // Esc first closes the key help
        } else if (code == KeyCode.ESCAPE && !presentation.typedNumberProperty().get().isEmpty()) {
            presentation.clearTypedNumber(); // Esc first cancels a half-typed step number
        } else if (code == KeyCode.ESCAPE && presentation.camera().onDetour()) {
            presentation.camera().leaveDetour(); // Esc first returns from a detour to the story's step
        } else if (code == KeyCode.ESCAPE) {
            end();
        } else if (code == KeyCode.S) {
            presentation.toggleNotes();
        } else if (code == KeyCode.X) {
            swapScreens();
        } else if (code == KeyCode.T) {
            presentation.toggleTheme();
        } else if (code == KeyCode.L) {
            presentation.toggleLanguage();
        } else if (code == KeyCode.F9) {
            presentation.toggleTimer();
        } else if (code == KeyCode.F10) {
            presentation.resetTimer();
        } else if (!CameraKeys.handle(e, presentation, presenter)) {
            if (!PresentationKeys.handle(e, presentation)) {
                return;
            }
        }
        e.consume();
    }

    private void keyReleased(KeyEvent e) {
        if (presentation != null) {
            CameraKeys.released(e, presentation);
        }
    }

    private void keyTyped(KeyEvent e) {
        if (KeyHelpKeys.isQuestionMark(e) && !(e.getTarget() instanceof TextInputControl)) {
            toggleHelp();
            e.consume();
        }
    }

    /** ? or F1: the keys while presenting, in the presenter's language, or away with them. */
    private void toggleHelp() {
        if (help.isVisible()) {
            help.hide();
            return;
        }
        Messages m = Messages.of(presenterLanguage);
        help.show(m.get("help.title"), List.of(KeyHelp.presenting(m)), m.get("help.close"));
    }

    /** The key-help overlay while presenting (null otherwise). */
    public KeyHelpOverlay keyHelp() {
        return help;
    }

    /** The audience goes to a screen other than the main window's (when there is one). */
    private void placeWindows() {
        List<Screen> screens = Screen.getScreens();
        Screen home = owner == null ? Screen.getPrimary() : Screen.getScreensForRectangle(
                owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()))
                .stream().findFirst().orElse(Screen.getPrimary());
        Screen other = screens.stream().filter(s -> !s.equals(home)).findFirst().orElse(home);
        Screen audienceScreen = swapped ? home : other;
        Screen presenterScreen = swapped ? other : home;
        moveTo(audienceStage, audienceScreen.getBounds());
        if (presenterStage != null) {
            moveTo(presenterStage, presenterScreen.getVisualBounds());
        }
    }

    private static void moveTo(Stage stage, Rectangle2D bounds) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }
}
