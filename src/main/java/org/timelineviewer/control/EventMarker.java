package org.timelineviewer.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.timelineviewer.model.DatePrecision;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimelineEvent;

/**
 * One event on the timeline: a dot (a day) or a bar (a month, quarter, year or span) in its
 * category's colour, with its title beside it. Reused for different events as the view moves.
 *
 * <p>Style classes: {@code event-marker}, {@code point} or {@code extent}, {@code approximate},
 * {@code status-<status>}, {@code importance-<n>}; pseudo-classes {@code :selected} and
 * {@code :highlighted}. The category colour arrives as the looked-up colour {@code -tl-event-color}.
 */
final class EventMarker extends Region {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    /** Space between the label and the status tag. */
    static final double TAG_GAP = 6;

    private final Region shape = new Region();
    private final Label title = new Label();
    /** "Rumour", "Denied"…: made for the first event that has one (most are confirmed and show none). */
    private Label statusTag;
    private TimelineEvent event;
    private boolean isSelected;
    private boolean isHighlighted;
    private double shapeLeft;
    private double shapeWidth;
    private double labelLeft;

    EventMarker() {
        getStyleClass().add("event-marker");
        shape.getStyleClass().add("event-shape");
        title.getStyleClass().add("event-label");
        // Placed by layoutChildren() and by nothing else: managed, each move of one in this
        // marker's layout asked for that layout again, a second pulse after every step that moved it.
        shape.setManaged(false);
        title.setManaged(false);
        getChildren().addAll(shape, title);
        setFocusTraversable(false);
        setAccessibleRole(AccessibleRole.BUTTON);
    }

    TimelineEvent event() {
        return event;
    }

    /** The dot or bar (for {@link MarkerLook}, which reads what CSS made of it). */
    Region shape() {
        return shape;
    }

    /** The title label (for {@link MarkerLook}). */
    Label title() {
        return title;
    }

    /** The status tag, or null before the marker showed an event with a status (for {@link MarkerLook}). */
    Label statusTag() {
        return statusTag;
    }

    /** Shows {@code e} in {@code language}, dated {@code date}; {@code statusText} is null for undoubted events. */
    void show(TimelineEvent e, Language language, String categoryColor, String date, String statusText) {
        boolean newTag = statusText != null && statusTag == null;
        if (newTag) {
            statusTag = new Label();
            statusTag.getStyleClass().add("event-status-tag");
            statusTag.setManaged(false);
            getChildren().add(statusTag);
        }
        if (e != event || newTag) {
            event = e;
            getProperties().put(TimelineView.EVENT_KEY, e);
            List<String> classes = styleClasses(e);
            String style = "-tl-event-color: " + categoryColor + ";";
            // A marker taken over from an event that looked the same keeps its styling: setting the
            // same classes or colour again would have CSS work it all out anew (on large timelines
            // that was a third of each zooming frame).
            if (newTag || !classes.equals(getStyleClass()) || !style.equals(getStyle())) {
                getStyleClass().setAll(classes);
                setStyle(style);
                applyCss(); // new style classes change fonts and sizes: apply them before this pass measures
            }
        }
        title.setText(e.title().in(language));
        if (statusTag != null) {
            statusTag.setText(statusText == null ? "" : statusText);
            statusTag.setVisible(statusText != null);
        }
        setAccessibleText(e.title().in(language) + ", " + date
                + (statusText == null ? "" : ", " + statusText));
        setAccessibleHelp(e.summary().in(language));
    }

    /** The style classes of a marker showing {@code e}. */
    static List<String> styleClasses(TimelineEvent e) {
        List<String> classes = new ArrayList<>(6);
        Collections.addAll(classes, "event-marker", e.isPoint() ? "point" : "extent",
                "status-" + e.status().code(), "importance-" + e.importance());
        if (e.isApproximate()) {
            classes.add("approximate");
        }
        if (e.start().precision().compareTo(DatePrecision.YEAR) <= 0 && e.end() == null) {
            classes.add("year");
        }
        return classes;
    }

    /**
     * What CSS makes of a marker for {@code e} in {@code categoryColor}: markers that looked the
     * same are taken first for it (see {@link NodePool#acquire(Object, Object)}).
     */
    static String look(TimelineEvent e, String categoryColor) {
        return String.join(" ", styleClasses(e)) + " " + categoryColor;
    }

    /**
     * Shows the marker selected and/or highlighted. Called while the timeline is laid out, after
     * the pulse's styling: a changed state is styled at once, or this frame would be drawn with the
     * marker's old state (a marker put away highlighted flashed the highlight when it came back).
     */
    void setState(boolean selected, boolean highlighted) {
        boolean changed = selected != isSelected || highlighted != isHighlighted;
        isSelected = selected;
        isHighlighted = highlighted;
        pseudoClassStateChanged(SELECTED, selected);
        pseudoClassStateChanged(HIGHLIGHTED, highlighted);
        if (changed && getScene() != null) {
            applyCss();
        }
    }

    /**
     * Places the marker: its shape from {@code x} to {@code endX} (a dot centred on {@code x}
     * for points) and its label at {@code labelX}, all in the parent's coordinates.
     */
    void place(double x, double endX, double labelX, double labelWidth, double rowY, double rowHeight) {
        boolean point = event.isPoint();
        double dot = dotSize(shape);
        double left = point ? x - dot / 2 : x;
        double right = Math.max(point ? x + dot / 2 : endX, labelX + labelWidth + statusWidth());
        shapeLeft = left;
        shapeWidth = point ? dot : Math.max(endX - x, 3);
        labelLeft = labelX;
        resizeRelocate(left, rowY, right - left, rowHeight);
        requestLayout();
    }

    private boolean showsStatus() {
        return statusTag != null && statusTag.isVisible();
    }

    private double statusWidth() {
        return showsStatus() ? statusTag.prefWidth(-1) + TAG_GAP : 0;
    }

    @Override
    protected void layoutChildren() {
        double h = getHeight();
        double ox = getLayoutX();
        boolean point = event != null && event.isPoint();
        double shapeH = point ? dotSize(shape) : barHeight(shape);
        double shapeTop = point ? (h - shapeH) / 2 : h - shapeH - 2;
        shape.resizeRelocate(shapeLeft - ox, shapeTop, shapeWidth, shapeH);
        double labelH = title.prefHeight(-1);
        double labelW = title.prefWidth(-1);
        double labelTop = point ? (h - labelH) / 2 : Math.max(0, shapeTop - labelH);
        title.resizeRelocate(labelLeft - ox, labelTop, labelW, labelH);
        if (showsStatus()) {
            // on whole pixels of the parent, where a painted tag lands (see MarkerLook.paintTag)
            double tagH = statusTag.prefHeight(-1);
            double oy = getLayoutY();
            statusTag.resizeRelocate(Math.round(labelLeft + labelW + TAG_GAP) - ox,
                    Math.round(oy + labelTop + (labelH - tagH) / 2) - oy, statusTag.prefWidth(-1), tagH);
        }
    }

    /** The diameter of a dot as CSS sizes {@code shape}: {@code -fx-pref-width} of a point's {@code .event-shape}. */
    static double dotSize(Region shape) {
        return shape.prefWidth(-1);
    }

    /** The height of a bar (or a dot) as CSS sizes {@code shape}: {@code -fx-pref-height} of {@code .event-shape}. */
    static double barHeight(Region shape) {
        return shape.prefHeight(-1);
    }
}
