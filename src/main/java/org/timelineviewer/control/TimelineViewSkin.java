package org.timelineviewer.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.timelineviewer.control.AxisTicks.Axis;
import org.timelineviewer.model.Category;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

/**
 * Draws a {@link TimelineView}: era bands, grid, optional lanes, the events in view (laid out by
 * {@link EventLayout} into reused {@link EventMarker}s) and the axis. Everything visual comes from
 * {@code timeline-view.css}.
 */
public class TimelineViewSkin extends SkinBase<TimelineView> {

    private final EraLayer eras = new EraLayer();
    private final LaneLayer lanes = new LaneLayer();
    private final GridLayer grid = new GridLayer();
    private final Line stem = new Line();
    private final EventLayer eventLayer;
    private final AxisLayer axis = new AxisLayer();
    private final HoverCard card = new HoverCard();
    private final Rectangle clip = new Rectangle();
    private final FocusRing focusRing = new FocusRing();
    private final Label emptyLabel = new Label();
    private final TimelineViewBehavior behavior;
    private TimeIndex columnsOf;
    private EventColumns columns;
    private boolean focusPending;
    private List<TimelineEvent> shownCategoriesOf;
    private java.util.Set<String> shownCategories = java.util.Set.of();
    /**
     * Holds every layer: unmanaged, so a layout root. A zoom or pan step, a badge's new count, a
     * marker's new text ask for this pane to be laid out again, and the request stops here; asked
     * of the control, it went up to the window's root and laid out every container on the way
     * (about a millisecond of each frame), whose sizes a step never changes.
     */
    private final javafx.scene.layout.Pane content = new javafx.scene.layout.Pane() {
        @Override
        protected void layoutChildren() {
            layoutContent();
        }
    };
    /** The control's content area (inside its insets), in its coordinates, as its last layout gave it. */
    private double areaX;
    private double areaY;
    private double areaW;
    private double areaH;

    public TimelineViewSkin(TimelineView control) {
        super(control);
        stem.getStyleClass().add("selection-stem");
        stem.setMouseTransparent(true);
        // Drawn in the control's coordinates, not laid out. Unmanaged, so that restyling them (CSS
        // sets their dash arrays afresh whenever a pseudo-class such as :focused changes above
        // them) does not ask for the whole timeline to be laid out again.
        stem.setManaged(false);
        emptyLabel.getStyleClass().add("empty-label");
        behavior = new TimelineViewBehavior(control);
        eventLayer = new EventLayer(control, behavior, stem);
        content.setManaged(false);
        content.getChildren().addAll(eras, lanes, grid, stem, eventLayer, axis, emptyLabel, focusRing, card);
        getChildren().add(content);
        control.setClip(clip);

        registerChangeListener(control.visibleWindowProperty(), o -> content.requestLayout());
        registerChangeListener(control.eventsProperty(), o -> content.requestLayout());
        registerChangeListener(control.timelineProperty(), o -> content.requestLayout());
        registerChangeListener(control.lanesVisibleProperty(), o -> content.requestLayout());
        registerChangeListener(control.highlightTextProperty(), o -> content.requestLayout());
        for (javafx.beans.value.ObservableValue<?> texts : List.of(control.dateTextFactoryProperty(),
                control.statusTextFactoryProperty(), control.tickLabelFactoryProperty(),
                control.clusterTextFactoryProperty(), control.emptyTextProperty())) {
            registerChangeListener(texts, o -> {
                card.setVisible(false);
                content.requestLayout();
            });
        }
        registerChangeListener(control.languageProperty(), o -> {
            card.setVisible(false);
            content.requestLayout();
        });
        registerChangeListener(control.selectedEventProperty(), o -> {
            content.requestLayout();
            focusSelectedLater();
        });
        registerChangeListener(control.hoveredEventProperty(), o -> {
            updateCard();
            if (eventLayer.paintedCount() > 0) {
                content.requestLayout(); // a painted event under the pointer becomes a marker, to show its hover
            }
        });
    }

    @Override
    public void dispose() {
        behavior.dispose();
        getSkinnable().setClip(null);
        super.dispose();
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 200 + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        TimelineView control = getSkinnable();
        return control.getEraStripHeight() + control.getMinRowHeight() * 2 + control.getAxisHeight() + top + bottom;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 480 + top + bottom;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        TimelineView control = getSkinnable();
        areaX = x;
        areaY = y;
        areaW = w;
        areaH = h;
        content.resizeRelocate(0, 0, control.getWidth(), control.getHeight());
        content.requestLayout(); // laid out next in this pass, with the area just given
    }

