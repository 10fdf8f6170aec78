package org.timelineviewer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link EventSort} gives the comparator's order, stably, whatever the days and ids. */
class EventSortTest {

    /** The order of a plain stable sort of boxed positions by start, end and id. */
    private static int[] plainOrder(double[] starts, double[] ends, String[] ids) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            positions.add(i);
        }
        positions.sort(Comparator.<Integer>comparingDouble(i -> starts[i]).thenComparingDouble(i -> ends[i])
                .thenComparing(i -> ids[i]));
        return positions.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void sortsAsAPlainStableSortDoes() {
        Random random = new Random(7);
        for (int n : new int[] {2, 3, 33, 100, 1000, 20_000}) {
            for (int days : new int[] {1, 5, 400}) {
                double[] starts = new double[n];
                double[] ends = new double[n];
                String[] ids = new String[n];
                for (int i = 0; i < n; i++) {
                    double day = random.nextInt(days) - days / 2;
                    // -0.0 beside 0.0, half days, and minutes apart that a float rounds to one day
                    starts[i] = day == 0 && random.nextBoolean() ? -0.0 : random.nextInt(9) == 0 ? day + 0.5
                            : random.nextInt(5) == 0 ? 20_000 + day + random.nextInt(50) / 1440.0 : day;
                    ends[i] = starts[i] + (random.nextInt(3) == 0 ? random.nextInt(4) : 0);
                    ids[i] = "e" + random.nextInt(Math.max(1, n / 3)); // many ids given twice: stability shows
                }
                int[] expected = plainOrder(starts, ends, ids);
                EventSort sort = new EventSort(starts, ends, ids);
                assertThat(sort.sorted()).as("%d events on %d days", n, days).containsExactly(expected);
            }
        }
    }

    @Test
    void eventsAlreadyInOrderAreNotSorted() {
        double[] days = {1, 2, 2, 3};
        assertThat(new EventSort(days, days, new String[] {"a", "a", "b", "a"}).order()).isNull();
        assertThat(new EventSort(days, days, new String[] {"a", "b", "a", "a"}).order()).containsExactly(0, 2, 1, 3);
    }
}
