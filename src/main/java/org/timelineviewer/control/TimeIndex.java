package org.timelineviewer.control;

import java.util.ArrayList;
import java.util.List;
import org.timelineviewer.model.ChronologicalEvents;
import org.timelineviewer.model.TimelineEvent;

/**
 * Events sorted by start with a binary search over them, so the view asks only for what is in
 * the window: O(log n + k) per query however many events the timeline has.
 */
public final class TimeIndex {

    private final ChronologicalEvents events;
    private final double lastDay;
    private final double longest;

    /**
     * Indexes {@code events}. A timeline's own list is in order already, with each event's days
     * beside it ({@link ChronologicalEvents}): it is used as it is, neither sorted nor copied.
     */
    public TimeIndex(List<TimelineEvent> events) {
        this.events = ChronologicalEvents.of(events);
        double longestSpan = 0;
        double last = 1;
        for (int i = 0; i < this.events.size(); i++) {
            double end = this.events.endDay(i);
            longestSpan = Math.max(longestSpan, end - this.events.startDay(i));
            last = i == 0 ? end : Math.max(last, end);
        }
        this.longest = longestSpan;
        this.lastDay = last;
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
