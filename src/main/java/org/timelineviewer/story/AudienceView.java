package org.timelineviewer.story;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Paint;
import javafx.util.Subscription;
import org.timelineviewer.control.SceneFill;
import org.timelineviewer.control.TimeScale;
import org.timelineviewer.control.TimelineView;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.presentation.NotesSize;
import org.timelineviewer.presentation.AudienceCamera;
import org.timelineviewer.presentation.Presentation;
import org.timelineviewer.presentation.Slide;
import org.timelineviewer.presentation.StoryCamera;
import org.timelineviewer.presentation.TimelineTexts;

/**
 * What the audience sees while presenting: the timeline full screen in the projector theme, the
 * camera flying to each step, a large card about the current event, progress, a thin overview of
 * the whole timeline, and overlays for the title and end slides, speaker notes and a blanked screen.
 * It shows the {@link Presentation} only (its slide, language and theme): it listens to nothing
 * that outlives the presentation, and {@link #dispose()} lets go of that too.
 */
public final class AudienceView extends StackPane {

    /** How long the camera takes to fly to a step. */
    public static final double FLIGHT_MILLIS = 700;
    /** Body text size at 1080 pixels of height; everything scales with the screen. */
    static final double BODY_PX_AT_1080 = 26;

    /** The audience's ground, which story.css gives the scene (see {@link SceneFill}). */
    private static final CssMetaData<AudienceView, Paint> SCENE_FILL = SceneFill.cssMetaData(a -> a.sceneFill);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA =
            SceneFill.withCssMetaData(StackPane.getClassCssMetaData(), SCENE_FILL);

    private final SceneFill sceneFill = new SceneFill(this, SCENE_FILL);
    private final Timeline data;
    private final Presentation presentation;
    private final TimelineView timeline = new TimelineView();
    private final Label storyTitle = new Label();
    private final Label progress = new Label();
    private final Label typed = new Label();
    private final StepCard card = new StepCard();
    private final OverviewStrip overview = new OverviewStrip();
    private final TitleSlide titleSlide = new TitleSlide();
    private final EndSlide endSlide = new EndSlide();
    private final NotesPanel notes = new NotesPanel();
    private final Region blank = new Region();
    private final BorderPane content = new BorderPane();
    /** Over the picture, under a blanked screen: the spotlight, the rubber band, the laser dot. */
    private final Pane pointerLayer = new Pane();
    private final RubberBand rubberBand;
    private final LaserPointer laser;
    private final Spotlight spotlight;
    private final CursorAutoHide cursorAutoHide;
    private final Subscription subscriptions;

    /** The audience's view of {@code presentation}, a story of {@code data}. */
    public AudienceView(Timeline data, Presentation presentation) {
        this.data = data;
        this.presentation = presentation;
        getStyleClass().add("audience");
        getStylesheets().add(Objects.requireNonNull(AudienceView.class.getResource("story.css")).toExternalForm());
        timeline.setId("story-timeline");
        timeline.setFocusTraversable(false);
        timeline.setTimeline(data);
        timeline.languageProperty().bind(presentation.languageProperty());
        TimelineTexts.install(timeline);
        overview.setEvents(data.events());

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
        pointerLayer.setMouseTransparent(true);
        pointerLayer.setId("pointer-layer");
        rubberBand = new RubberBand(this, this::frameRegion);
        laser = new LaserPointer(presentation.pointer(), pointerLayer);
        spotlight = new Spotlight(presentation.pointer(), pointerLayer);
        pointerLayer.getChildren().addAll(spotlight.node(), rubberBand.node(), laser.node());
        cursorAutoHide = new CursorAutoHide(this, presentation.clock());
        getChildren().addAll(content, titleSlide, endSlide, notes, typed, pointerLayer, blank);
        addEventFilter(MouseEvent.MOUSE_MOVED, this::pointed);
        addEventFilter(MouseEvent.MOUSE_DRAGGED, this::pointed);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> presentation.pointer().leave());

