package org.timelineviewer.control;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.timelineviewer.model.ChronologicalEvents;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

/**
 * A zoomable, pannable timeline of events with era bands, an adaptive time axis and optional
 * lanes per category. Holds state and view commands only; {@link TimelineViewSkin} draws it and
 * {@link TimelineViewBehavior} turns mouse, touch and keys into these commands.
 *
 * <p>Only the events in view are laid out and given nodes, so the control stays responsive with
 * very large timelines.
 */
public class TimelineView extends Control {

    private static final String STYLE_CLASS = "timeline-view";
    /** While the user drags the view along. */
    private static final PseudoClass PANNING = PseudoClass.getPseudoClass("panning");
    /** While each category has a lane of its own. */
    private static final PseudoClass LANES = PseudoClass.getPseudoClass("lanes");
    /** Key under which each event node's {@code getProperties()} holds its {@link TimelineEvent}. */
    public static final String EVENT_KEY = "timeline-event";
    /**
     * See {@link #markerNodeLimitProperty()}. Where painting starts to cost less than nodes: in
     * software rendering at 1920 x 1080 a frame of 20 marker nodes cost 7.7 ms of CPU and of 20
     * painted events 9.5 (then on one canvas the size of the view, composited whole), one of about
     * 46 in view 16.7 as nodes and 12.4 painted (bench/scale, 3 interleaved rounds each). Painted
     * events have since become sprites (see {@link EventSprites}), cheaper still, but a marker
     * node is what a screen reader announces: the limit stays.
     */
    public static final int DEFAULT_MARKER_NODE_LIMIT = 40;

