package org.timelineviewer.soak;

import java.util.List;
import java.util.Random;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.timelineviewer.story.AudienceView;
import org.timelineviewer.testing.FxWait;

/**
 * A presenter's actions while a story is shown: the clicker's keys, a step number and Enter (or
 * Esc to cancel it), B and W to blank the screen, T for the theme, L for the language, S for the
 * notes, X to swap screens, clicks (on to the next step, back with the right button), the wheel
 * and drags on the audience's timeline, and Esc to end, back to the main window.
 */
final class ShowActions {

    private static final KeyCode[] CLICKER = {KeyCode.RIGHT, KeyCode.LEFT, KeyCode.SPACE, KeyCode.PAGE_DOWN,
        KeyCode.PAGE_UP, KeyCode.DOWN, KeyCode.UP, KeyCode.ENTER, KeyCode.BACK_SPACE, KeyCode.N, KeyCode.P};
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT0, KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
        KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final UserActions.App app;

    ShowActions(UserActions.App app) {
        this.app = app;
    }

    List<UserActions.Action> actions() {
        return List.of(
                new UserActions.Action("show-key", 400, r -> Hand.press(r, CLICKER)),
                new UserActions.Action("step-number", 80, this::stepNumber),
                new UserActions.Action("number-then-esc", 20, this::numberThenEscape),
                new UserActions.Action("blank", 60, r -> Hand.press(r, KeyCode.B, KeyCode.W, KeyCode.PERIOD, KeyCode.COMMA)),
                new UserActions.Action("theme", 40, r -> Hand.press(r, KeyCode.T)),
                new UserActions.Action("show-language", 40, r -> Hand.press(r, KeyCode.L)),
                new UserActions.Action("notes", 40, r -> Hand.press(r, KeyCode.S)),
                new UserActions.Action("first-last", 40, r -> Hand.press(r, KeyCode.HOME, KeyCode.END)),
                new UserActions.Action("show-click", 60, this::click),
                new UserActions.Action("show-wheel", 40, r -> Hand.wheel(r, timelineArea())),
                new UserActions.Action("show-drag", 30, r -> Hand.drag(r, timelineArea())),
                new UserActions.Action("swap-screens", 10, r -> Hand.press(r, KeyCode.X)),
                end());
    }

    /** Esc (twice when a step number was half typed): back to the main window, which gets the keys again. */
    UserActions.Action end() {
        return new UserActions.Action("end-show", 110, r -> {
            Hand.escapeUntil("the presentation ended", () -> !app.storyMode().isRunning());
            FxWait.until("the main window has the keys again", () -> app.stage().isFocused());
            return "Esc";
        });
    }

    private AudienceView audience() {
        AudienceView audience = FxWait.call(() -> app.storyMode().audience());
        if (audience == null) {
            throw new AssertionError("presenting without an audience view");
        }
        return audience;
    }

    private Bounds timelineArea() {
        return OnScreen.bounds(audience().timeline());
    }

    private String stepNumber(Random r) {
        int digits = 1 + r.nextInt(2);
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < digits; i++) {
            KeyCode digit = DIGITS[r.nextInt(DIGITS.length)];
            FxWait.keys(digit);
            typed.append(digit.getChar());
        }
        FxWait.keys(KeyCode.ENTER);
        return typed + " Enter";
    }

    private String numberThenEscape(Random r) {
        KeyCode digit = DIGITS[r.nextInt(DIGITS.length)];
        FxWait.keys(digit, KeyCode.ESCAPE); // Esc cancels the number, the show goes on
        return digit.getChar() + " Esc";
    }

    private String click(Random r) {
        Bounds screen = OnScreen.bounds(audience());
        return Hand.click(OnScreen.pointIn(screen, r, 40), r.nextInt(3) == 0 ? MouseButton.SECONDARY : MouseButton.PRIMARY);
    }
}
