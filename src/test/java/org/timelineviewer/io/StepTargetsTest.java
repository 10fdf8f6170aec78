package org.timelineviewer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timelineviewer.io.TimelineFixtures.assertAt;
import static org.timelineviewer.io.TimelineFixtures.edit;
import static org.timelineviewer.io.TimelineFixtures.onlyProblem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;

/** A story step's {@code "target": "m:ss"}: read, refused at its place in both languages, written back. */
class StepTargetsTest {

    /** The fixture's stories with a target on the first step of the first story. */
    static final String TIMED = edit(StoryLoadingTest.WITH_STORIES,
            "{ \"event\": \"second\", \"notes\"", "{ \"event\": \"second\", \"target\": \"1:30\", \"notes\"");

    private static Timeline read(String json) throws TimelineLoadException {
        return new TimelineFileReader().read("test.timeline", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTargetIsMinutesAndSecondsAndMayBeLeftOut() throws Exception {
        Story main = read(TIMED).stories().get(0);

        assertThat(main.steps().get(0).targetTime()).contains(Duration.ofSeconds(90));
        assertThat(main.steps().get(1).targetTime()).isEmpty();
        assertThat(main.hasTargets()).isTrue();
        assertThat(read(StoryLoadingTest.WITH_STORIES).stories().get(0).hasTargets()).isFalse();
    }

    @Test
    void longTargetsAndTheEdges() throws Exception {
        for (String[] c : new String[][] {{"0:01", "1"}, {"12:05", "725"}, {"999:59", "59999"}, {"0:59", "59"}}) {
            Story main = read(edit(TIMED, "\"1:30\"", "\"" + c[0] + "\"")).stories().get(0);
            assertThat(main.steps().get(0).target()).as(c[0]).isEqualTo(Duration.ofSeconds(Long.parseLong(c[1])));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"90", "1:60", "0:00", "1:5", "1:300", "1000:00", "-1:30", "1.30", "PT1M30S", ":30", "1:30s", ""})
    void aWrongTargetIsRefusedAtItsPlaceInBothLanguages(String target) {
        String json = edit(TIMED, "\"1:30\"", "\"" + target + "\"");
        Problem p = onlyProblem(json);

        assertAt(p, "/stories/0/steps/0/target", json, "\"" + target + "\"");
        assertThat(p.message()).startsWith("story 'main-story': ")
                .contains("'" + target + "' is not a target time", "\"1:30\"");
        assertThat(p.message(Messages.of(Language.ZH))).isEqualTo("“" + target + "”不是目标时长；应写分钟和秒，例如 \"1:30\"（从 0:01 到 999:59）");
        assertThat(p.describe(Messages.of(Language.ZH))).startsWith(p.line() + ":" + p.column() + " /stories/0/steps/0/target: ");
    }

    @Test
    void aNumberIsNotATarget() {
        String json = edit(TIMED, "\"1:30\"", "90");
        Problem p = onlyProblem(json);

        assertAt(p, "/stories/0/steps/0/target", json, "90");
        assertThat(p.message()).contains("expected text in quotes, found the number 90");
    }

    @Test
    void theWriterWritesTargetsBackAndKeepsEverythingElse() throws Exception {
        Timeline timed = read(TIMED);
        String written = new TimelineWriter().toJson(timed);

        assertThat(written).contains("\"target\" : \"1:30\"");
        Timeline back = read(written);
        assertThat(back.stories()).containsExactlyElementsOf(timed.stories());
        assertThat(back.events()).containsExactlyElementsOf(timed.events());
        assertThat(back.categories()).containsExactlyElementsOf(timed.categories());
        assertThat(new TimelineWriter().toJson(back)).as("written twice, the same").isEqualTo(written);
    }

    @Test
    void theBundledTimelineWithTargetsRoundTrips() throws Exception {
        Timeline bundled = new TimelineFileReader().read(Path.of("assets/timelines/alibaba-ai-era.timeline"));
        Story story = bundled.stories().get(0);
        List<Duration> targets = java.util.stream.IntStream.range(0, story.steps().size())
                .mapToObj(i -> Duration.ofSeconds(30 + 7L * i)).toList();
        Timeline timed = org.timelineviewer.presentation.StoryTargets.apply(bundled, story, targets).orElseThrow();
        Path file = Files.createTempFile("targets", ".timeline");
        try {
            Files.writeString(file, new TimelineWriter().toJson(timed));
            Timeline back = new TimelineFileReader().read(file);
            assertThat(back.stories().get(0).steps()).extracting(Story.Step::target).containsExactlyElementsOf(targets);
            assertThat(back.events()).containsExactlyElementsOf(bundled.events());
            assertThat(back.sources()).containsExactlyElementsOf(bundled.sources());
            assertThat(back.eras()).containsExactlyElementsOf(bundled.eras());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
