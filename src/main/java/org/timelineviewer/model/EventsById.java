package org.timelineviewer.model;

import java.util.List;

/**
 * A timeline's events by id: an open-addressing table of positions in the (random-access) events list, about
 * 8 bytes an event where a {@code HashMap} takes 40 (a timeline of a million events saves 30 MB).
 * When two events share an id, the first in the list is found. Immutable once built.
 */
final class EventsById {

    private final List<TimelineEvent> events;
    /** Position + 1 of the event in each slot; 0 for an empty slot. */
    private final int[] slots;
    private final int mask;

    /**
     * The table over {@code events} (in chronological order), filled in the order the events were
     * made ({@code ids[j]} is the id of the event made {@code j}th, now at {@code position[j]}), so
     * that memory is read straight through rather than in date order.
     */
    EventsById(List<TimelineEvent> events, String[] ids, int[] position) {
        this.events = events;
        int capacity = Integer.highestOneBit(Math.max(4, ids.length * 2 - 1)) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        for (int j = 0; j < ids.length; j++) {
            String id = ids[j];
            int at = position == null ? j : position[j];
            int slot = spread(id.hashCode()) & mask;
            while (slots[slot] != 0 && !events.get(slots[slot] - 1).id().equals(id)) {
                slot = (slot + 1) & mask;
            }
            if (slots[slot] == 0) {
                slots[slot] = at + 1;
            } else if (at < slots[slot] - 1) {
                slots[slot] = at + 1; // the first in chronological order wins
            }
        }
    }

    /** The event with {@code id}, or null. */
    TimelineEvent get(String id) {
        int slot = spread(id.hashCode()) & mask;
        while (slots[slot] != 0) {
            TimelineEvent event = events.get(slots[slot] - 1);
            if (event.id().equals(id)) {
                return event;
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
