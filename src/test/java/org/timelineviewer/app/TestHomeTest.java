package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The tests run with a home of their own under target/: they never touch the real user's files. */
class TestHomeTest {

    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @Test
    void theHomeThePreferencesAndTheLogFolderAreTheTestsOwn() {
        assertThat(Path.of(System.getProperty("user.home")).toAbsolutePath().startsWith(TARGET)).isTrue();
        assertThat(Path.of(System.getProperty("java.util.prefs.userRoot")).toAbsolutePath().startsWith(TARGET)).isTrue();
        assertThat(AppLog.defaultFolder().toAbsolutePath().startsWith(TARGET)).as(AppLog.defaultFolder().toString()).isTrue();
        assertThat(System.getProperty("timelineviewer.prefs.node")).isEqualTo("/org/timelineviewer/test");
    }
}
