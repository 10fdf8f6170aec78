package org.timelineviewer.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A text in Chinese and English, or in one of them only (the other is then ""): a timeline
 * written in one language shows that language's text everywhere, marked as such, and is never
 * machine-translated. {@link #EMPTY} is no text at all.
 */
public record LocalizedText(String zh, String en) {

    /** No text in either language (an event without a summary, say). */
    public static final LocalizedText EMPTY = new LocalizedText("", "");

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** A text that exists in {@code language} only. */
    public static LocalizedText only(Language language, String text) {
        return language == Language.ZH ? new LocalizedText(text, "") : new LocalizedText("", text);
    }

    /** The text in {@code language}, or the other language's when this one has none. */
    public String in(Language language) {
        String wanted = language == Language.ZH ? zh : en;
        return wanted.isEmpty() ? (language == Language.ZH ? en : zh) : wanted;
    }

    /** True when the text exists in {@code language}. */
    public boolean has(Language language) {
        return !(language == Language.ZH ? zh : en).isEmpty();
    }

    public boolean isEmpty() {
        return zh.isEmpty() && en.isEmpty();
    }

    /** The one language this text exists in, when it is not in both (empty for both or none). */
    public Optional<Language> onlyIn() {
        if (zh.isEmpty() == en.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(zh.isEmpty() ? Language.EN : Language.ZH);
    }

    /**
     * True when either language contains {@code needle}, ignoring case. A Latin needle must start
     * a word ("Hoi" finds "Steven Hoi", not "choice"); Chinese has no spaces, so any substring matches.
     */
    public boolean contains(String needle) {
        return containsText(zh, needle) || containsText(en, needle);
    }

    static boolean containsText(String text, String needle) {
        String haystack = text.toLowerCase(java.util.Locale.ROOT);
        String n = needle.toLowerCase(java.util.Locale.ROOT);
        if (n.isEmpty()) {
            return true;
        }
        boolean wordStart = Character.isLetterOrDigit(n.charAt(0)) && !isCjk(n.charAt(0));
        for (int i = haystack.indexOf(n); i >= 0; i = haystack.indexOf(n, i + 1)) {
            if (!wordStart || i == 0 || !Character.isLetterOrDigit(haystack.charAt(i - 1)) || isCjk(haystack.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
