package org.timelineviewer.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class ScreenChoiceTest {

    private static final Rectangle2D LEFT = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D RIGHT = new Rectangle2D(1920, 0, 1920, 1080);
    private static final Rectangle2D MAIN_WINDOW_LEFT = new Rectangle2D(240, 90, 1440, 900);

    @Test
    void thePresenterStaysOnTheMainWindowsScreenAndTheAudienceGetsTheOther() {
        assertThat(ScreenChoice.choose(List.of(LEFT, RIGHT), 0, MAIN_WINDOW_LEFT, false))
                .isEqualTo(new ScreenChoice(1, 0));
        assertThat(ScreenChoice.choose(List.of(LEFT, RIGHT), 0, new Rectangle2D(2000, 100, 1400, 800), false))
                .as("the main window on the right screen").isEqualTo(new ScreenChoice(0, 1));
    }

    @Test
    void swappedPutsTheAudienceOnTheMainWindowsScreen() {
        assertThat(ScreenChoice.choose(List.of(LEFT, RIGHT), 0, MAIN_WINDOW_LEFT, true))
                .isEqualTo(new ScreenChoice(0, 1));
    }

    @Test
    void aWindowAcrossBothScreensBelongsToTheOneHoldingMoreOfIt() {
        assertThat(ScreenChoice.choose(List.of(LEFT, RIGHT), 0, new Rectangle2D(1500, 0, 1000, 800), false))
                .as("580 px on the right, 420 on the left").isEqualTo(new ScreenChoice(0, 1));
    }

    @Test
    void withOneScreenLeftBothViewsGoToItSwappedOrNot() {
        ScreenChoice one = ScreenChoice.choose(List.of(LEFT), 0, MAIN_WINDOW_LEFT, false);
        assertThat(one).isEqualTo(new ScreenChoice(0, 0));
        assertThat(one.oneScreen()).isTrue();
        assertThat(ScreenChoice.choose(List.of(LEFT), 0, MAIN_WINDOW_LEFT, true)).isEqualTo(new ScreenChoice(0, 0));
    }

    @Test
    void aMainWindowOnNoScreenLeftCountsAsOnThePrimary() {
        // The main window was on the screen that was unplugged: home is the primary one.
        assertThat(ScreenChoice.choose(List.of(LEFT), 0, new Rectangle2D(2000, 100, 1400, 800), false))
                .isEqualTo(new ScreenChoice(0, 0));
        assertThat(ScreenChoice.choose(List.of(LEFT, RIGHT), 1, null, false)).isEqualTo(new ScreenChoice(0, 1));
    }
}
