package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.timelineviewer.model.Language;
import org.timelineviewer.presentation.NotesSize;
import org.timelineviewer.presentation.Presentation;

/**
 * While presenting, Ctrl+Plus (or Ctrl+=) and Ctrl+Minus size the speaker notes, Shift+L switches
 * their language alone, L the audience's; the notes' size outlives the presentation and the run
 * (the tests' own preferences, never the user's).
 */
class NotesSizeRememberedFxTest extends FxAppTest {

    @Test
    void ctrlPlusAndCtrlMinusSizeTheNotesAndTheSizeIsRememberedAcrossARestart() throws Exception {
        startPresenting();
        key(KeyCode.RIGHT, KeyCode.S);
        double before = notesOverPictureSize();

        chord(KeyCode.CONTROL, KeyCode.EQUALS);
        chord(KeyCode.CONTROL, KeyCode.PLUS);
        chord(KeyCode.CONTROL, KeyCode.ADD);
        assertThat(presentation().notesSize()).isEqualTo(NotesSize.DEFAULT + 3 * NotesSize.STEP);
        chord(KeyCode.CONTROL, KeyCode.MINUS);
        assertThat(presentation().notesSize()).isEqualTo(28);
        assertThat(notesOverPictureSize()).as("the notes over the picture grow too").isGreaterThan(before * 1.1);
        key(KeyCode.ESCAPE);
        assertThat(storyMode().notesSizeProperty().get()).as("kept after the show").isEqualTo(28);

        startPresenting();
        assertThat(presentation().notesSize()).as("the next show starts with it").isEqualTo(28);
        key(KeyCode.ESCAPE);
        onFx(() -> stage.getOnCloseRequest().handle(null)); // closing the window saves the preferences
        stopApp();
        stage = FxToolkit.registerPrimaryStage();
        startWithoutClearing();

        startPresenting();
        assertThat(presentation().notesSize()).as("remembered across a restart").isEqualTo(28);
    }

    @Test
    void shiftLSwitchesTheNotesLanguageAndLTheAudiencesInTurn() {
        startPresenting();
        assertThat(presentation().notesLanguage()).as("the main window's").isEqualTo(Language.EN);

        chord(KeyCode.SHIFT, KeyCode.L);
        assertThat(presentation().notesLanguage()).isEqualTo(Language.ZH);
        assertThat(presentation().language()).isEqualTo(Language.EN);

        key(KeyCode.L);
        assertThat(presentation().language()).isEqualTo(Language.ZH);
        assertThat(presentation().bilingual()).as("English, then both").isTrue();
        key(KeyCode.L);
        assertThat(presentation().bilingual()).isFalse();
        assertThat(presentation().language()).isEqualTo(Language.ZH);
        key(KeyCode.L);
        assertThat(presentation().language()).isEqualTo(Language.EN);
        assertThat(presentation().notesLanguage()).as("L leaves the notes alone").isEqualTo(Language.ZH);

        key(KeyCode.F1);
        assertThat(storyMode().keyHelp().isVisible()).isTrue();
        assertThat(lookup("#key-help .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .as("the key help in the notes' language").contains("快捷键");
    }

    private double notesOverPictureSize() {
        settle();
        return ((Labeled) storyMode().audience().lookup("#notes-text")).getFont().getSize();
    }

    private Presentation presentation() {
        return storyMode().presentation();
    }

    private void key(KeyCode... codes) {
        org.timelineviewer.testing.FxWait.keys(codes);
    }

    private void chord(KeyCode... codes) {
        org.timelineviewer.testing.FxWait.chord(codes);
    }
}
