package org.timelineviewer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.timelineviewer.io.TimelineFixtures.BASE;
import static org.timelineviewer.io.TimelineFixtures.assertAt;
import static org.timelineviewer.io.TimelineFixtures.edit;
import static org.timelineviewer.io.TimelineFixtures.onlyProblem;
import static org.timelineviewer.io.TimelineFixtures.problems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.LocalizedText;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;

/** The {@code stories} of a timeline file: what loads, and every problem at its pointer and line. */
class StoryLoadingTest {

    static final Path BUNDLED = Path.of("assets/timelines/alibaba-ai-era.timeline");

    /**
     * Two stories: the first told out of time order, with a title slide and notes on one step; the
     * second on one line, without title slide. Each value a test edits occurs once.
     */
    static final String STORIES = """
              "stories": [
                {
                  "id": "main-story",
                  "title": { "zh": "主线", "en": "Main line" },
                  "subtitle": { "zh": "副标题", "en": "A subtitle" },
                  "titleSlide": true,
                  "steps": [
                    { "event": "second", "notes": { "zh": "备注二", "en": "Notes two" } },
                    { "event": "first" }
                  ]
                },
                { "id": "other-story", "title": { "zh": "另一个", "en": "Another" }, "steps": [ { "event": "second" } ] }
              ]""";

    /** {@link TimelineFixtures#BASE} with {@link #STORIES} after its events. */
    static final String WITH_STORIES = edit(BASE, "\n  ]\n}", "\n  ],\n" + STORIES + "\n}");

