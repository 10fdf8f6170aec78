package org.timelineviewer.io;

import java.util.List;
import org.timelineviewer.model.Quote;

/** "event 'ceo-change': " before a problem inside an entry that has an id, so people need not count entries. */
final class EntryNames {

    private EntryNames() {
    }

    static String whose(TimelineDocument document, String pointer) {
        if (document == null) {
            return "";
        }
        String[] kinds = {"events", "categories", "eras", "sources", "stories"};
        for (String kind : kinds) {
            String prefix = "/" + kind + "/";
            if (!pointer.startsWith(prefix)) {
                continue;
            }
            int end = prefix.length();
            while (end < pointer.length() && Character.isDigit(pointer.charAt(end)) && end - prefix.length() < 9) {
                end++;
            }
            if (end == prefix.length() || (end < pointer.length() && pointer.charAt(end) != '/')) {
                return "";
            }
            if (pointer.substring(end).equals("/id")) {
                return ""; // the problem is the id itself: it says so
            }
            String id = id(document, kind, Integer.parseInt(pointer.substring(prefix.length(), end)));
            return id == null ? "" : singular(kind) + " " + Quote.of(id) + ": ";
        }
        return "";
    }

    private static String id(TimelineDocument d, String kind, int index) {
        List<?> entries = switch (kind) {
            case "events" -> d.events();
            case "categories" -> d.categories();
            case "eras" -> d.eras();
            case "sources" -> d.sources();
            default -> d.stories();
        };
        if (entries == null || index >= entries.size() || entries.get(index) == null) {
            return null;
        }
        Object entry = entries.get(index);
        if (entry instanceof TimelineDocument.EventEntry e) {
            return e.id();
        }
        if (entry instanceof TimelineDocument.CategoryEntry c) {
            return c.id();
        }
        if (entry instanceof TimelineDocument.EraEntry e) {
            return e.id();
        }
        if (entry instanceof TimelineDocument.SourceEntry s) {
            return s.id();
        }
        return entry instanceof TimelineDocument.StoryEntry s ? s.id() : null;
    }

    private static String singular(String kind) {
        return switch (kind) {
            case "categories" -> "category";
            case "stories" -> "story";
            default -> kind.substring(0, kind.length() - 1);
        };
    }
}
