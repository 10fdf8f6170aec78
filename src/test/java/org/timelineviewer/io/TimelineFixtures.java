package org.timelineviewer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A tiny valid timeline document, targeted edits of it, and helpers to read problems. */
final class TimelineFixtures {

    /** Valid: two events, the second a span. Keep each checked value on its own line. */
    static final String BASE = """
            {
              "format": 1,
              "title": { "zh": "测试", "en": "Test" },
              "sources": [
                { "id": "src", "name": { "zh": "来源", "en": "Source" }, "published": "2025-02" }
              ],
              "categories": [
                { "id": "talent", "label": { "zh": "人才", "en": "Talent" }, "color": "#2E7D32" },
                { "id": "market", "label": { "zh": "市场", "en": "Market" }, "color": "#666666" }
              ],
              "eras": [
                { "id": "era-one", "start": "2023-09", "end": null, "label": { "en": "Era", "zh": "时代" } }
              ],
              "events": [
                {
                  "id": "first",
                  "date": "2023-09",
                  "category": "talent",
                  "importance": 3,
                  "status": "confirmed",
                  "title": { "en": "First", "zh": "第一" },
                  "summary": { "en": "The first event", "zh": "第一个事件" },
                  "source": { "ref": "src", "quote": "原文一" },
                  "related": [ "second" ]
                },
                {
                  "id": "second",
                  "date": "2024-Q3",
                  "end": "2025-01~",
                  "category": "market",
                  "importance": 1,
                  "status": "rumoured",
                  "source": { "ref": "src", "quote": "原文二" },
                  "title": { "en": "Second", "zh": "第二" },
                  "summary": { "en": "The second event", "zh": "第二个事件" }
                }
              ]
            }
            """;

    /** A 1-based line and column in a text, counted in characters as an editor shows them. */
    record Where(int line, int column) {
    }

    private TimelineFixtures() {
    }

    /** {@code json} with the only occurrence of {@code from} replaced by {@code to}. */
    static String edit(String json, String from, String to) {
        int at = json.indexOf(from);
        assertThat(at).as("fixture contains %s", from).isGreaterThanOrEqualTo(0);
        assertThat(json.indexOf(from, at + 1)).as("fixture contains %s only once", from).isEqualTo(-1);
        return json.substring(0, at) + to + json.substring(at + from.length());
    }

    /** Applies edits given as pairs: from, to, from, to… */
    static String edits(String json, String... pairs) {
        String out = json;
        for (int i = 0; i < pairs.length; i += 2) {
            out = edit(out, pairs[i], pairs[i + 1]);
        }
        return out;
    }

    /** Where the only occurrence of {@code marker} starts in {@code json}. */
    static Where where(String json, String marker) {
        int at = json.indexOf(marker);
        assertThat(at).as("document contains %s", marker).isGreaterThanOrEqualTo(0);
        assertThat(json.indexOf(marker, at + 1)).as("document contains %s only once", marker).isEqualTo(-1);
        int lineStart = json.lastIndexOf('\n', at - 1) + 1;
        int line = (int) json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        return new Where(line, at - lineStart + 1);
    }

    /** The problems of a document that must not load. */
    static List<Problem> problems(String json) {
        TimelineLoadException e = catchThrowableOfType(TimelineLoadException.class,
                () -> new TimelineFileReader().read("test.timeline", json.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).as("expected the document to be rejected").isNotNull();
        assertThat(e.fileName()).isEqualTo("test.timeline");
        assertThat(e.problems()).isNotEmpty();
        return e.problems();
    }

    /** The single problem of a document with exactly one. */
    static Problem onlyProblem(String json) {
        List<Problem> problems = problems(json);
        assertThat(problems).as(problems.toString()).hasSize(1);
        return problems.get(0);
    }

    /** Asserts pointer and location (the start of {@code marker}) of a problem. */
    static void assertAt(Problem p, String pointer, String json, String marker) {
        Where w = where(json, marker);
        assertThat(p.pointer()).as(p.toString()).isEqualTo(pointer);
        assertThat(p.line()).as("line of " + p).isEqualTo(w.line());
        assertThat(p.column()).as("column of " + p).isEqualTo(w.column());
    }
}
