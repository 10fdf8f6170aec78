package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
    void theLogFolderAndEveryLogFileAreTheUsersAloneEvenAfterRotating() throws Exception {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return; // Windows: the per-user folder's ACL
        }
        Path folder = dir.resolve("state").resolve("logs");
        FileHandler handler = AppLog.handler(folder, 2_000, 3);
        Logger logger = Logger.getLogger("private-test-" + System.nanoTime());
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
        for (int i = 0; i < 200; i++) {
            logger.info("record " + i + " to make the handler rotate a few times");
        }
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(folder.getParent())).as("made on the way")
                .isSubsetOf(PosixFilePermissions.fromString("rwx------"));
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> files = listing.toList();
            assertThat(files).hasSizeGreaterThanOrEqualTo(3); // three logs and the lock
            for (Path f : files) {
                assertThat(Files.getPosixFilePermissions(f)).as(f.getFileName().toString())
                        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            }
        } finally {
            handler.close();
        }
    }

    @Test
    void anEarlierRunsOpenFolderAndLogAreNarrowed() throws Exception {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path folder = Files.createDirectories(dir.resolve("logs"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path old = Files.writeString(folder.resolve("timeline-viewer-0.log"), "an old record\n");
        Path older = Files.writeString(folder.resolve("timeline-viewer-1.log"), "an older record\n");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(older, PosixFilePermissions.fromString("rw-r--r--"));
        FileHandler handler = AppLog.handler(folder, 100_000, 3);
        handler.close();
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(old)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(older)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(old)).startsWith("an old record"); // appended to, not replaced
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
