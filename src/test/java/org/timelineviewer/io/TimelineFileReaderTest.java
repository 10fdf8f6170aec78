package org.timelineviewer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timelineviewer.io.TimelineFixtures.BASE;
import static org.timelineviewer.io.TimelineFixtures.assertAt;
import static org.timelineviewer.io.TimelineFixtures.edit;
import static org.timelineviewer.io.TimelineFixtures.edits;
import static org.timelineviewer.io.TimelineFixtures.onlyProblem;
import static org.timelineviewer.io.TimelineFixtures.problems;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.timelineviewer.model.EventStatus;
import org.timelineviewer.model.HistoricDate;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.LocalizedText;
import org.timelineviewer.model.Timeline;

/** Validation problems: each reported with its line, column, JSON pointer and what was expected. */
class TimelineFileReaderTest {

    @Test
    void baseDocumentIsValid() throws Exception {
        Timeline t = new TimelineFileReader().read("base.timeline", BASE.getBytes(StandardCharsets.UTF_8));

        assertThat(t.events()).extracting(e -> e.id()).containsExactly("first", "second");
        assertThat(t.event("second").orElseThrow().endDate()).contains(HistoricDate.parse("2025-01~"));
        assertThat(t.event("second").orElseThrow().status()).isEqualTo(EventStatus.RUMOURED);
        assertThat(t.related(t.event("first").orElseThrow())).extracting(e -> e.id()).containsExactly("second");
        assertThat(t.eras()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2023-13    | is not a real date",
            "2023-02-30 | is not a real date",
            "2024-Q5    | Q1 to Q4",
            "2023-9     | YYYY-MM",
            "2023/09    | YYYY-MM",
            "''         | YYYY-MM",
    })
    void badEventDateIsReportedAtTheValue(String bad, String expected) {
        String json = edit(BASE, "\"2024-Q3\"", "\"" + bad + "\"");
        Problem p = onlyProblem(json);

        assertAt(p, "/events/1/date", json, "\"" + bad + "\",");
        assertThat(p.message()).contains(expected);
        if (!bad.isEmpty()) {
            assertThat(p.message()).contains("'" + bad + "'");
        }
    }

    @Test
    void badEraDateIsReportedAtTheValue() {
        String json = edit(BASE, "\"start\": \"2023-09\"", "\"start\": \"2023-Q0\"");
        Problem p = onlyProblem(json);

        assertAt(p, "/eras/0/start", json, "\"2023-Q0\"");
        assertThat(p.message()).contains("'2023-Q0'", "Q1 to Q4");
    }

    @Test
    void unknownCategorySuggestsTheClosestOne() {
        String json = edit(BASE, "\"category\": \"talent\"", "\"category\": \"tallent\"");
        Problem p = onlyProblem(json);

        assertAt(p, "/events/0/category", json, "\"tallent\"");
        assertThat(p.message()).contains("event 'first'", "unknown category 'tallent'", "did you mean 'talent'?");
    }

    @Test
    void unknownCategoryFarFromAnyListsTheKnownOnes() {
        String json = edit(BASE, "\"category\": \"talent\"", "\"category\": \"nonsense\"");
        Problem p = onlyProblem(json);

        assertThat(p.message()).contains("unknown category 'nonsense'", "[market, talent]");
    }

    @Test
    void duplicateEventIdNamesTheFirstUse() {
        String json = edit(BASE, "\"related\": [ \"second\" ]", "\"related\": [ ]");
        json = edit(json, "\"id\": \"second\"", "\"id\": \"first\"");
        Problem p = onlyProblem(json);

        assertThat(p.line()).isEqualTo(TimelineFixtures.where(BASE, "\"id\": \"second\"").line());
        assertThat(p.pointer()).isEqualTo("/events/1/id");
        assertThat(p.column()).isEqualTo(13);
        assertThat(p.message()).contains("duplicate id 'first'", "/events/0");
    }

    @Test
    void aFieldGivenTwiceIsReportedAtItsSecondValueAndTheRestStillChecked() {
        String json = edit(BASE, "\"category\": \"talent\"", "\"category\": \"talent\", \"category\": \"elsewhere\"");
        json = edit(json, "[ \"second\" ]", "[ \"secnd\" ]");
        List<Problem> problems = problems(json);

        assertThat(problems).as(problems.toString()).hasSize(2);
        assertAt(problems.get(0), "/events/0/category", json, "\"elsewhere\"");
        assertThat(problems.get(0).message()).contains("event 'first'", "'category' is given twice");
        assertThat(problems.get(1).message()).contains("no event has the id 'secnd'");
    }