        subscriptions = Subscription.combine(
                presentation.indexProperty().subscribe((was, now) -> showSlide(true)),
                presentation.blankProperty().subscribe((was, now) -> updateBlank()),
                presentation.notesVisibleProperty().subscribe((was, now) -> updateNotes()),
                presentation.typedNumberProperty().subscribe((was, now) -> updateTyped()),
                presentation.languageProperty().subscribe((was, now) -> showSlide(false)),
                presentation.bilingualProperty().subscribe((was, now) -> showSlide(false)),
                presentation.notesLanguageProperty().subscribe((was, now) -> updateNotes()),
                presentation.notesSizeProperty().subscribe((was, now) -> updateNotes()),
                presentation.camera().shotProperty().subscribe((was, now) -> showSlide(true)),
                presentation.camera().detourProperty().subscribe((was, now) -> showSlide(true)),
                presentation.themeProperty().subscribe(this::applyTheme));
        timeline.visibleWindowProperty().addListener((o, was, now) -> overview.show(now, currentEvent()));
        heightProperty().addListener((o, was, now) -> scaleText(now.doubleValue()));
        addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
        showSlide(false);
        updateBlank();
        updateNotes();
        updateTyped();
    }

    /** Stops following the presentation (when it ends). */
    public void dispose() {
        subscriptions.unsubscribe();
        laser.dispose();
        spotlight.dispose();
        cursorAutoHide.dispose();
        timeline.languageProperty().unbind();
    }

    /** The audience's ground (the projector theme's), which its scene fills in: pictures of the view ask for it. */
    public Paint ground() {
        return sceneFill.get();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META_DATA;
    }

    /** The timeline shown to the audience (its camera follows the story). */
    public TimelineView timeline() {
        return timeline;
    }

    public Presentation presentation() {
        return presentation;
    }

    /** The presentation's theme as style classes: the stylesheet's colours follow them. */
    private void applyTheme(Presentation.Theme theme) {
        getStyleClass().removeAll("projector-dark", "projector-light");
        getStyleClass().add(theme == Presentation.Theme.LIGHT ? "projector-light" : "projector-dark");
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

    /**
     * Flies the camera to the span of time under {@code region} (in this view's coordinates): a
     * rectangle dragged here or on the presenter's miniature. Only its width matters: time runs
     * across.
     */
    void frameRegion(Rectangle2D region) {
        Bounds shown = timeline.sceneToLocal(localToScene(new BoundingBox(region.getMinX(), region.getMinY(),
                region.getWidth(), Math.max(1, region.getHeight()))));
        double width = timeline.getWidth();
        if (shown == null || width <= 0) {
            return;
        }
        TimeScale scale = new TimeScale(timeline.getVisibleWindow(), width);
        double from = scale.toDay(Math.max(0, shown.getMinX()));
        double to = scale.toDay(Math.min(width, shown.getMaxX()));
        if (to > from) {
            presentation.camera().frame(new TimeWindow(from, to));
        }
    }

    private void pointed(MouseEvent e) {
        if (getWidth() > 0 && getHeight() > 0) {
            presentation.pointer().pointAt(e.getX() / getWidth(), e.getY() / getHeight());
        }
    }

    private TimelineEvent currentEvent() {
        if (presentation.camera().onDetour()) {
            return presentation.camera().detour();
        }
        return presentation.current() instanceof Slide.Step step ? step.step().event() : null;
    }

    private void showSlide(boolean fly) {
        Language language = presentation.language();
        Messages m = Messages.of(language);
        storyTitle.setText(presentation.story().title().in(language));
        Slide slide = presentation.current();
        TimelineEvent detour = presentation.camera().detour();
        TimelineEvent event = detour != null ? detour
                : slide instanceof Slide.Step step ? step.step().event() : null;
        if (slide instanceof Slide.Step step) {
            progress.setText(m.format("story.progress", step.number(), presentation.stepCount()));
        } else {
            progress.setText(m.format("story.steps", presentation.stepCount()));
        }
        if (slide instanceof Slide.End) {
            endSlide.show(m.get("story.end"),
                    presentation.bilingual() ? Messages.of(language.other()).get("story.end") : "");
        } else if (slide instanceof Slide.Title) {
            titleSlide.show(titleTexts(language),
                    presentation.bilingual() ? Optional.of(titleTexts(language.other())) : Optional.empty());
        }
        if (event != null) {
            card.show(event, data.eras(), language, presentation.bilingual());
        }
        timeline.setSelectedEvent(event);
        boolean cardShown = event != null;
        titleSlide.setVisible(!cardShown && slide instanceof Slide.Title);
        endSlide.setVisible(!cardShown && slide instanceof Slide.End);
        card.setVisible(cardShown);
        card.setManaged(cardShown);
        TimeWindow target = cameraTarget(event);
        if (fly) {
            timeline.flyTo(target, FLIGHT_MILLIS);
        } else {
            timeline.showWindow(target);
        }
        overview.show(timeline.getVisibleWindow(), currentEvent());
        updateNotes();
    }

    private TitleSlide.Texts titleTexts(Language language) {
        return new TitleSlide.Texts(presentation.story().title().in(language),
                presentation.story().subtitleText().map(s -> s.in(language)).orElse(""),
                Messages.of(language).get("story.hint"));
    }

    /** The step's framing of {@code event} (the whole timeline without one), unless the presenter chose another. */
    private TimeWindow cameraTarget(TimelineEvent event) {
        AudienceCamera.Shot shot = presentation.camera().shot();
        if (shot instanceof AudienceCamera.Framed framed) {
            return framed.window();
        }
        if (shot instanceof AudienceCamera.Overview || event == null) {
            return StoryCamera.overview(data.events());
        }
        return StoryCamera.frame(event, data.events());
    }

    private void updateBlank() {
        Presentation.Blank b = presentation.blank();
        blank.setVisible(b != Presentation.Blank.NONE);
        blank.getStyleClass().setAll("blank", b == Presentation.Blank.WHITE ? "blank-white" : "blank-black");
    }

    /** The notes over the picture, in the presenter's language and size. */
    private void updateNotes() {
        Language language = presentation.notesLanguage();
        Messages m = Messages.of(language);
        String text = presentation.current() instanceof Slide.Step step
                ? step.step().notesText().map(n -> n.in(language)).orElse(m.get("story.notes.none"))
                : presentation.atEnd() ? "" : presentation.story().subtitleText().map(s -> s.in(language)).orElse("");
        notes.show(m.get("story.notes"), text);
        notes.setVisible(presentation.notesVisibleProperty().get());
        notes.setTextScale(presentation.notesSize() / NotesSize.DEFAULT);
    }

    private void updateTyped() {
        String digits = presentation.typedNumberProperty().get();
        typed.setText(digits.isEmpty() ? "" : Messages.of(presentation.language()).format("story.jump", digits));
        typed.setVisible(!digits.isEmpty());
    }

    private void scaleText(double height) {
        double px = Math.max(16, BODY_PX_AT_1080 * height / 1080);
        setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", px));
    }

    /** What hides the mouse cursor (for tests). */
    CursorAutoHide cursorAutoHide() {
        return cursorAutoHide;
    }

    /** The events the camera should keep in view for the current step (for tests). */
    List<TimelineEvent> framedEvents() {
        TimeWindow w = timeline.getVisibleWindow();
        return timeline.eventsInView().stream().filter(e -> w.contains(e.startDay())).toList();
    }
}
