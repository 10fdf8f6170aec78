package org.timelineviewer.view;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToolBar;

/**
 * Keeps every item of a toolbar in view when its labels do not fit (a narrow window, a large
 * text size): the buttons that have an icon show only the icon (their tooltip and accessible
 * text still name them) rather than items going into the toolbar's overflow menu. Back to
 * icon and label once the toolbar is as wide as the labels need again.
 */
final class ToolbarFit {

    /** The gap between the toolbar's items ({@code -fx-spacing} of {@code .main-toolbar}), with a little to spare. */
    private static final double GAP = 7;

    private final ToolBar toolbar;
    private final List<Labeled> shortenable;
    private boolean iconsOnly;
    /** The width the toolbar needed with every label, when they gave way. */
    private double neededWithLabels;

    ToolbarFit(ToolBar toolbar, List<Labeled> shortenable) {
        this.toolbar = toolbar;
        this.shortenable = List.copyOf(shortenable);
        // Other words or another text size: measure again with the labels.
        for (Labeled l : shortenable) {
            l.textProperty().addListener((o, was, now) -> showLabels());
            l.fontProperty().addListener((o, was, now) -> showLabels());
        }
    }

    /** Called before each layout of the toolbar: gives the labels up, or takes them back. */
    void fit() {
        double width = toolbar.getWidth();
        if (width <= 0) {
            return;
        }
        if (!iconsOnly) {
            double needed = needed();
            if (needed > width) {
                neededWithLabels = needed;
                setIconsOnly(true);
            }
        } else if (width >= neededWithLabels) {
            setIconsOnly(false);
        }
    }

    /** Whether the buttons show only their icons now. */
    boolean iconsOnly() {
        return iconsOnly;
    }

    private void showLabels() {
        if (iconsOnly) {
            setIconsOnly(false);
        }
    }

    private double needed() {
        double sum = toolbar.snappedLeftInset() + toolbar.snappedRightInset();
        for (Node item : toolbar.getItems()) {
            if (item.isManaged()) {
                sum += item.prefWidth(-1) + GAP;
            }
        }
        return sum;
    }

    private void setIconsOnly(boolean on) {
        iconsOnly = on;
        for (Labeled l : shortenable) {
            l.setContentDisplay(on ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        }
        toolbar.requestLayout();
    }
}
