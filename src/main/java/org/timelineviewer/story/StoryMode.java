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
 * L goes through the audience's languages (Chinese, English, both), Shift+L switches the notes'
 * language alone, Ctrl+Minus and Ctrl+Plus (or Ctrl+=) make the notes smaller and larger: a size
 * that outlives the presentation ({@link #notesSizeProperty()}), for the app to remember.
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
    private boolean swapped;
    private final javafx.beans.property.ReadOnlyDoubleWrapper notesSize = new javafx.beans.property.ReadOnlyDoubleWrapper(
            this, "notesSize", org.timelineviewer.presentation.NotesSize.DEFAULT);
    /** How long talks are meant to be (null: as long as the story's target times say). */
    private java.time.Duration talkLength;
    /** The rehearsal under way (null when presenting for real, or not at all). */
    private org.timelineviewer.presentation.Rehearsal rehearsal;
    /** Told the story and its times to the second when a rehearsal ends. */
    private java.util.function.BiConsumer<Story, List<java.time.Duration>> onRehearsed = (story, times) -> { };
    /** A screen plugged in or unplugged mid-talk: the views go where the screens are now. */
    private final javafx.collections.ListChangeListener<Screen> screensChanged = c -> screensChanged();

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

    /** The speaker notes' text size the next presentation starts with; the last one's, once presented. */
    public javafx.beans.property.ReadOnlyDoubleProperty notesSizeProperty() {
        return notesSize.getReadOnlyProperty();
    }

    /** Sets the notes' text size the next presentation starts with (as remembered from an earlier run). */
    public void setNotesSize(double px) {
        notesSize.set(org.timelineviewer.presentation.NotesSize.clamp(px));
    }

    /** The presentation under way (null when not presenting). */
    public Presentation presentation() {
        return presentation;
    }

    /** How long the talks presented from now on are meant to be; null: as long as their stories' target times say. */
    public void setTalkLength(java.time.Duration length) {
        talkLength = length;
    }

    public java.time.Duration talkLength() {
        return talkLength;
    }

    /** What to do with a rehearsal's times when it ends: the story rehearsed and each step's time, to the second. */
    public void setOnRehearsed(java.util.function.BiConsumer<Story, List<java.time.Duration>> action) {
        onRehearsed = Objects.requireNonNull(action);
    }

    /** The rehearsal under way (null when not rehearsing). */
    public org.timelineviewer.presentation.Rehearsal rehearsal() {
        return rehearsal;
    }

    /**
     * Starts presenting {@code story} of {@code timeline} to an audience reading {@code language};
     * {@code from} is the main window.
     */
    public void start(Timeline timeline, Story story, Language language, Window from) {
        start(timeline, story, language, from, false);
    }

    /** Starts a rehearsal of {@code story}: presenting it while the time on each step is recorded. */
    public void rehearse(Timeline timeline, Story story, Language language, Window from) {
        start(timeline, story, language, from, true);
    }

    private void start(Timeline timeline, Story story, Language language, Window from, boolean rehearsing) {
        if (isRunning()) {
            return;
        }
        owner = from;
        help = new KeyHelpOverlay();
        presentation = new Presentation(story, clock, language, talkLength);
        presentation.setNotesSize(notesSize.get());
        presentation.notesSizeProperty().addListener((o, was, now) -> notesSize.set(now.doubleValue()));
        rehearsal = rehearsing ? new org.timelineviewer.presentation.Rehearsal(presentation) : null;
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
                    () -> org.timelineviewer.i18n.Messages.of(shown.notesLanguage())
                            .format("presenter.title", story.title().in(shown.notesLanguage())),
                    shown.notesLanguageProperty()));
            presenter = new PresenterView(presentation, timeline.eras(), timeline.events(), rehearsal);
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
        Screen.getScreens().addListener(screensChanged);
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
        Screen.getScreens().removeListener(screensChanged);
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
        org.timelineviewer.presentation.Rehearsal rehearsed = rehearsal;
        rehearsal = null;
        if (rehearsed != null) {
            rehearsed.stop();
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
        if (rehearsed != null) {
            onRehearsed.accept(rehearsed.presentation().story(), rehearsed.targets());
        }
    }

    /** With two screens, exchanges which one shows the audience view. */
    public void swapScreens() {
        if (presenterStage == null) {
            return;
        }
        swapped = !swapped;
        replaceWindows();
    }

    /**
     * The screens changed while presenting: with one unplugged, the audience view comes back to
     * one that is left (the presenter view too, behind it) rather than staying where no screen is.
     */
    private void screensChanged() {
        if (isRunning() && !Screen.getScreens().isEmpty()) {
            replaceWindows();
            audienceStage.toFront();
        }
    }

    private void replaceWindows() {
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
        } else if (code == KeyCode.L && e.isShiftDown()) {
            presentation.toggleNotesLanguage();
        } else if (code == KeyCode.L) {
            presentation.cycleLanguage();
        } else if (e.isShortcutDown() && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            presentation.shrinkNotes();
        } else if (e.isShortcutDown() && (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD)) {
            presentation.enlargeNotes();
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
        Messages m = Messages.of(presentation.notesLanguage());
        help.show(m.get("help.title"), List.of(KeyHelp.presenting(m)), m.get("help.close"));
    }

    /** The key-help overlay while presenting (null otherwise). */
    public KeyHelpOverlay keyHelp() {
        return help;
    }

    /** The audience goes to a screen other than the main window's (when there is one): see {@link ScreenChoice}. */
    private void placeWindows() {
        List<Screen> screens = List.copyOf(Screen.getScreens());
        if (screens.isEmpty()) {
            return;
        }
        Rectangle2D home = owner == null ? null
                : new Rectangle2D(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
        ScreenChoice choice = ScreenChoice.choose(screens.stream().map(Screen::getBounds).toList(),
                screens.indexOf(Screen.getPrimary()), home, swapped);
        moveTo(audienceStage, screens.get(choice.audience()).getBounds());
        if (presenterStage != null) {
            moveTo(presenterStage, screens.get(choice.presenter()).getVisualBounds());
        }
    }

    private static void moveTo(Stage stage, Rectangle2D bounds) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }
}
