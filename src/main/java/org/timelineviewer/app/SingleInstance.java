package org.timelineviewer.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One window, however often the app is started: a second start hands its file (if any) to the
 * running one, which comes forward and opens it, and exits at once without starting JavaFX.
 *
 * <p>The running app listens on a loopback port written, with a random token, to a file only the
 * user can read; a message without the token is ignored.
 */
public final class SingleInstance {

    private static final Logger LOG = Logger.getLogger(SingleInstance.class.getName());
    private static final int CONNECT_TIMEOUT_MS = 300;

    private final Path file;

    public SingleInstance(Path folder) {
        this.file = folder.resolve("instance");
    }

    /**
     * Passes {@code timeline} (the file this start was asked to open, if any) to a running app.
     * True when one took it (this process should exit); false when none runs (a stale file is ignored).
     */
    public boolean handOff(java.util.Optional<Path> timeline) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return false;
        }
        if (lines.size() < 2) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(lines.get(0).trim())),
                    CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(2000);
            PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
            out.println(lines.get(1).trim());
            String fileArg = timeline.map(a -> a.toAbsolutePath().toString()).orElse("");
            out.println(fileArg);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            return "ok".equals(in.readLine());
        } catch (IOException | RuntimeException e) {
            return false; // nobody listening: this start becomes the running app
        }
    }

    /**
     * Starts listening; {@code onStart} receives the file path another start asked for ("" for
     * none), on a background thread. Returns false (and the app just runs alone) if it cannot.
     */
    public boolean listen(Consumer<String> onStart) {
        try {
            ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temp, server.getLocalPort() + "\n" + token + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the per-user folder is already private
            }
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Thread thread = new Thread(() -> serve(server, token, onStart), "single-instance");
            thread.setDaemon(true);
            thread.start();
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "running without single-instance hand-off", e);
            return false;
        }
    }

    private static void serve(ServerSocket server, String token, Consumer<String> onStart) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(2000);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                if (!token.equals(in.readLine())) {
                    continue;
                }
                String fileArg = in.readLine();
                onStart.accept(fileArg == null ? "" : fileArg);
                new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8).println("ok");
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "a second start could not hand over", e);
            }
        }
    }
}
