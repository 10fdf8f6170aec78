package org.timelineviewer.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;

/**
 * The app's logging set-up, read the first time anything logs (JavaFX's start does, before the
 * first window): {@code logging.properties} beside this class. {@link Main} names this class in
 * the system property {@value #PROPERTY} unless the user set one; {@link AppLog} adds the log
 * file later, on a thread of its own.
 */
public final class LogConfiguration {

    public static final String PROPERTY = "java.util.logging.config.class";

    /** Called by the {@link LogManager} (by name, so public, with no arguments). */
    public LogConfiguration() throws IOException {
        try (InputStream in = LogConfiguration.class.getResourceAsStream("logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        }
    }

    /** Makes this the logging set-up of the run, unless one was chosen on the command line. */
    static void use() {
        if (System.getProperty(PROPERTY) == null && System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty(PROPERTY, LogConfiguration.class.getName());
        }
    }
}
