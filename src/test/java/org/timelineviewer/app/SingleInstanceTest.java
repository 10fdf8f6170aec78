package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ProtocolException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second start on the same display hands its file to the running app instead of opening a
 * second window; one that cannot (nobody there, an impostor, another display) opens its own.
 */
class SingleInstanceTest {

    private static final Map<String, String> DISPLAY_0 = Map.of("DISPLAY", ":0");
    private static final Map<String, String> DISPLAY_1 = Map.of("DISPLAY", ":1");
    private static final Duration DEADLINE = Duration.ofSeconds(1);

    @TempDir
    Path dir;

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private SingleInstance running;

    @AfterEach
    void stopTheRunningApp() {
        if (running != null) {
            running.close();
        }
    }

    private SingleInstance start(Map<String, String> environment) {
        return new SingleInstance(dir, environment, DEADLINE);
    }

    private void runApp(Map<String, String> environment) {
        running = start(environment);
        assertThat(running.listen(received::add)).isTrue();
    }

    private Path instanceFile(Map<String, String> environment) {
        return new InstanceFile(dir, DisplayIdentity.of(environment), new SecureRandom()).path();
    }

    @Test
    void withNothingRunningTheStartGoesAhead() {
        assertThat(start(DISPLAY_0).handOff(Optional.of(Path.of("x.timeline")))).isFalse();
    }

    @Test
    void aSecondStartHandsItsFileToTheRunningApp() throws Exception {
        runApp(DISPLAY_0);

        assertThat(start(DISPLAY_0).handOff(Optional.of(Path.of("talk.timeline")))).isTrue();
        assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(Path.of("talk.timeline").toAbsolutePath().toString());

        assertThat(start(DISPLAY_0).handOff(Optional.empty())).isTrue();
        assertThat(received.poll(5, TimeUnit.SECONDS)).isEmpty();
    }

    // 1. Nobody else can read the port and the token.

    @Test
    void theInstanceFileAndItsFoldersAreTheOwnersAloneFromTheStart() throws Exception {
        Path state = dir.resolve("state");
        Path folder = state.resolve("timeline-viewer");
        running = new SingleInstance(folder, DISPLAY_0, DEADLINE);
        assertThat(running.listen(received::add)).isTrue();
        if (!posix()) {
            return;
        }
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(OwnerOnly.FOLDER);
        assertThat(Files.getPosixFilePermissions(state)).as("a parent made on the way, whatever the umask")
                .isSubsetOf(OwnerOnly.FOLDER).contains(PosixFilePermission.OWNER_EXECUTE);
        try (var files = Files.list(folder)) {
            assertThat(files).singleElement().satisfies(file ->
                    assertThat(Files.getPosixFilePermissions(file)).as("whatever the umask")
                            .isSubsetOf(OwnerOnly.FILE).contains(PosixFilePermission.OWNER_READ));
        }
    }

    @Test
    void theTemporaryFileIsNeverReadableByOthers() throws Exception {
        Path temp = dir.resolve("instance-x.tmp");
        try (OutputStream out = OwnerOnly.newFile(temp)) {
            if (posix()) { // as it comes into being, before a byte is written or a mode is set
                assertThat(Files.getPosixFilePermissions(temp)).isSubsetOf(OwnerOnly.FILE)
                        .contains(PosixFilePermission.OWNER_WRITE);
            }
        }
        assertThatThrownBy(() -> OwnerOnly.newFile(temp).close()).as("never opens a file made by someone else")
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    }