    /** Lays out every layer in the control's content area (the content pane covers the whole control). */
    private void layoutContent() {
        TimelineView control = getSkinnable();
        double x = areaX;
        double y = areaY;
        double w = areaW;
        double h = areaH;
        clip.setWidth(control.getWidth());
        clip.setHeight(control.getHeight());
        focusRing.fit(control.getWidth(), control.getHeight());
        control.setViewWidth(w);
        TimeScale scale = new TimeScale(control.getVisibleWindow(), w);
        Language language = control.getLanguage();
        Timeline timeline = control.getTimeline();
        double axisHeight = Math.max(control.getAxisHeight(), axis.labelHeight() + 14);
        double contentBottom = h - axisHeight;

        eras.resizeRelocate(x, y, w, contentBottom);
        eras.update(timeline == null ? List.of() : timeline.eras(), scale, language, contentBottom, control.getEraStripHeight());
        axis.resizeRelocate(x, y + contentBottom, w, axisHeight);
        Axis ticks = axis.update(scale, control.getTickLabelFactory(), language, axisHeight);
        double strip = eras.stripHeight(control.getEraStripHeight());
        drawGrid(ticks, x, y + strip, y + contentBottom);

        List<Category> laneCategories = control.isLanesVisible() && timeline != null
                ? timeline.categories().stream().filter(c -> shownCategories().contains(c.id())).toList()
                : List.of();
        double top = strip;
        double rowHeight = eventLayer.measureRowHeight();
        TimeWindow window = scale.window();
        EventColumns columns = columns();
        int[] laneOfCategory = laneOfCategory(columns, laneCategories);
        double header = laneCategories.isEmpty() ? 6 : control.getLaneHeaderHeight();
        int[] counts = columns.countInView(window.start(), window.end(), laneOfCategory, Math.max(1, laneCategories.size()));
        LaneGeometry geometry = LaneGeometry.share(contentBottom - top, header, rowHeight, counts);
        lanes.resizeRelocate(x, y, w, h);
        lanes.update(laneCategories, language, top, geometry, w, header);

        eventLayer.resizeRelocate(x, y, w, h);
        eventLayer.update(scale, columns, laneOfCategory, geometry, top, header, contentBottom,
                java.util.Arrays.stream(counts).sum());

        emptyLabel.setText(control.getEmptyText());
        emptyLabel.setVisible(control.getEvents().isEmpty());
        double ew = emptyLabel.prefWidth(-1);
        double eh = emptyLabel.prefHeight(-1);
        emptyLabel.resizeRelocate(x + (w - ew) / 2, y + (contentBottom - eh) / 2, ew, eh);
        updateCard();
        focusSelectedIfPending();
    }

    /** How many events the last layout labelled, as markers or painted. */
    int labelledCount() {
        return eventLayer.labelledCount();
    }

    private void drawGrid(Axis ticks, double x, double top, double bottom) {
        grid.update(ticks.ticks(), x, top, bottom);
    }

    /** The drawn events as the layout reads them, made again when the drawn set changes. */
    private EventColumns columns() {
        TimeIndex index = getSkinnable().index();
        if (index != columnsOf) {
            columnsOf = index;
            columns = EventColumns.of(index);
        }
        return columns;
    }

    /** The lane of each category number of {@code columns}: all 0 without lanes, -1 for a category not shown. */
    private static int[] laneOfCategory(EventColumns columns, List<Category> laneCategories) {
        List<String> ids = columns.categoryIds();
        int[] lanes = new int[ids.size()];
        if (!laneCategories.isEmpty()) {
            Map<String, Integer> laneIndex = new HashMap<>();
            for (int i = 0; i < laneCategories.size(); i++) {
                laneIndex.put(laneCategories.get(i).id(), i);
            }
            for (int c = 0; c < ids.size(); c++) {
                lanes[c] = laneIndex.getOrDefault(ids.get(c), -1);
            }
        }
        return lanes;
    }

    /** Ids of the categories that have at least one drawn event (lanes are shown for these only). */
    private java.util.Set<String> shownCategories() {
        List<TimelineEvent> events = getSkinnable().getEvents();
        if (events != shownCategoriesOf) {
            shownCategoriesOf = events;
            shownCategories = new java.util.HashSet<>();
            for (TimelineEvent e : events) {
                shownCategories.add(e.category().id());
            }
        }
        return shownCategories;
    }

    private void updateCard() {
        TimelineView control = getSkinnable();
        TimelineEvent hovered = control.hoveredEventProperty().get();
        EventMarker marker = hovered == null ? null : eventLayer.shownFor(hovered.id());
        if (marker == null || !marker.isVisible()) {
            card.setVisible(false);
            return;
        }
        card.show(hovered, control.getLanguage(), control.getDateTextFactory().apply(hovered),
                control.getStatusTextFactory().apply(hovered));
        double cw = Math.min(HoverCard.MAX_WIDTH, card.prefWidth(-1));
        double ch = card.prefHeight(cw);
        double cx = Math.max(4, Math.min(control.getWidth() - cw - 4, marker.getLayoutX()));
        double below = marker.getLayoutY() + marker.getHeight() + 4;
        double cy = below + ch < axis.getLayoutY() ? below : marker.getLayoutY() - ch - 4;
        card.resizeRelocate(cx, Math.max(4, cy), cw, ch);
        card.toFront();
    }

    /** After a selection, moves focus to the selected marker (once laid out) so screen readers announce it. */
    private void focusSelectedLater() {
        focusPending = true;
    }

    private void focusSelectedIfPending() {
        TimelineView control = getSkinnable();
        if (!focusPending || control.getScene() == null) {
            return;
        }
        TimelineEvent selected = control.getSelectedEvent();
        EventMarker marker = selected == null ? null : eventLayer.shownFor(selected.id());
        if (selected != null && marker == null) {
            return; // not drawn yet (the view is still bringing it in): a later pass focuses it
        }
        focusPending = false;
        javafx.scene.Node focus = control.getScene().getFocusOwner();
        boolean ours = focus == control || eventLayer.holds(focus);
        if (ours && marker != null && marker != focus) {
            marker.requestFocus();
        }
    }
}
