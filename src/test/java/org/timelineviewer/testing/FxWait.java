package org.timelineviewer.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs work on the FX thread and waits on conditions, never on the clock: a UI test asks for
 * what it needs to be true and goes on the moment it is, failing with its description after a
 * generous timeout. (TestFX's {@code interact} and {@code waitForFxEvents} sleep 50 ms each time;
 * these wait exactly as long as the FX thread needs.)
 */
public final class FxWait {

    static final long TIMEOUT_SECONDS = 10;

    private FxWait() {
    }

    /** Runs {@code work} on the FX thread (after everything queued before it) and waits for it. */
    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Computes {@code work} on the FX thread and returns its result. */
    public static <T> T call(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        try {
            return WaitForAsyncUtils.asyncFx(work).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new AssertionError(cause);
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("the FX thread did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    /**
     * Lets the FX thread finish what is queued, then styles and lays out every shown window at
     * once, as the next pulse would: what the tests look at (nodes, their places and styles) is
     * then up to date, without waiting for anything to be drawn.
     */
    public static void settle() {
        run(() -> {
            for (Window window : Window.getWindows()) {
                if (window.isShowing() && window.getScene() != null) {
                    window.getScene().getRoot().applyCss();
                    window.getScene().getRoot().layout();
                }
            }
        });
    }

    /**
     * Waits until the toolkit has run a whole pulse after now (what a resized window needs before
     * its scene lays out at the new size): the condition is a frame, not a time.
     */
    public static void pulse() {
        java.util.concurrent.CompletableFuture<Void> pulsed = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // Timers run at the start of a pulse: the second call comes after a whole one.
                if (++frames == 2) {
                    stop();
                    pulsed.complete(null);
                }
            }
        }.start());
        try {
            pulsed.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("no pulse within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    /**
     * Presses and releases each key as a person would, through the platform's robot (the
     * keyboard events reach the focused node of the focused window like real ones), and waits for
     * the FX thread to have handled them. Without TestFX's 100 ms of sleeps a key.
     */
    public static void keys(javafx.scene.input.KeyCode... codes) {
        for (javafx.scene.input.KeyCode code : codes) {
            run(() -> {
                javafx.scene.robot.Robot robot = new javafx.scene.robot.Robot();
                robot.keyPress(code);
                robot.keyRelease(code);
            });
            settle();
        }
    }

    /**
     * Presses {@code codes} in order, holds them all, then releases them in reverse order, as a
     * person types a shortcut ({@code CONTROL, F}), and waits for the FX thread to have handled it.
     */
    public static void chord(javafx.scene.input.KeyCode... codes) {
        run(() -> {
            javafx.scene.robot.Robot robot = new javafx.scene.robot.Robot();
            for (javafx.scene.input.KeyCode code : codes) {
                robot.keyPress(code);
            }
            for (int i = codes.length - 1; i >= 0; i--) {
                robot.keyRelease(codes[i]);
            }
        });
        settle();
    }

    /** Moves the platform's pointer to {@code screen} (screen coordinates), as a hand on the mouse would. */
    public static void moveMouse(javafx.geometry.Point2D screen) {
        run(() -> new javafx.scene.robot.Robot().mouseMove(screen));
        settle();
    }

    /** Moves the pointer to {@code screen} and clicks {@code button} there, through the platform's robot. */
    public static void click(javafx.geometry.Point2D screen, javafx.scene.input.MouseButton button) {
        run(() -> {
            javafx.scene.robot.Robot robot = new javafx.scene.robot.Robot();
            robot.mouseMove(screen);
            robot.mousePress(button);
            robot.mouseRelease(button);
        });
        settle();
    }

    /** Turns the wheel {@code notches} (negative: away from the user) with the pointer at {@code screen}. */
    public static void wheel(javafx.geometry.Point2D screen, int notches) {
        run(() -> {
            javafx.scene.robot.Robot robot = new javafx.scene.robot.Robot();
            robot.mouseMove(screen);
            robot.mouseWheel(notches);
        });
        settle();
    }

    /**
     * Drags with the primary button from {@code from} to {@code to} in {@code steps} moves, each
     * handled by the FX thread before the next (a pan on the timeline), then releases.
     */
    public static void drag(javafx.geometry.Point2D from, javafx.geometry.Point2D to, int steps) {
        run(() -> {
            javafx.scene.robot.Robot robot = new javafx.scene.robot.Robot();
            robot.mouseMove(from);
            robot.mousePress(javafx.scene.input.MouseButton.PRIMARY);
        });
        settle();
        for (int i = 1; i <= steps; i++) {
            javafx.geometry.Point2D at = from.add(to.subtract(from).multiply((double) i / steps));
            run(() -> new javafx.scene.robot.Robot().mouseMove(at));
            settle();
        }
        run(() -> new javafx.scene.robot.Robot().mouseRelease(javafx.scene.input.MouseButton.PRIMARY));
        settle();
    }

    /** Waits until {@code condition} (read on the FX thread) holds. */
    public static void until(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> call(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + TIMEOUT_SECONDS + " s for: " + what, e);
        }
    }
}
