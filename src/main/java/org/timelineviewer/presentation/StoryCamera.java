package org.timelineviewer.presentation;

import java.util.List;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.TimelineEvent;

/**
 * Where the camera goes for a story step: a window framing the event together with its nearest
 * neighbours in time (so the audience sees context), not so wide that the event is lost. Pure
 * maths over the model; the view animates to the result.
 */
public final class StoryCamera {

    /** Neighbours further away than this are not pulled into the frame. */
    static final double NEIGHBOUR_REACH_DAYS = 400;
    /** The frame is never narrower than this, so a single day still shows its surroundings. */
    static final double MIN_SPAN_DAYS = 150;
    /** Room kept on each side of what is framed, as a fraction of it. */
    static final double MARGIN = 0.18;

    private StoryCamera() {
    }

    /**
     * The window to show {@code event}, given all events of the timeline in time order. On a
     * timeline of millions of years the reach and the narrowest frame grow with its length.
     */
    public static TimeWindow frame(TimelineEvent event, List<TimelineEvent> chronological) {
        double whole = chronological.isEmpty() ? 0
                : chronological.get(chronological.size() - 1).startDay() - chronological.get(0).startDay();
        double reach = Math.max(NEIGHBOUR_REACH_DAYS, whole * 0.08);
        double narrowest = Math.max(MIN_SPAN_DAYS, whole * 0.02);
        int i = chronological.indexOf(event);
        double from = event.startDay();
        double to = Math.max(event.endDay(), event.startDay() + 1);
        if (i > 0) {
            TimelineEvent previous = chronological.get(i - 1);
            if (event.startDay() - previous.startDay() <= reach) {
                from = Math.min(from, previous.startDay());
            }
        }
        if (i >= 0 && i + 1 < chronological.size()) {
            TimelineEvent next = chronological.get(i + 1);
            if (next.startDay() - event.startDay() <= reach) {
                to = Math.max(to, next.startDay() + 1);
            }
        }
        double span = Math.max(to - from, narrowest / (1 + 2 * MARGIN));
        double center = (from + to) / 2;
        double half = span * (1 + 2 * MARGIN) / 2;
        return new TimeWindow(center - half, center + half);
    }

    /** The window showing every event (for the title slide). */
    public static TimeWindow overview(List<TimelineEvent> chronological) {
        double first = chronological.stream().mapToDouble(TimelineEvent::startDay).min().orElse(0);
        double last = chronological.stream().mapToDouble(TimelineEvent::endDay).max().orElse(1);
        return TimeWindow.framing(first, last, 0.04);
    }
}
