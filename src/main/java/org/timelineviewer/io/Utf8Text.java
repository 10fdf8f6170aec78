package org.timelineviewer.io;

import java.nio.ByteBuffer;
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

    private Utf8Text() {
    }

    static String decode(String name, byte[] bytes) throws TimelineLoadException {
        String other = otherUnicode(bytes);
        if (other != null) {
            throw new TimelineLoadException(name, List.of(Problem.keyed("", 1, 1, "import.problem.encoding", other)));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
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
