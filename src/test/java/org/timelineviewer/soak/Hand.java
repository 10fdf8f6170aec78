package org.timelineviewer.soak;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.timelineviewer.testing.FxWait;

/** The moves the soak's actions are made of: keys, clicks, wheel turns and drags, at random places. */
final class Hand {

    private Hand() {
    }

    static <T> T oneOf(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Presses one of {@code keys}; its name. */
    static String press(Random random, KeyCode... keys) {
        KeyCode key = keys[random.nextInt(keys.length)];
        FxWait.keys(key);
        return key.getName();
    }

    /** Clicks {@code button} at {@code at}; what was done. */
    static String click(Point2D at, MouseButton button) {
        FxWait.click(at, button);
        return (button == MouseButton.PRIMARY ? "click" : button.name().toLowerCase(Locale.ROOT) + " click")
                + " at " + point(at);
    }

    /** Clicks the middle of {@code node}. */
    static String click(Node node) {
        return click(OnScreen.centre(node), MouseButton.PRIMARY);
    }

    /** Turns the wheel 1 to 3 notches either way at a random point of {@code area}. */
    static String wheel(Random random, Bounds area) {
        Point2D at = OnScreen.pointIn(area, random, 20);
        int notches = (1 + random.nextInt(3)) * (random.nextBoolean() ? 1 : -1);
        FxWait.wheel(at, notches);
        return String.format(Locale.ROOT, "%+d notches at %s", notches, point(at));
    }

    /** Drags from a random point of {@code area} to another, up to 500 pixels sideways, in 2 to 6 moves. */
    static String drag(Random random, Bounds area) {
        Point2D from = OnScreen.pointIn(area, random, 30);
        double x = clamp(from.getX() + (random.nextDouble() - 0.5) * 1000, area.getMinX() + 2, area.getMaxX() - 2);
        double y = clamp(from.getY() + (random.nextDouble() - 0.5) * 60, area.getMinY() + 2, area.getMaxY() - 2);
        Point2D to = new Point2D(x, y);
        int steps = 2 + random.nextInt(5);
        FxWait.drag(from, to, steps);
        return "from " + point(from) + " to " + point(to) + " in " + steps;
    }

    /** Waits for {@code condition}, pressing Esc (up to three times) while it does not hold. */
    static void escapeUntil(String what, BooleanSupplier condition) {
        for (int i = 0; i < 3 && !FxWait.call(condition::getAsBoolean); i++) {
            FxWait.keys(KeyCode.ESCAPE);
        }
        FxWait.until(what, condition);
    }

    static String point(Point2D p) {
        return String.format(Locale.ROOT, "(%.0f, %.0f)", p.getX(), p.getY());
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
