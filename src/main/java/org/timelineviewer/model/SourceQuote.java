package org.timelineviewer.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A passage quoted verbatim from a source, in the source's own language, and optionally its
 * renderings into the other language: a translation helps a reader who cannot read the quote, and
 * is never the quote itself (it is shown labelled as a translation, without quotation marks).
 *
 * @param translations the renderings by language; never one into the quote's own language
 */
public record SourceQuote(Source source, String quote, Map<Language, String> translations) {

    public SourceQuote {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quote, "quote");
        translations = translations == null || translations.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new EnumMap<>(translations));
        if (translations.containsKey(languageOf(quote))) {
            throw new IllegalArgumentException("a translation into the quote's own language");
        }
        if (translations.values().stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("an empty translation");
        }
    }

    /** A quote without a translation. */
    public SourceQuote(Source source, String quote) {
        this(source, quote, Map.of());
    }

    /** The rendering of the quote into {@code language}, if the file gives one (never the quote itself). */
    public Optional<String> translation(Language language) {
        return Optional.ofNullable(translations.get(language));
    }

    /**
     * The language a quote is written in: Chinese when it has any Chinese character, English
     * otherwise (the two languages a timeline's texts are in).
     */
    public static Language languageOf(String quote) {
        return quote.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? Language.ZH : Language.EN;
    }
}
