package org.timelineviewer.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.timelineviewer.model.TimelineEvent;

/**
 * The events the view draws, as the layout asks for them every frame: one run per importance
 * (most important first), each in start order, with each event's start and end day, its category
 * (as a number) and its measured label width in arrays. Built once per event list, so that a frame
 * computes no date, hashes no id and sorts nothing: it searches each run for the window by halves
 * and reads what it needs.
 */
final class EventColumns {

    private static final int[] NONE = new int[0];

    /** The events of one importance, in start order. */
    static final class Run {
        final int importance;
        final TimelineEvent[] events;
        final double[] starts;
        final double[] ends;
        final int[] categories;
        /**
         * Which events are points (a dot, its label beside it) rather than bars: asked of every
         * event in view that the layout tries to place, where reaching into each event for its
         * date's precision was an eighth of the layout at 100,000 events.
         */
        final boolean[] points;
        /** Label widths in pixels, NaN until measured (see {@link EventColumns#forgetWidths()}). */
        final double[] widths;
        /** The longest span in the run: where the search for a window starts before its start. */
        final double longest;
        /** The ends in order: how many are over by a day, in a search by halves. */
        private final double[] sortedEnds;
        /** For each category number, its events' positions in start order (a lane's own, when it has one category). */
        final int[][] byCategory;

        private Run(int importance, TimelineEvent[] events, ToIntFunction<TimelineEvent> categoryOf) {
            this.importance = importance;
            int n = events.length;
            this.events = events;
            this.starts = new double[n];
            this.ends = new double[n];
            this.categories = new int[n];
            this.points = new boolean[n];
            this.widths = new double[n];
            Arrays.fill(widths, Double.NaN);
            double most = 0;
            for (int i = 0; i < n; i++) {
                TimelineEvent e = this.events[i];
                starts[i] = e.startDay();
                ends[i] = e.endDay();
                points[i] = e.isPoint();
                most = Math.max(most, ends[i] - starts[i]);
                categories[i] = categoryOf.applyAsInt(e);
            }
            this.longest = most;
            this.sortedEnds = ends.clone();
            Arrays.sort(sortedEnds);
            int categoryCount = 0;
            for (int c : categories) {
                categoryCount = Math.max(categoryCount, c + 1);
            }
            int[] sizes = new int[categoryCount];
            for (int c : categories) {
                sizes[c]++;
            }
            this.byCategory = new int[categoryCount][];
            for (int c = 0; c < categoryCount; c++) {
                byCategory[c] = new int[sizes[c]];
            }
            int[] filled = new int[categoryCount];
            for (int i = 0; i < n; i++) {
                byCategory[categories[i]][filled[categories[i]]++] = i;
            }
        }

        /**
         * The first of {@code lo}..{@code hi} (indices into {@code positions}, or the run's own
         * positions when null) whose event starts at or after {@code day}.
         */
        int firstAtOrAfter(int[] positions, int lo, int hi, double day) {
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[positions == null ? mid : positions[mid]] < day) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The positions of category {@code c}'s events, in start order (none when the run has none). */
        int[] positionsOf(int c) {
            return c >= 0 && c < byCategory.length ? byCategory[c] : NONE;
        }

        /** How many events of the run end on or before {@code day}. */
        int endedBy(double day) {
            return SortedDays.countAtMost(sortedEnds, day);
        }

        int size() {
            return events.length;
        }

        /** The first position whose event may overlap a window starting at {@code day}. */
        int firstOverlapping(double day) {
            return lowerBound(day - longest);
        }

