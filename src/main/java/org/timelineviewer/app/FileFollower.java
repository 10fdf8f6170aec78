package org.timelineviewer.app;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Follows one file as other programs save it: watches its folder (editors often save by writing a
 * new file and renaming it over the old one) and, once the file has been quiet for
 * {@value #QUIET_MILLIS} ms, hands it to {@code changed} on a thread of its own. Following another
 * file, or none, stops the watch before.
 */
final class FileFollower {

    /** A burst of writes (a save in several steps) is one change once it has been quiet this long. */
    static final long QUIET_MILLIS = 250;
    private static final Logger LOG = Logger.getLogger(FileFollower.class.getName());

    private final Consumer<Path> changed;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "follow-file-timer");
        t.setDaemon(true);
        return t;
    });
    private WatchService watch;
    private Path file;
    private ScheduledFuture<?> pending;

    FileFollower(Consumer<Path> changed) {
        this.changed = changed;
    }

    /** Follows {@code target} from now on (and no other file). */
    synchronized void follow(Path target) {
        stop();
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        try {
            WatchService service = FileSystems.getDefault().newWatchService();
            folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            watch = service;
            file = target.toAbsolutePath();
            Thread thread = new Thread(() -> run(service, file), "follow-file");
            thread.setDaemon(true);
            thread.start();
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.INFO, "not following " + target + " (it will not reload by itself)", e);
        }
    }

    /** Stops following. */
    synchronized void stop() {
        if (pending != null) {
            pending.cancel(false);
        }
        if (watch != null) {
            try {
                watch.close();
            } catch (IOException ignored) {
                // closing is all that is wanted
            }
        }
        watch = null;
        file = null;
    }

    private void run(WatchService service, Path target) {
        Path name = target.getFileName();
        try {
            while (true) {
                WatchKey key = service.take();
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    ours |= event.kind() == StandardWatchEventKinds.OVERFLOW || name.equals(event.context());
                }
                if (ours) {
                    quietThen(target);
                }
                if (!key.reset()) {
                    return; // the folder has gone
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // stopped
        }
    }

    private synchronized void quietThen(Path target) {
        if (!target.equals(file)) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(() -> changed.accept(target), QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }
}
