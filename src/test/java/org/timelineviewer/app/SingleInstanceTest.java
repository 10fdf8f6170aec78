package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second start hands its file to the running app instead of opening a second window. */
class SingleInstanceTest {

    @TempDir
    Path dir;

    @Test
    void withNothingRunningTheStartGoesAhead() {
        assertThat(new SingleInstance(dir).handOff(java.util.Optional.of(Path.of("x.timeline")))).isFalse();
    }

    @Test
    void aStaleFileFromACrashedRunDoesNotStopTheStart() throws Exception {
        Files.writeString(dir.resolve("instance"), "1\nnot-a-live-token\n");
        long before = System.nanoTime();
        assertThat(new SingleInstance(dir).handOff(java.util.Optional.empty())).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before)).isLessThan(2_000);
    }

    @Test
    void aSecondStartHandsItsFileToTheRunningApp() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        SingleInstance running = new SingleInstance(dir);
        assertThat(running.listen(received::add)).isTrue();

        assertThat(new SingleInstance(dir).handOff(java.util.Optional.of(Path.of("talk.timeline")))).isTrue();
        assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(Path.of("talk.timeline").toAbsolutePath().toString());

        assertThat(new SingleInstance(dir).handOff(java.util.Optional.empty())).isTrue();
        assertThat(received.poll(5, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void aMessageWithoutTheTokenIsIgnoredAndTheFileIsPrivate() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        assertThat(new SingleInstance(dir).listen(received::add)).isTrue();
        List<String> lines = Files.readAllLines(dir.resolve("instance"));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(lines.get(0)))) {
            PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
            out.println("wrong-token");
            out.println("/etc/passwd");
        }
        assertThat(received.poll(500, TimeUnit.MILLISECONDS)).isNull();
        if (Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertThat(Files.getPosixFilePermissions(dir.resolve("instance")))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }
}