    /**
     * Entries need not give their fields in one order: the reader finds a field by the name the
     * last entry gave at the same place when it is the same, and by its name otherwise, so a field
     * moved, or an unknown one where a known one was, is read as itself.
     */
    @Test
    void entriesGiveTheirFieldsInAnyOrder() throws TimelineLoadException {
        String moved = TimelineFixtures.edits(TimelineFixtures.BASE,
                "\"end\": \"2025-01~\",\n      \"category\": \"market\",\n      \"importance\": 1,",
                "\"importance\": 1,\n      \"end\": \"2025-01~\",\n      \"category\": \"market\",");
        org.timelineviewer.model.Timeline timeline = new TimelineFileReader().read("test.timeline",
                moved.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        org.timelineviewer.model.TimelineEvent second = timeline.events().stream()
                .filter(e -> e.id().equals("second")).findFirst().orElseThrow();
        assertThat(second.importance()).isEqualTo(1);
        assertThat(second.category().id()).isEqualTo("market");
        assertThat(second.end()).isNotNull();

        String unknown = TimelineFixtures.edit(moved, "\"importance\": 1,", "\"categry\": 1,");
        Problem p = onlyProblem(unknown);
        assertAt(p, "/events/1/categry", unknown, "1,\n      \"end\"");
        assertThat(p.message()).contains("unknown field 'categry'");
    }

    @Test
    void aLanguageGivenTwiceInATextIsReportedAtItsSecondValue() {
        String json = edit(BASE, "{ \"en\": \"First\", \"zh\": \"第一\" }", "{ \"en\": \"First\", \"zh\": \"第一\", \"en\": \"Erst\" }");
        Problem p = onlyProblem(json);

        assertAt(p, "/events/0/title/en", json, "\"Erst\"");
        assertThat(p.message()).contains("'en' is given twice");
    }

    @Test
    void relatedIdThatDoesNotExist() {
        String json = edit(BASE, "[ \"second\" ]", "[ \"secnd\" ]");
        Problem p = onlyProblem(json);

        assertAt(p, "/events/0/related/0", json, "\"secnd\"");
        assertThat(p.message()).contains("no event has the id 'secnd'");
    }

    @Test
    void eventRelatedToItself() {
        String json = edit(BASE, "[ \"second\" ]", "[ \"second\", \"first\" ]");
        Problem p = onlyProblem(json);

        assertAt(p, "/events/0/related/1", json, "\"first\" ]");
        assertThat(p.message()).contains("itself");
    }

    @Test
    void endBeforeStart() {
        String json = edit(BASE, "\"end\": \"2025-01~\"", "\"end\": \"2024-06\"");
        Problem p = onlyProblem(json);

        assertAt(p, "/events/1/end", json, "\"2024-06\"");
        assertThat(p.message()).contains("ends (2024-06) before it starts (2024-Q3)");
    }

    @Test
    void endInsideTheStartPeriodIsAccepted() throws Exception {
        String json = edit(BASE, "\"end\": \"2025-01~\"", "\"end\": \"2024-07-15\"");

        Timeline t = new TimelineFileReader().read("ok.timeline", json.getBytes(StandardCharsets.UTF_8));
        assertThat(t.event("second").orElseThrow().endDate()).contains(HistoricDate.parse("2024-07-15"));
    }

    @Test
    void textMissingInBothLanguages() {
        String json = edit(BASE, "{ \"en\": \"Second\", \"zh\": \"第二\" }", "{ \"en\": \" \", \"zh\": \"\" }");
        Problem p = onlyProblem(json);

        assertAt(p, "/events/1/title", json, "{ \"en\": \" \"");
        assertThat(p.message()).contains("both languages", "\"zh\"", "\"en\"");
    }

    @Test
    void aTextInOneLanguageIsKeptAsItIsAndShownInTheOther() throws Exception {
        String json = edits(BASE, "\"zh\": \"第一个事件\"", "\"zh\": \"  \"",
                "{ \"en\": \"The second event\", \"zh\": \"第二个事件\" }", "{ \"zh\": \"第二个事件\" }");
        Timeline t = new TimelineFileReader().read("one-language.timeline", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        LocalizedText first = t.events().get(0).summary();
        assertThat(first.has(Language.ZH)).isFalse();
        assertThat(first.onlyIn()).contains(Language.EN);
        assertThat(first.in(Language.ZH)).as("the English text, not a translation").isEqualTo(first.en());
        LocalizedText second = t.events().get(1).summary();
        assertThat(second.onlyIn()).contains(Language.ZH);
        assertThat(second.in(Language.EN)).isEqualTo("第二个事件");
    }

    @Test
    void aTextBlankInBothLanguagesIsReportedAtItsObject() {
        String json = edit(BASE, "{ \"en\": \"The second event\", \"zh\": \"第二个事件\" }", "{ \"zh\": \" \", \"en\": \"\" }");
        Problem p = onlyProblem(json);

        assertThat(p.pointer()).isEqualTo("/events/1/summary");
        assertThat(p.message()).contains("missing in both languages");
    }

    @Test
    void unsupportedFormatNumber() {
        String json = edit(BASE, "\"format\": 1,", "\"format\": 2,");
        Problem p = onlyProblem(json);

        assertAt(p, "/format", json, "2,");
        assertThat(p.message()).contains("format 2 is not supported", "expected 1");
    }

    @Test
    void missingFormat() {
        String json = edit(BASE, "\"format\": 1,", "");
        Problem p = onlyProblem(json);

        assertThat(p.pointer()).isEqualTo("/format");
        assertThat(p.line()).isEqualTo(1); // the root object
        assertThat(p.column()).isEqualTo(1);
        assertThat(p.message()).contains("missing", "\"format\": 1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'\"date\": \"2024-Q3\",'                                   | /events/1/date     | a date",
            "'\"id\": \"second\",'                                      | /events/1/id       | lower-case letters",
            "'\"title\": { \"en\": \"Second\", \"zh\": \"第二\" },'     | /events/1/title    | \"zh\"",
    })
    void missingRequiredEventFieldIsReportedAtItsEvent(String removed, String pointer, String expected) {
        // Removing "id" leaves the related reference in /events/0 dangling too: look only at our pointer.
        String json = edit(BASE, removed, "");
        Problem p = problems(json).stream().filter(x -> x.pointer().equals(pointer)).findFirst().orElseThrow();

        TimelineFixtures.Where event = TimelineFixtures.where(BASE, "\"id\": \"second\"");
        assertThat(p.line()).as(p.toString()).isEqualTo(event.line() - 1); // the '{' of /events/1
        assertThat(p.column()).isEqualTo(5);
        assertThat(p.message()).contains("missing", expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'\"title\": { \"zh\": \"测试\", \"en\": \"Test\" },' | /title      | \"zh\"",
            "'\"events\": ['                                       | /events     | at least one entry",
    })
    void missingRequiredTopLevelField(String removed, String pointer, String expected) {
        String json = removed.startsWith("\"events\"")
                ? BASE.substring(0, BASE.indexOf("  \"eras\"")) + "  \"eras\": []\n}\n"
                : edit(BASE, removed, "");
        Problem p = onlyProblem(json);

        assertThat(p.pointer()).isEqualTo(pointer);
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.column()).isEqualTo(1);
        assertThat(p.message()).contains("missing", expected);
    }

    @Test
    void problemsFromValidationCarryTheirLocationInTheExceptionMessage() {
        String json = edit(BASE, "\"2024-Q3\"", "\"2023-13\"");
        TimelineLoadException e = org.assertj.core.api.Assertions.catchThrowableOfType(TimelineLoadException.class,
                () -> new TimelineFileReader().read("x.timeline", json.getBytes(StandardCharsets.UTF_8)));

        assertThat(e.getMessage()).startsWith("x.timeline: 1 problem(s)")
                .contains("28:15 /events/1/date: event 'second': '2023-13' is not a real date: there is no month 13");
        assertThat(new Problem("", 0, 0, "m").toString()).as("nothing to locate: just the words").isEqualTo("m");
        assertThat(new Problem("/a", 3, 0, "m").toString()).isEqualTo("3 /a: m");
    }

    @Test
    void unreadableFileIsOneProblemWithoutLocation() {
        Path missing = Path.of("target", "no-such-dir", "missing.timeline");
        TimelineLoadException e = org.assertj.core.api.Assertions.catchThrowableOfType(TimelineLoadException.class,
                () -> new TimelineFileReader().read(missing));

        List<Problem> problems = e.problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isZero();
        assertThat(problems.get(0).message()).isEqualTo("There is no file " + missing + ".");
        assertThat(problems.get(0).pointer()).as("a file that is not there has no place in it").isEmpty();
    }

    @Test
    void statusImportanceCategoryAndSourceMayBeLeftOutAndGetDefaults() throws Exception {
        String json = edits(BASE, "\"status\": \"rumoured\",", "", "\"importance\": 1,", "",
                "\"category\": \"market\",", "", "\"source\": { \"ref\": \"src\", \"quote\": \"原文二\" },", "");
        Timeline t = new TimelineFileReader().read("defaults.timeline", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        org.timelineviewer.model.TimelineEvent second = t.events().get(1);

        assertThat(second.status()).isEqualTo(org.timelineviewer.model.EventStatus.UNSTATED);
        assertThat(second.status().isStated()).isFalse();
        assertThat(second.importance()).isEqualTo(2);
        assertThat(second.category().id()).isEqualTo("events");
        assertThat(t.categories()).extracting(org.timelineviewer.model.Category::id).endsWith("events");
        assertThat(second.source()).isNull();
    }

    @Test
    void unstatedIsNotAStatusAFileMayName() {
        String json = edit(BASE, "\"status\": \"rumoured\",", "\"status\": \"unstated\",");
        assertThat(onlyProblem(json).pointer()).isEqualTo("/events/1/status");
    }
}
