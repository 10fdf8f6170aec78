package org.timelineviewer.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/** Whether remembered window bounds are still visible on one of today's screens. */
final class ViewerPreferencesFit {

    private ViewerPreferencesFit() {
    }

    /** True when at least a 200 x 100 pixel piece of the window's title area is on some screen. */
    static boolean onSomeScreen(ViewerPreferences.Bounds b) {
        Rectangle2D titleArea = new Rectangle2D(b.x(), b.y(), b.width(), Math.min(100, b.height()));
        for (Screen screen : Screen.getScreens()) {
            Rectangle2D v = screen.getVisualBounds();
            double w = Math.min(v.getMaxX(), titleArea.getMaxX()) - Math.max(v.getMinX(), titleArea.getMinX());
            double h = Math.min(v.getMaxY(), titleArea.getMaxY()) - Math.max(v.getMinY(), titleArea.getMinY());
            if (w >= 200 && h >= 50) {
                return true;
            }
        }
        return false;
    }
}
