package org.timelineviewer.story;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.timelineviewer.control.TimeWindow;
import org.timelineviewer.control.TimelineView;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.presentation.Presentation;
import org.timelineviewer.presentation.Slide;
import org.timelineviewer.presentation.StoryCamera;
import org.timelineviewer.presentation.ViewerState;

/**
 * What the audience sees while presenting: the timeline full screen in the projector theme, the
 * camera flying to each step, a large card about the current event, progress, a thin overview of
 * the whole timeline, and overlays for the title slide, speaker notes and a blanked screen.
 */
public final class AudienceView extends StackPane {

    /** How long the camera takes to fly to a step. */
    public static final double FLIGHT_MILLIS = 700;
    /** Body text size at 1080 pixels of height; everything scales with the screen. */
    static final double BODY_PX_AT_1080 = 26;

    private final ViewerState state;
    private final Presentation presentation;
    private final TimelineView timeline = new TimelineView();
    private final Label storyTitle = new Label();
    private final Label progress = new Label();
    private final Label typed = new Label();
    private final StepCard card = new StepCard();
    private final OverviewStrip overview = new OverviewStrip();
    private final TitleSlide titleSlide = new TitleSlide();
    private final NotesPanel notes = new NotesPanel();
    private final Region blank = new Region();
    private final BorderPane content = new BorderPane();

    public AudienceView(ViewerState state, Presentation presentation) {
        this.state = state;
        this.presentation = presentation;
        getStyleClass().addAll("audience", "projector-dark");
        getStylesheets().add(Objects.requireNonNull(AudienceView.class.getResource("story.css")).toExternalForm());
        timeline.setId("story-timeline");
        timeline.setFocusTraversable(false);
        timeline.setTimeline(state.getTimeline());
        timeline.languageProperty().bind(state.languageProperty());
        overview.setEvents(state.getTimeline().events());

        storyTitle.getStyleClass().add("story-title");
        progress.getStyleClass().add("story-progress");
        progress.setId("story-progress");
        typed.getStyleClass().add("typed-number");
        typed.setId("typed-number");
        typed.setMouseTransparent(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(storyTitle, spacer, progress);
        header.getStyleClass().add("story-header");
        header.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(card, overview);
        bottom.getStyleClass().add("story-bottom");
        content.setTop(header);
        content.setCenter(timeline);
        content.setBottom(bottom);

        blank.getStyleClass().add("blank");
        blank.setId("blank");
        StackPane.setAlignment(notes, Pos.BOTTOM_RIGHT);
        notes.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(typed, Pos.TOP_CENTER);
        getChildren().addAll(content, titleSlide, notes, typed, blank);

        presentation.indexProperty().addListener((o, was, now) -> showSlide(true));
        presentation.blankProperty().addListener((o, was, now) -> updateBlank());
        presentation.notesVisibleProperty().addListener((o, was, now) -> updateNotes());
        presentation.typedNumberProperty().addListener((o, was, now) -> updateTyped());
        state.languageProperty().addListener((o, was, now) -> showSlide(false));
        timeline.visibleWindowProperty().addListener((o, was, now) -> overview.show(now, currentEvent()));
        heightProperty().addListener((o, was, now) -> scaleText(now.doubleValue()));
        addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
        showSlide(false);
        updateBlank();
        updateNotes();
        updateTyped();
    }

    /** The timeline shown to the audience (its camera follows the story). */
    public TimelineView timeline() {
        return timeline;
    }

    public Presentation presentation() {
        return presentation;
    }

    /** Switches between the dark and the light projector theme. */
    public void toggleTheme() {
        boolean dark = getStyleClass().contains("projector-dark");
        getStyleClass().removeAll("projector-dark", "projector-light");
        getStyleClass().add(dark ? "projector-light" : "projector-dark");
    }

    public boolean isDarkTheme() {
        return getStyleClass().contains("projector-dark");
    }

    private void clicked(MouseEvent e) {
        if (!e.isStillSincePress()) {
            return; // a drag pans the timeline; only a click moves the story
        }
        if (e.getButton() == MouseButton.PRIMARY) {
            presentation.advance();
        } else if (e.getButton() == MouseButton.SECONDARY) {
            presentation.goBack();
        }
        e.consume();
    }

    private TimelineEvent currentEvent() {
        return presentation.current() instanceof Slide.Step step ? step.step().event() : null;
    }

    private void showSlide(boolean fly) {
        Language language = state.getLanguage();
        Messages m = state.getMessages();
        Timeline data = state.getTimeline();
        storyTitle.setText(presentation.story().title().in(language));
        Slide slide = presentation.current();
        TimeWindow target;
        if (slide instanceof Slide.Step step) {
            TimelineEvent event = step.step().event();
            card.show(event, data, language);
            target = StoryCamera.frame(event, data.events());
            timeline.setSelectedEvent(event);
            progress.setText(m.format("story.progress", step.number(), presentation.stepCount()));
        } else {
            target = StoryCamera.overview(data.events());
            timeline.setSelectedEvent(null);
            progress.setText(m.format("story.steps", presentation.stepCount()));
            titleSlide.show(presentation.story().title().in(language),
                    presentation.story().subtitleText().map(s -> s.in(language)).orElse(""), m.get("story.hint"));
        }
        boolean title = slide instanceof Slide.Title;
        titleSlide.setVisible(title);
        card.setVisible(!title);
        card.setManaged(!title);
        if (fly) {
            timeline.flyTo(target, FLIGHT_MILLIS);
        } else {
            timeline.showWindow(target);
        }
        overview.show(timeline.getVisibleWindow(), currentEvent());
        updateNotes();
    }

    private void updateBlank() {
        Presentation.Blank b = presentation.blank();
        blank.setVisible(b != Presentation.Blank.NONE);
        blank.getStyleClass().setAll("blank", b == Presentation.Blank.WHITE ? "blank-white" : "blank-black");
    }

    private void updateNotes() {
        Messages m = state.getMessages();
        String text = presentation.current() instanceof Slide.Step step
                ? step.step().notesText().map(n -> n.in(state.getLanguage())).orElse(m.get("story.notes.none"))
                : presentation.story().subtitleText().map(s -> s.in(state.getLanguage())).orElse("");
        notes.show(m.get("story.notes"), text);
        notes.setVisible(presentation.notesVisibleProperty().get());
    }

    private void updateTyped() {
        String digits = presentation.typedNumberProperty().get();
        typed.setText(digits.isEmpty() ? "" : state.getMessages().format("story.jump", digits));
        typed.setVisible(!digits.isEmpty());
    }

    private void scaleText(double height) {
        double px = Math.max(16, BODY_PX_AT_1080 * height / 1080);
        setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", px));
    }

    /** The events the camera should keep in view for the current step (for tests). */
    List<TimelineEvent> framedEvents() {
        TimeWindow w = timeline.getVisibleWindow();
        return timeline.eventsInView().stream().filter(e -> w.contains(e.startDay())).toList();
    }
}
