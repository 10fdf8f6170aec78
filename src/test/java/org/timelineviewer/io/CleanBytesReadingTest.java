package org.timelineviewer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.timelineviewer.model.Timeline;

/**
 * A file without problems is read from its bytes, and gives the same timeline as its text would;
 * anything else (a problem, a syntax error, bytes that are not strictly UTF-8) is left to the
 * reading of the text, which locates it in characters.
 */
class CleanBytesReadingTest {

    private static final String CLEAN = """
            {
              "format": 1,
              "title": { "zh": "字节读取 😀", "en": "Read from bytes 𝄞" },
              "categories": [ { "id": "market", "label": { "zh": "市场", "en": "Market" }, "color": "#666666" } ],
              "eras": [ { "id": "first", "label": { "zh": "第一阶段", "en": "First" }, "start": "2020-01-01", "end": "2021-01-01" } ],
              "events": [
                { "id": "a", "date": "2020-03-01", "category": "market", "importance": 3, "status": "confirmed",
                  "title": { "zh": "第一条：“引号”与 é", "en": "First \\"quoted\\" \\u00e9" },
                  "summary": { "zh": "摘要", "en": "Summary" } },
                { "id": "b", "date": "2020-02-01", "end": "2020-05-01", "category": "market",
                  "title": { "zh": "第二条", "en": "Second" }, "summary": { "zh": "摘要二", "en": "Summary two" } }
              ]
            }
            """;

    private final TimelineFileReader reader = new TimelineFileReader();

    @Test
    void aCleanFileReadFromItsBytesIsTheTimelineItsTextGives() throws Exception {
        byte[] bytes = CLEAN.getBytes(StandardCharsets.UTF_8);
        Timeline fromBytes = reader.readIfClean(bytes);
        assertThat(fromBytes).as("a file without problems is read from its bytes").isNotNull();
        assertSame(fromBytes, reader.readText("clean.timeline", CLEAN));
        assertThat(fromBytes.title().in(org.timelineviewer.model.Language.ZH)).isEqualTo("字节读取 😀");
        assertThat(fromBytes.events().get(1).title().in(org.timelineviewer.model.Language.EN)).isEqualTo("First \"quoted\" é");
    }

    @Test
    void theBundledTimelineIsReadFromItsBytesToTheSameTimeline() throws Exception {
        byte[] bytes;
        try (InputStream in = CleanBytesReadingTest.class.getResourceAsStream(BundledTimelineTest.RESOURCE)) {
            bytes = in.readAllBytes();
        }
        Timeline fromBytes = reader.readIfClean(bytes);
        assertThat(fromBytes).isNotNull();
        assertSame(fromBytes, reader.readText("bundled", new String(bytes, StandardCharsets.UTF_8)));
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        byte[] text = CLEAN.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        assertThat(reader.readIfClean(bytes)).isNotNull();
        assertThat(new TimelineFiles(reader).open("bom.timeline", bytes).timeline().events()).hasSize(2);
    }

    @Test
    void aFileWithAProblemIsLeftToTheTextWhichCountsColumnsInCharacters() {
        String json = CLEAN.replace("\"summary\": { \"zh\": \"摘要二\"", "\"sumary\": { \"zh\": \"摘要二\"");
        assertThat(reader.readIfClean(json.getBytes(StandardCharsets.UTF_8))).isNull();
        Problem p = TimelineFixtures.problems(json).get(0);
        // at the misspelled field's value, counted in characters (in bytes, the Chinese before it would make it 65)
        TimelineFixtures.assertAt(p, "/events/1/sumary", json, "{ \"zh\": \"摘要二\"");
    }

    @Test
    void aProblemTheValidatorFindsIsLeftToTheTextToo() {
        String json = CLEAN.replace("\"date\": \"2020-03-01\"", "\"date\": \"2020-02-30\"");
        assertThat(reader.readIfClean(json.getBytes(StandardCharsets.UTF_8))).isNull();
        Problem p = TimelineFixtures.onlyProblem(json);
        TimelineFixtures.assertAt(p, "/events/0/date", json, "\"2020-02-30\"");
    }

    @Test
    void aSyntaxErrorIsLeftToTheText() {
        String json = CLEAN.replace("\"status\": \"confirmed\",", "\"status\": \"confirmed\",,");
        assertThat(reader.readIfClean(json.getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(TimelineFixtures.onlyProblem(json).line()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"c080", "e08080", "f4908080"}) // U+0000 in two and three bytes; past U+10FFFF
    void bytesThatAreNotStrictlyUtf8AreNotUtf8EvenWhereJacksonWouldReadThem(String hex) throws IOException {
        String json = CLEAN.replace("First \\\"quoted\\\"", "First @@@@");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, "@@@@".getBytes(StandardCharsets.UTF_8));
        byte[] sequence = HexFormat.of().parseHex(hex);
        byte[] bad = new byte[bytes.length - 4 + sequence.length];
        System.arraycopy(bytes, 0, bad, 0, at);
        System.arraycopy(sequence, 0, bad, at, sequence.length);
        System.arraycopy(bytes, at + 4, bad, at + sequence.length, bytes.length - at - 4);
        StringBuilder read = new StringBuilder();
        try (var parser = new com.fasterxml.jackson.core.JsonFactory().createParser(bad)) {
            while (parser.nextToken() != null) {
                read.append(parser.getText()); // Jackson's byte parser takes the bytes for characters
            }
        }
        assertThat(read).contains("First ");
        assertThat(reader.readIfClean(bad)).isNull();
        TimelineLoadException e = catchThrowableOfType(TimelineLoadException.class, () -> reader.read("bad.timeline", bad));
        assertThat(e).isNotNull();
        assertThat(e.problems().get(0).toString()).contains("is not UTF-8");
        assertThat(e.problems().get(0).line()).isEqualTo(8);
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    private static void assertSame(Timeline a, Timeline b) {
        assertThat(a.title()).isEqualTo(b.title());
        assertThat(a.subtitle()).isEqualTo(b.subtitle());
        assertThat(a.categories()).isEqualTo(b.categories());
        assertThat(a.eras()).isEqualTo(b.eras());
        assertThat(a.sources()).isEqualTo(b.sources());
        assertThat(a.events()).isEqualTo(b.events());
        assertThat(a.stories()).isEqualTo(b.stories());
    }
}
