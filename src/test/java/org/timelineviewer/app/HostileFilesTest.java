package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.timelineviewer.testing.HostileCorpus;

/**
 * Every kind of hostile file, through {@code --validate} as a user would run it: each is answered
 * (a hang is caught by a generous guard, not timed), with status 1, in messages that are one line
 * each, plain (no parser's or library's wording, no raw control character or escape sequence),
 * bounded in length and number, located at the line and column where there is one, and in the
 * language asked for. The small files are in {@code src/test/resources/hostile}; the big and the
 * special ones are made here ({@link HostileCorpus}).
 */
class HostileFilesTest {

    @TempDir
    static Path made;

    /** A hang guard: every case is answered in well under a second or two on this kind of machine. */
    private static final Duration GUARD = Duration.ofSeconds(90);
    private static final int MAX_LINE = 1_200;
    private static final List<String> INTERNALS = List.of("Exception", "jackson", "fasterxml", "REDACTED",
            "StreamReadConstraints", "Feature", "java.", "CTRL-CHAR", "Source:", "null\n");

    @BeforeAll
    static void makeTheFilesGitCannotHold() throws Exception {
        HostileCorpus.sparse(made, "size-600mb.timeline", 600L * 1024 * 1024);
        HostileCorpus.events(made, "string-30m-characters.timeline", 1, i -> "\"id\": \"a\", \"date\": \"2020\", "
                + "\"title\": {\"en\": \"" + "x".repeat(30_000_000) + "\", \"zh\": \"x\"}");
        HostileCorpus.events(made, "string-10m-bad-date.timeline", 1, i -> HostileCorpus.event("a", "2".repeat(10_000_000)));
        HostileCorpus.events(made, "id-200k-segments.timeline", 1, i -> HostileCorpus.event("a-".repeat(200_000) + "a", "2020"));
        HostileCorpus.events(made, "duplicate-200k-ids.timeline", 200_000, i -> HostileCorpus.event("dup", "2020-01-01"));
        StringBuilder categories = new StringBuilder("\"categories\": [");
        for (int i = 0; i < 1_000; i++) {
            categories.append(i == 0 ? "" : ",").append("{\"id\": \"cat-").append(i)
                    .append("\", \"label\": {\"en\": \"C\", \"zh\": \"C\"}, \"color\": \"#123456\"}");
        }
        HostileCorpus.events(made, "string-1m-category.timeline", categories + "], ", 1,
                i -> HostileCorpus.event("a", "2020") + ", \"category\": \"" + "q".repeat(1_000_000) + "\"");
        HostileCorpus.events(made, "many-200k-bad-dates.timeline", 200_000, i -> HostileCorpus.event("e" + i, "2021-13-01"));
        StringBuilder header = new StringBuilder("Year,Headline");
        for (int i = 0; i < 200_000; i++) {
            header.append(",c").append(i);
        }
        Files.writeString(made.resolve("sheet-200k-columns.csv"), header + "\n2020,a\n");
        HostileCorpus.fifo(made, "special-fifo.timeline");
        Files.createSymbolicLink(made.resolve("special-dev-zero.timeline"), Path.of("/dev/zero"));
        Files.createDirectory(made.resolve("special-folder.timeline"));
        Files.createSymbolicLink(made.resolve("link-loop-a.timeline"), made.resolve("link-loop-b.timeline"));
        Files.createSymbolicLink(made.resolve("link-loop-b.timeline"), made.resolve("link-loop-a.timeline"));
        Files.createSymbolicLink(made.resolve("link-dangling.timeline"), made.resolve("nowhere.timeline"));
        Files.writeString(made.resolve("name\nwith-newline\u001b[31m.timeline"), "{");
    }

