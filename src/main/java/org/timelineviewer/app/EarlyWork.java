package org.timelineviewer.app;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Starts work the first frame needs but that touches no scene (reading the timeline, the
 * preferences and the fonts, opening the log) on a thread of its own, so that it overlaps the
 * JavaFX toolkit's start and the building of the window: the FX thread is the one critical path
 * to the first frame. A thread each rather than the common pool, whose single worker on a
 * two-core machine would run them one after another.
 */
final class EarlyWork {

    private EarlyWork() {
    }

    static <T> CompletableFuture<T> start(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                T value = work.get();
                if (StartupTrace.ON) {
                    StartupTrace.mark(name + " ready, " + StartupTrace.cpuMillis() + " ms CPU");
                }
                result.complete(value);
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "early-" + name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }
}
