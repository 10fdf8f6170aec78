package org.timelineviewer.model;

import java.time.Duration;
import java.util.Optional;

/**
 * Lengths of time as presenters write and read them: minutes and seconds, {@code "1:30"} for a
 * minute and a half, {@code "12:05"}, {@code "0:45"}. A story step's target time is written so in
 * the file, and the presenter's clock shows its times so.
 */
public final class MinutesSeconds {

    /** The longest target a step may have: 999 minutes and 59 seconds. */
    public static final Duration MAX = Duration.ofMinutes(999).plusSeconds(59);

    private MinutesSeconds() {
    }

    /**
     * The length {@code text} says: one to three digits of minutes, a colon, two digits of seconds
     * (00 to 59); empty when it says no such thing, or nothing (0:00).
     */
    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int colon = text.indexOf(':');
        if (colon < 1 || colon > 3 || text.length() != colon + 3) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i != colon && (c < '0' || c > '9')) {
                return Optional.empty();
            }
        }
        int minutes = Integer.parseInt(text.substring(0, colon));
        int seconds = Integer.parseInt(text.substring(colon + 1));
        if (seconds > 59 || (minutes == 0 && seconds == 0)) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMinutes(minutes).plusSeconds(seconds));
    }

    /** {@code length} as minutes and seconds, {@code "1:30"}; whole seconds, rounded down; never negative. */
    public static String format(Duration length) {
        long seconds = Math.max(0, length.getSeconds());
        return (seconds / 60) + ":" + String.format(java.util.Locale.ROOT, "%02d", seconds % 60);
    }
}
