package org.timelineviewer.model;

import java.util.Locale;

/** The two languages every text of a timeline, and every UI string, exists in. */
public enum Language {
    ZH("zh", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The code used in files, preferences and on the command line: {@code zh} or {@code en}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language a user of this locale reads best: Chinese for any {@code zh} locale, else English. */
    public static Language forLocale(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ZH : EN;
    }

    /** The language with this code, or {@code fallback} when the code is unknown or null. */
    public static Language fromCode(String code, Language fallback) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return language;
            }
        }
        return fallback;
    }

    public Language other() {
        return this == ZH ? EN : ZH;
    }
}