    private static Timeline read(String json) throws TimelineLoadException {
        return new TimelineFileReader().read("test.timeline", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void validStoriesLoad() throws Exception {
        Timeline t = read(WITH_STORIES);

        assertThat(t.stories()).extracting(Story::id).containsExactly("main-story", "other-story");
        Story main = t.stories().get(0);
        assertThat(main.title()).isEqualTo(new LocalizedText("主线", "Main line"));
        assertThat(main.subtitleText()).contains(new LocalizedText("副标题", "A subtitle"));
        assertThat(main.titleSlide()).isTrue();
        assertThat(main.steps()).extracting(s -> s.event().id()).as("in the story's order, not time order")
                .containsExactly("second", "first");
        assertThat(main.steps().get(0).event()).isSameAs(t.event("second").orElseThrow());
        assertThat(main.steps().get(0).notesText()).contains(new LocalizedText("备注二", "Notes two"));
        assertThat(main.steps().get(0).notes().in(Language.EN)).isEqualTo("Notes two");
        assertThat(main.steps().get(1).notesText()).isEmpty();

        Story other = t.stories().get(1);
        assertThat(other.titleSlide()).as("titleSlide defaults to false").isFalse();
        assertThat(other.subtitleText()).isEmpty();
        assertThat(other.steps()).extracting(s -> s.event().id()).containsExactly("second");

        assertThat(t.story(null)).containsSame(main);
        assertThat(t.story("other-story")).containsSame(other);
    }

    @Test
    void aFileWithoutStoriesStillLoads() throws Exception {
        Timeline t = read(BASE);

        assertThat(t.stories()).isEmpty();
        assertThat(t.story(null).orElseThrow().id()).isEqualTo(Story.DEFAULT_ID);
    }

    @Test
    void anEmptyListOfStoriesIsAllowed() throws Exception {
        Timeline t = read(edit(BASE, "\n  ]\n}", "\n  ],\n  \"stories\": []\n}"));

        assertThat(t.stories()).isEmpty();
    }

    @Test
    void stepNamingAnUnknownEvent() {
        String json = edit(WITH_STORIES, "{ \"event\": \"first\" }", "{ \"event\": \"frist\" }");
        Problem p = onlyProblem(json);

        assertAt(p, "/stories/0/steps/1/event", json, "\"frist\"");
        // Either the known ids or a suggestion: both name the right one.
        assertThat(p.message()).contains("unknown event 'frist'").containsPattern("\\bfirst\\b");
        assertThat(p.message()).startsWith("story 'main-story': ");
    }

    @Test
    void stepNamingAnEventUnlikeAnyListsTheKnownOnes() {
        String json = edit(WITH_STORIES, "{ \"event\": \"first\" }", "{ \"event\": \"unheard-of\" }");
        Problem p = onlyProblem(json);

        assertAt(p, "/stories/0/steps/1/event", json, "\"unheard-of\"");
        assertThat(p.message()).contains("unknown event 'unheard-of'", "[first, second]");
    }

    @Test
    void stepWithoutAnEvent() {
        String json = edit(WITH_STORIES, "{ \"event\": \"first\" }", "{ }");
        Problem p = onlyProblem(json);

        assertAt(p, "/stories/0/steps/1/event", json, "{ }");
        assertThat(p.message()).contains("missing", "the id of a event");
    }

    @Test
    void duplicateStoryId() {
        String json = edit(WITH_STORIES, "\"id\": \"other-story\"", "\"id\": \"main-story\"");
        Problem p = onlyProblem(json);

        assertAt(p, "/stories/1/id", json, "\"main-story\", \"title\": { \"zh\": \"另一个\"");
        assertThat(p.message()).contains("duplicate id 'main-story'");
    }

    @Test
    void invalidStoryId() {
        String json = edit(WITH_STORIES, "\"id\": \"other-story\"", "\"id\": \"Other Story\"");
        Problem p = onlyProblem(json);

        assertAt(p, "/stories/1/id", json, "\"Other Story\"");
        assertThat(p.message()).contains("'Other Story' is not a valid id", "lower-case");
    }

    @Test
    void emptyStepsList() {
        String json = edit(WITH_STORIES, "\"steps\": [ { \"event\": \"second\" } ]", "\"steps\": [ ]");
        Problem p = onlyProblem(json);

        assertAt(p, "/stories/1/steps", json, "[ ] }");
        assertThat(p.message()).contains("at least one");
    }

    @Test
    void missingStepsList() {
        String json = edit(WITH_STORIES, ", \"steps\": [ { \"event\": \"second\" } ]", "");
        Problem p = onlyProblem(json);

        assertAt(p, "/stories/1/steps", json, "{ \"id\": \"other-story\"");
        assertThat(p.message()).contains("missing", "at least one");
    }

    @Test
    void missingStoryTitle() {
        String json = edit(WITH_STORIES, "\"title\": { \"zh\": \"另一个\", \"en\": \"Another\" }, ", "");
        Problem p = onlyProblem(json);

        assertAt(p, "/stories/1/title", json, "{ \"id\": \"other-story\"");
        assertThat(p.message()).contains("missing", "\"zh\"");
    }

    @Test
    void notesInOneLanguageAreKept() throws Exception {
        String json = edit(WITH_STORIES, "{ \"zh\": \"备注二\", \"en\": \"Notes two\" }", "{ \"zh\": \"备注二\" }");
        Story story = read(json).stories().get(0);

        assertThat(story.steps().get(0).notesText().orElseThrow().onlyIn()).contains(org.timelineviewer.model.Language.ZH);
    }

    @Test
    void notesBlankInBothLanguagesAreReported() {
        String json = edit(WITH_STORIES, "{ \"zh\": \"备注二\", \"en\": \"Notes two\" }", "{ \"zh\": \" \", \"en\": \"\" }");
        Problem p = onlyProblem(json);

        assertThat(p.pointer()).isEqualTo("/stories/0/steps/0/notes");
        assertThat(p.message()).contains("missing in both languages");
    }

    @Test
    void titleSlideOfTheWrongType() {
        String json = edit(WITH_STORIES, "\"titleSlide\": true", "\"titleSlide\": \"yes\"");
        Problem p = onlyProblem(json);

        assertAt(p, "/stories/0/titleSlide", json, "\"yes\"");
        assertThat(p.message()).contains("expected true or false", "'yes'");
    }

    @Test
    void unknownFieldInAStep() {
        String json = edit(WITH_STORIES, "{ \"event\": \"first\" }", "{ \"event\": \"first\", \"comment\": \"hi\" }");
        Problem p = onlyProblem(json);

        assertAt(p, "/stories/0/steps/1/comment", json, "\"hi\"");
        assertThat(p.message()).contains("unknown field 'comment'", "[event, notes, target]");
    }

    @Test
    void stepsThatAreNotAList() {
        String json = edit(WITH_STORIES, "\"steps\": [ { \"event\": \"second\" } ]", "\"steps\": \"second\"");
        List<Problem> problems = problems(json);

        Problem p = problems.stream().filter(x -> x.pointer().equals("/stories/1/steps")).findFirst().orElseThrow();
        assertAt(p, "/stories/1/steps", json, "\"second\" }");
        assertThat(p.message()).contains("expected a list");
        assertThat(problems).as("reported once, not again as missing").hasSize(1);
    }

    @Test
    void everyProblemOfAStoryIsReported() {
        String json = edit(WITH_STORIES, "{ \"event\": \"first\" }", "{ \"event\": \"frist\" }");
        json = edit(json, "\"titleSlide\": true", "\"titleSlide\": 1");
        json = edit(json, "\"id\": \"other-story\"", "\"id\": \"main-story\"");

        assertThat(problems(json)).extracting(Problem::pointer)
                .containsExactly("/stories/0/titleSlide", "/stories/0/steps/1/event", "/stories/1/id");
    }

    @Test
    void aStoryCalledAllEventsIsRejectedBecauseTheIdIsReserved() throws Exception {
        String json = edit(WITH_STORIES, "\"id\": \"other-story\"", "\"id\": \"all-events\"");
        TimelineLoadException e = catchThrowableOfType(TimelineLoadException.class, () -> read(json));

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::pointer).containsExactly("/stories/1/id");
        assertThat(e.problems().get(0).message()).contains("reserved");
    }

    // ---- the bundled file -------------------------------------------------------------------

    @Test
    void everyStepOfTheBundledFileNamesAnExistingEvent() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Files.readString(BUNDLED));
        Timeline t = new TimelineFileReader().read(BUNDLED);
        List<String> named = new ArrayList<>();
        root.get("stories").forEach(story -> story.get("steps").forEach(step -> named.add(step.get("event").asText())));

        assertThat(named).hasSize(18);
        assertThat(named).allSatisfy(id -> assertThat(t.event(id)).as(id).isPresent());
        assertThat(t.stories()).hasSize(root.get("stories").size());
        assertThat(t.stories()).flatExtracting(Story::steps).extracting(s -> s.event().id())
                .containsExactlyElementsOf(named);
        assertThat(t.stories()).flatExtracting(Story::steps)
                .allSatisfy(s -> assertThat(t.event(s.event().id())).as("the timeline's own event object").containsSame(s.event()));
    }

    @Test
    void everyStepOfTheBundledStoryHasNotesInBothLanguages() throws Exception {
        Story story = new TimelineFileReader().read(BUNDLED).story("ai-bet").orElseThrow();

        assertThat(story.steps()).allSatisfy(s -> {
            assertThat(s.notesText()).isPresent();
            assertThat(s.notes().zh()).isNotBlank();
            assertThat(s.notes().en()).isNotBlank();
        });
        assertThat(story.title().en()).isNotBlank();
    }
}
