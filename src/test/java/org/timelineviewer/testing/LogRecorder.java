package org.timelineviewer.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/** Keeps every record a logger publishes, for tests that check what was logged. */
public final class LogRecorder extends Handler {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    /** What was logged so far, oldest first (a live view). */
    public List<LogRecord> records() {
        return records;
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
