package org.timelineviewer.control;

import java.util.function.IntFunction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import org.timelineviewer.control.EventLayout.Cluster;

/** A count of events too close together to label at this zoom; clicking it zooms in on them. */
final class ClusterBadge extends Label {

    private Cluster cluster;
    private IntFunction<String> describe;

    ClusterBadge() {
        getStyleClass().add("cluster-badge");
        setFocusTraversable(false);
        setAccessibleRole(AccessibleRole.BUTTON);
    }

    Cluster cluster() {
        return cluster;
    }

    /**
     * Shows {@code c}'s count; {@code describe} says it to a screen reader when one asks (words
     * made for every badge on every frame were a tenth of laying out a crowded view).
     */
    void show(Cluster c, IntFunction<String> describe) {
        cluster = c;
        this.describe = describe;
        setText("+" + c.size());
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT && cluster != null && describe != null) {
            return describe.apply(cluster.size());
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }
}
