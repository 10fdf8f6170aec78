package org.timelineviewer.control;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimelineEvent;

/**
 * Hidden {@link EventMarker}s, one per look (style classes and category colour) and state
 * (plain or highlighted), that the stylesheet styles like any other marker. {@link EventSprites}
 * paints in the {@link MarkerLook}s read off them; when CSS restyles a probe (a theme, a font
 * size, a stylesheet of the app's), its look is read again and {@code restyled} runs.
 */
final class MarkerProbes {

    private final List<Node> parentChildren;
    private final Runnable restyled;
    private final Map<String, Probe> byLook = new HashMap<>();
    /** The probe of each event painted so far: the look's name is not built again every frame. */
    private final Map<TimelineEvent, Probe> byEvent = new IdentityHashMap<>();
    /** The pictures the looks paint with, shared by looks that would make the same. */
    private final MarkerStamps stamps = new MarkerStamps();

    /** Probes join {@code parentChildren} (a parent in the control's scene); {@code restyled} runs when CSS changes one. */
    MarkerProbes(List<Node> parentChildren, Runnable restyled) {
        this.parentChildren = parentChildren;
        this.restyled = restyled;
    }

    /**
     * The look of {@code e}'s marker, highlighted or not; {@code status} is its status tag's
     * text (null for none), {@code language} the language it is shown in.
     */
    MarkerLook lookOf(TimelineEvent e, boolean highlighted, Language language, String status) {
        Probe probe = byEvent.get(e);
        if (probe == null) {
            probe = byLook.computeIfAbsent(EventMarker.look(e, e.category().color()), k -> new Probe());
            byEvent.put(e, probe);
        }
        return probe.look(e, highlighted, language, status);
    }

    /**
     * Makes the plain look of {@code e}'s marker now, ahead of painting it (see {@link LookWarmUp});
     * true when it was not known. Unlike {@link #lookOf}, it does not remember the event.
     */
    boolean prepare(TimelineEvent e, Language language, String status) {
        Probe probe = byLook.computeIfAbsent(EventMarker.look(e, e.category().color()), k -> new Probe());
        if (probe.looks[0] != null) {
            return false;
        }
        probe.look(e, false, language, status);
        return true;
    }

    /** Forgets which probe each event had (the events drawn changed); the probes stay. */
    void forgetEvents() {
        byEvent.clear();
    }

    /** How many pictures and measures the looks have made so far (for tests). */
    int stampsMade() {
        return stamps.made();
    }

    /** The probe markers now in the scene (for tests). */
    int probeCount() {
        int n = 0;
        for (Probe p : byLook.values()) {
            n += (p.markers[0] == null ? 0 : 1) + (p.markers[1] == null ? 0 : 1);
        }
        return n;
    }

    private final class Probe {
        final EventMarker[] markers = new EventMarker[2];
        final MarkerLook[] looks = new MarkerLook[2];

        MarkerLook look(TimelineEvent e, boolean highlighted, Language language, String status) {
            int i = highlighted ? 1 : 0;
            if (markers[i] == null) {
                markers[i] = newProbe(e, highlighted, language, status, i);
            }
            if (looks[i] == null) {
                looks[i] = MarkerLook.of(markers[i], stamps);
            }
            return looks[i];
        }

        private EventMarker newProbe(TimelineEvent e, boolean highlighted, Language language, String status, int i) {
            EventMarker probe = new EventMarker();
            probe.setVisible(false);
            probe.setManaged(false);
            probe.setMouseTransparent(true);
            probe.setAccessibleRole(javafx.scene.AccessibleRole.NODE);
            parentChildren.add(0, probe);
            probe.show(e, language, e.category().color(), "", status);
            probe.setState(false, highlighted);
            probe.applyCss();
            InvalidationListener restyle = (Observable o) -> {
                if (looks[i] != null) {
                    looks[i] = null;
                    restyled.run();
                }
            };
            probe.shape().backgroundProperty().addListener(restyle);
            probe.shape().borderProperty().addListener(restyle);
            probe.shape().opacityProperty().addListener(restyle);
            for (Label label : labels(probe)) {
                label.fontProperty().addListener(restyle);
                label.textFillProperty().addListener(restyle);
                label.backgroundProperty().addListener(restyle);
                label.paddingProperty().addListener(restyle);
            }
            return probe;
        }

        private static List<Label> labels(EventMarker probe) {
            return probe.statusTag() == null ? List.of(probe.title()) : List.of(probe.title(), probe.statusTag());
        }
    }
}
