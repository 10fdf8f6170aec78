package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.timelineviewer.testing.LogRecorder;

/** Whoever connects to the hand-off port cannot fill the log, however often it is refused. */
class RefusalLogTest {

    private final Logger logger = Logger.getLogger("refusal-test-" + System.nanoTime());
    private final LogRecorder capture = new LogRecorder();
    private final List<LogRecord> records = capture.records();
    private final AtomicLong clock = new AtomicLong();

    RefusalLogTest() {
        logger.setUseParentHandlers(false);
        logger.addHandler(capture);
    }

    @AfterEach
    void detach() {
        logger.removeHandler(capture);
    }

    @Test
    void theFirstFewAreToldThenOnlyACountAtMostOncePerInterval() {
        RefusalLog log = new RefusalLog(logger, 3, Duration.ofMinutes(1), clock::get);
        for (int i = 0; i < 100_000; i++) {
            log.refused("a start that does not know the token");
            clock.addAndGet(Duration.ofMillis(1).toNanos()); // 100 s of refusals, one a millisecond
        }
        assertThat(records).allSatisfy(r -> assertThat(r.getLevel()).isEqualTo(Level.INFO));
        assertThat(records).hasSize(3 + 1); // the first three, then one count after a minute
        assertThat(records.get(0).getMessage()).isEqualTo("hand-off refused: a start that does not know the token");
        assertThat(records.get(2).getMessage()).endsWith("(further refusals are only counted)");
        assertThat(records.get(3).getMessage()).startsWith("60000 more hand-offs refused");

        log.flush();
        assertThat(records).hasSize(5);
        assertThat(records.get(4).getMessage()).isEqualTo("39997 more hand-offs refused (100000 in all)");
        log.flush();
        assertThat(records).as("nothing new to count").hasSize(5);
    }
}
