package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.timelineviewer.model.Language;

/** The speaker notes' size is remembered, and a wrong one forgotten (in the tests' own preferences). */
class NotesSizePreferenceTest {

    private Preferences node;
    private ViewerPreferences preferences;

    @BeforeEach
    void freshNode() {
        node = Preferences.userRoot().node("/org/timelineviewer/unit-test-notes-" + System.nanoTime());
        preferences = new ViewerPreferences(node);
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    private static ViewerPreferences.Saved withNotes(OptionalDouble size) {
        return new ViewerPreferences.Saved(Optional.empty(), false, Optional.of(Language.EN), Optional.empty(), false,
                OptionalDouble.empty(), List.of(Path.of("a.timeline")), Optional.empty(), size);
    }

    @Test
    void theNotesSizeComesBack() {
        preferences.save(withNotes(OptionalDouble.of(32)));

        assertThat(new ViewerPreferences(node).load().notesSize()).hasValue(32);
        assertThat(new ViewerPreferences(node).load()).isEqualTo(withNotes(OptionalDouble.of(32)));
    }

    @Test
    void nothingSavedOrOutOfRangeOrNotANumberIsForgotten() {
        assertThat(preferences.load().notesSize()).isEmpty();
        for (String wrong : new String[] {"big", "NaN", "13", "41", "-20", "Infinity"}) {
            node.put("notes.size", wrong);
            assertThat(preferences.load().notesSize()).as(wrong).isEmpty();
        }
        node.put("notes.size", "40");
        assertThat(preferences.load().notesSize()).hasValue(40);
    }

    @Test
    void savedWithoutASizeTheRememberedOneStays() {
        preferences.save(withNotes(OptionalDouble.of(18)));

        preferences.save(withNotes(OptionalDouble.empty()));

        assertThat(preferences.load().notesSize()).hasValue(18);
    }
}
