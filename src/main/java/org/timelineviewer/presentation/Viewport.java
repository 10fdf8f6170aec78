package org.timelineviewer.presentation;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.timelineviewer.control.TimeIndex;
import org.timelineviewer.control.ZoomLimits;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

/**
 * The span of time in view and the commands that move it: zoom, pan, fit, reveal, show, fly.
 * Everything that needs the visible range (the status bar, export, the preferences, the smoke
 * test) reads it here. Pure view model: no nodes. A timeline view is {@linkplain #attach attached}
 * as its {@link Camera}: it reports what it shows (every frame while it moves) and makes the moves
 * asked of it, gliding or flying as it draws.
 */
public final class Viewport {

    /** How a move is made: at once, a short glide (direct manipulation), or a camera flight. */
    public enum Motion { JUMP, GLIDE, FLIGHT }

    /** What a viewport drives: a timeline view that shows a window and moves to another. */
    public interface Camera {
        /** The window shown now (changes every frame while moving). */
        ObservableValue<TimeWindow> shownWindow();

        /** Where the view is heading; the shown window when it is still. */
        TimeWindow heading();

        /** Moves to {@code target}; {@code millis} is the length of a {@link Motion#FLIGHT}. */
        void move(TimeWindow target, Motion motion, double millis);
    }

    private final ObservableValue<Timeline> timeline;
    private final ObservableValue<List<TimelineEvent>> events;
    private final ObservableValue<TimelineEvent> selected;
    private final ReadOnlyObjectWrapper<TimeWindow> window = new ReadOnlyObjectWrapper<>(this, "window",
            new TimeWindow(0, 365));
    private TimeIndex index = new TimeIndex(List.of());
    private Camera camera;
    /** Where a move asked for before any view was attached should start the view. */
    private TimeWindow pending;

    /**
     * A viewport over {@code events} (those shown, in time order) of {@code timeline}, zooming
     * around {@code selected} when it is in view.
     */
    public Viewport(ObservableValue<Timeline> timeline, ObservableValue<List<TimelineEvent>> events,
                    ObservableValue<TimelineEvent> selected) {
        this.timeline = timeline;
        this.events = events;
        this.selected = selected;
        index = new TimeIndex(events.getValue() == null ? List.of() : events.getValue());
        events.addListener((o, was, now) -> {
            index = new TimeIndex(now == null ? List.of() : now);
            if (!now.isEmpty() && countInView() == 0) {
                fitAll(); // a search or filter whose matches are all out of view: show them
            }
        });
    }

    // ---- read-only state ----------------------------------------------------------------------

    /** The span of time in view now (changes every frame while the view moves). */
    public ReadOnlyObjectProperty<TimeWindow> windowProperty() {
        return window.getReadOnlyProperty();
    }

    public TimeWindow getWindow() {
        return window.get();
    }

    /** How many of the shown events overlap the window (counted, not listed: asked every frame). */
    public int countInView() {
        TimeWindow w = getWindow();
        return index.countOverlapping(w.start(), w.end());
    }

    /** The shown events overlapping the window, in time order. */
    public List<TimelineEvent> eventsInView() {
        TimeWindow w = getWindow();
        return index.overlapping(w.start(), w.end());
    }

    // ---- commands -----------------------------------------------------------------------------

    /** Shows {@code target} at once. */
    public void show(TimeWindow target) {
        move(limits().limit(target), Motion.JUMP, 0);
    }

    /** Glides to {@code target}. */
    public void glideTo(TimeWindow target) {
        move(limits().limit(target), Motion.GLIDE, 0);
    }

    /** Flies the camera to {@code target} over {@code millis}, easing in and out (presenting). */
    public void flyTo(TimeWindow target, double millis) {
        move(limits().limit(target), Motion.FLIGHT, millis);
    }

    /** One step closer, around the selected event when it is in view, else the centre. */
    public void zoomIn() {
        zoomAround(zoomAnchor(), ZoomLimits.ZOOM_STEP);
    }

    /** One step further out, around the same anchor as {@link #zoomIn()}. */
    public void zoomOut() {
        zoomAround(zoomAnchor(), 1 / ZoomLimits.ZOOM_STEP);
    }

    /** Zooms by {@code factor} (below 1 zooms in) keeping the instant {@code day} in place. */
    public void zoomAround(double day, double factor) {
        move(limits().zoom(heading(), day, factor), Motion.GLIDE, 0);
    }

    /** Shows every shown event, with a margin. */
    public void fitAll() {
        TimeWindow fit = limits().fit();
        if (fit != null) {
            move(fit, Motion.GLIDE, 0);
        }
    }

    /** Shows every shown event at once, with a margin: no glide from where the view was. */
    public void showAll() {
        TimeWindow fit = limits().fit();
        if (fit != null) {
            move(fit, Motion.JUMP, 0);
        }
    }

    /** Moves by a fraction of the view's span (positive: later). */
    public void panBy(double fraction) {
        TimeWindow base = heading();
        move(limits().limit(base.shiftedBy(base.span() * fraction)), Motion.GLIDE, 0);
    }

    /** Pans the least needed to bring {@code event} comfortably into view; nothing when it is. */
    public void reveal(TimelineEvent event) {
        if (event == null) {
            return;
        }
        TimeWindow base = heading();
        TimeWindow revealed = limits().reveal(base, event.startDay());
        if (!revealed.equals(base)) {
            move(revealed, Motion.GLIDE, 0);
        }
    }

    // ---- the view it drives -------------------------------------------------------------------

    /**
     * Makes {@code view} this viewport's camera: the window follows what it shows, and moves are
     * made by it. Replaces any camera attached before.
     */
    public void attach(Camera view) {
        if (camera != null) {
            window.unbind();
        }
        camera = view;
        if (pending != null) {
            view.move(pending, Motion.JUMP, 0);
            pending = null;
        }
        window.bind(view.shownWindow());
    }

    private void move(TimeWindow target, Motion motion, double millis) {
        if (camera != null) {
            camera.move(target, motion, millis);
        } else {
            pending = target; // no view yet: where the first view will start
            window.set(target);
        }
    }

    private TimeWindow heading() {
        return camera != null ? camera.heading() : getWindow();
    }

    private double zoomAnchor() {
        TimeWindow w = getWindow();
        TimelineEvent s = selected.getValue();
        return s != null && w.contains(s.startDay()) ? s.startDay() : w.center();
    }

    private ZoomLimits limits() {
        Timeline t = timeline.getValue();
        return ZoomLimits.of(index, t == null ? 0 : t.lastDay() - t.firstDay());
    }
}
