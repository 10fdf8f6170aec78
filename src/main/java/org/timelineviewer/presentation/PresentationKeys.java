package org.timelineviewer.presentation;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys people and presentation clickers use, mapped onto {@link Presentation} commands:
 * <ul>
 *   <li>next: PageDown, Space, →, ↓, Enter, N; previous: PageUp, Shift+Space, ←, ↑, Backspace, P</li>
 *   <li>Home/End: first/last; a number then Enter: that step</li>
 *   <li>B or . : black screen; W or , : white screen (again to come back)</li>
 * </ul>
 * Keys that end the presentation or change the window (Esc, S, T, L, the notes overlay) are
 * handled by the presentation's window, not here.
 */
public final class PresentationKeys {

    private PresentationKeys() {
    }

    /** Applies {@code e} to {@code p}; true when the key meant something. */
    public static boolean handle(KeyEvent e, Presentation p) {
        KeyCode code = e.getCode();
        if (code.isDigitKey()) {
            p.typeDigit(digit(code));
            return true;
        }
        switch (code) {
            case ENTER -> {
                if (!p.commitTypedNumber()) {
                    p.advance();
                }
            }
            case BACK_SPACE -> {
                if (!p.eraseDigit()) {
                    p.goBack();
                }
            }
            case PAGE_DOWN, RIGHT, DOWN, KP_RIGHT, KP_DOWN, N -> next(p);
            case PAGE_UP, LEFT, UP, KP_LEFT, KP_UP, P -> previous(p);
            case SPACE -> {
                if (e.isShiftDown()) {
                    previous(p);
                } else {
                    next(p);
                }
            }
            case HOME -> {
                p.clearTypedNumber();
                p.first();
            }
            case END -> {
                p.clearTypedNumber();
                p.last();
            }
            case B, PERIOD -> p.toggleBlack();
            case W, COMMA -> p.toggleWhite();
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void next(Presentation p) {
        p.clearTypedNumber();
        p.advance();
    }

    private static void previous(Presentation p) {
        p.clearTypedNumber();
        p.goBack();
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        return Character.getNumericValue(name.charAt(name.length() - 1));
    }
}
