package org.timelineviewer.story;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Which screen the audience view and the presenter view go to, from the screens there are now:
 * the presenter on the main window's screen (its "home"), the audience on another one, the two
 * exchanged when swapped. With one screen left (one unplugged mid-talk) both go to it, so the
 * audience view is never left where no screen is. Pure: screens as rectangles, no toolkit.
 *
 * @param audience  index of the audience's screen in the list chosen from
 * @param presenter index of the presenter's screen (the same as {@code audience} on one screen)
 */
record ScreenChoice(int audience, int presenter) {

    /**
     * @param screens the screens' bounds (not empty), the primary one at {@code primary}
     * @param owner   the main window's bounds (null when there is none): its screen is home
     * @param swapped whether the presenter asked for the audience on the home screen (X)
     */
    static ScreenChoice choose(List<Rectangle2D> screens, int primary, Rectangle2D owner, boolean swapped) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("no screens");
        }
        int home = owner == null ? -1 : mostOf(screens, owner);
        if (home < 0) {
            home = primary >= 0 && primary < screens.size() ? primary : 0;
        }
        int other = home;
        for (int i = 0; i < screens.size(); i++) {
            if (i != home) {
                other = i;
                break;
            }
        }
        return swapped ? new ScreenChoice(home, other) : new ScreenChoice(other, home);
    }

    /** Whether both views share one screen. */
    boolean oneScreen() {
        return audience == presenter;
    }

    /** The screen holding most of {@code window}; -1 when it is on none. */
    private static int mostOf(List<Rectangle2D> screens, Rectangle2D window) {
        int best = -1;
        double bestArea = 0;
        for (int i = 0; i < screens.size(); i++) {
            double area = overlap(screens.get(i), window);
            if (area > bestArea) {
                bestArea = area;
                best = i;
            }
        }
        return best;
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
