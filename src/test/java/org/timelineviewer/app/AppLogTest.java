package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log rotates over a few small files and never grows without bound. */
class AppLogTest {

    @TempDir
    Path dir;

    @Test
    void logRotatesAndStaysWithinItsLimits() throws Exception {
        int limit = 4_000;
        int count = 3;
        FileHandler handler = AppLog.handler(dir, limit, count);
        Logger logger = Logger.getLogger("rotation-test-" + System.nanoTime());
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
        for (int i = 0; i < 2_000; i++) {
            logger.info("record " + i + " with some text to fill the files up quickly");
        }
        IllegalStateException boom = new IllegalStateException("boom");
        boom.setStackTrace(new StackTraceElement[] {new StackTraceElement("Here", "there", "Here.java", 1)});
        logger.log(Level.SEVERE, "the last record", boom);
        handler.close();
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".log")).toList();
        }
        assertThat(files).hasSizeLessThanOrEqualTo(count).hasSizeGreaterThan(1);
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
            assertThat(Files.size(f)).isLessThanOrEqualTo(limit + 300L);
        }
        assertThat(total).isLessThan((long) count * (limit + 300));
        // FileHandler rotates right after the record that fills a file, leaving the newest one empty.
        String newest = Files.readString(dir.resolve("timeline-viewer-0.log"));
        if (newest.isEmpty()) {
            newest = Files.readString(dir.resolve("timeline-viewer-1.log"));
        }
        assertThat(newest).contains("SEVERE", "the last record", "IllegalStateException: boom");
        assertThat(newest).doesNotContain("record 0 with");
    }

    @Test
    void installWritesToTheGivenFolderAndReportsTheFile() throws Exception {
        Path folder = dir.resolve("logs");
        Path file = AppLog.install(folder).file().orElseThrow();
        Logger.getLogger("install-test").warning("hello log");
        for (var h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
        assertThat(file).isEqualTo(folder.resolve("timeline-viewer-0.log"));
        assertThat(Files.readString(file)).contains("WARNING", "install-test", "hello log");
    }

    @Test
    void theDefaultFolderIsThePlatformsPerUserPlace() {
        Path folder = AppLog.defaultFolder();
        assertThat(folder.toString()).startsWith(System.getProperty("user.home").isEmpty() ? "" : "/");
        assertThat(folder.toString()).containsAnyOf("timeline-viewer", "Timeline Viewer");
        assertThat(folder.isAbsolute()).isTrue();
    }

    @Test
    void theLogFileLeavesOutJavaFxsClassPathWarningAndKeepsTheRest() throws Exception {
        FileHandler handler = AppLog.handler(dir, 100_000, 1);
        Logger javafx = Logger.getLogger("javafx");
        boolean useParents = javafx.getUseParentHandlers();
        javafx.setUseParentHandlers(false);
        javafx.addHandler(handler);
        try {
            javafx.warning("Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1b2c3d'");
            javafx.warning("Could not resolve '-tl-missing' while resolving lookups for '-fx-fill'");
        } finally {
            javafx.removeHandler(handler);
            javafx.setUseParentHandlers(useParents);
            handler.close();
        }
        String log = Files.readString(dir.resolve("timeline-viewer-0.log"));
        assertThat(log).contains("Could not resolve '-tl-missing'").doesNotContain("Unsupported JavaFX configuration");
    }
}
