package org.timelineviewer.story;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;
import org.timelineviewer.presentation.NotesSize;
import org.timelineviewer.presentation.Presentation;
import org.timelineviewer.presentation.Slide;

/**
 * The presenter's own screen, in the presenter's language (the notes language, which may differ
 * from the audience's): the current and next step, the speaker notes (A− and A+ size them), the talk timer
 * (with pause and reset) and the clock, and the list of steps to jump to. It follows the {@link Presentation} only, and
 * {@link #dispose()} stops its clock and lets go of it.
 */
public final class PresenterView extends BorderPane {

    /** What a step's cell leaves of the list's width: the vertical scroll bar and the insets. */
    private static final double CELL_INSET = 28;

    private final Presentation presentation;
    private final Label current = new Label();
    private final Label currentSummary = new Label();
    private final Label next = new Label();
    private final StepCard nextCard = new StepCard(false);
    private final java.util.List<org.timelineviewer.model.Era> eras;
    private final Label notes = new Label();
    private final Label elapsed = new Label();
    private final Label clock = new Label();
    private final Label keys = new Label();
    private final ListView<Slide> steps = new ListView<>();
    private final Button pause = new Button();
    private final Button reset = new Button();
    private final Button notesSmaller = new Button();
    private final Button notesLarger = new Button();
    private final Button notesLanguage = new Button();
    private final Timeline ticker = new Timeline(new KeyFrame(javafx.util.Duration.millis(500), e -> tick()));
    private final Label currentHeading = heading();
    private final Label nextHeading = heading();
    private final Label notesHeading = heading();
    private final Label elapsedHeading = heading();
    private final Label clockHeading = heading();
    private final Label stepsHeading = heading();
    private final Subscription subscriptions;
    /** The countdown and pace mark (and a rehearsal's times). */
    private final TalkClockPane talkClock;
    private final EventSearch search;
    /** The live miniature of the audience's picture, when the presentation gives one (two screens). */
    private final VBox miniatureBox = new VBox();
    private final Label miniatureHeading = heading();
    private AudienceMiniature miniature;
    private final DetourBar detour;

    /** The presenter's view of {@code presentation} (the next step's card shows no era). */
    public PresenterView(Presentation presentation) {
        this(presentation, java.util.List.of());
    }

    /** The presenter's view of {@code presentation}, a story of a timeline with these {@code eras}. */
    public PresenterView(Presentation presentation, java.util.List<org.timelineviewer.model.Era> eras) {
        this(presentation, eras, java.util.List.of(), null);
    }

    /** The same, in a rehearsal ({@code rehearsal}: null when this is the talk itself). */
    public PresenterView(Presentation presentation, java.util.List<org.timelineviewer.model.Era> eras,
                         org.timelineviewer.presentation.Rehearsal rehearsal) {
        this(presentation, eras, java.util.List.of(), rehearsal);
    }

    /**
     * The presenter's view of {@code presentation}, a story of a timeline with these {@code eras}
     * and {@code events} (which the presenter's search finds, to show one and come back).
     */
    public PresenterView(Presentation presentation, java.util.List<org.timelineviewer.model.Era> eras,
                         java.util.List<org.timelineviewer.model.TimelineEvent> events) {
        this(presentation, eras, events, null);
    }

