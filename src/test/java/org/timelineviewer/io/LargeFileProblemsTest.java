package org.timelineviewer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timelineviewer.io.TimelineFixtures.assertAt;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timelineviewer.model.Timeline;

/**
 * Problems deep in a big file keep their line and column: the streaming reader locates what it
 * finds itself (a field of the wrong kind, a misspelled one), and what the validator finds later
 * (a date that does not exist, an unknown category, a duplicate id) is located in the text
 * afterwards. Chinese before each problem on its line: columns count characters, not bytes.
 */
class LargeFileProblemsTest {

    private static final int EVENTS = 30_000;

    /** A timeline of {@code EVENTS} events, one a line, the way bench/scale/Generate.java writes them. */
    private static StringBuilder big() {
        StringBuilder b = new StringBuilder(EVENTS * 200);
        b.append("{\n  \"format\": 1,\n  \"title\": { \"zh\": \"大文件\", \"en\": \"A big file\" },\n");
        b.append("  \"categories\": [ { \"id\": \"market\", \"label\": { \"zh\": \"市场\", \"en\": \"Market\" },")
                .append(" \"color\": \"#666666\" } ],\n  \"events\": [\n");
        LocalDate first = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < EVENTS; i++) {
            b.append("    { \"title\": { \"zh\": \"第").append(i).append("号公司的消息\", \"en\": \"Company ").append(i)
                    .append("\" }, \"id\": \"event-").append(i).append("\", \"date\": \"")
                    .append(first.plusDays((i * 7919L) % 4000)).append("\", \"category\": \"market\" }")
                    .append(i + 1 < EVENTS ? ",\n" : "\n");
        }
        return b.append("  ]\n}\n");
    }

    /** {@code json} with the text after {@code marker} (event {@code i}'s line) changed from {@code from} to {@code to}. */
    private static String edit(String json, int event, String from, String to) {
        int line = json.indexOf("\"id\": \"event-" + event + "\"");
        int at = json.indexOf(from, json.lastIndexOf('\n', line));
        assertThat(at).isGreaterThan(0);
        return json.substring(0, at) + to + json.substring(at + from.length());
    }

    @Test
    void theBigFileItselfOpens() throws TimelineLoadException {
        Timeline timeline = new TimelineFileReader().read("big.timeline", big().toString().getBytes(StandardCharsets.UTF_8));
        assertThat(timeline.events()).hasSize(EVENTS);
        assertThat(timeline.event("event-29999")).isPresent();
    }

    @Test
    void problemsDeepInABigFileAreAtTheirLineAndColumn() {
        String json = big().toString();
        json = edit(json, 21_000, "\"category\": \"market\"", "\"category\": \"markte\"");
        json = edit(json, 24_000, "\"date\": \"", "\"date\": \"2023-02-30\", \"was\": \"");
        json = edit(json, 26_000, "\"category\": \"market\"", "\"category\": [ \"market\" ]");
        json = edit(json, 27_000, "\"id\": \"event-27000\"", "\"id\": \"event-26999\"");
        json = edit(json, 29_998, "\"date\": \"", "\"dtae\": \"");

        List<Problem> problems = TimelineFixtures.problems(json);

        assertThat(problems).extracting(Problem::pointer).containsExactly("/events/21000/category",
                "/events/24000/date", "/events/24000/was", "/events/26000/category", "/events/27000/id",
                "/events/29998/dtae");
        assertAt(problems.get(0), "/events/21000/category", json, "\"markte\"");
        assertAt(problems.get(1), "/events/24000/date", json, "\"2023-02-30\"");
        assertAt(problems.get(3), "/events/26000/category", json, "[ \"market\" ]");
        assertAt(problems.get(4), "/events/27000/id", json, "\"event-26999\", \"date\": \""
                + LocalDate.of(2015, 1, 1).plusDays((27_000 * 7919L) % 4000));
        assertThat(problems.get(2).message()).contains("unknown field 'was'");
        TimelineFixtures.Where misspelled = TimelineFixtures.where(json, "\"dtae\": ");
        assertThat(problems.get(5).line()).isEqualTo(misspelled.line()).isGreaterThan(EVENTS);
        assertThat(problems.get(5).column()).isEqualTo(misspelled.column() + "\"dtae\": ".length());
        assertThat(problems.get(5).message()).contains("did you mean 'date'");
    }
}
