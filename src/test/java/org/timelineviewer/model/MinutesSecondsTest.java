package org.timelineviewer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MinutesSecondsTest {

    @Test
    void readsMinutesAndSeconds() {
        assertThat(MinutesSeconds.parse("1:30")).contains(Duration.ofSeconds(90));
        assertThat(MinutesSeconds.parse("0:05")).contains(Duration.ofSeconds(5));
        assertThat(MinutesSeconds.parse("120:00")).contains(Duration.ofHours(2));
        assertThat(MinutesSeconds.parse("999:59")).contains(MinutesSeconds.MAX);
    }

    @Test
    void refusesAnythingElse() {
        for (String wrong : new String[] {null, "", "0:00", "1:60", "1:5", "90", "1:30:00", "a:30", "1000:00", "１:30", " 1:30"}) {
            assertThat(MinutesSeconds.parse(wrong)).as(String.valueOf(wrong)).isEmpty();
        }
    }

    @Test
    void writesWholeSecondsRoundedDownNeverNegative() {
        assertThat(MinutesSeconds.format(Duration.ofSeconds(90))).isEqualTo("1:30");
        assertThat(MinutesSeconds.format(Duration.ofMillis(59_999))).isEqualTo("0:59");
        assertThat(MinutesSeconds.format(Duration.ofMinutes(75))).isEqualTo("75:00");
        assertThat(MinutesSeconds.format(Duration.ofSeconds(-5))).isEqualTo("0:00");
        assertThat(MinutesSeconds.parse(MinutesSeconds.format(Duration.ofSeconds(725)))).contains(Duration.ofSeconds(725));
    }
}
