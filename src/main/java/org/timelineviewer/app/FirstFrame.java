package org.timelineviewer.app;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Calls back once, after the first pulse that lays out a shown scene, with the time since the
 * process started: the app's "first frame", used by the startup benchmark and the smoke test.
 */
public final class FirstFrame {

    private FirstFrame() {
    }

    public static void whenShown(Scene scene, Consumer<Duration> then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // Let this pulse render, then report.
            Platform.runLater(() -> then.accept(sinceProcessStart()));
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Time since this process started (the JVM's own start when the OS does not say). */
    public static Duration sinceProcessStart() {
        Instant start = ProcessHandle.current().info().startInstant()
                .orElseGet(() -> Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
        return Duration.between(start, Instant.now());
    }
}
