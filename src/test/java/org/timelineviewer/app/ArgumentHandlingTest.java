package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineviewer.io.TimelineFileReader;

/** The timeline file asked for: used when good, otherwise the bundled timeline and a clear reason. */
class ArgumentHandlingTest {

    private final TimelineSource source = new TimelineSource(new TimelineFileReader());

    @TempDir
    Path dir;

    @Test
    void noArgumentsOpenTheBundledTimeline() throws Exception {
        TimelineSource.Loaded loaded = source.load(Optional.empty());
        assertThat(loaded.failure()).isEmpty();
        assertThat(loaded.timeline().events()).hasSize(20);
    }

    @Test
    void aGoodFileIsOpened() throws Exception {
        Path copy = dir.resolve("copy.timeline");
        Files.copy(Path.of("assets/timelines/alibaba-ai-era.timeline"), copy);
        String edited = Files.readString(copy).replaceFirst("\"en\": \"Alibaba in the AI Era", "\"en\": \"Copied: Alibaba in the AI Era");
        Files.writeString(copy, edited);
        TimelineSource.Loaded loaded = source.load(Optional.of(copy));
        assertThat(loaded.failure()).isEmpty();
        assertThat(loaded.timeline().title().en()).startsWith("Copied: ");
    }

    @Test
    void aMissingFileFallsBackToTheBundledTimelineWithTheReason() throws Exception {
        Path missing = dir.resolve("nowhere.timeline");
        TimelineSource.Loaded loaded = source.load(Optional.of(missing));
        assertThat(loaded.timeline().events()).hasSize(20);
        assertThat(loaded.failure()).isPresent();
        assertThat(loaded.failure().get().fileName()).contains("nowhere.timeline");
        assertThat(loaded.failure().get().problems().get(0).message()).isEqualTo("There is no file " + missing + ".");
        assertThat(loaded.failure().get().problems().get(0).message(org.timelineviewer.i18n.Messages.of(
                org.timelineviewer.model.Language.ZH))).isEqualTo("没有文件 " + missing + "。");
        assertThat(loaded.file()).as("the bundled timeline is shown: no file is open").isEmpty();
    }

    @Test
    void anUnreadableFileFallsBackWithTheReason() throws Exception {
        // Tests run as root, for whom no file is unreadable by permission; a folder cannot be read as a file.
        Path folder = Files.createDirectory(dir.resolve("a-folder.timeline"));
        TimelineSource.Loaded loaded = source.load(Optional.of(folder));
        assertThat(loaded.timeline().events()).hasSize(20);
        assertThat(loaded.failure().orElseThrow().problems().get(0).message()).isEqualTo(folder + " is a folder, not a timeline file.");
    }

    @Test
    void aBrokenFileFallsBackAndListsItsProblems() throws Exception {
        Path broken = dir.resolve("broken.timeline");
        Files.writeString(broken, Files.readString(Path.of("assets/timelines/alibaba-ai-era.timeline"))
                .replace("\"2023-09\"", "\"2023-13\""));
        TimelineSource.Loaded loaded = source.load(Optional.of(broken));
        assertThat(loaded.timeline().title().en()).contains("Alibaba");
        assertThat(loaded.failure().orElseThrow().problems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.line()).isPositive());
    }
}
