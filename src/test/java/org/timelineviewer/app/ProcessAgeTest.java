package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The time since the process started, for --smoke-test and --measure-startup: right to a few hundredths. */
class ProcessAgeTest {

    @Test
    void readsTheStartAfterTheCommandNameWhateverItHolds() {
        String stat = "4242 (java (a) b) S 1 4242 4242 0 -1 4194560 5 0 0 0 1 2 0 0 20 0 1 0 123456 1000 10 rest";
        assertThat(ProcessAge.age(stat, "1240.56 999.00\n")).contains(Duration.ofMillis(1_240_560 - 1_234_560));
    }

    @Test
    void unreadableTextsGiveNothing() {
        assertThat(ProcessAge.age("no parenthesis here", "1.0 1.0")).isEmpty();
        assertThat(ProcessAge.age("1 (x) S 1", "1.0 1.0")).isEmpty();
        assertThat(ProcessAge.age("1 (x) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 999999 0", "1.00 1.00")).isEmpty();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void agreesWithTheJvmsOwnUptime() {
        // The JVM notes its start a few milliseconds after the process began: the two agree to a
        // tenth of a second. (Java's own process start time on Linux is whole-second boot time
        // plus ticks, up to a second off: that is what this replaces.)
        long jvm = ManagementFactory.getRuntimeMXBean().getUptime();
        Duration age = FirstFrame.sinceProcessStart();
        assertThat(age.toMillis()).isBetween(jvm - 20, jvm + 150);
    }
}
