package org.timelineviewer.app;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Refused hand-off connections, told so that whoever can connect to the port (any local user)
 * cannot fill the log: the first few at INFO with their reason, the rest as a count, at most one
 * line per interval (and the last count when the app stops listening).
 */
final class RefusalLog {

    private final Logger log;
    private final int toldOneByOne;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private long refused;
    private long untold;
    private long lastCount;

    /** {@code nanoTime} is the clock ({@code System::nanoTime}; tests pass their own). */
    RefusalLog(Logger log, int toldOneByOne, Duration interval, LongSupplier nanoTime) {
        this.log = log;
        this.toldOneByOne = toldOneByOne;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    /** One more refusal; {@code reason} is the app's own words, never what the client sent. */
    synchronized void refused(String reason) {
        refused++;
        if (refused <= toldOneByOne) {
            log.info("hand-off refused: " + reason
                    + (refused == toldOneByOne ? " (further refusals are only counted)" : ""));
            lastCount = nanoTime.getAsLong();
            return;
        }
        untold++;
        long now = nanoTime.getAsLong();
        if (now - lastCount >= intervalNanos) {
            tellCount();
            lastCount = now;
        }
    }

    /** Tells the count not told yet, if any. */
    synchronized void flush() {
        if (untold > 0) {
            tellCount();
        }
    }

    private void tellCount() {
        log.info(untold + " more hand-offs refused (" + refused + " in all)");
        untold = 0;
    }
}
