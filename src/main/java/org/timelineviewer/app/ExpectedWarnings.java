package org.timelineviewer.app;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * A log filter that drops the one warning that says nothing is wrong: JavaFX's "Unsupported
 * JavaFX configuration" when its classes come from the class path, which is how this app ships
 * (packaging/README.md). Dropped before it is formatted: formatting the first record of a run
 * loads the formatter and the locale's date texts, tens of milliseconds on the way to the first
 * frame, spent on a line no one needs. Every other record passes.
 */
public final class ExpectedWarnings implements Filter {

    static final String JAVAFX_LOGGER = "javafx";
    static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration";

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        return !(JAVAFX_LOGGER.equals(record.getLoggerName()) && message != null
                && message.startsWith(CLASS_PATH_WARNING));
    }
}