        /** The first position whose start is not before {@code day}. */
        int lowerBound(double day) {
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

    private final List<Run> runs;
    private final List<String> categoryIds;
    private final int size;

    /**
     * {@code chronological}: the events in start order (a {@link TimeIndex}'s order); each
     * category gets a number in the order it first appears ({@link #categoryIds()}).
     */
    EventColumns(List<TimelineEvent> chronological) {
        this(chronological, new CategoryNumbers());
    }

    /** As above, with the category number of each event given (at least 0). */
    EventColumns(List<TimelineEvent> chronological, ToIntFunction<TimelineEvent> categoryOf) {
        // Each event into the run of its importance, in two passes over arrays (a map of lists
        // boxed and grew a list per event: most of building the runs of 100,000 events).
        TimelineEvent[] all = chronological.toArray(TimelineEvent[]::new);
        int[] levels = new int[0];
        int[] counts = new int[0];
        int[] levelOf = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            int importance = all[i].importance();
            int level = 0;
            while (level < levels.length && levels[level] != importance) {
                level++;
            }
            if (level == levels.length) {
                levels = Arrays.copyOf(levels, level + 1);
                counts = Arrays.copyOf(counts, level + 1);
                levels[level] = importance;
            }
            counts[level]++;
            levelOf[i] = level;
        }
        TimelineEvent[][] byLevel = new TimelineEvent[levels.length][];
        for (int level = 0; level < levels.length; level++) {
            byLevel[level] = new TimelineEvent[counts[level]];
        }
        int[] filled = new int[levels.length];
        for (int i = 0; i < all.length; i++) {
            byLevel[levelOf[i]][filled[levelOf[i]]++] = all[i];
        }
        Integer[] order = new Integer[levels.length];
        for (int level = 0; level < levels.length; level++) {
            order[level] = level;
        }
        int[] importances = levels;
        Arrays.sort(order, (a, b) -> Integer.compare(importances[b], importances[a])); // most important first
        List<Run> built = new ArrayList<>(levels.length);
        for (int level : order) {
            built.add(new Run(levels[level], byLevel[level], categoryOf));
        }
        this.runs = List.copyOf(built);
        this.categoryIds = categoryOf instanceof CategoryNumbers numbers ? numbers.ids() : List.of();
        this.size = chronological.size();
    }

    /** Numbers categories by id in the order they are first asked for. */
    private static final class CategoryNumbers implements ToIntFunction<TimelineEvent> {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> ids = new ArrayList<>();
        /** The number of each category object met (a timeline's events share a few): no id hashed per event. */
        private final Map<org.timelineviewer.model.Category, Integer> byObject = new java.util.IdentityHashMap<>();

        @Override
        public int applyAsInt(TimelineEvent e) {
            org.timelineviewer.model.Category category = e.category();
            Integer known = byObject.get(category);
            if (known == null) {
                known = numbers.computeIfAbsent(category.id(), id -> {
                    ids.add(id);
                    return ids.size() - 1;
                });
                byObject.put(category, known);
            }
            return known;
        }

        List<String> ids() {
            return List.copyOf(ids);
        }
    }

    /** The events of {@link TimeIndex} {@code index}, in its order. */
    static EventColumns of(TimeIndex index) {
        List<TimelineEvent> events = new ArrayList<>(index.size());
        for (int i = 0; i < index.size(); i++) {
            events.add(index.get(i));
        }
        return new EventColumns(events);
    }

    /** The runs, most important first. */
    List<Run> runs() {
        return runs;
    }

    /** The category id of each category number the runs use (empty when the numbers were given). */
    List<String> categoryIds() {
        return categoryIds;
    }

    int size() {
        return size;
    }

    /** Forgets every measured label width (the language or the font changed). */
    void forgetWidths() {
        for (Run run : runs) {
            Arrays.fill(run.widths, Double.NaN);
        }
    }

    /** How many events overlap [{@code from}, {@code to}) in each lane ({@code laneOfCategory}: -1 for none). */
    int[] countInView(double from, double to, int[] laneOfCategory, int laneCount) {
        int[] counts = new int[Math.max(1, laneCount)];
        if (counts.length == 1 && Arrays.stream(laneOfCategory).allMatch(lane -> lane == 0)) {
            for (Run run : runs) {
                // the events starting before the window's end, less those over by its start
                counts[0] += run.lowerBound(to) - run.endedBy(from);
            }
            return counts;
        }
        for (Run run : runs) {
            for (int i = run.firstOverlapping(from); i < run.size() && run.starts[i] < to; i++) {
                if (run.ends[i] > from) {
                    int lane = laneOfCategory[run.categories[i]];
                    if (lane >= 0) {
                        counts[lane]++;
                    }
                }
            }
        }
        return counts;
    }
}