    /** The same, in a rehearsal when {@code rehearsal} is not null. */
    public PresenterView(Presentation presentation, java.util.List<org.timelineviewer.model.Era> eras,
                         java.util.List<org.timelineviewer.model.TimelineEvent> events,
                         org.timelineviewer.presentation.Rehearsal rehearsal) {
        this.presentation = presentation;
        this.talkClock = new TalkClockPane(presentation, rehearsal);
        this.search = new EventSearch(events, presentation.camera()::showEvent, this::requestFocus);
        this.detour = new DetourBar(presentation);
        this.eras = java.util.List.copyOf(eras);
        getStyleClass().add("presenter-view");
        setId("presenter-view");
        current.setId("presenter-current");
        next.setId("presenter-next");
        notes.setId("presenter-notes");
        elapsed.setId("presenter-elapsed");
        clock.setId("presenter-clock");
        steps.setId("presenter-steps");
        current.getStyleClass().add("presenter-current");
        currentSummary.getStyleClass().add("presenter-summary");
        next.getStyleClass().add("presenter-next");
        notes.getStyleClass().add("presenter-notes");
        elapsed.getStyleClass().add("presenter-time");
        clock.getStyleClass().add("presenter-time");
        keys.getStyleClass().add("presenter-keys");
        for (Label l : new Label[] {current, currentSummary, next, notes, keys}) {
            l.setWrapText(true);
        }
        for (Label l : new Label[] {current, currentSummary, next}) {
            l.setMinHeight(Region.USE_PREF_SIZE); // what is on and next show whole; the next card gives way
        }
        steps.setCellFactory(list -> new ListCell<>() {
            {
                // Titles wrap within the list's width: no title is cut off, no sideways scrolling.
                // (A wrapping cell is as tall as its text at its width: the width is the list's,
                // less its scroll bar and insets.)
                setWrapText(true);
                setMinWidth(0);
                prefWidthProperty().bind(list.widthProperty().subtract(CELL_INSET));
                setMaxWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(Slide slide, boolean empty) {
                super.updateItem(slide, empty);
                setText(empty || slide == null ? null : describe(slide, true) + talkClock.rehearsed(slide));
            }
        });
        steps.getItems().setAll(presentation.slides());
        steps.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0 && now.intValue() != presentation.index()) {
                presentation.show(now.intValue());
            }
        });
        steps.setFocusTraversable(false);

        pause.setId("presenter-pause");
        reset.setId("presenter-reset");
        for (Button b : new Button[] {pause, reset}) {
            b.getStyleClass().add("presenter-timer-button");
            b.setFocusTraversable(false); // the keys stay with the presentation's windows
        }
        pause.setOnAction(e -> presentation.toggleTimer());
        reset.setOnAction(e -> {
            presentation.resetTimer();
            tick();
        });

        VBox now = new VBox(currentHeading, current, currentSummary);
        nextCard.setId("presenter-next-card");
        nextCard.getStyleClass().add("presenter-next-card");
        nextCard.setMaxWidth(Double.MAX_VALUE);
        VBox upcoming = new VBox(nextHeading, next, nextCard);
        // Long notes scroll rather than end in "…".
        javafx.scene.control.ScrollPane notesScroll = new javafx.scene.control.ScrollPane(notes);
        notesScroll.setFitToWidth(true);
        notesScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        notesScroll.setFocusTraversable(false);
        notesScroll.getStyleClass().addAll("presenter-notes-scroll", "edge-to-edge");
        VBox.setVgrow(notesScroll, Priority.ALWAYS);
        miniatureBox.getStyleClass().add("presenter-box");
        miniatureBox.setVisible(false);
        miniatureBox.setManaged(false);
        VBox notesBox = new VBox(miniatureBox, notesBar(), notesScroll);
        HBox timerButtons = new HBox(pause, reset);
        timerButtons.getStyleClass().add("presenter-timer-buttons");
        VBox talk = new VBox(elapsedHeading, elapsed, timerButtons);
        VBox wall = new VBox(clockHeading, clock);
        for (VBox box : new VBox[] {now, upcoming, notesBox, talk, wall}) {
            box.getStyleClass().add("presenter-box");
        }
        HBox times = new HBox(talk, wall);
        times.getStyleClass().add("presenter-times");
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        VBox left = new VBox(now, upcoming, gap, times, talkClock);
        left.getStyleClass().add("presenter-column");
        steps.visibleProperty().bind(search.searchingProperty().not());
        steps.managedProperty().bind(steps.visibleProperty());
        // The matches take the steps' place while a search is typed.
        VBox list = new VBox(stepsHeading, search.field(), steps, search.results());
        list.getStyleClass().add("presenter-list");
        VBox.setVgrow(steps, Priority.ALWAYS);
        // Three columns that share the width: what is on and next (with the timer under them),
        // the notes, and the steps, wide enough for their titles.
        GridPane grid = new GridPane();
        grid.getStyleClass().add("presenter-grid");
        grid.getColumnConstraints().addAll(column(30), column(38), column(32));
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        grid.getRowConstraints().add(row);
        grid.add(left, 0, 0);
        grid.add(notesBox, 1, 0);
        grid.add(list, 2, 0);
        setCenter(grid);
        setTop(detour);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        setBottom(new HBox(keys, spacer));

        subscriptions = Subscription.combine(
                presentation.indexProperty().subscribe((was, now2) -> refresh()),
                presentation.notesLanguageProperty().subscribe((was, now2) -> refresh()),
                presentation.notesSizeProperty().subscribe(size -> showNotesSize(size.doubleValue())),
                presentation.timerPausedProperty().subscribe((was, now2) -> refresh()));
        ticker.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
        refresh();
    }

    /**
     * Stops the clock and stops following the presentation (when it ends). A running clock is
     * held by the toolkit's animation timer, so without this the view would outlive its window.
     */
    public void dispose() {
        ticker.stop();
        if (miniature != null) {
            miniature.dispose();
        }
        detour.dispose();
        subscriptions.unsubscribe();
    }

    /** The notes' heading, with A− and A+ for their size and a switch of their language. */
    private HBox notesBar() {
        notesSmaller.setId("presenter-notes-smaller");
        notesLarger.setId("presenter-notes-larger");
        notesLanguage.setId("presenter-notes-language");
        for (Button b : new Button[] {notesSmaller, notesLarger, notesLanguage}) {
            b.getStyleClass().add("presenter-notes-button");
            b.setFocusTraversable(false); // the keys stay with the presentation's windows
            b.setTooltip(new javafx.scene.control.Tooltip());
        }
        notesSmaller.setOnAction(e -> presentation.shrinkNotes());
        notesLarger.setOnAction(e -> presentation.enlargeNotes());
        notesLanguage.setOnAction(e -> presentation.toggleNotesLanguage());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(notesHeading, gap, notesSmaller, notesLarger, notesLanguage);
        bar.getStyleClass().add("presenter-notes-bar");
        return bar;
    }

    /** The notes at {@code px}; A− and A+ give up at the limits. */
    private void showNotesSize(double px) {
        notes.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.0fpx;", px));
        notesSmaller.setDisable(px <= NotesSize.MIN);
        notesLarger.setDisable(px >= NotesSize.MAX);
    }

    /** Shows a live miniature of {@code audience} above the notes, to zoom and point on. */
    void showMiniature(AudienceView audience) {
        if (miniature != null) {
            miniature.dispose();
        }
        miniature = new AudienceMiniature(audience);
        miniatureBox.getChildren().setAll(miniatureHeading, miniature);
        miniatureBox.setVisible(true);
        miniatureBox.setManaged(true);
    }

    /** The event search (for tests). */
    EventSearch search() {
        return search;
    }

    /** F or Ctrl+F: the keyboard to the event search (its keys then do not drive the slides). */
    public void focusSearch() {
        search.focus();
    }

    private static ColumnConstraints column(double percent) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(percent);
        c.setFillWidth(true);
        return c;
    }

    private static Label heading() {
        Label l = new Label();
        l.getStyleClass().add("presenter-heading");
        return l;
    }

    private void refresh() {
        Language language = presentation.notesLanguage();
        Messages m = Messages.of(language);
        notesSmaller.setText(m.get("presenter.notes.smaller"));
        notesLarger.setText(m.get("presenter.notes.larger"));
        notesLanguage.setText(m.get("presenter.notes.language"));
        notesSmaller.getTooltip().setText(m.get("presenter.notes.smaller.tip"));
        notesLarger.getTooltip().setText(m.get("presenter.notes.larger.tip"));
        notesLanguage.getTooltip().setText(m.get("presenter.notes.language.tip"));
        currentHeading.setText(m.get("presenter.current"));
        nextHeading.setText(m.get("presenter.next"));
        notesHeading.setText(m.get("presenter.notes"));
        miniatureHeading.setText(m.get("presenter.miniature"));
        clockHeading.setText(m.get("presenter.clock"));
        stepsHeading.setText(m.get("presenter.steps"));
        keys.setText(m.get("presenter.keys") + "   " + m.get("presenter.keys.more"));
        search.setLanguage(language);
        boolean paused = presentation.timerPausedProperty().get();
        elapsedHeading.setText(paused ? m.get("presenter.elapsed.paused") : m.get("presenter.elapsed"));
        pause.setText(m.get(paused ? "presenter.resume" : "presenter.pause"));
        reset.setText(m.get("presenter.reset"));
        if (paused) {
            if (!elapsed.getStyleClass().contains("paused")) {
                elapsed.getStyleClass().add("paused");
            }
        } else {
            elapsed.getStyleClass().remove("paused");
        }
        Slide slide = presentation.current();
        current.setText(describe(slide, true));
        currentSummary.setText(slide instanceof Slide.Step s ? s.step().event().summary().in(language) : "");
        next.setText(presentation.next().map(n -> describe(n, true)).orElse(m.get("presenter.next.none")));
        // The next step as the audience will see it, in miniature: the title above says its number.
        boolean stepNext = presentation.next().orElse(null) instanceof Slide.Step;
        presentation.next().filter(Slide.Step.class::isInstance).map(n -> ((Slide.Step) n).step().event())
                .ifPresent(event -> nextCard.show(event, eras, language));
        nextCard.setVisible(stepNext);
        nextCard.setManaged(stepNext);
        notes.setText(slide instanceof Slide.Step s
                ? s.step().notesText().map(n -> n.in(language)).orElse(m.get("story.notes.none"))
                : presentation.atEnd() ? "" : presentation.story().subtitleText().map(t -> t.in(language)).orElse(""));
        steps.refresh();
        if (presentation.atEnd()) {
            steps.getSelectionModel().clearSelection(); // the end slide is not in the list
        } else {
            steps.getSelectionModel().select(presentation.index());
        }
        steps.scrollTo(Math.max(0, presentation.index() - 3));
        tick();
    }

    private String describe(Slide slide, boolean numbered) {
        Language language = presentation.notesLanguage();
        if (slide instanceof Slide.Step s) {
            String title = s.step().event().title().in(language);
            return numbered ? s.number() + ".  " + title : title;
        }
        if (slide instanceof Slide.End) {
            return Messages.of(language).get("story.end");
        }
        return Messages.of(language).get("presenter.titleSlide") + ": " + presentation.story().title().in(language);
    }

    private void tick() {
        Duration d = presentation.elapsed();
        elapsed.setText(String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart()));
        clock.setText(LocalTime.now(presentation.clock()).format(DateTimeFormatter.ofPattern("HH:mm")));
        talkClock.update();
    }

    /** Whether its clock is running (for tests). */
    boolean isTicking() {
        return ticker.getStatus() == Animation.Status.RUNNING;
    }

    /** The notes' text size as drawn (for tests). */
    double notesFontSize() {
        return notes.getFont().getSize();
    }

    /** The texts shown, for tests: current, next, notes, elapsed. */
    String[] texts() {
        return new String[] {current.getText(), next.getText(), notes.getText(), elapsed.getText()};
    }
}
