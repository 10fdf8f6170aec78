package org.timelineviewer.model;

import java.util.Objects;

/**
 * A kind of event, with its label and colour ({@code #RRGGBB}). The colour is handed to the
 * stylesheet as a looked-up colour; CSS decides how it is drawn.
 */
public record Category(String id, LocalizedText label, String color) {
    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(color, "color");
    }
}
