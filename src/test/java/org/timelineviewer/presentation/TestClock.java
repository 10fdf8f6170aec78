package org.timelineviewer.presentation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock whose instant the test sets (it may be read on the FX thread and set on the test thread). */
public final class TestClock extends Clock {
    private volatile Instant instant;
    private final ZoneId zone;

    public TestClock(Instant instant, ZoneId zone) {
        this.instant = instant;
        this.zone = zone;
    }

    public void advance(Duration d) {
        instant = instant.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new TestClock(instant, z);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
