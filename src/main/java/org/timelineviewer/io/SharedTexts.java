package org.timelineviewer.io;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * One copy of each short text a file repeats: a file of 100,000 events keeps its few thousand
 * dates, and its statuses and category ids, once instead of 100,000 times. Looked up from the
 * parser's own characters, so that a text met before costs no new string (nor the hashing of
 * one) at all. Bounded: at most {@value #MAX_TEXTS} texts of at most {@value #MAX_LENGTH}
 * characters are kept; others are made as the parser gives them.
 */
final class SharedTexts {

    static final int MAX_LENGTH = 24;
    static final int MAX_TEXTS = 50_000;

    /** Open addressing, linear probing; a power of two, at most half full. */
    private String[] table = new String[1024];
    private int size;

    /** The text of the parser's current string value: the kept copy when it is one. */
    String of(JsonParser parser) throws IOException {
        int length = parser.getTextLength();
        if (length > MAX_LENGTH) {
            return parser.getText();
        }
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[offset + i];
        }
        int mask = table.length - 1;
        int slot = mix(hash) & mask;
        for (String known; (known = table[slot]) != null; slot = (slot + 1) & mask) {
            if (same(known, chars, offset, length)) {
                return known;
            }
        }
        String text = new String(chars, offset, length);
        if (size < MAX_TEXTS) {
            table[slot] = text;
            if (++size * 2 > table.length) {
                grow();
            }
        }
        return text;
    }

    /** How many texts are kept. */
    int size() {
        return size;
    }

    private static boolean same(String known, char[] chars, int offset, int length) {
        if (known.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /** Spreads the hash's high bits into the low ones the table's mask keeps. */
    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String text : old) {
            if (text != null) {
                int slot = mix(text.hashCode()) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = text;
            }
        }
    }
}
