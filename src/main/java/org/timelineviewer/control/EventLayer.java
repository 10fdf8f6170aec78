package org.timelineviewer.control;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
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

    /** Room kept for count badges at the bottom of each lane. */
    static final double BADGE_ROW = 26;
    /** Horizontal padding of an event label (see .event-label in the stylesheet), plus a pixel of slack. */
    static final double LABEL_PADDING = 10;

    private final TimelineView control;
    private final TimelineViewBehavior behavior;
    private final Line stem;
    /** Keyed by event id: hashing a whole event (its texts and quotes) on every layout pass costs. */
    private final NodePool<String, EventMarker> markers;
    private final NodePool<Integer, ClusterBadge> badges;
    private final Text measureProbe = new Text();
    private final Text measureProbeMajor = new Text();
    private Language measuredLanguage;
    private java.util.function.Function<TimelineEvent, String> measuredStatusTexts;
    private Font measuredFont;
    private EventColumns measuredColumns;
    private double rowHeight;

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
        getChildren().addAll(measureProbe, measureProbeMajor);
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

    /** Measures the height of a row in the label font the stylesheet gives now, and keeps it for {@link #update}. */
    double measureRowHeight() {
        measureProbe.applyCss();
        // A row holds a label above an extent's bar; its height follows the font the stylesheet gives.
        rowHeight = Math.max(control.getMinRowHeight(), Math.ceil(measureProbe.getLayoutBounds().getHeight()) + EventMarker.BAR_HEIGHT + 6);
        return rowHeight;
    }

    /** The marker showing the event with {@code id}, or null when it is not drawn. */
    EventMarker shownFor(String id) {
        return markers.shownFor(id);
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
                double header, double contentBottom) {
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
        if (control.getScene() != null && control.getScene().getFocusOwner() instanceof EventMarker marker
                && marker.getParent() == this
                && (marker.event() == null || markers.acquired(marker.event().id()) != marker)) {
            control.requestFocus();
        }
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
}
