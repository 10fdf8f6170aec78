package org.timelineviewer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timelineviewer.io.TimelineFixtures.BASE;
import static org.timelineviewer.io.TimelineFixtures.assertAt;
import static org.timelineviewer.io.TimelineFixtures.edit;
import static org.timelineviewer.io.TimelineFixtures.edits;
import static org.timelineviewer.io.TimelineFixtures.onlyProblem;
import static org.timelineviewer.io.TimelineFixtures.problems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Syntax errors, wrong types, unknown fields and files with several problems. Fixtures are
 * edits of {@link TimelineFixtures#BASE} and files under {@code src/test/resources/io/}.
 */
class TimelineFileStructureTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = TimelineFileStructureTest.class.getResourceAsStream("/io/" + name)) {
            assertThat(in).as("/io/" + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void missingCommaIsASyntaxErrorAtTheUnexpectedCharacter() {
        String json = edit(BASE, "\"status\": \"confirmed\",", "\"status\": \"confirmed\"");
        Problem p = onlyProblem(json);

        // the next field name, where a comma was expected
        TimelineFixtures.Where w = TimelineFixtures.where(json, "\"title\": { \"en\": \"First\"");
        assertThat(p.line()).as(p.toString()).isEqualTo(w.line());
        assertThat(p.column()).isEqualTo(w.column());
        assertThat(p.message()).contains("expected a comma");
    }

    @Test
    void syntaxErrorFixtureReportsLineAndColumn() throws IOException {
        String json = resource("syntax-error.timeline");
        Problem p = onlyProblem(json);

        // "importance": 3 3 -- the second 3 is where a comma or '}' was expected
        TimelineFixtures.Where w = TimelineFixtures.where(json, "3 3,");
        assertThat(p.line()).as(p.toString()).isEqualTo(w.line());
        assertThat(p.column()).isEqualTo(w.column() + 2);
        assertThat(p.message()).contains("expected a comma");
    }

    @Test
    void trailingGarbageAfterTheDocumentIsRejected() {
        Problem p = onlyProblem(BASE + "}\n");

        assertThat(p.line()).isEqualTo(BASE.split("\n").length + 1);
        assertThat(p.column()).isPositive();
    }

    @Test
    void emptyFileIsRejected() {
        Problem p = onlyProblem("");

        assertThat(p.pointer()).isEmpty();
        assertThat(p.message()).containsIgnoringCase("empty");
    }

    @Test
    void wrongTypeIsReportedAtTheValue() {
        String json = edit(BASE, "\"importance\": 1,", "\"importance\": \"high\",");
        Problem p = onlyProblem(json);

        assertAt(p, "/events/1/importance", json, "\"high\"");
        assertThat(p.message()).contains("whole number", "high");
    }

    @Test
    void listWhereAnObjectIsExpected() {
        String json = edit(BASE, "\"related\": [ \"second\" ]", "\"related\": \"second\"");
        Problem p = onlyProblem(json);

        assertThat(p.pointer()).isEqualTo("/events/0/related");
        assertThat(p.line()).isEqualTo(TimelineFixtures.where(json, "\"related\"").line());
    }

    @Test
    void unknownFieldIsReportedByName() {
        String json = edit(BASE, "\"status\": \"rumoured\",", "\"status\": \"rumoured\", \"colour\": \"red\",");
        List<Problem> problems = problems(json);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).contains("unknown field 'colour'", "docs/timeline-format.md");
    }

