package org.timelineviewer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FirstIndicesTest {

    @Test
    void findsTheFirstUseOfEachIdAndSkipsEntriesWithout() {
        List<String> entries = Arrays.asList("a", "Aa", null, "BB", "a", "", "Aa");
        FirstIndices first = new FirstIndices(entries, Function.identity());

        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(first.firstOf("a")).isZero();
        assertThat(first.firstOf("Aa")).isEqualTo(1);
        assertThat(first.firstOf("BB")).isEqualTo(3);
        assertThat(first.firstOf("")).isEqualTo(5);
        assertThat(first.firstOf("b")).isEqualTo(-1);
        assertThat(first.contains("BB")).isTrue();
        assertThat(first.contains("C")).isFalse();
        assertThat(first.contains(null)).isFalse();
        assertThat(new FirstIndices(null, Function.<String>identity()).contains("a")).isFalse();
    }

    @Test
    void findsEveryOneOfManyIds() {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            entries.add("event-" + (i % 30_000)); // the last 20,000 repeat earlier ids
        }
        FirstIndices first = new FirstIndices(entries, Function.identity());

        for (int i = 0; i < 30_000; i++) {
            assertThat(first.firstOf("event-" + i)).isEqualTo(i);
        }
        assertThat(first.firstOf("event-30000")).isEqualTo(-1);
    }
}
