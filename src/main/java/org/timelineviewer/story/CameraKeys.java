package org.timelineviewer.story;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.timelineviewer.presentation.Presentation;

/**
 * The keys of the camera and pointer in the presenter's hand: O the whole timeline and back, K the
 * laser on or off, Ctrl held the laser while held, H the spotlight, F or Ctrl+F the presenter's
 * event search (with two screens).
 */
final class CameraKeys {

    private CameraKeys() {
    }

    /** Applies a pressed key; true when it meant something. {@code presenter} may be null (one screen). */
    static boolean handle(KeyEvent e, Presentation p, PresenterView presenter) {
        KeyCode code = e.getCode();
        if (code == KeyCode.CONTROL) {
            p.pointer().holdLaser(true);
            return true;
        }
        if (code == KeyCode.F && presenter != null) {
            presenter.focusSearch();
            return true;
        }
        if (e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        switch (code) {
            case O -> p.camera().toggleOverview();
            case K -> p.pointer().toggleLaser();
            case H -> p.pointer().toggleSpotlight();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A released key: letting go of Ctrl puts the held laser away. */
    static void released(KeyEvent e, Presentation p) {
        if (e.getCode() == KeyCode.CONTROL) {
            p.pointer().holdLaser(false);
        }
    }
}