    @Test
    void typoInAFieldNameIsReportedOnceWithTheRightName() {
        String json = edit(BASE, "\"title\": { \"en\": \"Second\"", "\"titel\": { \"en\": \"Second\"");
        List<Problem> problems = problems(json);

        // One problem, not two: the "missing title" is the same mistake as the unknown "titel".
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).contains("event 'second'", "unknown field 'titel'", "did you mean 'title'?");
        assertThat(problems.get(0).pointer()).isEqualTo("/events/1/titel");
    }

    @Test
    void aMissingFieldWithNoLookAlikeIsStillReportedAsMissing() {
        String json = edit(BASE, "\"title\": { \"en\": \"Second\"", "\"zzzzzzzzzz\": { \"en\": \"Second\"");
        List<Problem> problems = problems(json);

        assertThat(problems).extracting(Problem::pointer).contains("/events/1/title", "/events/1/zzzzzzzzzz");
    }

    @Test
    void unknownFieldIsReportedWithItsLocationAndPointer() {
        String json = edit(BASE, "\"title\": { \"en\": \"Second\"", "\"titel\": { \"en\": \"Second\"");
        Problem p = problems(json).stream().filter(x -> x.message().contains("titel")).findFirst().orElseThrow();

        assertAt(p, "/events/1/titel", json, "{ \"en\": \"Second\"");
    }

    @Test
    void columnCountsCharactersNotBytes() {
        String json = edit(BASE, "{ \"en\": \"First\", \"zh\": \"第一\" }", "{ \"zh\": \"第一\", \"en\": 5 }");
        Problem p = onlyProblem(json);

        assertAt(p, "/events/0/title/en", json, "5 }");
    }

    @Test
    void wrongTypeDoesNotHideOtherProblems() {
        String json = edits(BASE, "\"importance\": 1,", "\"importance\": \"high\",",
                "\"date\": \"2023-09\"", "\"date\": \"2023-13\"");

        assertThat(problems(json)).extracting(Problem::pointer)
                .containsExactlyInAnyOrder("/events/0/date", "/events/1/importance");
    }

    @Test
    void fractionalImportanceIsRejected() {
        String json = edit(BASE, "\"importance\": 1,", "\"importance\": 1.5,");
        Problem p = onlyProblem(json);

        assertThat(p.pointer()).isEqualTo("/events/1/importance");
    }

    @Test
    void severalValidationProblemsAreAllReportedWithTheirLocations() {
        String json = edits(BASE,
                "\"format\": 1,", "\"format\": 3,",
                "\"date\": \"2023-09\"", "\"date\": \"2023-02-30\"",
                "\"category\": \"market\"", "\"category\": \"marketing\"",
                "\"status\": \"rumoured\"", "\"status\": \"gossip\"",
                "[ \"second\" ]", "[ \"nope\" ]",
                "\"color\": \"#666666\"", "\"color\": \"grey\"");
        List<Problem> problems = problems(json);

        // the bad colour drops the "market" category, so "marketing" is unknown either way
        assertThat(problems).extracting(Problem::pointer).containsExactlyInAnyOrder(
                "/format", "/events/0/date", "/events/1/category", "/events/1/status",
                "/events/0/related/0", "/categories/1/color");
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.line()).as(p.toString()).isPositive();
            assertThat(p.column()).as(p.toString()).isPositive();
        });
        Problem status = problems.stream().filter(p -> p.pointer().equals("/events/1/status")).findFirst().orElseThrow();
        assertAt(status, "/events/1/status", json, "\"gossip\"");
        assertThat(status.message()).contains("'gossip'", "confirmed, reported, rumoured or denied");
    }

    @Test
    void severalProblemsFixtureReportsEveryOne() throws IOException {
        String json = resource("several-problems.timeline");
        List<Problem> problems = problems(json);

        assertThat(problems).extracting(Problem::pointer).containsExactlyInAnyOrder(
                "/categories/0/color",
                "/events/0/date",
                "/events/0/importance",
                "/events/1/id",
                "/events/1/end",
                "/events/1/source/ref",
                "/events/2/related/0");
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).as(p.toString()).isPositive());
        Problem date = problems.stream().filter(p -> p.pointer().equals("/events/0/date")).findFirst().orElseThrow();
        assertAt(date, "/events/0/date", json, "\"2024-13\"");
        Problem end = problems.stream().filter(p -> p.pointer().equals("/events/1/end")).findFirst().orElseThrow();
        assertAt(end, "/events/1/end", json, "\"2023-12\"");
    }
}
