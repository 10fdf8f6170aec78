package org.timelineviewer.model;

import java.util.Objects;

/** A link an event's text gave: what it said ({@code label}) and where it goes. */
public record Link(String label, String url) {
    public Link {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
    }
}
