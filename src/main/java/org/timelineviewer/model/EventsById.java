package org.timelineviewer.model;

import java.util.List;

/**
 * A timeline's events by id: an open-addressing table of positions in the (random-access) events list, 6
 * bytes an event (two thirds full) where a {@code HashMap} takes 40 (a timeline of a million events saves 34 MB).
 * When two events share an id, the first in the list is found. Immutable once built.
 */
final class EventsById {

    private final List<TimelineEvent> events;
    /** Position + 1 of the event in each slot; 0 for an empty slot. */
    private final int[] slots;

    /**
     * The table over {@code events} (in chronological order), filled in the order the events were
     * made ({@code ids[j]} is the id of the event made {@code j}th, now at {@code position[j]}), so
     * that memory is read straight through rather than in date order.
     */
    EventsById(List<TimelineEvent> events, String[] ids, int[] position) {
        this.events = events;
        this.slots = new int[Math.max(4, ids.length + ids.length / 2)];
        for (int j = 0; j < ids.length; j++) {
            String id = ids[j];
            int at = position == null ? j : position[j];
            int slot = home(id);
            while (slots[slot] != 0 && !events.get(slots[slot] - 1).id().equals(id)) {
                slot = next(slot);
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
        int slot = home(id);
        while (slots[slot] != 0) {
            TimelineEvent event = events.get(slots[slot] - 1);
            if (event.id().equals(id)) {
                return event;
            }
            slot = next(slot);
        }
        return null;
    }

    /** The slot {@code id} is looked for from: its mixed hash scaled to the table (no power of two needed). */
    private int home(String id) {
        int hash = id.hashCode() * 0x9E3779B9; // Fibonacci hashing: every bit of the hash reaches the top ones
        return (int) (((hash & 0xFFFFFFFFL) * slots.length) >>> 32);
    }

    private int next(int slot) {
        return slot + 1 == slots.length ? 0 : slot + 1;
    }
}
