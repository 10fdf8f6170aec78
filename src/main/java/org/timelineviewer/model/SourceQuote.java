package org.timelineviewer.model;

import java.util.Objects;

/** A passage quoted verbatim from a source, in the source's own language. */
public record SourceQuote(Source source, String quote) {
    public SourceQuote {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quote, "quote");
    }
}