    /** Each file, what the first of its messages says in English (a regular expression), and whether it has a place. */
    static Stream<Arguments> files() {
        return Stream.of(
                // encoding
                committed("encoding-invalid-utf8.timeline", ":5:13: byte 67 \\(0xFF\\) is not UTF-8", true),
                committed("encoding-overlong-utf8.timeline", ":5:13: byte 67 \\(0xC0\\) is not UTF-8", true),
                committed("encoding-invalid-utf8.csv", ":2:9: byte 22 \\(0xFF\\) is not UTF-8", true),
                committed("encoding-latin1.mw", ":1:11: byte 10 \\(0xE9\\) is not UTF-8", true),
                committed("encoding-utf16le-bom.timeline", "is in UTF-16 \\(little-endian\\); timeline files are in UTF-8", true),
                committed("encoding-utf16be.timeline", "is in UTF-16 \\(big-endian\\)", true),
                committed("encoding-utf32le-bom.timeline", "is in UTF-32 \\(little-endian\\)", true),
                // size
                made("size-600mb.timeline", "is 600 MB; timeline files of up to 512 MB are opened", false),
                // nesting
                committed("nesting-deep.timeline", ":1:85: the file nests more than 64 levels of brackets", true),
                committed("nesting-deep-timelinejs.json", ":1:326: the file nests more than 64 levels of brackets", true),
                // number
                committed("number-5000-digits.timeline", ":73:5018: a number of 5000 digits; numbers of up to 100 digits", true),
                // string
                made("string-30m-characters.timeline", ":\\d+:\\d+: a text of more than 10000000 characters; longer texts are not read", true),
                made("string-10m-bad-date.timeline", "/events/0/date: event 'a': '2{20}…' \\(10000000 characters\\) is not a date", true),
                made("string-1m-category.timeline", "unknown category 'q{60}…' \\(1000000 characters\\); expected the id of one of the 1000 categories", true),
                committed("string-control-characters.timeline",
                        "'bad\\\\u0000\\\\u001B\\[31mred\\\\nline\\\\u202E\\\\u2028x' is not a status", true),
                committed("not-json.timeline", ":1:2: a control character \\(U\\+0000\\) where JSON allows only spaces", true),
                committed("truncated.timeline", ":261:11: the file ends here, before every", true),
                committed("empty.timeline", ":1:1: the file is empty", true),
                committed("only-null.json", ":1:1: expected a timeline object", true),
                // id
                committed("id-invalid.timeline", "/events/0/id: 'Bad ID!!' is not a valid id; expected up to 100", true),
                made("id-200k-segments.timeline", "/events/0/id: 'a-a-a[-a]*…' \\(400001 characters\\) is not a valid id", true),
                // duplicate
                committed("duplicate-ids.timeline", "/events/0/related/0: event 'same': no event has the id 'beta-launch'", true),
                made("duplicate-200k-ids.timeline", "/events/1/id: duplicate id 'dup' \\(first used by /events/0\\)", true),
                made("many-200k-bad-dates.timeline", "/events/0/date: event 'e0': '2021-13-01' is not a real date", true),
                made("sheet-200k-columns.csv", ":1:1: The sheet has 200002 columns; sheets of up to 1000 columns", true),
                // amount
                committed("amount-huge.timeline", ":101:15 /events/0/amounts/0/value: event 'alpha-launch': too large", true),
                committed("amount-tiny.timeline", "/amounts/0/value: event 'alpha-launch': more than 6 decimals", true),
                committed("amount-too-precise.timeline", "/amounts/0/value: event 'alpha-launch': more than 6 decimals", true),
                committed("amount-negative.timeline", "/amounts/0/value: event 'alpha-launch': negative", true),
                // special files
                made("special-fifo.timeline", "is not an ordinary file \\(a device or a pipe\\): it is not read", false),
                made("special-dev-zero.timeline", "is not an ordinary file \\(a device or a pipe\\)", false),
                made("special-folder.timeline", "is a folder, not a timeline file", false),
                // links
                made("link-loop-a.timeline", "is a link that leads round in a circle to itself", false),
                made("link-dangling.timeline", "is a link to .*nowhere.timeline, which does not exist", false),
                made("missing.timeline", "There is no file .*missing.timeline", false),
                // names
                made("name\nwith-newline\u001b[31m.timeline", "name\\\\nwith-newline\\\\u001B\\[31m.timeline:1:2: the file ends here", true));
    }

