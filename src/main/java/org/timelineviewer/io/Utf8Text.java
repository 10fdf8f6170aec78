package org.timelineviewer.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A timeline file's text: UTF-8, strictly. A byte that is not UTF-8 is a problem at its byte
 * offset, line and column (never a replacement character slipped into a title), and a file in
 * UTF-16 or UTF-32 is named as such, with what to do about it.
 */
final class Utf8Text {

    /** Eight bytes at a time, to step over runs of ASCII (most of a JSON file) in one test. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8Text() {
    }

    /** 3 when {@code bytes} start with UTF-8's byte-order mark, else 0. */
    static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /**
     * True when {@code bytes} are in UTF-8 and nothing else: not UTF-16 or UTF-32, and every
     * sequence from {@code start} on well-formed as Unicode's table 3-7 has it (no overlong forms, no
     * surrogates, nothing past U+10FFFF, nothing cut short), exactly what the JDK's strict decoder
     * accepts. A check without decoding, for readers that parse the bytes themselves; {@link #decode}
     * says what and where the trouble is when this is false.
     */
    static boolean isStrictUtf8(byte[] bytes, int start) {
        return otherUnicode(bytes) == null && firstIllFormed(bytes, start) < 0;
    }

    /** The offset of the first ill-formed UTF-8 sequence from {@code start} on, or -1 when there is none. */
    static int firstIllFormed(byte[] b, int start) {
        int n = b.length;
        int i = start;
        while (i < n) {
            if (i + 8 <= n && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
            } else if (c < 0xC2) {
                return i; // a continuation byte where a character starts, or an overlong two-byte form
            } else if (c < 0xE0) {
                if (i + 1 >= n || !continues(b[i + 1])) {
                    return i;
                }
                i += 2;
            } else if (c < 0xF0) {
                if (i + 2 >= n || !continues(b[i + 1]) || !continues(b[i + 2])) {
                    return i;
                }
                int second = b[i + 1] & 0xFF;
                if (c == 0xE0 && second < 0xA0 || c == 0xED && second > 0x9F) {
                    return i; // overlong, or a surrogate
                }
                i += 3;
            } else if (c < 0xF5) {
                if (i + 3 >= n || !continues(b[i + 1]) || !continues(b[i + 2]) || !continues(b[i + 3])) {
                    return i;
                }
                int second = b[i + 1] & 0xFF;
                if (c == 0xF0 && second < 0x90 || c == 0xF4 && second > 0x8F) {
                    return i; // overlong, or past U+10FFFF
                }
                i += 4;
            } else {
                return i;
            }
        }
        return -1;
    }

    private static boolean continues(byte b) {
        return (b & 0xC0) == 0x80;
    }

    static String decode(String name, byte[] bytes) throws TimelineLoadException {
        String other = otherUnicode(bytes);
        if (other != null) {
            throw new TimelineLoadException(name, List.of(Problem.keyed("", 1, 1, "import.problem.encoding", other)));
        }
        int start = bomLength(bytes);
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        // Decoding puts U+FFFD where a byte is not UTF-8: only then is the file checked byte by
        // byte, to tell a real U+FFFD from a bad byte and to say where that is. One pass otherwise.
        if (text.indexOf('\uFFFD') >= 0) {
            checkStrictly(name, bytes, start);
        }
        return text;
    }

    private static void checkStrictly(String name, byte[] bytes, int start) throws TimelineLoadException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer window = CharBuffer.allocate(64 * 1024); // a small window: nothing large is made
        while (true) {
            CoderResult result = decoder.decode(in, window, true);
            if (result.isError()) {
                throw new TimelineLoadException(name, List.of(notUtf8(bytes, in.position())));
            }
            window.clear();
            if (result.isUnderflow()) {
                return;
            }
        }
    }

    /** "UTF-16 (little-endian)" when the bytes are in another Unicode encoding, else null. */
    private static String otherUnicode(byte[] b) {
        int n = b.length;
        if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return "UTF-32 (big-endian)";
        }
        if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return "UTF-32 (little-endian)";
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return "UTF-16 (little-endian)";
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return "UTF-16 (big-endian)";
        }
        // No byte-order mark: text in UTF-16 has a zero byte beside each ASCII character.
        if (n >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
            return "UTF-16 (big-endian)";
        }
        if (n >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
            return "UTF-16 (little-endian)";
        }
        return null;
    }

    /** The problem at byte {@code offset}: its line, and its column counted in characters as an editor does. */
    private static Problem notUtf8(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) { // not a continuation byte: a character starts here
                column++;
            }
        }
        return Problem.keyed("", line, column, "import.problem.notUtf8", String.valueOf(offset),
                String.format("%02X", bytes[offset] & 0xFF));
    }
}
