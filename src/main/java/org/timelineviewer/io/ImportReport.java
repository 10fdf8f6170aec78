package org.timelineviewer.io;

import java.util.List;
import org.timelineviewer.i18n.Messages;

/**
 * What opening a file kept and what it did not: how many events, eras and categories came in, and
 * notes such as "media shown as links, never fetched", "HTML removed from 12 texts", "2 duplicate
 * ids renamed", "line 14: recurrence is not supported". Empty notes for this app's own files.
 */
public record ImportReport(TimelineFormat format, int events, int eras, int categories, List<Note> notes) {

    /** One thing the import did, said in the user's language from a message key (counts are numbers). */
    public record Note(String key, List<Object> args) {
        public Note {
            args = List.copyOf(args);
        }

        public String text(Messages messages) {
            return messages.format(key, args.toArray());
        }
    }

    public ImportReport {
        notes = List.copyOf(notes);
    }

    /** The report of a file of this app's own format: nothing to say beyond the counts. */
    public static ImportReport own(int events, int eras, int categories) {
        return new ImportReport(TimelineFormat.TIMELINE, events, eras, categories, List.of());
    }

    /** "41 events, 3 eras, 5 categories (TimelineJS JSON)". */
    public String summary(Messages messages) {
        return messages.format("import.summary", events, eras, categories, format.displayName(messages));
    }
}
