package org.timelineviewer.presentation;

import java.util.List;
import org.timelineviewer.control.KeyHelpOverlay;
import org.timelineviewer.i18n.Messages;

/**
 * What the key-help overlay lists: the main window's keys and the keys while presenting, each
 * row a message "keys, a tab, what they do" in the language of {@code m}.
 */
public final class KeyHelp {

    static final List<String> MAIN_WINDOW = List.of("help.main.select", "help.main.zoom", "help.main.uizoom", "help.main.pan",
            "help.main.find", "help.main.language", "help.main.files", "help.main.present", "help.main.help");
    static final List<String> PRESENTING = List.of("help.story.next", "help.story.back", "help.story.ends",
            "help.story.number", "help.story.blank", "help.story.notes", "help.story.swap", "help.story.theme",
            "help.story.language", "help.story.notesLanguage", "help.story.notesSize",
            "help.story.timer", "help.story.zoom", "help.story.overview", "help.story.search", "help.story.pointer",
            "help.story.help", "help.story.end");

    private KeyHelp() {
    }

    /** The main window's keys. */
    public static KeyHelpOverlay.Section mainWindow(Messages m) {
        return section(m, "help.section.main", MAIN_WINDOW);
    }

    /** The keys while presenting. */
    public static KeyHelpOverlay.Section presenting(Messages m) {
        return section(m, "help.section.story", PRESENTING);
    }

    private static KeyHelpOverlay.Section section(Messages m, String heading, List<String> keys) {
        return new KeyHelpOverlay.Section(m.get(heading), keys.stream().map(k -> row(m.get(k))).toList());
    }

    private static KeyHelpOverlay.Row row(String message) {
        int tab = message.indexOf('\t');
        return tab < 0 ? new KeyHelpOverlay.Row("", message)
                : new KeyHelpOverlay.Row(message.substring(0, tab), message.substring(tab + 1));
    }
}
