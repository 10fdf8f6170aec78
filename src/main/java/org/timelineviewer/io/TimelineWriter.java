package org.timelineviewer.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.timelineviewer.model.Category;
import org.timelineviewer.model.Era;
import org.timelineviewer.model.Link;
import org.timelineviewer.model.LocalizedText;
import org.timelineviewer.model.MinutesSeconds;
import org.timelineviewer.model.MoneyAmount;
import org.timelineviewer.model.Source;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

/**
 * Writes a {@link Timeline} in this app's own format (docs/timeline-format.md), so that a timeline
 * opened from elsewhere can be kept, and given its other language and its sources, by hand. What
 * {@link TimelineFileReader} reads back is the same timeline. Fields with nothing to say are left
 * out; texts in one language are written in that one.
 */
public final class TimelineWriter {

    private final ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public void write(Timeline timeline, OutputStream out) throws IOException {
        mapper.writeValue(out, tree(timeline));
    }

    public String toJson(Timeline timeline) {
        try {
            return mapper.writeValueAsString(tree(timeline));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ObjectNode tree(Timeline t) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", TimelineValidator.SUPPORTED_FORMAT);
        root.set("title", text(t.title()));
        t.subtitle().ifPresent(s -> root.set("subtitle", text(s)));
        ArrayNode sources = root.putArray("sources");
        for (Source s : t.sources()) {
            ObjectNode n = sources.addObject().put("id", s.id());
            n.set("name", text(s.name()));
            if (s.published() != null) {
                n.put("published", s.published().toString());
            }
            if (s.url() != null) {
                n.put("url", s.url());
            }
        }
        ArrayNode categories = root.putArray("categories");
        for (Category c : t.categories()) {
            ObjectNode n = categories.addObject().put("id", c.id());
            n.set("label", text(c.label()));
            n.put("color", c.color());
        }
        ArrayNode eras = root.putArray("eras");
        for (Era e : t.eras()) {
            ObjectNode n = eras.addObject().put("id", e.id());
            n.set("label", text(e.label()));
            n.put("start", e.start() == null ? null : e.start().toString());
            n.put("end", e.end() == null ? null : e.end().toString());
        }
        ArrayNode events = root.putArray("events");
        for (TimelineEvent e : t.events()) {
            events.add(event(e));
        }
        if (!t.stories().isEmpty()) {
            ArrayNode stories = root.putArray("stories");
            for (Story s : t.stories()) {
                ObjectNode n = stories.addObject().put("id", s.id());
                n.set("title", text(s.title()));
                s.subtitleText().ifPresent(x -> n.set("subtitle", text(x)));
                n.put("titleSlide", s.titleSlide());
                ArrayNode steps = n.putArray("steps");
                for (Story.Step step : s.steps()) {
                    ObjectNode st = steps.addObject().put("event", step.event().id());
                    step.notesText().ifPresent(x -> st.set("notes", text(x)));
                    step.targetTime().ifPresent(x -> st.put("target", MinutesSeconds.format(x)));
                }
            }
        }
        return root;
    }

    private ObjectNode event(TimelineEvent e) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", e.id());
        n.put("date", e.start().toString());
        if (e.end() != null) {
            n.put("end", e.end().toString());
        }
        n.put("category", e.category().id());
        n.put("importance", e.importance());
        if (e.status().isStated()) {
            n.put("status", e.status().code());
        }
        n.set("title", text(e.title()));
        if (!e.summary().isEmpty()) {
            n.set("summary", text(e.summary()));
        }
        e.descriptionText().ifPresent(d -> n.set("description", text(d)));
        e.displayDateText().ifPresent(d -> n.set("displayDate", text(d)));
        list(n, "people", e.people());
        list(n, "organizations", e.organizations());
        if (!e.amounts().isEmpty()) {
            ArrayNode amounts = n.putArray("amounts");
            for (MoneyAmount a : e.amounts()) {
                ObjectNode m = amounts.addObject();
                m.put("value", a.value());
                m.put("currency", a.currency());
                m.put("qualifier", a.qualifier().code());
                if (a.label() != null) {
                    m.set("label", text(a.label()));
                }
            }
        }
        e.mediaLink().ifPresent(m -> {
            ObjectNode media = n.putObject("media").put("url", m.url());
            if (!m.caption().isEmpty()) {
                media.set("caption", text(m.caption()));
            }
            if (!m.credit().isEmpty()) {
                media.set("credit", text(m.credit()));
            }
        });
        if (!e.links().isEmpty()) {
            ArrayNode links = n.putArray("links");
            for (Link l : e.links()) {
                links.addObject().put("label", l.label()).put("url", l.url());
            }
        }
        if (e.source() != null) {
            ObjectNode source = n.putObject("source").put("ref", e.source().source().id()).put("quote", e.source().quote());
            if (!e.source().translations().isEmpty()) {
                ObjectNode translation = source.putObject("translation");
                e.source().translations().forEach((language, text) -> translation.put(language.code(), text));
            }
        }
        if (!e.relatedIds().isEmpty()) {
            ArrayNode related = n.putArray("related");
            e.relatedIds().forEach(related::add);
        }
        return n;
    }

    private void list(ObjectNode parent, String name, List<LocalizedText> texts) {
        if (!texts.isEmpty()) {
            ArrayNode array = parent.putArray(name);
            texts.forEach(t -> array.add(text(t)));
        }
    }

    /** A text in both languages, or in the one it has. */
    private ObjectNode text(LocalizedText t) {
        ObjectNode n = mapper.createObjectNode();
        if (!t.zh().isEmpty()) {
            n.put("zh", t.zh());
        }
        if (!t.en().isEmpty()) {
            n.put("en", t.en());
        }
        return n;
    }
}
