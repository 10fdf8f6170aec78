package org.timelineviewer.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One window per display, however often the app is started: a second start on the same display
 * hands its file (if any) to the running app, which comes forward and opens it, and exits at once
 * without starting JavaFX. If the hand-off fails in any way, the start simply runs on its own.
 *
 * <p>The running app listens on a loopback port, written with a random token to an owner-only
 * {@link InstanceFile}; both sides prove they know the token ({@link HandOffProtocol}), which never
 * crosses the socket. Each connection is served on one of a few workers, within a deadline; when
 * all are busy a connection is dropped, so a slow client holds up nobody for long.
 */
public final class SingleInstance implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SingleInstance.class.getName());
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private static final int CONNECT_TIMEOUT_MS = 300;
    /** How many connections are served at once; one more is refused. */
    static final int WORKERS = 4;
    private static final int REFUSALS_TOLD_ONE_BY_ONE = 5;
    private static final Duration REFUSALS_COUNTED_EVERY = Duration.ofMinutes(1);

    private final DisplayIdentity identity;
    private final InstanceFile file;
    private final Duration deadline;
    private final SecureRandom random = new SecureRandom();
    private final RefusalLog refusals = new RefusalLog(LOG, REFUSALS_TOLD_ONE_BY_ONE, REFUSALS_COUNTED_EVERY, System::nanoTime);
    private ServerSocket server;
    private ThreadPoolExecutor workers;
    private Thread shutdownHook;
    private byte[] token;

    /** The hand-off for this process's display, with the instance file in {@code folder}. */
    public SingleInstance(Path folder) {
        this(folder, System.getenv(), DEADLINE);
    }

    /** For tests: {@code environment} says which display this is; each exchange ends within {@code deadline}. */
    SingleInstance(Path folder, Map<String, String> environment, Duration deadline) {
        this.identity = DisplayIdentity.of(environment);
        this.file = new InstanceFile(folder, identity, random);
        this.deadline = deadline;
    }

    /**
     * Passes {@code timeline} (the file this start was asked to open, if any) to the app running on
     * this display. True when it took it (this process should exit); false when none proved to be
     * there, or the hand-off failed any other way (this start goes on and opens its own window).
     */
    public boolean handOff(Optional<Path> timeline) {
        Optional<InstanceFile.Entry> entry = file.read().filter(e -> e.identity().equals(identity));
        if (entry.isEmpty()) {
            return false;
        }
        String path = timeline.map(t -> t.toAbsolutePath().toString()).orElse("");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), entry.get().port()), CONNECT_TIMEOUT_MS);
            return new HandOffProtocol(entry.get().token(), identity, random, deadline).offer(socket, path);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "no hand-off, starting on its own: " + e);
            return false;
        }
    }

    /**
     * Starts listening; {@code onStart} receives the path another start on this display asked for
     * ("" for none; otherwise absolute, at most 8 KB, without control characters), on a background
     * thread (one of several: calls may overlap). Returns false (and the app just runs alone) if it
     * cannot. The instance file goes when {@link #close()} is called or the process exits.
     */
    public synchronized boolean listen(Consumer<String> onStart) {
        if (server != null) {
            throw new IllegalStateException("already listening");
        }
        try {
            server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
            token = new byte[32];
            random.nextBytes(token);
            file.write(new InstanceFile.Entry(server.getLocalPort(), token, identity));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "running without single-instance hand-off", e);
            close();
            return false;
        }
        workers = new ThreadPoolExecutor(0, WORKERS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> daemon(r, "hand-off"));
        HandOffProtocol protocol = new HandOffProtocol(token, identity, random, deadline);
        daemon(() -> accept(server, workers, protocol, onStart), "single-instance").start();
        shutdownHook = new Thread(this::close, "single-instance-exit");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        return true;
    }

    /** Stops listening and removes the instance file if it is still this app's. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the hand-off port", e);
        }
        if (workers != null) {
            workers.shutdownNow();
        }
        refusals.flush();
        if (token != null) {
            file.deleteIfOurs(token);
        }
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException exiting) {
                // the hook is running (or about to): it finds nothing left to do
            }
        }
    }

    private void accept(ServerSocket server, ThreadPoolExecutor workers, HandOffProtocol protocol, Consumer<String> onStart) {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.INFO, "no more hand-offs: the port failed", e);
                    close();
                }
                return;
            }
            try {
                workers.execute(() -> serve(socket, protocol, onStart));
            } catch (RejectedExecutionException busy) {
                closeQuietly(socket);
                refusals.refused("every worker is busy");
            }
        }
    }

    private void serve(Socket socket, HandOffProtocol protocol, Consumer<String> onStart) {
        try (socket) {
            protocol.serve(socket, onStart);
        } catch (IOException | RuntimeException e) {
            refusals.refused(e.toString()); // the protocol's own words: a client's bytes never go in a message
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing to tell
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
