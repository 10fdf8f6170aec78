package org.timelineviewer.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

/**
 * Events sorted by start with a binary search over them, so the view asks only for what is in
 * the window: O(log n + k) per query however many events the timeline has.
 */
public final class TimeIndex {

    private final TimelineEvent[] events;
    private final double[] starts;
    /** Each event's end, and the latest of them: asked for on every frame of a zoom. */
    private final double[] ends;
    private final double lastDay;
    private final double longest;
    private final boolean hasTimesOfDay;

    public TimeIndex(List<TimelineEvent> events) {
        this.events = events.stream().sorted(Timeline.CHRONOLOGICAL).toArray(TimelineEvent[]::new);
        this.starts = Arrays.stream(this.events).mapToDouble(TimelineEvent::startDay).toArray();
        this.ends = Arrays.stream(this.events).mapToDouble(TimelineEvent::endDay).toArray();
        double longestSpan = 0;
        double last = 1;
        for (int i = 0; i < ends.length; i++) {
            longestSpan = Math.max(longestSpan, ends[i] - starts[i]);
            last = i == 0 ? ends[i] : Math.max(last, ends[i]);
        }
        this.longest = longestSpan;
        this.lastDay = last;
        this.hasTimesOfDay = Arrays.stream(this.events).anyMatch(e -> e.start().precision().hasTime()
                || (e.end() != null && e.end().precision().hasTime()));
    }

    /** True when some event is dated to a time of day (the view may then zoom to hours). */
    public boolean hasTimesOfDay() {
        return hasTimesOfDay;
    }

    public int size() {
        return events.length;
    }

    /** All events, in chronological order. */
    public List<TimelineEvent> all() {
        return List.of(events);
    }

    /** The events that overlap [from, to), in chronological order. */
    public List<TimelineEvent> overlapping(double from, double to) {
        int i = lowerBound(from - longest);
        List<TimelineEvent> out = new ArrayList<>();
        for (; i < events.length && starts[i] < to; i++) {
            if (ends[i] > from) {
                out.add(events[i]);
            }
        }
        return out;
    }

    /** The event at {@code i} in chronological order. */
    public TimelineEvent get(int i) {
        return events[i];
    }

    /**
     * Where {@code event} is in chronological order (by id among events starting the same day),
     * or -1 when it is not here. A binary search: no event is compared whole.
     */
    public int indexOf(TimelineEvent event) {
        if (event == null) {
            return -1;
        }
        for (int i = lowerBound(event.startDay()); i < events.length && starts[i] == event.startDay(); i++) {
            if (events[i].id().equals(event.id())) {
                return i;
            }
        }
        return -1;
    }

    /** The first event (in chronological order) still going on at {@code day} or after it; the last when none is. */
    public int firstEndingAfter(double day) {
        for (int i = lowerBound(day - longest); i < events.length; i++) {
            if (ends[i] > day) {
                return i;
            }
        }
        return events.length - 1;
    }

    /** The last event starting before {@code day}; the first when none does. */
    public int lastStartingBefore(double day) {
        return Math.max(0, lowerBound(day) - 1);
    }

    /** First epoch day of any event (0 when empty). */
    public double firstDay() {
        return events.length == 0 ? 0 : starts[0];
    }

    /** Last epoch day (exclusive) of any event (1 when empty). */
    public double lastDay() {
        return lastDay;
    }

    /** The index of the first start not less than {@code day}. */
    private int lowerBound(double day) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
