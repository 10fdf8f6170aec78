package org.timelineviewer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.timelineviewer.model.HistoricDate;
import org.timelineviewer.model.Link;

/**
 * Reads TimelineJS3's JSON as its users publish it: {@code title}, {@code events} (start and end
 * dates, {@code text.headline} and {@code text.text} in HTML, {@code media}, {@code group},
 * {@code display_date}, {@code unique_id}), {@code eras} and {@code scale}. TimelineJS's own rules
 * are followed where files rely on them: an event without a start date is skipped, an end equal
 * to the start is dropped, events on the same date keep the file's order, repeated ids get
 * {@code -2}, {@code -3}. What it cannot show (media, backgrounds) is said in the import report.
 */
final class TimelineJsJsonReader {

    private final JsonFactory factory;

    TimelineJsJsonReader(JsonFactory factory) {
        this.factory = factory;
    }

    Opened read(String name, String json, JsonNode root) throws TimelineLoadException {
        ImportBuilder out = new ImportBuilder(TimelineFormat.TIMELINEJS_JSON, name);
        JsonNode title = root.get("title");
        if (title != null && title.isObject()) {
            JsonNode text = title.path("text");
            out.title(HtmlText.of(text.path("headline").asText("")).text(), HtmlText.of(text.path("text").asText("")).text());
        }
        JsonNode scale = root.get("scale");
        if (scale != null && scale.isTextual() && !"human".equals(scale.asText()) && !"cosmological".equals(scale.asText())) {
            out.problem(Problem.keyed("/scale", 0, 0, "import.problem.scale", TimelineJsDates.cut(scale.asText())));
        }
        JsonNode events = root.get("events");
        if (events == null || !events.isArray()) {
            out.problem(Problem.keyed("/events", 0, 0, "import.problem.noEventsList"));
        } else {
            for (int i = 0; i < events.size(); i++) {
                slide(events.get(i), "/events/" + i, out);
            }
        }
        JsonNode eras = root.get("eras");
        if (eras != null && eras.isArray()) {
            for (int i = 0; i < eras.size(); i++) {
                era(eras.get(i), "/eras/" + i, out);
            }
        }
        try {
            return out.build();
        } catch (TimelineLoadException e) {
            throw located(name, json, e);
        }
    }

    private void slide(JsonNode slide, String at, ImportBuilder out) {
        if (!slide.isObject()) {
            out.problem(Problem.keyed(at, 0, 0, "import.problem.notAnObject"));
            return;
        }
        JsonNode startNode = slide.get("start_date");
        if (startNode == null || !startNode.isObject()) {
            out.count("import.note.noStartSkipped"); // TimelineJS skips these too
            return;
        }
        TimelineJsDates.Fields startFields = TimelineJsDates.fields(startNode, at + "/start_date", out);
        HistoricDate start = TimelineJsDates.date(startFields, at + "/start_date", out);
        HistoricDate end = null;
        JsonNode endNode = slide.get("end_date");
        if (endNode != null && endNode.isObject() && endNode.size() > 0) {
            TimelineJsDates.Fields endFields = TimelineJsDates.fields(endNode, at + "/end_date", out);
            if (TimelineJsDates.sameAsStart(startFields, endFields)) {
                out.count("import.note.endEqualsStart");
            } else {
                end = TimelineJsDates.date(endFields, at + "/end_date", out);
                if (start != null && end != null && end.endDay() <= start.startDay()) {
                    out.problem(Problem.keyed(at + "/end_date", 0, 0, "import.problem.endBeforeStart", end.toString(), start.toString()));
                    end = null;
                }
            }
        }
        JsonNode text = slide.path("text");
        HtmlText headline = HtmlText.of(text.path("headline").asText(""));
        HtmlText body = HtmlText.of(text.path("text").asText(""));
        if (headline.markup() || body.markup()) {
            out.count("import.note.htmlRemoved");
        }
        List<Link> links = new ArrayList<>(headline.links());
        links.addAll(body.links());
        ImportBuilder.MediaDraft media = media(slide.get("media"), out);
        if (slide.hasNonNull("background")) {
            out.count("import.note.backgroundNotShown");
        }
        String display = displayDate(slide, startNode, endNode);
        String group = slide.hasNonNull("group") ? HtmlText.of(slide.get("group").asText("")).text() : null;
        String id = slide.hasNonNull("unique_id") && slide.get("unique_id").isTextual() ? slide.get("unique_id").asText() : null;
        if (start != null) {
            out.event(new ImportBuilder.Draft(id, start, end, headline.text(), body.text(), links, media, group, display));
        }
    }

    /** The slide's own display date, else its start's (and end's), as written; null for none. */
    private static String displayDate(JsonNode slide, JsonNode start, JsonNode end) {
        String own = HtmlText.of(slide.path("display_date").asText("")).text();
        if (!own.isBlank()) {
            return own;
        }
        String from = HtmlText.of(start.path("display_date").asText("")).text();
        String to = end == null ? "" : HtmlText.of(end.path("display_date").asText("")).text();
        if (from.isBlank()) {
            return null;
        }
        return to.isBlank() ? from : from + " – " + to;
    }

    private static ImportBuilder.MediaDraft media(JsonNode media, ImportBuilder out) {
        if (media == null || !media.isObject() || media.path("url").asText("").isBlank()) {
            return null;
        }
        out.count("import.note.mediaAsLinks");
        String url = media.path("url").asText().strip();
        String caption = HtmlText.of(media.path("caption").asText("")).text();
        String credit = HtmlText.of(media.path("credit").asText("")).text();
        return new ImportBuilder.MediaDraft(url, caption, credit);
    }

    private static void era(JsonNode era, String at, ImportBuilder out) {
        if (!era.isObject()) {
            out.problem(Problem.keyed(at, 0, 0, "import.problem.notAnObject"));
            return;
        }
        JsonNode startNode = era.get("start_date");
        if (startNode == null || !startNode.isObject()) {
            out.problem(Problem.keyed(at + "/start_date", 0, 0, "import.problem.eraStart"));
            return;
        }
        HistoricDate start = TimelineJsDates.date(TimelineJsDates.fields(startNode, at + "/start_date", out), at + "/start_date", out);
        JsonNode endNode = era.get("end_date");
        HistoricDate end = endNode == null || !endNode.isObject() ? null
                : TimelineJsDates.date(TimelineJsDates.fields(endNode, at + "/end_date", out), at + "/end_date", out);
        if (endNode == null) {
            out.count("import.note.eraOpen");
        }
        if (start != null) {
            out.era(HtmlText.of(era.path("text").path("headline").asText("")).text(), start, end);
        }
    }

    /** The problems with their lines and columns, found by pointer in the text. */
    private TimelineLoadException located(String name, String json, TimelineLoadException e) {
        JsonLocations locations = JsonLocations.index(factory, json, e.problems().stream().map(Problem::pointer).toList());
        List<Problem> problems = new ArrayList<>();
        for (Problem p : e.problems()) {
            JsonLocation l = locations.locate(p.pointer());
            problems.add(l == null ? p : p.at(Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr())));
        }
        return new TimelineLoadException(name, problems);
    }
}
