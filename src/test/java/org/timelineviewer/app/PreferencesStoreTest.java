package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The preferences file is looked at before java.util.prefs opens it. */
@EnabledOnOs(OS.LINUX)
class PreferencesStoreTest {

    @Test
    void findsTheFileJavaUtilPrefsWrites() throws Exception {
        String node = "/org/timelineviewer/storetest";
        Preferences prefs = Preferences.userRoot().node(node);
        prefs.put("probe", "1");
        prefs.flush();
        try {
            Path file = PreferencesStore.fileOf(node).orElseThrow();
            assertThat(file).isRegularFile();
            assertThat(Files.readString(file)).contains("probe");
        } finally {
            prefs.removeNode();
            Preferences.userRoot().flush();
        }
    }

    @Test
    void aFifoAsThePreferencesFileGivesTheDefaultsAtOnce(@TempDir Path root) throws Exception {
        String node = "/org/timelineviewer/fifotest";
        Path file = root.resolve(".java/.userPrefs/org/timelineviewer/fifotest/prefs.xml");
        Files.createDirectories(file.getParent());
        mkfifo(file);
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.prefs.userRoot=" + root, "-Duser.home=" + root,
                "-cp", System.getProperty("java.class.path"), PreferencesProbeProcess.class.getName(), node)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // A read of the FIFO would wait for a writer for ever.
            assertThat(probe.waitFor(20, TimeUnit.SECONDS)).as("the preferences read came back").isTrue();
            assertThat(new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip())
                    .isEqualTo("defaults");
            assertThat(Files.isRegularFile(file)).as("nothing saved over the FIFO").isFalse();
        } finally {
            probe.destroyForcibly();
        }
    }

    @Test
    void namesWhatIsWrongWithAFile(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo.xml");
        mkfifo(fifo);
        assertThat(PreferencesStore.problem(fifo)).hasValueSatisfying(p -> assertThat(p).contains("not a regular file"));
        assertThat(PreferencesStore.problem(dir)).hasValueSatisfying(p -> assertThat(p).contains("not a regular file"));
        Path big = dir.resolve("big.xml");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(PreferencesStore.MAX_BYTES + 1); // sparse: nothing is written
        }
        assertThat(PreferencesStore.problem(big)).hasValueSatisfying(p -> assertThat(p).contains("bytes"));
        Path dangling = dir.resolve("dangling.xml");
        Files.createSymbolicLink(dangling, dir.resolve("nowhere"));
        assertThat(PreferencesStore.problem(dangling)).isPresent();
        Path fine = Files.writeString(dir.resolve("prefs.xml"), "<map/>");
        assertThat(PreferencesStore.problem(fine)).isEmpty();
        assertThat(PreferencesStore.problem(dir.resolve("absent.xml"))).isEmpty();
    }

    private static void mkfifo(Path path) throws Exception {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
    }
}
