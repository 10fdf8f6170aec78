package org.timelineviewer.io;

import java.util.List;
import java.util.function.Function;

/**
 * Where each id written in a list of entries is first used: an open-addressing table of
 * {@code int}s, where a {@code HashMap<String, Integer>} boxed every index and made a node for
 * every entry (a file of 100,000 events: a tenth of its validation).
 */
final class FirstIndices {

    private final String[] ids;
    private final int[] indices;

    /** The ids of {@code entries} ({@code id} gives each one's, or null; null entries are skipped). */
    <E> FirstIndices(List<E> entries, Function<E, String> id) {
        int n = entries == null ? 0 : entries.size();
        int capacity = Integer.highestOneBit(Math.max(8, n * 2 - 1)) * 2; // at most half full
        ids = new String[capacity];
        indices = new int[capacity];
        for (int i = 0; i < n; i++) {
            E entry = entries.get(i);
            String key = entry == null ? null : id.apply(entry);
            if (key != null) {
                int slot = slotOf(key);
                if (ids[slot] == null) {
                    ids[slot] = key;
                    indices[slot] = i;
                }
            }
        }
    }

    /** The index of the first entry with {@code id}, or -1 when none has it. */
    int firstOf(String id) {
        int slot = slotOf(id);
        return ids[slot] == null ? -1 : indices[slot];
    }

    /** True when some entry has {@code id}. */
    boolean contains(String id) {
        return id != null && firstOf(id) >= 0;
    }

    /** The slot holding {@code id}, or the empty one where it would go. */
    private int slotOf(String id) {
        int mask = ids.length - 1;
        int hash = id.hashCode() * 0x9E3779B9;
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (ids[slot] != null && !ids[slot].equals(id)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
