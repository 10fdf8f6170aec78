package org.timelineviewer.control;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import org.timelineviewer.control.EventLayout.Cluster;

/** A count of events too close together to label at this zoom; clicking it zooms in on them. */
final class ClusterBadge extends Label {

    private Cluster cluster;

    ClusterBadge() {
        getStyleClass().add("cluster-badge");
        setFocusTraversable(false);
        setAccessibleRole(AccessibleRole.BUTTON);
    }

    Cluster cluster() {
        return cluster;
    }

    void show(Cluster c, String accessibleText) {
        cluster = c;
        setText("+" + c.size());
        setAccessibleText(accessibleText);
    }
}
