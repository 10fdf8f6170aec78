package org.timelineviewer.control;

import javafx.scene.input.KeyEvent;

/** The keys that open and close the key-help overlay: ? (typed, whatever the keyboard layout) and F1. */
public final class KeyHelpKeys {

    private KeyHelpKeys() {
    }

    /** A typed ? (or the full-width ？ a Chinese input method types). */
    public static boolean isQuestionMark(KeyEvent typed) {
        String c = typed.getCharacter();
        return "?".equals(c) || "？".equals(c);
    }
}
