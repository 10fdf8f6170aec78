package org.timelineviewer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Category;
import org.timelineviewer.model.DatePrecision;
import org.timelineviewer.model.EventStatus;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Link;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

/** TimelineJS JSON, TimelineJS sheets and markwhen: every event kept as the file has it, nothing invented. */
class ForeignFormatsTest {

    private static final Path DIR = Path.of("src/test/resources/import");
    private final TimelineFiles files = new TimelineFiles(new TimelineFileReader());

    @TempDir
    Path temp;

    private Opened open(String name) throws TimelineLoadException {
        return files.open(DIR.resolve(name));
    }

    private static TimelineEvent event(Timeline t, String id) {
        return t.event(id).orElseThrow(() -> new AssertionError("no event " + id + " in " + t.events().stream().map(TimelineEvent::id).toList()));
    }

    private static List<String> notes(Opened o) {
        return o.report().notes().stream().map(n -> n.text(Messages.of(Language.EN))).toList();
    }

    @Test
    void timelineJsJsonKeepsEveryDatedSlideAtItsPrecision() throws Exception {
        Opened o = open("space-race.json");
        Timeline t = o.timeline();

        assertThat(o.report().format()).isEqualTo(TimelineFormat.TIMELINEJS_JSON);
        assertThat(t.title().en()).isEqualTo("The Space Race");
        assertThat(t.subtitle().orElseThrow().en()).isEqualTo("From Sputnik to the Moon.");
        assertThat(t.events()).extracting(TimelineEvent::id).containsExactly("sputnik", "laika", "explorer-1",
                "a-day-without-a-month", "same-day-second-in-the-file", "sputnik-2", "apollo-11", "the-landing");
        assertThat(event(t, "sputnik").start().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(event(t, "sputnik").start()).hasToString("1957-10-04");
        assertThat(event(t, "laika").end()).as("an end equal to the start is dropped").isNull();
        assertThat(event(t, "apollo-11").end()).hasToString("1969-07-24");
        assertThat(event(t, "sputnik-2").start()).hasToString("1961-04-12T06:07");
        assertThat(event(t, "sputnik-2").title().en()).isEqualTo("Gagarin orbits the Earth");
        assertThat(event(t, "sputnik-2").displayDate().en()).isEqualTo("12 April 1961, early morning");
        assertThat(event(t, "the-landing").start()).hasToString("1969-07-20T20:17:40");
        assertThat(event(t, "a-day-without-a-month").start()).hasToString("1960-01-05");
        assertThat(t.events()).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(EventStatus.UNSTATED);
            assertThat(e.source()).isNull();
            assertThat(e.title().onlyIn()).contains(Language.EN);
        });
        assertThat(notes(o)).contains("One slide without a start date skipped, as TimelineJS does.",
                "One end date equal to its start dropped, as TimelineJS does.",
                "One repeated id renamed (-2, -3…).", "One date to the millisecond shown to the second.",
                "One date missing a month or a day: taken as the first, as TimelineJS does.",
                "One slide background not shown.");
    }

    @Test
    void timelineJsTextsKeepTheirWordsParagraphsLinksAndMediaCredits() throws Exception {
        Timeline t = open("space-race.json").timeline();
        TimelineEvent sputnik = event(t, "sputnik");

        assertThat(sputnik.description().en()).isEqualTo("The first artificial satellite.\n\nIt beeped for three weeks.");
        assertThat(sputnik.links()).containsExactly(new Link("three weeks", "https://example.org/sputnik"));
        assertThat(sputnik.media().url()).isEqualTo("https://example.org/sputnik.jpg");
        assertThat(sputnik.media().caption().en()).isEqualTo("Sputnik 1");
        assertThat(sputnik.media().credit().en()).as("HTML removed").isEqualTo("NASA");
    }

    @Test
    void groupsBecomeCategoriesInTheOrderTheyFirstAppearUngroupedLast() throws Exception {
        Timeline t = open("space-race.json").timeline();

        assertThat(t.categories()).extracting(Category::id).containsExactly("soviet-union", "united-states", "events");
        assertThat(t.categories()).extracting(Category::color).doesNotHaveDuplicates();
        assertThat(event(t, "explorer-1").category().label().en()).isEqualTo("United States");
        assertThat(t.eras()).hasSize(2);
        assertThat(t.eras().get(1).label().en()).isEqualTo("Crewed flight");
        assertThat(t.eras().get(1).end()).hasToString("1969-07");
    }

    @Test
    void cosmologicalYearsGoBackToTheBigBang() throws Exception {
        Timeline t = open("cosmos.json").timeline();

        assertThat(t.events()).hasSize(6);
        assertThat(t.events().get(0).start().year()).isEqualTo(-13_800_000_000L);
        assertThat(t.events().get(0).title().en()).isEqualTo("The Big Bang");
        assertThat(t.events()).isSortedAccordingTo(Timeline.CHRONOLOGICAL);
    }

    @Test
    void aTimelineJsSheetReadsItsTitleErasTimesAndGroups() throws Exception {
        Opened o = open("space-race.csv");
        Timeline t = o.timeline();

        assertThat(o.report().format()).isEqualTo(TimelineFormat.TIMELINEJS_SHEET);
        assertThat(t.title().en()).isEqualTo("The Space Race");
        assertThat(t.events()).extracting(TimelineEvent::title).extracting(x -> x.en())
                .containsExactly("Sputnik 1", "Gagarin orbits the Earth", "Apollo 11", "The landing");
        assertThat(event(t, "gagarin-orbits-the-earth").start()).hasToString("1961-04-12T06:07");
        assertThat(event(t, "gagarin-orbits-the-earth").displayDate().en()).isEqualTo("early morning");
        assertThat(event(t, "the-landing").start()).as("a thousands comma in the year").hasToString("1969-07-20T20:17:40");
        assertThat(event(t, "apollo-11").end()).hasToString("1969-07-24");
        assertThat(event(t, "sputnik-1").description().en()).isEqualTo("The first artificial satellite, beeping.");
        assertThat(event(t, "sputnik-1").media().credit().en()).isEqualTo("NASA");
        assertThat(t.eras()).singleElement().satisfies(e -> assertThat(e.label().en()).isEqualTo("First satellites"));
        assertThat(t.categories()).extracting(Category::id).containsExactly("soviet-union", "united-states");
        assertThat(notes(o)).contains("One row without a year skipped, as TimelineJS does.",
                "Formatting removed from one text (the words, paragraphs and links kept).");
    }

    @Test
    void anOlderSheetWithStartDateAndTagSavedAsTsv() throws Exception {
        Timeline t = open("old-sheet.tsv").timeline();

        assertThat(t.events()).extracting(e -> e.start().toString()).containsExactly("1957-10-04", "1961-04-12T06:07", "1969-07");
        assertThat(t.events()).extracting(e -> e.category().id()).containsExactly("soviet-union", "soviet-union", "united-states");
        assertThat(t.title().en()).as("no title row: the file's name").isEqualTo("old-sheet");
    }

    @Test
    void markwhenReadsItsHeaderEventsRangesGroupsAndTags() throws Exception {
        Opened o = open("space-race.mw");
        Timeline t = o.timeline();

        assertThat(t.title().en()).isEqualTo("The Space Race");
        assertThat(t.subtitle().orElseThrow().en()).isEqualTo("From Sputnik to the Moon");
        assertThat(t.events()).extracting(TimelineEvent::id).containsExactly("long-ago", "sputnik-1", "laika", "explorer-1",
                "gagarin-orbits-the-earth", "an-anniversary", "apollo-11", "the-landing", "quarantine");
        assertThat(event(t, "long-ago").start().year()).as("300 BC").isEqualTo(-299);
        assertThat(event(t, "laika").start()).hasToString("1957-11-03");
        assertThat(event(t, "explorer-1").start()).as("month first").hasToString("1958-01-31");
        assertThat(event(t, "gagarin-orbits-the-earth").start()).hasToString("1961-04-12T06:07");
        assertThat(event(t, "quarantine").end()).as("ten days from the 24th").hasToString("1969-08-02");
        assertThat(event(t, "sputnik-1").description().en()).isEqualTo("The first artificial satellite.\nIt beeped for three weeks.");
        assertThat(event(t, "sputnik-1").links()).containsExactly(new Link("three weeks", "https://example.org/sputnik"));
        assertThat(event(t, "sputnik-1").media().url()).isEqualTo("https://example.org/sputnik.jpg");
        assertThat(event(t, "sputnik-1").category().color()).as("#ussr: red").isEqualTo("#C62828");
        assertThat(event(t, "apollo-11").category().id()).isEqualTo("usa");
        assertThat(event(t, "apollo-11").title().en()).as("tags out of the title").isEqualTo("Apollo 11");
        assertThat(notes(o)).contains("Line 28: a recurring event is shown once (recurrence is not supported).",
                "Line 29: 'after !landing 3 days' depends on another event (not supported): left out.",
                "The header's 'timezone' is not used.");
    }

    @Test
    void markwhenGroupsNameTheCategoryOfUntaggedEventsAndOneXHeadingsNestSections(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.mw");
        Files.writeString(file, "title: Plan\n\n# Phase one\n2023-01/2023-03: Research\n## Details\n2023-02-01: Interview\n"
                + "# Phase two\n05/2023 - 2 months: Build\n");
        Timeline t = files.open(file).timeline();

        assertThat(t.events()).extracting(e -> e.category().label().en()).containsExactly("Phase one", "Details", "Phase two");
        assertThat(t.events().get(2).start()).hasToString("2023-05");
        assertThat(t.events().get(2).end()).hasToString("2023-06");
    }

    @Test
    void chineseTextsAreTakenAsChinese(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cn.json");
        Files.writeString(file, "{\"events\": [{\"start_date\": {\"year\": \"2023\"}, \"text\": {\"headline\": \"阿里巴巴换帅\"}}]}");
        Opened o = files.open(file);

        assertThat(o.timeline().events().get(0).title().onlyIn()).contains(Language.ZH);
        assertThat(o.timeline().events().get(0).title().in(Language.EN)).isEqualTo("阿里巴巴换帅");
        assertThat(o.report().notes().get(0).key()).isEqualTo("import.note.languageZh");
    }

    @Test
    void badDatesAreReportedAtTheirPlaceInTheUsersLanguage(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("bad.json");
        Files.writeString(json, "{\n  \"events\": [\n    {\"start_date\": {\"year\": \"1957\", \"month\": \"13\"},\n"
                + "     \"text\": {\"headline\": \"x\"}},\n    {\"start_date\": {\"year\": \"c. 1500\"}, \"text\": {\"headline\": \"y\"}}\n  ]\n}");
        TimelineLoadException e = catchThrowableOfType(TimelineLoadException.class, () -> files.open(json));

        assertThat(e.problems()).extracting(Problem::pointer)
                .containsExactly("/events/0/start_date/month", "/events/1/start_date/year", "/events/1/start_date/year");
        assertThat(e.problems().get(0).line()).isEqualTo(3);
        assertThat(e.problems().get(0).describe(Messages.of(Language.EN))).endsWith("there is no month 13; months are 1 to 12");
        assertThat(e.problems().get(0).describe(Messages.of(Language.ZH))).endsWith("没有 13 月；月份为 1 到 12");

        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "Year,Month,Day,Time,Headline\n1957,10,4,,Sputnik\n1961,4,12,25:00,Gagarin\n");
        TimelineLoadException sheet = catchThrowableOfType(TimelineLoadException.class, () -> files.open(csv));
        assertThat(sheet.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.pointer()).isEqualTo("Time");
            assertThat(p.toString()).isEqualTo("3 Time: '25:00' is not a time of day; expected 10:30, 10:30:15 or 10:30 AM");
        });
    }

    @Test
    void filesOfAnotherKindAreSaidToBeWhatTheyAre(@TempDir Path dir) throws Exception {
        Path v2 = dir.resolve("old.json");
        Files.writeString(v2, "{\"timeline\": {\"headline\": \"x\", \"date\": [{\"startDate\": \"2011,12,10\"}]}}");
        assertThat(message(v2)).contains("TimelineJS2");
        Path other = dir.resolve("package.json");
        Files.writeString(other, "{\"name\": \"x\", \"version\": \"1.0\"}");
        assertThat(message(other)).contains("not a timeline", "name, version");
        Path sheet = dir.resolve("people.csv");
        Files.writeString(sheet, "Name,Age\nAda,36\n");
        assertThat(message(sheet)).contains("not a TimelineJS sheet", "Year and Headline", "Name, Age");
        assertThat(message(dir.resolve("nowhere.timeline"))).isEqualTo("There is no file " + dir.resolve("nowhere.timeline") + ".");
        assertThat(message(dir)).contains("is a folder");
    }

    @Test
    void anOwnTimelineOpensAsBeforeWithNothingToReport() throws Exception {
        Opened o = files.open(Path.of("assets/timelines/alibaba-ai-era.timeline"));

        assertThat(o.report().format()).isEqualTo(TimelineFormat.TIMELINE);
        assertThat(o.report().notes()).isEmpty();
        assertThat(o.report().events()).isEqualTo(20);
    }

    @Test
    void savedAsATimelineEachFormatReadsBackTheSame() throws Exception {
        TimelineWriter writer = new TimelineWriter();
        for (String name : List.of("space-race.json", "space-race.csv", "space-race.mw", "cosmos.json")) {
            Timeline imported = open(name).timeline();
            byte[] saved = writer.toJson(imported).getBytes(StandardCharsets.UTF_8);
            Timeline back = new TimelineFileReader().read(name + ".timeline", saved);
            assertThat(back.events()).as(name).containsExactlyElementsOf(imported.events());
            assertThat(back.eras()).as(name).containsExactlyElementsOf(imported.eras());
            assertThat(back.categories()).as(name).containsExactlyElementsOf(imported.categories());
            assertThat(back.title()).isEqualTo(imported.title());
        }
        Timeline bundled = new TimelineFileReader().read(Path.of("assets/timelines/alibaba-ai-era.timeline"));
        Timeline again = new TimelineFileReader().read("again.timeline", writer.toJson(bundled).getBytes(StandardCharsets.UTF_8));
        assertThat(again.events()).containsExactlyElementsOf(bundled.events());
        assertThat(again.stories()).hasSameSizeAs(bundled.stories());
        assertThat(again.stories().get(0).steps()).containsExactlyElementsOf(bundled.stories().get(0).steps());
    }

    private String message(Path file) {
        TimelineLoadException e = catchThrowableOfType(TimelineLoadException.class, () -> files.open(file));
        assertThat(e).as("%s should not open", file).isNotNull();
        return e.problems().get(0).message(Messages.of(Language.EN));
    }
}
