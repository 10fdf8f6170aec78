package org.timelineviewer.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.timelineviewer.model.Language;

/**
 * The UI strings of one language, from {@code messages_<lang>.properties}. A missing key shows as
 * {@code !key!} so that gaps are visible on screen and in screenshots rather than hidden.
 */
public final class Messages {

    private static final String BUNDLE = "org.timelineviewer.i18n.messages";

    /** One per language: the timeline asks for its words on every frame (badges, status tags). */
    private static final java.util.Map<Language, Messages> OF_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

    private final Language language;
    private final ResourceBundle bundle;
    /** Each pattern parsed once; a MessageFormat is not safe to share, so each is used under its own lock. */
    private final java.util.Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

    private Messages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Language language) {
        return OF_LANGUAGE.computeIfAbsent(language, Messages::new);
    }

    public Language language() {
        return language;
    }

    /** The string for {@code key}, or {@code !key!} when the bundle has none. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The string for {@code key} with {@code {0}}, {@code {1}}… filled in. */
    public String format(String key, Object... args) {
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(get(k), language.locale()));
        synchronized (format) {
            return format.format(args);
        }
    }

    /** Every key of the bundle (for tests that check both languages have the same keys). */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