    @Test
    void anExistingFolderOfTheAppsIsNarrowed() throws Exception {
        if (!posix()) {
            return;
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        runApp(DISPLAY_0);
        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(OwnerOnly.FOLDER);
    }

    // 2. A stale file is not trusted, and goes when the app stops.

    @Test
    void aStaleFileFromACrashedRunDoesNotStopTheStart() throws Exception {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = probe.getLocalPort();
        }
        byte[] token = new byte[32];
        new InstanceFile(dir, DisplayIdentity.of(DISPLAY_0), new SecureRandom())
                .write(new InstanceFile.Entry(freePort, token, DisplayIdentity.of(DISPLAY_0)));
        long before = System.nanoTime();
        assertThat(start(DISPLAY_0).handOff(Optional.empty())).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before)).isLessThan(2_000);
    }

    @Test
    void whoeverHoldsAStaleFilesPortNowCannotTakeTheStartByAnsweringOk() throws Exception {
        byte[] token = new byte[32];
        new SecureRandom().nextBytes(token);
        try (ServerSocket impostor = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            new InstanceFile(dir, DisplayIdentity.of(DISPLAY_0), new SecureRandom())
                    .write(new InstanceFile.Entry(impostor.getLocalPort(), token, DisplayIdentity.of(DISPLAY_0)));
            CompletableFuture<String> heard = CompletableFuture.supplyAsync(() -> answerOkToEverything(impostor));

            assertThat(start(DISPLAY_0).handOff(Optional.of(dir.resolve("secret.timeline")))).isFalse();
            assertThat(heard.get(5, TimeUnit.SECONDS)).as("what the start told the impostor").startsWith("TLV-HANDOFF-1 ")
                    .doesNotContain(HexFormat.of().formatHex(token)).doesNotContain("secret.timeline");

            runApp(DISPLAY_0); // the start goes on as the running app, and takes the file over
            assertThat(entry(DISPLAY_0).port()).isNotEqualTo(impostor.getLocalPort());
            assertThat(start(DISPLAY_0).handOff(Optional.of(dir.resolve("next.timeline")))).isTrue();
            assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(dir.resolve("next.timeline").toString());
        }
    }

    /** Answers "ok" to every line, as a program that knows nothing of the token might, and returns all it heard. */
    private static String answerOkToEverything(ServerSocket impostor) {
        try (Socket socket = impostor.accept()) {
            socket.setSoTimeout(5_000);
            StringBuilder heard = new StringBuilder();
            for (int c; (c = socket.getInputStream().read()) >= 0; ) {
                heard.append((char) c);
                if (c == '\n') {
                    socket.getOutputStream().write("ok\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
            return heard.toString();
        } catch (IOException e) {
            return "failed: " + e;
        }
    }

    @Test
    void aStartThatDoesNotKnowTheTokenHandsNothingOver() throws Exception {
        runApp(DISPLAY_0);
        byte[] wrong = new byte[32];
        assertThat(handOverByHand(DISPLAY_0, wrong, "/etc/passwd")).isEqualTo("refused");
        assertThat(handOverByHand(DISPLAY_0, entry(DISPLAY_0).token(), "/etc/hosts")).as("the same, knowing it").isEqualTo("ok");
        assertThat(received).containsExactly("/etc/hosts");
    }

    @Test
    void theFileGoesWhenTheAppStopsButNotIfALaterAppReplacedIt() throws Exception {
        runApp(DISPLAY_0);
        Path file = instanceFile(DISPLAY_0);
        assertThat(file).exists();
        running.close();
        assertThat(file).doesNotExist();
        assertThat(start(DISPLAY_0).handOff(Optional.empty())).isFalse();

        SingleInstance first = start(DISPLAY_0);
        SingleInstance second = start(DISPLAY_0);
        try {
            assertThat(first.listen(received::add)).isTrue();
            assertThat(second.listen(received::add)).isTrue(); // took the file over
            first.close();
            assertThat(file).exists();
            assertThat(start(DISPLAY_0).handOff(Optional.empty())).isTrue();
        } finally {
            second.close();
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void theFileGoesWhenTheProcessExitsWithoutStopping() throws Exception {
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InstanceOwnerProcess.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            var out = new java.io.BufferedReader(new java.io.InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("listening");
            Path file = instanceFile(Map.of("DISPLAY", ":9"));
            assertThat(file).exists();
            owner.getOutputStream().write('\n');
            owner.getOutputStream().flush();
            assertThat(owner.waitFor(20, TimeUnit.SECONDS)).as("exited").isTrue();
            assertThat(file).as("removed by the shutdown hook").doesNotExist();
        } finally {
            owner.destroyForcibly();
        }
    }

    // 3. A slow or endless client blocks nobody.

    @Test
    void aTricklingClientDoesNotHoldUpARealHandOffAndIsCutOffAtTheDeadline() throws Exception {
        runApp(DISPLAY_0);
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        CompletableFuture<Long> cutOff = new CompletableFuture<>();
        long started = System.nanoTime();
        try (Socket slow = new Socket(InetAddress.getLoopbackAddress(), entry(DISPLAY_0).port())) {
            trickle.scheduleAtFixedRate(() -> {
                try {
                    slow.getOutputStream().write('T'); // a byte at a time, never a whole line
                } catch (IOException e) {
                    cutOff.complete(System.nanoTime() - started);
                }
            }, 0, 50, TimeUnit.MILLISECONDS);

            long before = System.nanoTime();
            assertThat(start(DISPLAY_0).handOff(Optional.of(dir.resolve("b.timeline")))).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(DEADLINE);
            assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(dir.resolve("b.timeline").toString());

            assertThat(Duration.ofNanos(cutOff.get(5, TimeUnit.SECONDS))).as("one deadline for the whole exchange")
                    .isLessThan(DEADLINE.multipliedBy(3));
        } finally {
            trickle.shutdownNow();
        }
    }

    @Test
    void whenEveryWorkerIsHeldUpOneMoreConnectionIsRefusedAtOnceAndLogged() throws Exception {
        Duration patience = Duration.ofSeconds(30);
        running = new SingleInstance(dir, DISPLAY_0, patience); // the slow ones are not cut off during the test
        assertThat(running.listen(received::add)).isTrue();
        BlockingQueue<String> logged = new LinkedBlockingQueue<>();
        Logger log = Logger.getLogger(SingleInstance.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                    logged.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        List<Socket> silent = new ArrayList<>();
        try {
            for (int i = 0; i < SingleInstance.WORKERS; i++) {
                silent.add(new Socket(InetAddress.getLoopbackAddress(), entry(DISPLAY_0).port())); // say nothing
            }
            long before = System.nanoTime();
            try (Socket oneMore = new Socket(InetAddress.getLoopbackAddress(), entry(DISPLAY_0).port())) {
                oneMore.setSoTimeout((int) patience.toMillis());
                assertThatThrownBy(() -> {
                    if (oneMore.getInputStream().read() < 0) {
                        throw new EOFException();
                    }
                }).as("hung up on").isInstanceOf(IOException.class);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - before)).as("at once, not after a worker is free")
                    .isLessThan(patience.dividedBy(3));
            assertThat(logged.poll(5, TimeUnit.SECONDS)).isEqualTo("hand-off refused: every worker is busy");
        } finally {
            log.removeHandler(capture);
            for (Socket socket : silent) {
                socket.close();
            }
        }
    }

    @Test
    void aHugeLineIsRefusedWithoutBeingReadWhole() throws Exception {
        running = new SingleInstance(dir, DISPLAY_0, Duration.ofSeconds(20)); // time enough to read it all
        assertThat(running.listen(received::add)).isTrue();
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        long sent = 0;
        try (Socket flood = new Socket(InetAddress.getLoopbackAddress(), entry(DISPLAY_0).port())) {
            OutputStream out = flood.getOutputStream();
            for (; sent < 64L << 20; sent += chunk.length) {
                out.write(chunk); // a 64 MB line without a newline
            }
        } catch (IOException refused) {
            // the app hung up on it
        }
        // (the socket buffers between the two hold a few MB, at most 36 MB on Linux's defaults)
        assertThat(sent).as("bytes the app let in before hanging up").isLessThan(64L << 20);
        assertThat(start(DISPLAY_0).handOff(Optional.empty())).isTrue();
    }

    @Test
    void aLineIsReadOnlyUpToItsLimit() {
        AtomicLong taken = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                taken.incrementAndGet();
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 'a');
                taken.addAndGet(len);
                return len;
            }
        };
        var lines = new HandOffProtocol.Lines(null, endless, OutputStream.nullOutputStream(), System.nanoTime() + 5_000_000_000L);
        assertThatThrownBy(() -> lines.read(HandOffProtocol.MAX_PATH_BYTES)).isInstanceOf(ProtocolException.class);
        assertThat(taken.get()).isLessThanOrEqualTo(HandOffProtocol.MAX_PATH_BYTES + 512);
    }

    // 4. One window per display.

    @Test
    void aStartOnAnotherDisplayOpensItsOwnWindow() throws Exception {
        runApp(DISPLAY_0);
        assertThat(start(DISPLAY_1).handOff(Optional.of(dir.resolve("there.timeline")))).isFalse();
        assertThat(start(Map.of("DISPLAY", ":0", "WAYLAND_DISPLAY", "wayland-0")).handOff(Optional.empty())).isFalse();
        assertThat(start(Map.of("DISPLAY", ":0", "XDG_SESSION_ID", "7")).handOff(Optional.empty())).as("another session")
                .isFalse();
        assertThat(start(Map.of("DISPLAY", ":0.0")).handOff(Optional.of(dir.resolve("here.timeline")))).isTrue();
        assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(dir.resolve("here.timeline").toString());
        assertThat(received).isEmpty();
    }

    @Test
    void evenKnowingTheTokenAStartOnAnotherDisplayIsTurnedAway() throws Exception {
        runApp(DISPLAY_0);
        byte[] token = entry(DISPLAY_0).token();
        assertThat(handOverByHand(DISPLAY_1, token, "/tmp/there.timeline")).isEqualTo("refused");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), entry(DISPLAY_0).port())) {
            HandOffProtocol onDisplay1 = new HandOffProtocol(token, DisplayIdentity.of(DISPLAY_1), new SecureRandom(), DEADLINE);
            assertThatThrownBy(() -> onDisplay1.offer(socket, "/tmp/there.timeline")).isInstanceOf(IOException.class);
        }
        assertThat(received).isEmpty();
    }

    // 5. Only plain, bounded, absolute paths are handed over.

    @Test
    void pathsWithControlCharactersTooLongOrRelativeAreRefused() throws Exception {
        runApp(DISPLAY_0);
        byte[] token = entry(DISPLAY_0).token();
        for (String path : new String[] {"/tmp/bell\u0007.timeline", "/tmp/\u001b[2Jclear.timeline", "/tmp/c1\u0085.timeline",
                "/" + "x".repeat(HandOffProtocol.MAX_PATH_BYTES), "/" + "y".repeat(1 << 20), "relative.timeline"}) {
            assertThat(handOverByHand(DISPLAY_0, token, path)).as(path.length() > 40 ? "a long path" : path).isEqualTo("refused");
        }
        assertThat(start(DISPLAY_0).handOff(Optional.of(Path.of("/tmp/new\nline.timeline")))).as("not even sent").isFalse();
        assertThat(handOverByHand(DISPLAY_0, token, "/tmp/plain 文件.timeline")).isEqualTo("ok");
        assertThat(received).containsExactly("/tmp/plain 文件.timeline");
    }

    private InstanceFile.Entry entry(Map<String, String> environment) {
        return new InstanceFile(dir, DisplayIdentity.of(environment), new SecureRandom()).read().orElseThrow();
    }

    /**
     * A start that speaks the protocol by hand, as {@link HandOffProtocol} describes it (not trusting
     * the app's proof), so that it can send what a real start would not: "ok" or "refused".
     */
    private String handOverByHand(Map<String, String> environment, byte[] token, String path) throws Exception {
        String identity = DisplayIdentity.of(environment).digest();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), entry(DISPLAY_0).port())) {
            var lines = new HandOffProtocol.Lines(socket, System.nanoTime() + 5_000_000_000L);
            String nonceS = "ab".repeat(16);
            lines.write(HandOffProtocol.HELLO + " " + nonceS + " " + identity);
            String nonceA = lines.read(256).split(" ")[0];
            lines.write(hmac(token, "start", nonceS, nonceA, identity, path));
            lines.write(path);
            return lines.read(256);
        } catch (EOFException | java.net.SocketException hungUp) {
            return "refused";
        }
    }

    private static String hmac(byte[] token, String... parts) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(token, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)));
    }

    private boolean posix() {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
