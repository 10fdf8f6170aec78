package org.timelineviewer.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Events in {@link Timeline#CHRONOLOGICAL} order with each one's first and end day beside it:
 * worked out once, when a timeline is made, so that neither sorting nor an index over the events
 * asks a date again. An unmodifiable list.
 *
 * <p>The days and ids are read in the given order (the order the events were made in, so memory
 * is walked straight through), then only arrays of numbers are sorted: a comparison touches an
 * event only when two share their start and end and are told apart by id.
 */
public final class ChronologicalEvents extends AbstractList<TimelineEvent> implements RandomAccess {

    private static final ChronologicalEvents EMPTY = new ChronologicalEvents(new TimelineEvent[0],
            new double[0], new double[0], false, new String[0], null);

    private final TimelineEvent[] events;
    private final double[] starts;
    private final double[] ends;
    private final boolean hasTimesOfDay;
    private final EventsById byId;

    /** {@code ids} and {@code positions} as {@link EventsById} takes them. */
    private ChronologicalEvents(TimelineEvent[] events, double[] starts, double[] ends, boolean hasTimesOfDay,
                                String[] ids, int[] positions) {
        this.events = events;
        this.starts = starts;
        this.ends = ends;
        this.hasTimesOfDay = hasTimesOfDay;
        this.byId = new EventsById(this, ids, positions);
    }

    /** {@code events} in chronological order; the same object when it already is one. */
    public static ChronologicalEvents of(List<TimelineEvent> events) {
        if (events instanceof ChronologicalEvents already) {
            return already;
        }
        int n = events.size();
        if (n == 0) {
            return EMPTY;
        }
        TimelineEvent[] given = events.toArray(new TimelineEvent[0]);
        double[] start = new double[n];
        double[] end = new double[n];
        String[] ids = new String[n];
        boolean times = false;
        for (int i = 0; i < n; i++) {
            TimelineEvent e = given[i];
            start[i] = e.startDay();
            end[i] = e.endDay();
            ids[i] = e.id();
            times |= e.start().precision().hasTime() || (e.end() != null && e.end().precision().hasTime());
        }
        int[] order = new EventSort(start, end, ids).order();
        if (order == null) {
            return new ChronologicalEvents(given, start, end, times, ids, null);
        }
        TimelineEvent[] sorted = new TimelineEvent[n];
        double[] sortedStarts = new double[n];
        double[] sortedEnds = new double[n];
        int[] position = new int[n];
        for (int i = 0; i < n; i++) {
            int from = order[i];
            sorted[i] = given[from];
            sortedStarts[i] = start[from];
            sortedEnds[i] = end[from];
            position[from] = i;
        }
        return new ChronologicalEvents(sorted, sortedStarts, sortedEnds, times, ids, position);
    }

    /**
     * The events {@code keep} accepts, in this order: this same object when it accepts all (nothing
     * sorted or indexed again), otherwise a new one with their days carried over, never sorted.
     */
    public ChronologicalEvents filter(java.util.function.Predicate<TimelineEvent> keep) {
        int n = events.length;
        boolean[] kept = new boolean[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            kept[i] = keep.test(events[i]);
            count += kept[i] ? 1 : 0;
        }
        if (count == n) {
            return this;
        }
        if (count == 0) {
            return EMPTY;
        }
        TimelineEvent[] subset = new TimelineEvent[count];
        double[] subsetStarts = new double[count];
        double[] subsetEnds = new double[count];
        String[] ids = new String[count];
        boolean times = false;
        for (int i = 0, j = 0; i < n; i++) {
            if (kept[i]) {
                TimelineEvent e = events[i];
                subset[j] = e;
                subsetStarts[j] = starts[i];
                subsetEnds[j] = ends[i];
                ids[j++] = e.id();
                times |= hasTimesOfDay && (e.start().precision().hasTime() || (e.end() != null && e.end().precision().hasTime()));
            }
        }
        return new ChronologicalEvents(subset, subsetStarts, subsetEnds, times, ids, null);
    }

    @Override
    public TimelineEvent get(int index) {
        return events[index];
    }

    @Override
    public int size() {
        return events.length;
    }

    /** The first epoch day of the event at {@code index}. */
    public double startDay(int index) {
        return starts[index];
    }

    /** The epoch day after the event at {@code index}. */
    public double endDay(int index) {
        return ends[index];
    }

    /** The event with {@code id} (the first in this order when several have it), or null. */
    public TimelineEvent byId(String id) {
        return id == null ? null : byId.get(id);
    }

    /** True when some event is dated to a time of day. */
    public boolean hasTimesOfDay() {
        return hasTimesOfDay;
    }
}
