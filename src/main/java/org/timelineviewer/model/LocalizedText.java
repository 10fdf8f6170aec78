package org.timelineviewer.model;

import java.util.Objects;

/** A text in Chinese and English. Both are non-blank: the loader rejects a file where one is missing. */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /** True when either language contains {@code needle}, ignoring case. */
    public boolean contains(String needle) {
        String lower = needle.toLowerCase(java.util.Locale.ROOT);
        return zh.toLowerCase(java.util.Locale.ROOT).contains(lower)
                || en.toLowerCase(java.util.Locale.ROOT).contains(lower);
    }
}
