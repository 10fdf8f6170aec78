package org.timelineviewer.control;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.timelineviewer.control.EventLayout.Cluster;
import org.timelineviewer.control.EventLayout.Placement;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.TimelineEvent;

/**
 * The events in view, laid out by {@link EventLayout} into reused {@link EventMarker}s, with
 * {@link ClusterBadge}s counting those left without a row, and the selected event's stem down to
 * the axis. Marker and badge input goes to the {@link TimelineViewBehavior}.
 */
final class EventLayer extends Pane {

    /** Room given to a label beyond its text and insets, so that rounding never clips it. */
    private static final double LABEL_SLACK = 2;

    private final TimelineView control;
    private final TimelineViewBehavior behavior;
    private final Line stem;
    /** Keyed by event id: hashing a whole event (its texts and quotes) on every layout pass costs. */
    private final NodePool<String, EventMarker> markers;
    private final NodePool<Integer, ClusterBadge> badges;
    private final Text measureProbe = new Text();
    private final GlyphAdvances advances = new GlyphAdvances();
    private final GlyphAdvances majorAdvances = new GlyphAdvances();
    private final Text measureProbeMajor = new Text();
    private Language measuredLanguage;
    private java.util.function.Function<TimelineEvent, String> measuredStatusTexts;
    private Font measuredFont;
    private double measuredPadding;
    private EventColumns measuredColumns;
    private double rowHeight;
    /** A label's horizontal insets as CSS gives them, and {@link #LABEL_SLACK}. */
    private double labelPadding;
    /** Where a label starts from its event's x, clear of the dot CSS sizes. */
    private double labelOffset;
    /** Hidden: a dot, a bar and a label that CSS styles like a marker's, to read their sizes off. */
    private final Pane geometryProbe;
    private final Pane pointProbe;
    private final Region probeDot = new Region();
    private final Region probeBar = new Region();
    private final javafx.scene.control.Label probeLabel = new javafx.scene.control.Label();
    private final EventSprites sprites = new EventSprites();
    /** Whether the last pass painted its events (see {@link #paintsWith}), for which limit and events. */
    private boolean painting;
    private int paintingDecidedFor = -1;
    private EventColumns paintingColumns;
    private final MarkerProbes probes;
    private final LookWarmUp warmUp;

