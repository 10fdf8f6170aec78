package org.timelineviewer.view;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control, in the current language, and
 * kept in step with it afterwards. A tooltip is a popup window of its own: a toolbar's worth of
 * them made up front would cost the app's first frame for something nobody has pointed at yet.
 */
final class LazyTooltips {

    private final Map<Control, String> keys = new LinkedHashMap<>();
    private Function<String, String> texts;

    /** @param texts the text for a message key in the current language */
    LazyTooltips(Function<String, String> texts) {
        this.texts = texts;
    }

    /** Gives {@code control} the tooltip saying the message {@code key}, from its first hover on. */
    void install(Control control, String key) {
        keys.put(control, key);
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(LazyTooltips.this.texts.apply(keys.get(control))));
                }
            }
        });
    }

    /** Says every tooltip made so far in the language {@code texts} speaks; later ones follow it too. */
    void relabel(Function<String, String> texts) {
        this.texts = texts;
        keys.forEach((control, key) -> {
            if (control.getTooltip() != null) {
                control.getTooltip().setText(texts.apply(key));
            }
        });
    }
}
