package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The app's logging set-up: INFO and above to the console, JavaFX's class-path warning dropped unformatted. */
class LogConfigurationTest {

    @AfterEach
    void restoreTheDefaultConfiguration() throws Exception {
        LogManager.getLogManager().readConfiguration();
        System.clearProperty(LogConfiguration.PROPERTY);
    }

    @Test
    void theConsoleGetsInfoAndAboveWithoutJavaFxsClassPathWarning() throws Exception {
        new LogConfiguration();

        Logger root = Logger.getLogger("");
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(root.getHandlers()).hasSize(1).hasOnlyElementsOfType(ConsoleHandler.class);
        Handler console = root.getHandlers()[0];
        assertThat(console.getFilter()).isInstanceOf(ExpectedWarnings.class);
        assertThat(console.isLoggable(record("javafx",
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @6ce35850'"))).isFalse();
        assertThat(console.isLoggable(record("javafx", "Could not resolve a lookup"))).isTrue();
        assertThat(console.isLoggable(record("org.timelineviewer.app.TimelineApp", "bundled font missing"))).isTrue();
    }

    @Test
    void theFilterDropsOnlyJavaFxsClassPathWarning() {
        ExpectedWarnings filter = new ExpectedWarnings();
        assertThat(filter.isLoggable(record("javafx", "Unsupported JavaFX configuration: classes were loaded from 'x'"))).isFalse();
        assertThat(filter.isLoggable(record("org.timelineviewer", "Unsupported JavaFX configuration"))).isTrue();
        assertThat(filter.isLoggable(record("javafx", "Unsupported pseudo-class"))).isTrue();
        assertThat(filter.isLoggable(record("javafx", null))).isTrue();
    }

    @Test
    void mainChoosesItUnlessTheUserChoseAConfiguration() {
        System.clearProperty(LogConfiguration.PROPERTY);
        LogConfiguration.use();
        assertThat(System.getProperty(LogConfiguration.PROPERTY)).isEqualTo(LogConfiguration.class.getName());

        System.setProperty(LogConfiguration.PROPERTY, "com.example.TheirConfiguration");
        LogConfiguration.use();
        assertThat(System.getProperty(LogConfiguration.PROPERTY)).isEqualTo("com.example.TheirConfiguration");
    }

    private static LogRecord record(String logger, String message) {
        LogRecord record = new LogRecord(Level.WARNING, message);
        record.setLoggerName(logger);
        return record;
    }
}