    /** {@code stem} is drawn by the skin below this layer; this layer places it. */
    EventLayer(TimelineView control, TimelineViewBehavior behavior, Line stem) {
        this.control = control;
        this.behavior = behavior;
        this.stem = stem;
        getStyleClass().add("event-layer");
        setPickOnBounds(false);
        measureProbe.getStyleClass().add("event-label-probe");
        measureProbeMajor.getStyleClass().addAll("event-label-probe", "major");
        measureProbe.setText("Ag国");
        for (Text probe : List.of(measureProbe, measureProbeMajor)) {
            probe.setVisible(false);
            probe.setManaged(false);
        }
        // EventMarker.show styles a marker once it knows its event's classes.
        markers = new NodePool<>(this::newMarker, getChildren(), NodePool.Styling.BY_CALLER);
        badges = new NodePool<>(this::newBadge, getChildren());
        probeBar.getStyleClass().add("event-shape");
        probeLabel.getStyleClass().add("event-label");
        geometryProbe = new Pane(probeBar, probeLabel);
        geometryProbe.getStyleClass().addAll("event-marker", "extent");
        probeDot.getStyleClass().add("event-shape");
        javafx.scene.control.Label pointLabel = new javafx.scene.control.Label();
        pointLabel.getStyleClass().add("event-label");
        pointProbe = new Pane(probeDot, pointLabel); // a marker's parts, as lookups of markers expect
        pointProbe.getStyleClass().addAll("event-marker", "point");
        for (Pane probe : List.of(geometryProbe, pointProbe)) {
            probe.setVisible(false);
            probe.setManaged(false);
        }
        getChildren().addAll(measureProbe, measureProbeMajor, geometryProbe, pointProbe);
        getChildren().add(0, sprites);
        probes = new MarkerProbes(getChildren(), control::requestLayout);
        warmUp = new LookWarmUp(probes::prepare);
        sprites.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            TimelineEvent under = sprites.eventAt(e.getX(), e.getY());
            sprites.setCursor(under == null ? null : javafx.scene.Cursor.HAND);
            behavior.paintedEventHovered(under);
        });
        sprites.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            sprites.setCursor(null);
            TimelineEvent hovered = control.hoveredEventProperty().get();
            if (hovered != null && markers.shownFor(hovered.id()) == null) {
                behavior.paintedEventHovered(null);
            }
        });
        sprites.addEventHandler(MouseEvent.MOUSE_CLICKED, e ->
                behavior.paintedEventClicked(sprites.eventAt(e.getX(), e.getY()), e));
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

    /**
     * Measures the height of a row in the label font and bar height the stylesheet gives now, and
     * a label's insets and where it starts beside a dot, and keeps them for {@link #update}.
     */
    double measureRowHeight() {
        measureProbe.applyCss();
        geometryProbe.applyCss();
        pointProbe.applyCss();
        labelOffset = EventLayout.labelOffsetBeside(EventMarker.dotSize(probeDot));
        // A row holds a label above an extent's bar; its height follows the font the stylesheet gives.
        rowHeight = Math.max(control.getMinRowHeight(),
                Math.ceil(measureProbe.getLayoutBounds().getHeight()) + EventMarker.barHeight(probeBar) + 6);
        labelPadding = probeLabel.getInsets().getLeft() + probeLabel.getInsets().getRight() + LABEL_SLACK;
        return rowHeight;
    }

    /** The marker showing the event with {@code id}, or null when it is not drawn. */
    EventMarker shownFor(String id) {
        return markers.shownFor(id);
    }

    /**
     * Whether the events shown are painted rather than marker nodes, with {@code eventsInView}:
     * above the control's marker node limit they are painted, and once painted they stay so until
     * no more than three quarters of the limit are in view. Each switch makes or styles a marker
     * for every event shown (a 43 ms frame at 40 events); panning where the count hovers about the
     * limit switched at every other step. A new limit or a new list of events decides afresh.
     */
    private boolean paintsWith(int eventsInView, EventColumns columns) {
        int limit = control.getMarkerNodeLimit();
        if (limit != paintingDecidedFor || columns != paintingColumns) {
            paintingDecidedFor = limit;
            paintingColumns = columns;
            painting = eventsInView > limit;
        } else if (painting) {
            painting = eventsInView > limit - limit / 4;
        } else {
            painting = eventsInView > limit;
        }
        return painting;
    }

    /** True when {@code node} is one of this layer's markers. */
    boolean holds(Node node) {
        return node instanceof EventMarker && node.getParent() == this;
    }

    /**
     * Lays out the events in view into markers and count badges: each lane's rows start
     * {@code header} below its top in {@code geometry} (offset by {@code top}); the selected
     * event's stem reaches down to {@code contentBottom}.
     */
    void update(TimeScale scale, EventColumns columns, int[] laneOfCategory, LaneGeometry geometry, double top,
                double header, double contentBottom, int eventsInView) {
        Language language = control.getLanguage();
        java.util.function.Function<TimelineEvent, String> statusTexts = control.getStatusTextFactory();
        measureProbe.applyCss();
        measureProbeMajor.applyCss();
        if (language != measuredLanguage || statusTexts != measuredStatusTexts
                || !measureProbe.getFont().equals(measuredFont) || labelPadding != measuredPadding
                || columns != measuredColumns) {
            // widths depend on the language, the status tags, and the font and padding the stylesheet gives
            columns.forgetWidths();
            probes.forgetEvents();
            measuredLanguage = language;
            measuredStatusTexts = statusTexts;
            measuredFont = measureProbe.getFont();
            measuredPadding = labelPadding;
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
        EventLayout.Result result = EventLayout.layoutSteadily(columns, scale, laneOfCategory, rows, widths, selected,
                labelOffset);
        boolean shrunk = false;
        for (Cluster c : result.clusters()) {
            int lane = c.lane();
            if (rows[lane] > 1 && rows[lane] * rowHeight + control.getBadgeRowHeight() > geometry.heights()[lane] - header) {
                rows[lane]--; // this lane needs count badges: give up its last row to make room for them
                shrunk = true;
            }
        }
        if (shrunk) {
            result = EventLayout.layoutSteadily(columns, scale, laneOfCategory, rows, widths, selected, labelOffset);
        }
        String highlight = control.getHighlightText();
        boolean highlighting = highlight != null && !highlight.isBlank();

        java.util.function.Function<TimelineEvent, String> dateTexts = control.getDateTextFactory();
        List<Placement> placements = result.placements();
        boolean painting = paintsWith(eventsInView, columns);
        String hoveredId = idOf(control.hoveredEventProperty().get());
        String focusedId = control.getScene() != null && control.getScene().getFocusOwner() instanceof EventMarker m
                && m.getParent() == this ? idOf(m.event()) : null;
        sprites.begin(getWidth(), getHeight());
        markers.begin();
        stem.setVisible(false);
        for (Placement p : placements) {
            TimelineEvent e = p.event();
            boolean isSelected = selected != null && e.id().equals(selected.id());
            boolean highlighted = highlighting && e.matches(highlight);
            double rowY = top + geometry.tops()[p.lane()] + header + p.row() * rowHeight;
            String status = statusTexts.apply(e);
            if (painting && !isSelected && !e.id().equals(hoveredId) && !e.id().equals(focusedId)) {
                MarkerLook look = probes.lookOf(e, highlighted, language, status);
                sprites.paint(e, look, e.title().in(language), status, p.x(), p.endX(), p.labelX(),
                        p.labelWidth() - labelPadding - statusAllowance(status), rowY, rowHeight);
                continue;
            }
            EventMarker marker = markers.acquire(e.id(), EventMarker.look(e, e.category().color()));
            marker.show(e, language, e.category().color(), dateTexts.apply(e), status);
            marker.setState(isSelected, highlighted);
            marker.place(p.x(), p.endX(), p.labelX(), p.labelWidth(), rowY, rowHeight);
            if (isSelected) {
                double sx = Math.round(Math.max(p.x(), 0)) + 0.5;
                stem.setStartX(sx);
                stem.setEndX(sx);
                stem.setStartY(e.isPoint() ? rowY + rowHeight / 2 + EventMarker.dotSize(marker.shape()) / 2
                        : rowY + rowHeight - 2); // from under the dot or the bar
                stem.setEndY(contentBottom);
                stem.setVisible(true);
            }
        }
        sprites.end();
        if (painting) {
            warmUp.viewPainted(control.getEvents(), language, statusTexts, window, getWidth());
        } else {
            warmUp.stop();
        }
        keepFocusOnTheTimeline();
        markers.end();

        badges.begin();
        int n = 0;
        for (Cluster c : result.clusters()) {
            ClusterBadge badge = badges.acquire(n++);
            badge.show(c, control.getClusterTextFactory());
            double bw = badge.prefWidth(-1);
            double bh = badge.prefHeight(-1);
            double by = top + geometry.tops()[c.lane()] + header + rows[c.lane()] * rowHeight + (control.getBadgeRowHeight() - bh) / 2;
            // on whole pixels: its ground is a picture (see the stylesheet), which between pixels would blur
            badge.resizeRelocate(Math.max(0, Math.round(c.x() - bw / 2)), Math.round(by), bw, bh);
        }
        badges.end();
    }

    /**
     * A focused marker that this pass puts away (its event left the view, or lost its row) would
     * otherwise hand the keyboard to whatever the scene finds next, the details pane's links or the
     * search field: the timeline itself takes the focus back first.
     */
    private void keepFocusOnTheTimeline() {
        if (control.getScene() != null && control.getScene().getFocusOwner() instanceof EventMarker marker
                && marker.getParent() == this
                && (marker.event() == null || markers.acquired(marker.event().id()) != marker)) {
            control.requestFocus();
        }
    }

    /** The width of {@code event}'s label and status tag (the layout keeps it once measured). */
    private double labelWidth(TimelineEvent event, Language language,
                              java.util.function.Function<TimelineEvent, String> statusTexts) {
        boolean major = event.importance() >= TimelineEvent.MAX_IMPORTANCE;
        Text probe = major ? measureProbeMajor : measureProbe;
        double title = Math.ceil((major ? majorAdvances : advances).width(event.title().in(language), probe.getFont()))
                + labelPadding;
        return title + statusAllowance(statusTexts.apply(event));
    }

    /** Room the layout keeps after a label for a status tag saying {@code status} (null: none). */
    private static double statusAllowance(String status) {
        return status == null ? 0 : status.length() * 14 + 22;
    }

    private static String idOf(TimelineEvent e) {
        return e == null ? null : e.id();
    }

    /** The event painted (not drawn as a marker) under {@code x, y} in this layer, or null. */
    TimelineEvent paintedEventAt(double x, double y) {
        return sprites.eventAt(x, y);
    }

    /** How many painted looks there are, and how many pictures and measures they have made (for tests). */
    int[] looksAndStamps() {
        return new int[] {probes.probeCount(), probes.stampsMade()};
    }

    /** Makes the next pass paint every event afresh, not only what changed (for tests, to compare the two). */
    void paintAfresh() {
        sprites.paintAfresh();
        control.requestLayout();
    }

    /** How many events the last pass painted; it moved the others as they were (for tests). */
    int drawnLastPass() {
        return sprites.drawnLastPass();
    }

    /** How many sprites the layer keeps for painted events, shown and spare (for tests). */
    int spriteCount() {
        return sprites.spriteCount();
    }

    /** True when the looks of all the events the view paints have been made ahead of need (for tests). */
    boolean looksWarmedUp() {
        return warmUp.done();
    }

    /** How many events the last pass painted (0 when every event in view is a marker). */
    int paintedCount() {
        return sprites.paintedCount();
    }

    /** The events the last pass painted (for tests). */
    List<TimelineEvent> paintedEvents() {
        return sprites.paintedEvents();
    }

    /** How many events the last pass labelled: its markers, and the events it painted. */
    int labelledCount() {
        int markersShown = 0;
        for (EventMarker marker : markers.shownNodes()) {
            markersShown += marker.isVisible() ? 1 : 0;
        }
        return markersShown + paintedCount();
    }
}
