package org.timelineviewer.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timelineviewer.control.KeyHelpOverlay;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;

/** The key help while presenting names the camera's and the pointer's keys, in both languages. */
class CameraKeyHelpTest {

    @Test
    void theKeysForTheCameraAndThePointerAreListed() {
        for (Language language : Language.values()) {
            List<String> keys = KeyHelp.presenting(Messages.of(language)).rows().stream()
                    .map(KeyHelpOverlay.Row::keys).toList();
            assertThat(keys).as("in %s", language).contains("O", "F   Ctrl+F");
            assertThat(keys).anySatisfy(k -> assertThat(k).contains("K").contains("Ctrl").contains("H"));
        }
    }

    @Test
    void thePresenterViewsKeyLineNamesThemToo() {
        for (Language language : Language.values()) {
            assertThat(Messages.of(language).get("presenter.keys.more")).as("in %s", language)
                    .contains("O ", "F ", "K ", "H ");
        }
    }
}
