package org.timelineviewer.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.timelineviewer.model.ChronologicalEvents;
import org.timelineviewer.model.TimelineEvent;

/**
 * Events sorted by start with a binary search over them, so the view asks only for what is in
 * the window: O(log n + k) per query however many events the timeline has, and counts them
 * in O(log n).
 */
public final class TimeIndex {

    private final ChronologicalEvents events;
    private final double lastDay;
    private final double longest;
    /** True when some event ends before it starts (a reader's validator rejects those; the index copes). */
    private final boolean anyEndsBeforeStart;
    /** Every event's end day, sorted: made the first time {@link #countOverlapping} needs it. */
    private double[] sortedEnds;

    /**
     * Indexes {@code events}. A timeline's own list is in order already, with each event's days
     * beside it ({@link ChronologicalEvents}): it is used as it is, neither sorted nor copied.
     */
    public TimeIndex(List<TimelineEvent> events) {
        this.events = ChronologicalEvents.of(events);
        double longestSpan = 0;
        double last = 1;
        boolean inverted = false;
        for (int i = 0; i < this.events.size(); i++) {
            double end = this.events.endDay(i);
            inverted |= !(end >= this.events.startDay(i));
            longestSpan = Math.max(longestSpan, end - this.events.startDay(i));
            last = i == 0 ? end : Math.max(last, end);
        }
        this.longest = longestSpan;
        this.lastDay = last;
        this.anyEndsBeforeStart = inverted;
    }

    /** True when some event is dated to a time of day (the view may then zoom to hours). */
    public boolean hasTimesOfDay() {
        return events.hasTimesOfDay();
    }

    public int size() {
        return events.size();
    }

    /** All events, in chronological order. */
    public List<TimelineEvent> all() {
        return events;
    }

    /** The events that overlap [from, to), in chronological order. */
    public List<TimelineEvent> overlapping(double from, double to) {
        int i = lowerBound(from - longest);
        List<TimelineEvent> out = new ArrayList<>();
        for (; i < events.size() && events.startDay(i) < to; i++) {
            if (events.endDay(i) > from) {
                out.add(events.get(i));
            }
        }
        return out;
    }

    /**
     * How many events overlap [from, to): {@code overlapping(from, to).size()} without listing
     * them, in O(log n). Those starting before {@code to}, less those ending by {@code from}
     * (which, as no event ends before it starts, all start before {@code to} too).
     */
    public int countOverlapping(double from, double to) {
        if (!(from < to) || anyEndsBeforeStart) {
            return overlapping(from, to).size(); // an empty or reversed window, or dates out of order
        }
        return lowerBound(to) - endsAtOrBefore(from);
    }

    /** How many events end on or before {@code day}. */
    private int endsAtOrBefore(double day) {
        if (sortedEnds == null) {
            double[] ends = new double[events.size()];
            for (int i = 0; i < ends.length; i++) {
                ends[i] = events.endDay(i);
            }
            Arrays.sort(ends);
            sortedEnds = ends;
        }
        return SortedDays.countAtMost(sortedEnds, day);
    }

    /** The event at {@code i} in chronological order. */
    public TimelineEvent get(int i) {
        return events.get(i);
    }

    /**
     * Where {@code event} is in chronological order (by id among events starting the same day),
     * or -1 when it is not here. A binary search: no event is compared whole.
     */
    public int indexOf(TimelineEvent event) {
        if (event == null) {
            return -1;
        }
        for (int i = lowerBound(event.startDay()); i < events.size() && events.startDay(i) == event.startDay(); i++) {
            if (events.get(i).id().equals(event.id())) {
                return i;
            }
        }
        return -1;
    }

    /** The first event (in chronological order) still going on at {@code day} or after it; the last when none is. */
    public int firstEndingAfter(double day) {
        for (int i = lowerBound(day - longest); i < events.size(); i++) {
            if (events.endDay(i) > day) {
                return i;
            }
        }
        return events.size() - 1;
    }

    /** The last event starting before {@code day}; the first when none does. */
    public int lastStartingBefore(double day) {
        return Math.max(0, lowerBound(day) - 1);
    }

    /** First epoch day of any event (0 when empty). */
    public double firstDay() {
        return events.size() == 0 ? 0 : events.startDay(0);
    }

    /** Last epoch day (exclusive) of any event (1 when empty). */
    public double lastDay() {
        return lastDay;
    }

    /** The index of the first start not less than {@code day}. */
    private int lowerBound(double day) {
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.startDay(mid) < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
