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

    /**
     * Time since this process started. On Linux from {@code /proc}: the system's uptime (to the
     * hundredth of a second) less the process's start in clock ticks since boot. The start time
     * Java reports there is counted from the boot time in whole seconds, so it was up to a second
     * early (a smoke run once said "first frame after 1262 ms" of a 0.7 s run). Elsewhere the
     * operating system's start time, else the JVM's.
     */
    public static Duration sinceProcessStart() {
        return ProcessAge.fromProc().orElseGet(() -> {
            Instant start = ProcessHandle.current().info().startInstant()
                    .orElseGet(() -> Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
            return Duration.between(start, Instant.now());
        });
    }
}
