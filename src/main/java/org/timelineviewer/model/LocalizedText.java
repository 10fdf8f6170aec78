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
