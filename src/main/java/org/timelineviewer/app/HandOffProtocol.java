package org.timelineviewer.app;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hand-off over a loopback socket, in which each side proves it knows the instance file's
 * token without sending it (HMAC-SHA256 keyed by the token, over both sides' fresh nonces):
 * <pre>
 * start → app:  TLV-HANDOFF-1 nonceS identity        (identity: {@link DisplayIdentity#digest()})
 * app → start:  nonceA mac("app", nonceS, nonceA, identity)
 * start → app:  mac("start", nonceS, nonceA, identity, path)
 *               path                                 ("" for none; absolute, no control characters)
 * app → start:  ok
 * </pre>
 * The app answers only a start on its own display; the start believes only an app whose mac
 * checks out (so a stale file whose port someone else now holds takes no start away). Every line
 * has a hard length limit and the whole exchange one deadline, so a slow or endless peer costs a
 * bounded wait and a few bytes of memory.
 */
final class HandOffProtocol {

    static final String HELLO = "TLV-HANDOFF-1";
    /** The longest path handed over, in UTF-8 bytes. */
    static final int MAX_PATH_BYTES = 8 * 1024;
    private static final int MAX_LINE_BYTES = 256;
    private static final int NONCE_BYTES = 16;
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;
    private final DisplayIdentity identity;
    private final SecureRandom random;
    private final Duration deadline;

    HandOffProtocol(byte[] token, DisplayIdentity identity, SecureRandom random, Duration deadline) {
        this.key = new SecretKeySpec(token, "HmacSHA256");
        this.identity = identity;
        this.random = random;
        this.deadline = deadline;
    }

    /** How long one exchange may take, all of it. */
    Duration deadline() {
        return deadline;
    }

    /** The start's side: true once the proven app took {@code path} ("" for none). */
    boolean offer(Socket socket, String path) throws IOException {
        if (!acceptablePath(path)) {
            throw new ProtocolException("a path that cannot be handed over");
        }
        Lines lines = new Lines(socket, System.nanoTime() + deadline.toNanos());
        String nonceS = nonce();
        lines.write(HELLO + " " + nonceS + " " + identity.digest());
        String[] answer = lines.read(MAX_LINE_BYTES).split(" ", -1);
        if (answer.length != 2 || !matches(answer[1], "app", nonceS, answer[0], identity.digest())) {
            throw new ProtocolException("the app on the port does not know the token");
        }
        lines.write(mac("start", nonceS, answer[0], identity.digest(), path));
        lines.write(path);
        return "ok".equals(lines.read(MAX_LINE_BYTES));
    }

    /** The app's side: passes the path of a proven start on this display to {@code onStart}, then says ok. */
    void serve(Socket socket, Consumer<String> onStart) throws IOException {
        Lines lines = new Lines(socket, System.nanoTime() + deadline.toNanos());
        String[] hello = lines.read(MAX_LINE_BYTES).split(" ", -1);
        if (hello.length != 3 || !HELLO.equals(hello[0]) || !hello[1].matches("[0-9a-f]{32}")) {
            throw new ProtocolException("not a hand-off");
        }
        if (!identity.digest().equals(hello[2])) {
            throw new ProtocolException("a start on another display");
        }
        String nonceA = nonce();
        lines.write(nonceA + " " + mac("app", hello[1], nonceA, identity.digest()));
        String proof = lines.read(MAX_LINE_BYTES);
        String path = lines.read(MAX_PATH_BYTES);
        if (!matches(proof, "start", hello[1], nonceA, identity.digest(), path)) {
            throw new ProtocolException("a start that does not know the token");
        }
        if (!acceptablePath(path)) {
            throw new ProtocolException("a path that is not absolute, too long or has control characters");
        }
        onStart.accept(path);
        lines.write("ok");
    }

    /** "" (no file), or an absolute path of at most {@link #MAX_PATH_BYTES} without control characters. */
    static boolean acceptablePath(String path) {
        if (path.isEmpty()) {
            return true;
        }
        if (path.getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES || path.chars().anyMatch(Character::isISOControl)) {
            return false; // C0, DEL and C1: nothing a file name needs, and what would garble a dialog or the log
        }
        try {
            return Path.of(path).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private String nonce() {
        byte[] bytes = new byte[NONCE_BYTES];
        random.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    private String mac(String... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HEX.formatHex(mac.doFinal(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    private boolean matches(String claimed, String... parts) {
        return MessageDigest.isEqual(claimed.getBytes(StandardCharsets.US_ASCII),
                mac(parts).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Lines of strict UTF-8 read a chunk at a time, each up to a limit, all before one deadline
     * (each read waits only for what is left of it).
     */
    static final class Lines {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final long deadline;
        private final byte[] chunk = new byte[512];
        private int start;
        private int end;

        Lines(Socket socket, long deadlineNanos) throws IOException {
            this(socket, socket.getInputStream(), socket.getOutputStream(), deadlineNanos);
        }

        /** {@code socket} may be null (tests): then reads wait as long as the stream does. */
        Lines(Socket socket, InputStream in, OutputStream out, long deadlineNanos) {
            this.socket = socket;
            this.in = in;
            this.out = out;
            this.deadline = deadlineNanos;
        }

        String read(int maxBytes) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            while (true) {
                while (start < end) {
                    byte b = chunk[start++];
                    if (b == '\n') {
                        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)
                                .decode(ByteBuffer.wrap(line.toByteArray())).toString();
                    }
                    if (line.size() == maxBytes) {
                        throw new ProtocolException("a line longer than " + maxBytes + " bytes");
                    }
                    line.write(b);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new SocketTimeoutException("the hand-off took too long");
                }
                if (socket != null) {
                    socket.setSoTimeout((int) Math.max(1, Duration.ofNanos(left).toMillis()));
                }
                end = in.read(chunk);
                start = 0;
                if (end < 0) {
                    end = 0;
                    throw new EOFException("the other side hung up");
                }
            }
        }

        void write(String line) throws IOException {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
