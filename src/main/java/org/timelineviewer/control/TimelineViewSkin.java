package org.timelineviewer.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.timelineviewer.control.AxisTicks.Axis;
import org.timelineviewer.control.EventLayout.Cluster;
import org.timelineviewer.control.EventLayout.Placement;
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

    /** The least height of the axis; it grows with its font. */
    static final double AXIS_HEIGHT = 36;
    /** The least height of a row of events; rows grow with the label font. */
    static final double MIN_ROW_HEIGHT = 32;
    /** Room kept for count badges at the bottom of each lane. */
    static final double BADGE_ROW = 26;
    /** Horizontal padding of an event label (see .event-label in the stylesheet), plus a pixel of slack. */
    static final double LABEL_PADDING = 10;

    private final EraLayer eras = new EraLayer();
    private final LaneLayer lanes = new LaneLayer();
    private final GridLayer grid = new GridLayer();
    private final Pane eventLayer = new Pane();
    private final Line stem = new Line();
    private final AxisLayer axis = new AxisLayer();
    private final HoverCard card = new HoverCard();
    private final Rectangle clip = new Rectangle();
    private final FocusRing focusRing = new FocusRing();
    private final Label emptyLabel = new Label();
    /** Keyed by event id: hashing a whole event (its texts and quotes) on every layout pass costs. */
    private final NodePool<String, EventMarker> markers;
    private final NodePool<Integer, ClusterBadge> badges;
    private final Text measureProbe = new Text();
    private final Text measureProbeMajor = new Text();
    private final TimelineViewBehavior behavior;
    private Language measuredLanguage;
    private java.util.function.Function<TimelineEvent, String> measuredStatusTexts;
    private javafx.scene.text.Font measuredFont;
    private EventColumns measuredColumns;
    private TimeIndex columnsOf;
    private EventColumns columns;
    private boolean focusPending;
    private double rowHeight = MIN_ROW_HEIGHT;
    private List<TimelineEvent> shownCategoriesOf;
    private java.util.Set<String> shownCategories = java.util.Set.of();

    public TimelineViewSkin(TimelineView control) {
        super(control);
        stem.getStyleClass().add("selection-stem");
        stem.setMouseTransparent(true);
        // Drawn in the control's coordinates, not laid out. Unmanaged, so that restyling them (CSS
        // sets their dash arrays afresh whenever a pseudo-class such as :focused changes above
        // them) does not ask for the whole timeline to be laid out again.
        stem.setManaged(false);
        eventLayer.getStyleClass().add("event-layer");
        eventLayer.setPickOnBounds(false);
        emptyLabel.getStyleClass().add("empty-label");
        measureProbe.getStyleClass().add("event-label-probe");
        measureProbeMajor.getStyleClass().addAll("event-label-probe", "major");
        measureProbe.setText("Ag国");
        for (Text probe : List.of(measureProbe, measureProbeMajor)) {
            probe.setVisible(false);
            probe.setManaged(false);
        }
        // EventMarker.show styles a marker once it knows its event's classes.
        markers = new NodePool<>(this::newMarker, eventLayer.getChildren(), NodePool.Styling.BY_CALLER);
        badges = new NodePool<>(this::newBadge, eventLayer.getChildren());
        eventLayer.getChildren().addAll(measureProbe, measureProbeMajor);
        getChildren().addAll(eras, lanes, grid, stem, eventLayer, axis, emptyLabel, focusRing, card);
        control.setClip(clip);
        behavior = new TimelineViewBehavior(control);

        registerChangeListener(control.visibleWindowProperty(), o -> control.requestLayout());
        registerChangeListener(control.eventsProperty(), o -> control.requestLayout());
        registerChangeListener(control.timelineProperty(), o -> control.requestLayout());
        registerChangeListener(control.lanesVisibleProperty(), o -> control.requestLayout());
        registerChangeListener(control.highlightTextProperty(), o -> control.requestLayout());
        for (javafx.beans.value.ObservableValue<?> texts : List.of(control.dateTextFactoryProperty(),
                control.statusTextFactoryProperty(), control.tickLabelFactoryProperty(),
                control.clusterTextFactoryProperty(), control.emptyTextProperty())) {
            registerChangeListener(texts, o -> {
                card.setVisible(false);
                control.requestLayout();
            });
        }
        registerChangeListener(control.languageProperty(), o -> {
            card.setVisible(false);
            control.requestLayout();
        });
        registerChangeListener(control.selectedEventProperty(), o -> {
            control.requestLayout();
            focusSelectedLater();
        });
        registerChangeListener(control.hoveredEventProperty(), o -> updateCard());
    }

    @Override
    public void dispose() {
        behavior.dispose();
        getSkinnable().setClip(null);
        super.dispose();
    }

    private EventMarker newMarker() {
        EventMarker marker = new EventMarker();
        marker.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> behavior.markerClicked(marker, e));
        marker.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> behavior.markerEntered(marker));
        marker.addEventHandler(MouseEvent.MOUSE_EXITED, e -> behavior.markerExited(marker));
        return marker;
    }

    private ClusterBadge newBadge() {
        ClusterBadge badge = new ClusterBadge();
        badge.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> behavior.badgeClicked(badge, e));
        return badge;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 200 + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return EraLayer.STRIP_HEIGHT + MIN_ROW_HEIGHT * 2 + AXIS_HEIGHT + top + bottom;
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
        clip.setWidth(control.getWidth());
        clip.setHeight(control.getHeight());
        focusRing.fit(control.getWidth(), control.getHeight());
        control.setViewWidth(w);
        TimeScale scale = new TimeScale(control.getVisibleWindow(), w);
        Language language = control.getLanguage();
        Timeline timeline = control.getTimeline();
        double axisHeight = Math.max(AXIS_HEIGHT, axis.labelHeight() + 14);
        double contentBottom = h - axisHeight;

        eras.resizeRelocate(x, y, w, contentBottom);
        eras.update(timeline == null ? List.of() : timeline.eras(), scale, language, contentBottom);
        axis.resizeRelocate(x, y + contentBottom, w, axisHeight);
        Axis ticks = axis.update(scale, control.getTickLabelFactory(), axisHeight);
        double strip = eras.stripHeight();
        drawGrid(ticks, x, y + strip, y + contentBottom);

        List<Category> laneCategories = control.isLanesVisible() && timeline != null
                ? timeline.categories().stream().filter(c -> shownCategories().contains(c.id())).toList()
                : List.of();
        double top = strip;
        measureProbe.applyCss();
        // A row holds a label above an extent's bar; its height follows the font the stylesheet gives.
        rowHeight = Math.max(MIN_ROW_HEIGHT, Math.ceil(measureProbe.getLayoutBounds().getHeight()) + EventMarker.BAR_HEIGHT + 6);
        TimeWindow window = scale.window();
        EventColumns columns = columns();
        int[] laneOfCategory = laneOfCategory(columns, laneCategories);
        double header = laneCategories.isEmpty() ? 6 : LaneLayer.HEADER_HEIGHT;
        int[] counts = columns.countInView(window.start(), window.end(), laneOfCategory, Math.max(1, laneCategories.size()));
        LaneGeometry geometry = LaneGeometry.share(contentBottom - top, header, rowHeight, counts);
        lanes.resizeRelocate(x, y, w, h);
        lanes.update(laneCategories, language, top, geometry, w);

        eventLayer.resizeRelocate(x, y, w, h);
        layoutEvents(control, scale, columns, laneOfCategory, geometry, top, header, contentBottom);

        emptyLabel.setText(control.getEmptyText());
        emptyLabel.setVisible(control.getEvents().isEmpty());
        double ew = emptyLabel.prefWidth(-1);
        double eh = emptyLabel.prefHeight(-1);
        emptyLabel.resizeRelocate(x + (w - ew) / 2, y + (contentBottom - eh) / 2, ew, eh);
        updateCard();
        focusSelectedIfPending();
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

    private void layoutEvents(TimelineView control, TimeScale scale, EventColumns columns, int[] laneOfCategory,
                              LaneGeometry geometry, double top, double header, double contentBottom) {
        Language language = control.getLanguage();
        java.util.function.Function<TimelineEvent, String> statusTexts = control.getStatusTextFactory();
        measureProbe.applyCss();
        measureProbeMajor.applyCss();
        if (language != measuredLanguage || statusTexts != measuredStatusTexts
                || !measureProbe.getFont().equals(measuredFont) || columns != measuredColumns) {
            columns.forgetWidths(); // widths depend on the language, the status tags and the font the stylesheet gives
            measuredLanguage = language;
            measuredStatusTexts = statusTexts;
            measuredFont = measureProbe.getFont();
            measuredColumns = columns;
        }
        int laneCount = geometry.laneCount();
        int[] rows = new int[laneCount];
        for (int i = 0; i < laneCount; i++) {
            rows[i] = geometry.rows(i, header, rowHeight);
        }
        TimelineEvent selected = control.getSelectedEvent();
        TimeWindow window = scale.window();
        java.util.function.ToDoubleFunction<TimelineEvent> widths = e -> labelWidth(e, language, statusTexts);
        EventLayout.Result result = EventLayout.layout(columns, window.start(), window.end(), scale, laneOfCategory, rows,
                widths, selected);
        boolean shrunk = false;
        for (Cluster c : result.clusters()) {
            int lane = c.lane();
            if (rows[lane] > 1 && rows[lane] * rowHeight + BADGE_ROW > geometry.heights()[lane] - header) {
                rows[lane]--; // this lane needs count badges: give up its last row to make room for them
                shrunk = true;
            }
        }
        if (shrunk) {
            result = EventLayout.layout(columns, window.start(), window.end(), scale, laneOfCategory, rows, widths, selected);
        }
        String highlight = control.getHighlightText();
        boolean highlighting = highlight != null && !highlight.isBlank();

        java.util.function.Function<TimelineEvent, String> dateTexts = control.getDateTextFactory();
        markers.begin();
        stem.setVisible(false);
        for (Placement p : result.placements()) {
            EventMarker marker = markers.acquire(p.event().id(), EventMarker.look(p.event(), p.event().category().color()));
            marker.show(p.event(), language, p.event().category().color(), dateTexts.apply(p.event()),
                    statusTexts.apply(p.event()));
            boolean isSelected = selected != null && p.event().id().equals(selected.id());
            marker.setState(isSelected, highlighting && p.event().matches(highlight));
            double rowY = top + geometry.tops()[p.lane()] + header + p.row() * rowHeight;
            marker.place(p.x(), p.endX(), p.labelX(), p.labelWidth(), rowY, rowHeight);
            if (isSelected) {
                double sx = Math.round(Math.max(p.x(), 0)) + 0.5;
                stem.setStartX(sx);
                stem.setEndX(sx);
                stem.setStartY(rowY + rowHeight / 2 + EventMarker.DOT / 2);
                stem.setEndY(contentBottom);
                stem.setVisible(true);
            }
        }
        keepFocusOnTheTimeline();
        markers.end();

        badges.begin();
        int n = 0;
        for (Cluster c : result.clusters()) {
            ClusterBadge badge = badges.acquire(n++);
            badge.show(c, control.getClusterTextFactory().apply(c.size()));
            double bw = badge.prefWidth(-1);
            double bh = badge.prefHeight(-1);
            double by = top + geometry.tops()[c.lane()] + header + rows[c.lane()] * rowHeight + (BADGE_ROW - bh) / 2;
            badge.resizeRelocate(Math.max(0, c.x() - bw / 2), by, bw, bh);
        }
        badges.end();
    }

    /**
     * A focused marker that this pass puts away (its event left the view, or lost its row) would
     * otherwise hand the keyboard to whatever the scene finds next, the details pane's links or the
     * search field: the timeline itself takes the focus back first.
     */
    private void keepFocusOnTheTimeline() {
        TimelineView control = getSkinnable();
        if (control.getScene() != null && control.getScene().getFocusOwner() instanceof EventMarker marker
                && marker.getParent() == eventLayer
                && (marker.event() == null || markers.acquired(marker.event().id()) != marker)) {
            control.requestFocus();
        }
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

    /** The width of {@code event}'s label and status tag (the layout keeps it once measured). */
    private double labelWidth(TimelineEvent event, Language language,
                              java.util.function.Function<TimelineEvent, String> statusTexts) {
        Text probe = event.importance() >= TimelineEvent.MAX_IMPORTANCE ? measureProbeMajor : measureProbe;
        probe.setText(event.title().in(language));
        double title = Math.ceil(probe.getLayoutBounds().getWidth()) + LABEL_PADDING;
        String status = statusTexts.apply(event);
        return status == null ? title : title + status.length() * 14 + 22;
    }

    private void updateCard() {
        TimelineView control = getSkinnable();
        TimelineEvent hovered = control.hoveredEventProperty().get();
        EventMarker marker = hovered == null ? null : markers.shownFor(hovered.id());
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
        EventMarker marker = selected == null ? null : markers.shownFor(selected.id());
        if (selected != null && marker == null) {
            return; // not drawn yet (the view is still bringing it in): a later pass focuses it
        }
        focusPending = false;
        javafx.scene.Node focus = control.getScene().getFocusOwner();
        boolean ours = focus == control || (focus instanceof EventMarker && focus.getParent() == eventLayer);
        if (ours && marker != null && marker != focus) {
            marker.requestFocus();
        }
    }
}