    private final ObjectProperty<Timeline> timeline = new SimpleObjectProperty<>(this, "timeline");
    private final ObjectProperty<List<TimelineEvent>> events = new SimpleObjectProperty<>(this, "events", List.of());
    private final ObjectProperty<TimelineEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<Consumer<TimelineEvent>> onSelect = new SimpleObjectProperty<>(this, "onSelect");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.EN);
    private final ObjectProperty<Function<TimelineEvent, String>> dateTextFactory = new SimpleObjectProperty<>(
            this, "dateTextFactory", e -> PlainTexts.date(e, getLanguage()));
    private final ObjectProperty<Function<TimelineEvent, String>> statusTextFactory = new SimpleObjectProperty<>(
            this, "statusTextFactory", PlainTexts::status);
    private final ObjectProperty<TickLabels> tickLabelFactory = new SimpleObjectProperty<>(
            this, "tickLabelFactory", TickLabels.PLAIN);
    private final ObjectProperty<IntFunction<String>> clusterTextFactory = new SimpleObjectProperty<>(
            this, "clusterTextFactory", PlainTexts::cluster);
    private final StyleableDoubleProperty minRowHeight = new TimelineViewCss.LayoutSize(this, "minRowHeight", TimelineViewCss.MIN_ROW_HEIGHT);
    private final StyleableDoubleProperty axisHeight = new TimelineViewCss.LayoutSize(this, "axisHeight", TimelineViewCss.AXIS_HEIGHT);
    private final StyleableDoubleProperty eraStripHeight = new TimelineViewCss.LayoutSize(this, "eraStripHeight", TimelineViewCss.ERA_STRIP_HEIGHT);
    private final StyleableDoubleProperty laneHeaderHeight = new TimelineViewCss.LayoutSize(this, "laneHeaderHeight", TimelineViewCss.LANE_HEADER_HEIGHT);
    private final StyleableDoubleProperty badgeRowHeight = new TimelineViewCss.LayoutSize(this, "badgeRowHeight", TimelineViewCss.BADGE_ROW_HEIGHT);
    private final StringProperty emptyText = new SimpleStringProperty(this, "emptyText", PlainTexts.EMPTY);
    private final IntegerProperty markerNodeLimit = new SimpleIntegerProperty(this, "markerNodeLimit",
            DEFAULT_MARKER_NODE_LIMIT) {
        @Override
        protected void invalidated() {
            requestLayout();
        }
    };
    private final ObjectProperty<String> highlightText = new SimpleObjectProperty<>(this, "highlightText", "");
    private final BooleanProperty lanesVisible = new SimpleBooleanProperty(this, "lanesVisible", false) {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(LANES, get());
        }
    };
    private final ReadOnlyBooleanWrapper panning = new ReadOnlyBooleanWrapper(this, "panning", false) {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(PANNING, get());
        }
    };
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private final ReadOnlyObjectWrapper<TimeWindow> visibleWindow = new ReadOnlyObjectWrapper<>(this, "visibleWindow",
            new TimeWindow(0, 365));
    private final ReadOnlyObjectWrapper<TimelineEvent> hoveredEvent = new ReadOnlyObjectWrapper<>(this, "hoveredEvent");
    private final ViewportAnimation animation = new ViewportAnimation(visibleWindow::set);
    private TimeIndex index = new TimeIndex(List.of());
    private double viewWidth = 1000;
    private boolean fitPending = true;

    public TimelineView() {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        // A group of event buttons; its name is the timeline's title in the current language.
        setAccessibleRole(AccessibleRole.PARENT);
        events.addListener((obs, old, now) -> index = new TimeIndex(now == null ? List.of() : now));
        timeline.addListener(o -> updateAccessibleText());
        language.addListener(o -> updateAccessibleText());
        timeline.addListener((obs, old, now) -> {
            if (!events.isBound()) {
                setEvents(now == null ? List.of() : now.events());
            }
            fitPending = true;
            requestLayout();
        });
    }

    private void updateAccessibleText() {
        setAccessibleText(getTimeline() == null ? null : getTimeline().title().in(getLanguage()));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(TimelineView.class.getResource("timeline-view.css")).toExternalForm();
    }

    // ---- properties -------------------------------------------------------------------------

    /** The timeline whose eras, categories and extent the view shows. Setting it fits the view. */
    public final ObjectProperty<Timeline> timelineProperty() {
        return timeline;
    }

    public final Timeline getTimeline() {
        return timeline.get();
    }

    public final void setTimeline(Timeline value) {
        timeline.set(value);
    }

    /** The events drawn: all of the timeline's by default, or a filtered subset. */
    public final ObjectProperty<List<TimelineEvent>> eventsProperty() {
        return events;
    }

    public final List<TimelineEvent> getEvents() {
        return events.get();
    }

    public final void setEvents(List<TimelineEvent> value) {
        // an immutable list of events in order with their days is kept as it is: the index takes it unsorted
        events.set(value == null ? List.of() : value instanceof ChronologicalEvents ordered ? ordered : List.copyOf(value));
    }

    /**
     * The event shown as selected. An app that keeps the selection elsewhere binds this to its
     * own and sets {@link #onSelectProperty()}; the control then never changes it itself.
     */
    public final ObjectProperty<TimelineEvent> selectedEventProperty() {
        return selectedEvent;
    }

    public final TimelineEvent getSelectedEvent() {
        return selectedEvent.get();
    }

    public final void setSelectedEvent(TimelineEvent value) {
        selectedEvent.set(value);
    }

    /**
     * Called with the event the user picks (a click, a key; null clears the selection) instead
     * of selecting it here: the owner of the selection decides. Null (the default): the control
     * selects the event itself.
     */
    public final ObjectProperty<Consumer<TimelineEvent>> onSelectProperty() {
        return onSelect;
    }

    public final Consumer<TimelineEvent> getOnSelect() {
        return onSelect.get();
    }

    public final void setOnSelect(Consumer<TimelineEvent> value) {
        onSelect.set(value);
    }

    /** The language in which the timeline's own texts (titles, categories, eras) are shown. */
    public final ObjectProperty<Language> languageProperty() {
        return language;
    }

    public final Language getLanguage() {
        return language.get();
    }

    public final void setLanguage(Language value) {
        language.set(value);
    }

    /**
     * Makes the date text of an event, for its hover card and what screen readers say of it. The
     * default gives the file's display date, else the date in ISO 8601 form ("2024-09").
     */
    public final ObjectProperty<Function<TimelineEvent, String>> dateTextFactoryProperty() {
        return dateTextFactory;
    }

    public final Function<TimelineEvent, String> getDateTextFactory() {
        return dateTextFactory.get();
    }

    public final void setDateTextFactory(Function<TimelineEvent, String> value) {
        dateTextFactory.set(value);
    }

    /**
     * Makes the tag shown beside an event of doubtful status, or null for none. The default tags
     * rumours "Rumour" and denials "Denied".
     */
    public final ObjectProperty<Function<TimelineEvent, String>> statusTextFactoryProperty() {
        return statusTextFactory;
    }

    public final Function<TimelineEvent, String> getStatusTextFactory() {
        return statusTextFactory.get();
    }

    public final void setStatusTextFactory(Function<TimelineEvent, String> value) {
        statusTextFactory.set(value);
    }

    /** Makes the axis labels; the default is {@link TickLabels#PLAIN}. */
    public final ObjectProperty<TickLabels> tickLabelFactoryProperty() {
        return tickLabelFactory;
    }

    public final TickLabels getTickLabelFactory() {
        return tickLabelFactory.get();
    }

    public final void setTickLabelFactory(TickLabels value) {
        tickLabelFactory.set(value);
    }

    /** Makes what screen readers say of a badge standing for {@code n} events with no room for labels. */
    public final ObjectProperty<IntFunction<String>> clusterTextFactoryProperty() {
        return clusterTextFactory;
    }

    public final IntFunction<String> getClusterTextFactory() {
        return clusterTextFactory.get();
    }

    public final void setClusterTextFactory(IntFunction<String> value) {
        clusterTextFactory.set(value);
    }

    /** The text shown when there are no events to draw. */
    public final StringProperty emptyTextProperty() {
        return emptyText;
    }

    public final String getEmptyText() {
        return emptyText.get();
    }

    public final void setEmptyText(String value) {
        emptyText.set(value);
    }

    /**
     * The least height of a row of events (rows grow with the label font), set by the stylesheet's
     * {@code -tl-min-row-height}.
     */
    public final DoubleProperty minRowHeightProperty() {
        return minRowHeight;
    }

    public final double getMinRowHeight() {
        return minRowHeight.get();
    }

    public final void setMinRowHeight(double value) {
        minRowHeight.set(value);
    }

    /** The least height of the time axis (it grows with its labels' font): {@code -tl-axis-height}. */
    public final DoubleProperty axisHeightProperty() {
        return axisHeight;
    }

    public final double getAxisHeight() {
        return axisHeight.get();
    }

    public final void setAxisHeight(double value) {
        axisHeight.set(value);
    }

    /** The least height of the strip of era names (it grows with their font): {@code -tl-era-strip-height}. */
    public final DoubleProperty eraStripHeightProperty() {
        return eraStripHeight;
    }

    public final double getEraStripHeight() {
        return eraStripHeight.get();
    }

    public final void setEraStripHeight(double value) {
        eraStripHeight.set(value);
    }

    /** The height of a lane's header, which holds its name, in the lanes view: {@code -tl-lane-header-height}. */
    public final DoubleProperty laneHeaderHeightProperty() {
        return laneHeaderHeight;
    }

    public final double getLaneHeaderHeight() {
        return laneHeaderHeight.get();
    }

    public final void setLaneHeaderHeight(double value) {
        laneHeaderHeight.set(value);
    }

    /**
     * The least room kept at the bottom of a lane for its count badges (it grows with the badges'
     * font): {@code -tl-badge-row-height}.
     */
    public final DoubleProperty badgeRowHeightProperty() {
        return badgeRowHeight;
    }

    public final double getBadgeRowHeight() {
        return badgeRowHeight.get();
    }

    public final void setBadgeRowHeight(double value) {
        badgeRowHeight.set(value);
    }

    /** The CSS properties of the control's own, after those of {@link Control}. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return TimelineViewCss.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /**
     * Up to this many events in view (default {@value #DEFAULT_MARKER_NODE_LIMIT}), each shown event
     * is a marker node: a button that screen readers announce, styled by CSS. With more in view,
     * the events shown are painted, each on a small canvas of its own, in the looks CSS gives
     * their markers, and only the selected, the focused and the hovered event stay nodes: zooming
     * through a crowded timeline then costs no styling per event, however often the events shown
     * change. Once painted, the events stay painted until no more than three quarters of the
     * limit are in view, so that a view panning where the count hovers about the limit does not
     * switch to and fro (painted events look as their markers do). 0 always paints;
     * {@link Integer#MAX_VALUE} never does.
     */
    public final IntegerProperty markerNodeLimitProperty() {
        return markerNodeLimit;
    }

    public final int getMarkerNodeLimit() {
        return markerNodeLimit.get();
    }

    public final void setMarkerNodeLimit(int value) {
        markerNodeLimit.set(value);
    }

    /** Events matching this text are highlighted (blank: none). */
    public final ObjectProperty<String> highlightTextProperty() {
        return highlightText;
    }

    public final String getHighlightText() {
        return highlightText.get();
    }

    public final void setHighlightText(String value) {
        highlightText.set(value == null ? "" : value);
    }

    /** One lane per category when true (pseudo-class {@code :lanes}); one shared area otherwise. */
    public final BooleanProperty lanesVisibleProperty() {
        return lanesVisible;
    }

    public final boolean isLanesVisible() {
        return lanesVisible.get();
    }

    public final void setLanesVisible(boolean value) {
        lanesVisible.set(value);
    }

    /** Whether zoom and pan commands glide (true) or jump (tests, reduced motion). */
    public final BooleanProperty animatedProperty() {
        return animated;
    }

    public final boolean isAnimated() {
        return animated.get();
    }

    public final void setAnimated(boolean value) {
        animated.set(value);
    }

    /** The span of time in view right now (changes every frame while animating). */
    public final ReadOnlyObjectProperty<TimeWindow> visibleWindowProperty() {
        return visibleWindow.getReadOnlyProperty();
    }

    public final TimeWindow getVisibleWindow() {
        return visibleWindow.get();
    }

    /** Where the view is heading while it glides or flies; the visible window when it is still. */
    public final TimeWindow getTargetWindow() {
        return animation.isRunning() ? animation.target() : getVisibleWindow();
    }

    /** Whether the user is dragging the view along (pseudo-class {@code :panning}). */
    public final ReadOnlyBooleanProperty panningProperty() {
        return panning.getReadOnlyProperty();
    }

    public final boolean isPanning() {
        return panning.get();
    }

    final void setPanning(boolean value) {
        panning.set(value);
    }

    /** The event under the pointer, or null. */
    public final ReadOnlyObjectProperty<TimelineEvent> hoveredEventProperty() {
        return hoveredEvent.getReadOnlyProperty();
    }

    final void setHoveredEvent(TimelineEvent event) {
        hoveredEvent.set(event);
    }

    // ---- view commands ----------------------------------------------------------------------

    /** Shows {@code window} at once (no animation), its span within the zoom limits. */
    public final void showWindow(TimeWindow window) {
        animation.stop();
        fitPending = false;
        visibleWindow.set(limitSpan(window));
    }

    /** Moves the view to {@code window}, gliding when {@link #animatedProperty()} is true. */
    public final void animateTo(TimeWindow window) {
        fitPending = false;
        TimeWindow target = limitSpan(window);
        if (isAnimated() && getScene() != null) {
            animation.animate(getVisibleWindow(), target);
        } else {
            animation.stop();
            visibleWindow.set(target);
        }
    }

    /**
     * Flies the camera to {@code window}: a zoom and pan that eases in and out over
     * {@code durationMillis} (immediately when not animated). For presenting.
     */
    public final void flyTo(TimeWindow window, double durationMillis) {
        fitPending = false;
        TimeWindow target = limitSpan(window);
        if (isAnimated() && getScene() != null) {
            animation.animate(getVisibleWindow(), target, durationMillis, true);
        } else {
            animation.stop();
            visibleWindow.set(target);
        }
    }

    /** Zooms by {@code factor} (below 1 zooms in) keeping the instant at x = {@code x} in place. */
    public final void zoomAt(double x, double factor) {
        TimeWindow base = getTargetWindow();
        animateTo(limits().zoom(base, new TimeScale(base, viewWidth).toDay(x), factor));
    }

    /** Zooms in one step around the selected event if it is in view, else the centre. */
    public final void zoomIn() {
        zoomAt(zoomAnchorX(), ZoomLimits.ZOOM_STEP);
    }

    public final void zoomOut() {
        zoomAt(zoomAnchorX(), 1 / ZoomLimits.ZOOM_STEP);
    }

    /** Shows every event, with a margin. */
    public final void fitAll() {
        TimeWindow fit = limits().fit();
        if (fit != null) {
            animateTo(fit);
        }
    }

    /** Moves the view by a fraction of its width (positive: later). */
    public final void panByFraction(double fraction) {
        TimeWindow base = getTargetWindow();
        animateTo(limits().limit(base.shiftedBy(base.span() * fraction)));
    }

    /** Moves the view with the pointer while dragging: immediate, no animation. */
    final void panByPixels(double dx) {
        animation.stop();
        showWindow(limits().limit(new TimeScale(getVisibleWindow(), viewWidth).panByPixels(dx)));
    }

    /**
     * Pans (without zooming) the least needed to bring {@code event} comfortably into view;
     * does nothing when it already is. A span longer than the view is shown from its start.
     */
    public final void reveal(TimelineEvent event) {
        if (event == null) {
            return;
        }
        TimeWindow base = getTargetWindow();
        TimeWindow revealed = limits().reveal(base, event.startDay());
        if (!revealed.equals(base)) {
            animateTo(revealed);
        }
    }

    /** Selects the next (or previous, for {@code step} -1) event in time and brings it into view. */
    public final void selectAdjacent(int step) {
        if (index.size() == 0) {
            return;
        }
        int current = index.indexOf(getSelectedEvent());
        TimeWindow w = getVisibleWindow();
        int next = current >= 0 ? current + step
                : step > 0 ? index.firstEndingAfter(w.start()) : index.lastStartingBefore(w.end());
        select(index.get(Math.max(0, Math.min(index.size() - 1, next))));
    }

    public final void selectFirst() {
        if (index.size() > 0) {
            select(index.get(0));
        }
    }

    public final void selectLast() {
        if (index.size() > 0) {
            select(index.get(index.size() - 1));
        }
    }

    /** Selects {@code event} as a pick from the keyboard would, and brings it into view. */
    public final void select(TimelineEvent event) {
        pick(event);
        reveal(getSelectedEvent());
    }

    /** The events in the drawn set overlapping the visible window. */
    public final List<TimelineEvent> eventsInView() {
        TimeWindow w = getVisibleWindow();
        return index.overlapping(w.start(), w.end());
    }

    // ---- for the skin and behaviour ---------------------------------------------------------

    /**
     * The user picked {@code event} (null: none): handed to {@link #onSelectProperty()}, or
     * selected here when nobody else owns the selection. Does not move the view: what was
     * picked with the pointer is under the pointer already.
     */
    final void pick(TimelineEvent event) {
        Consumer<TimelineEvent> handler = getOnSelect();
        if (handler != null) {
            handler.accept(event);
        } else if (!selectedEvent.isBound()) {
            setSelectedEvent(event);
        }
    }

    final TimeIndex index() {
        return index;
    }

    /**
     * How many events the last layout labelled: drawn as markers, or painted in the look of one
     * when the view is crowded (0 before the first layout, or with a skin of another kind).
     */
    public final int getLabelledEventCount() {
        return getSkin() instanceof TimelineViewSkin skin ? skin.labelledCount() : 0;
    }

    /** Called by the skin on layout: the width the time axis is drawn across. */
    final void setViewWidth(double width) {
        if (width > 0) {
            viewWidth = width;
            if (fitPending && index.size() > 0) {
                fitPending = false;
                visibleWindow.set(limits().fit());
            }
        }
    }

    final double viewWidth() {
        return viewWidth;
    }

    private double zoomAnchorX() {
        TimeWindow w = getVisibleWindow();
        TimelineEvent selected = getSelectedEvent();
        if (selected != null && w.contains(selected.startDay())) {
            return new TimeScale(w, viewWidth).toX(selected.startDay());
        }
        return viewWidth / 2;
    }

    /** The zoom and pan limits for the events drawn now. */
    private ZoomLimits limits() {
        Timeline t = getTimeline();
        return ZoomLimits.of(index, t == null ? 0 : t.lastDay() - t.firstDay());
    }

    private TimeWindow limitSpan(TimeWindow window) {
        ZoomLimits limits = limits();
        return window.clampSpan(window.center(), limits.minSpan(), limits.maxSpan());
    }
}
