package org.timelineviewer.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.timelineviewer.presentation.Presentation.Blank;

/** Keys of keyboards and presentation clickers, applied to a presentation of 15 steps after a title slide. */
class PresentationKeysTest {

    private final Presentation p = PresentationTest.presentation(15, true);

    private static KeyEvent key(KeyCode code, boolean shift) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, false, false, false);
    }

    private boolean press(KeyCode code) {
        return PresentationKeys.handle(key(code, false), p);
    }

    private boolean pressShifted(KeyCode code) {
        return PresentationKeys.handle(key(code, true), p);
    }

    private String typed() {
        return p.typedNumberProperty().get();
    }

    @ParameterizedTest
    @EnumSource(names = {"PAGE_DOWN", "SPACE", "RIGHT", "DOWN", "ENTER", "N", "KP_RIGHT", "KP_DOWN"})
    void nextKeys(KeyCode code) {
        p.show(3);

        assertThat(press(code)).isTrue();

        assertThat(p.index()).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(names = {"PAGE_UP", "LEFT", "UP", "BACK_SPACE", "P", "KP_LEFT", "KP_UP"})
    void previousKeys(KeyCode code) {
        p.show(3);

        assertThat(press(code)).isTrue();

        assertThat(p.index()).isEqualTo(2);
    }

    @Test
    void shiftSpaceGoesBack() {
        p.show(3);

        assertThat(pressShifted(KeyCode.SPACE)).isTrue();

        assertThat(p.index()).isEqualTo(2);
    }

    @Test
    void homeAndEnd() {
        p.show(5);

        assertThat(press(KeyCode.END)).isTrue();
        assertThat(p.index()).isEqualTo(15);
        assertThat(press(KeyCode.HOME)).isTrue();
        assertThat(p.index()).isZero();
    }

    @Test
    void nextAndPreviousStopAtTheEnds() {
        assertThat(press(KeyCode.LEFT)).isTrue();
        assertThat(p.index()).isZero();
        p.last();
        assertThat(press(KeyCode.RIGHT)).isTrue();
        assertThat(p.atEnd()).as("past the last step: the end slide").isTrue();
        assertThat(press(KeyCode.RIGHT)).isTrue();
        assertThat(p.atEnd()).as("and no further").isTrue();
        assertThat(press(KeyCode.LEFT)).isTrue();
        assertThat(p.index()).isEqualTo(15);
    }

    @Test
    void digitsThenEnterJumpToThatStep() {
        assertThat(press(KeyCode.DIGIT1)).isTrue();
        assertThat(press(KeyCode.DIGIT2)).isTrue();
        assertThat(typed()).isEqualTo("12");
        assertThat(p.index()).as("digits alone do not move").isZero();

        assertThat(press(KeyCode.ENTER)).isTrue();

        assertThat(((Slide.Step) p.current()).number()).isEqualTo(12);
        assertThat(typed()).isEmpty();
    }

    @Test
    void numpadDigitsThenEnterJumpToThatStep() {
        assertThat(press(KeyCode.NUMPAD1)).isTrue();
        assertThat(press(KeyCode.NUMPAD2)).isTrue();
        assertThat(typed()).isEqualTo("12");

        press(KeyCode.ENTER);

        assertThat(((Slide.Step) p.current()).number()).isEqualTo(12);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void everyDigitKeyTypesItsDigit(int digit) {
        press(KeyCode.valueOf("DIGIT" + digit));
        press(KeyCode.valueOf("NUMPAD" + digit));

        assertThat(typed()).isEqualTo("" + digit + digit);
    }

    @Test
    void backspaceErasesATypedDigitInsteadOfGoingBack() {
        p.show(5);
        press(KeyCode.DIGIT1);
        press(KeyCode.DIGIT2);

        assertThat(press(KeyCode.BACK_SPACE)).isTrue();

        assertThat(typed()).isEqualTo("1");
        assertThat(p.index()).as("did not go back").isEqualTo(5);
        press(KeyCode.ENTER);
        assertThat(((Slide.Step) p.current()).number()).isEqualTo(1);
    }

    @Test
    void backspaceGoesBackOnceTheDigitsAreErased() {
        p.show(5);
        press(KeyCode.DIGIT3);

        press(KeyCode.BACK_SPACE);
        assertThat(p.index()).isEqualTo(5);
        press(KeyCode.BACK_SPACE);
        assertThat(p.index()).isEqualTo(4);
    }

    @Test
    void enterWithoutDigitsAdvances() {
        p.show(5);

        press(KeyCode.ENTER);

        assertThat(p.index()).isEqualTo(6);
    }

    @ParameterizedTest
    @EnumSource(names = {"B", "PERIOD"})
    void blackScreenKeys(KeyCode code) {
        assertThat(press(code)).isTrue();
        assertThat(p.blank()).isEqualTo(Blank.BLACK);
        assertThat(press(code)).isTrue();
        assertThat(p.blank()).isEqualTo(Blank.NONE);
    }

    @ParameterizedTest
    @EnumSource(names = {"W", "COMMA"})
    void whiteScreenKeys(KeyCode code) {
        assertThat(press(code)).isTrue();
        assertThat(p.blank()).isEqualTo(Blank.WHITE);
        assertThat(press(code)).isTrue();
        assertThat(p.blank()).isEqualTo(Blank.NONE);
    }

    @Test
    void whiteWhileBlackSwitchesToWhite() {
        press(KeyCode.B);
        press(KeyCode.W);

        assertThat(p.blank()).isEqualTo(Blank.WHITE);
    }

    @Test
    void nextKeyOnABlankedScreenOnlyUnblanks() {
        p.show(3);
        press(KeyCode.B);

        press(KeyCode.RIGHT);

        assertThat(p.blank()).isEqualTo(Blank.NONE);
        assertThat(p.index()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(names = {"Q", "A", "F5", "ESCAPE", "S", "T", "L", "TAB"})
    void unrelatedKeysAreNotHandledAndChangeNothing(KeyCode code) {
        p.show(4);
        press(KeyCode.DIGIT7);

        assertThat(press(code)).isFalse();

        assertThat(p.index()).isEqualTo(4);
        assertThat(p.blank()).isEqualTo(Blank.NONE);
        assertThat(typed()).isEqualTo("7");
        assertThat(p.notesVisibleProperty().get()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(names = {"RIGHT", "LEFT", "PAGE_DOWN", "PAGE_UP", "SPACE", "DOWN", "UP", "N", "P"})
    void aNavigationKeyClearsAHalfTypedNumber(KeyCode code) {
        p.show(4);
        press(KeyCode.DIGIT9);

        press(code);

        assertThat(typed()).isEmpty();
        int after = p.index();
        assertThat(after).isIn(3, 5);
        press(KeyCode.ENTER);
        assertThat(p.index()).as("Enter now advances instead of jumping to step 9").isEqualTo(after + 1);
    }

    @ParameterizedTest
    @EnumSource(names = {"HOME", "END"})
    void homeAndEndAlsoClearAHalfTypedNumber(KeyCode code) {
        p.show(4);
        press(KeyCode.DIGIT9);

        press(code);

        assertThat(typed()).isEmpty();
    }
}