    private static Arguments committed(String name, String expected, boolean located) {
        return Arguments.of(name, expected, located);
    }

    private static Arguments made(String name, String expected, boolean located) {
        return Arguments.of("made:" + name, expected, located);
    }

    private static Path file(String name) {
        return name.startsWith("made:") ? made.resolve(name.substring(5)) : HostileCorpus.COMMITTED.resolve(name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void eachIsAnsweredPlainlyAtItsPlace(String name, String expected, boolean located) {
        Path file = file(name);
        Answer answer = validate("en", file);

        assertThat(answer.status).as(answer.err).isEqualTo(1);
        assertThat(answer.out).isEmpty();
        List<String> lines = answer.err.lines().toList();
        assertThat(lines).as(answer.err).isNotEmpty().hasSizeLessThanOrEqualTo(250);
        assertThat(lines.get(0)).as("the first message").containsPattern(expected);
        String shown = org.timelineviewer.model.Quote.printable(file.toString(), 500);
        for (String line : lines) {
            assertThat(line).startsWith(shown).hasSizeLessThanOrEqualTo(MAX_LINE);
            assertThat(line.codePoints()).as("no control, escape or bidi character: %s", line)
                    .noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
                            || (c >= 0x2066 && c <= 0x2069));
            for (String internal : INTERNALS) {
                assertThat(line).as("no library wording").doesNotContain(internal);
            }
            if (located) {
                assertThat(line.substring(shown.length())).as("located").matches("^(:\\d+:\\d+ |:\\d+:\\d+:|:? ?/).*");
            }
        }
    }

    /** The file's own kinds of trouble are told in Chinese too (the own format's checks are in English). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void andInChinese(String name, String expected, boolean located) {
        Answer answer = validate("zh", file(name));
        assertThat(answer.status).isEqualTo(1);
        String first = answer.err.lines().findFirst().orElseThrow();
        // The own format's checks of its fields are in English (the one thing left so).
        boolean ownFormatCheck = first.contains(" /events/") || first.contains(" /stories/")
                || name.equals("only-null.json");
        if (!ownFormatCheck) {
            assertThat(first).as("in Chinese").containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void manyProblemsAreListedTwentyOfAKindWithACountOfTheRest() {
        Answer answer = validate("en", made.resolve("duplicate-200k-ids.timeline"));
        List<String> lines = answer.err.lines().toList();
        assertThat(lines.stream().filter(l -> l.contains("duplicate id 'dup'"))).hasSize(20);
        assertThat(lines).anySatisfy(l -> assertThat(l).endsWith("/events/*/id: and 199979 more problems of this kind, not listed"));
    }

    @Test
    void aFileThatMayNotBeReadSaysSo() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every file");
        Path locked = Files.writeString(made.resolve("permission-denied.timeline"), "{}");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Answer answer = validate("en", locked);
        assertThat(answer.err).startsWith(locked + ": You do not have permission to read");
    }

    @Test
    void aValidFileWithA30MillionCharacterLineOpens() throws Exception {
        Path markwhen = Files.writeString(made.resolve("long-line.mw"), "title: x\n2020-01-01: " + "y".repeat(30_000_000) + "\n");
        Answer answer = validate("en", markwhen);
        assertThat(answer.status).as(answer.err).isZero();
        assertThat(answer.out).contains("ok, 1 event");
    }

    private record Answer(int status, String out, String err) {
    }

    private static Answer validate(String language, Path file) {
        return assertTimeoutPreemptively(GUARD, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(List.of("--validate", "--lang", language, file.toString()),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Answer(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }, () -> file + " was not answered");
    }
}
