package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.timelineviewer.control.KeyHelpOverlay;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.testing.FxWait;

/** ? or F1 lists the keys, in the main window and while presenting; Esc or the same key closes the list. */
class KeyHelpFxTest extends FxAppTest {

    @Test
    void f1ListsTheMainWindowsAndThePresentationsKeysAndEscClosesWithoutClearingTheSelection() {
        TimelineEvent selected = state().getTimeline().events().get(3);
        onFx(() -> state().select(selected));
        KeyHelpOverlay help = window().keyHelp();
        assertThat(help.isVisible()).isFalse();

        FxWait.keys(KeyCode.F1);
        assertThat(help.isVisible()).isTrue();
        assertThat(help.title()).isEqualTo("Keys");
        assertThat(help.rowTexts()).contains("Ctrl+F   Enter — search, then go to the best match",
                "B or .   W or , — black / white screen, and back");
        assertThat(help.rowTexts()).anyMatch(r -> r.startsWith("F5 — present the story"));

        FxWait.keys(KeyCode.ESCAPE);
        assertThat(help.isVisible()).isFalse();
        assertThat(state().getSelected()).as("Esc closed the list only").isEqualTo(selected);

        FxWait.keys(KeyCode.F1);
        assertThat(help.isVisible()).isTrue();
        FxWait.keys(KeyCode.F1);
        assertThat(help.isVisible()).as("the same key closes it").isFalse();
    }

    @Test
    void aQuestionMarkOpensAndClosesTheListButIsTypedInTheSearchField() {
        KeyHelpOverlay help = window().keyHelp();
        FxWait.chord(KeyCode.SHIFT, KeyCode.SLASH);
        assertThat(help.isVisible()).isTrue();
        FxWait.chord(KeyCode.SHIFT, KeyCode.SLASH);
        assertThat(help.isVisible()).isFalse();

        clickOn("#search");
        FxWait.chord(KeyCode.SHIFT, KeyCode.SLASH);
        assertThat(help.isVisible()).isFalse();
        assertThat(((TextField) node("#search")).getText()).isEqualTo("?");
    }

    @Test
    void theListIsInTheWindowsLanguage() {
        clickOn("#lang-zh");
        FxWait.keys(KeyCode.F1);
        assertThat(window().keyHelp().title()).isEqualTo("快捷键");
        assertThat(window().keyHelp().rowTexts()).contains("Ctrl+L — 中文 / 英文");
    }

    @Test
    void whilePresentingItListsThePresentationsKeysInThePresentersLanguage() {
        onFx(() -> {
            storyMode().start(state().getTimeline(), state().getTimeline().story(null).orElseThrow(),
                    state().getLanguage(), stage);
            storyMode().audienceStage().toFront();
            storyMode().audienceStage().requestFocus();
        });
        settle();
        FxWait.keys(KeyCode.RIGHT, KeyCode.L);
        assertThat(storyMode().presentation().language()).as("the audience reads Chinese now").isEqualTo(Language.ZH);

        FxWait.keys(KeyCode.F1);
        KeyHelpOverlay help = storyMode().keyHelp();
        assertThat(help.isVisible()).isTrue();
        assertThat(help.title()).as("the presenter's language").isEqualTo("Keys");
        assertThat(help.rowTexts()).contains("S — speaker notes over the picture", "Esc — end (closes this list first, or cancels a typed number)")
                .noneMatch(r -> r.startsWith("Ctrl+F"));
        assertThat(help.getParent()).as("one screen: over the audience's picture").isSameAs(storyMode().audience());

        FxWait.keys(KeyCode.ESCAPE);
        assertThat(help.isVisible()).isFalse();
        assertThat(storyMode().isRunning()).as("the first Esc closed the list only").isTrue();
        FxWait.chord(KeyCode.SHIFT, KeyCode.SLASH);
        assertThat(help.isVisible()).isTrue();
        FxWait.keys(KeyCode.F1);
        assertThat(help.isVisible()).isFalse();
        FxWait.keys(KeyCode.ESCAPE);
        assertThat(storyMode().isRunning()).isFalse();
    }
}
