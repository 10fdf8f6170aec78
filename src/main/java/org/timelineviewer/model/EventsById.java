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

    EventsById(List<TimelineEvent> events) {
        this.events = events;
        int capacity = Integer.highestOneBit(Math.max(4, events.size() * 2 - 1)) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < events.size(); i++) {
            String id = events.get(i).id();
            int slot = spread(id.hashCode()) & mask;
            while (slots[slot] != 0 && !events.get(slots[slot] - 1).id().equals(id)) {
                slot = (slot + 1) & mask;
            }
            if (slots[slot] == 0) {
                slots[slot] = i + 1;
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
