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
    private final java.util.Map<String, Pattern> formats = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * How a number given to a plain {@code {0}} is written. MessageFormat makes a new
     * NumberFormat (a DecimalFormat parsing its pattern) for every such number it formats, and the
     * timeline formats a few dozen counts a frame; not safe to share, so used under its own lock.
     */
    private final java.text.NumberFormat numbers;

    private Messages(Language language) {
        this.language = language;
        this.numbers = java.text.NumberFormat.getInstance(language.locale());
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
        Pattern pattern = formats.computeIfAbsent(key, k -> Pattern.of(new MessageFormat(get(k), language.locale())));
        Object[] given = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Number n && pattern.plain(i)) {
                if (given == args) {
                    given = args.clone();
                }
                synchronized (numbers) {
                    given[i] = numbers.format(n); // what MessageFormat writes for it, without a NumberFormat made anew
                }
            }
        }
        synchronized (pattern.format) {
            return pattern.format.format(given);
        }
    }

    /** A parsed pattern, and which arguments it writes only as plain {@code {n}} (with no number, date or choice format). */
    private record Pattern(MessageFormat format, boolean[] plainArguments) {

        static Pattern of(MessageFormat format) {
            java.text.Format[] byArgument = format.getFormatsByArgumentIndex();
            String text = format.toPattern();
            boolean[] plain = new boolean[byArgument.length];
            for (int i = 0; i < plain.length; i++) {
                // getFormatsByArgumentIndex tells the last use of an argument only: any "{i," is a formatted use
                plain[i] = byArgument[i] == null && !text.contains("{" + i + ",");
            }
            return new Pattern(format, plain);
        }

        boolean plain(int argument) {
            return argument < plainArguments.length && plainArguments[argument];
        }
    }

    /** Every key of the bundle (for tests that check both languages have the same keys). */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
