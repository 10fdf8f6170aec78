package org.timelineviewer.i18n;

import java.util.Optional;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.SourceQuote;

/**
 * A quote's translation as a reader of another language sees it: under the verbatim quote,
 * labelled ("Translation: …"), never in quotation marks, so that it cannot pass for the quote.
 * A reader of the quote's own language sees none (the file can hold none into that language).
 */
public final class QuoteTranslation {

    private QuoteTranslation() {
    }

    /** "Translation: …" in {@code language}, when the file translates the quote into it. */
    public static Optional<String> labelled(SourceQuote quote, Language language) {
        return quote == null ? Optional.empty()
                : quote.translation(language).map(t -> Messages.of(language).format("quote.translation", t));
    }
}
