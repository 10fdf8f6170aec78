package org.timelineviewer.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** How long this process has run, read from Linux's {@code /proc} to the hundredth of a second. */
final class ProcessAge {

    /** The kernel's clock ticks per second as user space sees them (USER_HZ: 100 on Linux). */
    static final int TICKS_PER_SECOND = 100;

    private ProcessAge() {
    }

    /** The age, or empty where there is no {@code /proc} (not Linux) or it cannot be read. */
    static Optional<Duration> fromProc() {
        try {
            Path stat = Path.of("/proc/self/stat");
            Path uptime = Path.of("/proc/uptime");
            if (!Files.isReadable(stat) || !Files.isReadable(uptime)) {
                return Optional.empty();
            }
            return age(Files.readString(stat, StandardCharsets.US_ASCII), Files.readString(uptime, StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The age from the texts of {@code /proc/self/stat} (its 22nd field: the start, in clock
     * ticks after boot; the command name before it may hold spaces, so fields are counted after
     * its closing parenthesis) and {@code /proc/uptime} (seconds since boot).
     */
    static Optional<Duration> age(String stat, String uptime) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return Optional.empty();
        }
        String[] fields = stat.substring(close + 1).trim().split("\\s+");
        if (fields.length < 20) {
            return Optional.empty();
        }
        long startTicks = Long.parseLong(fields[19]); // field 22 counted from 1; fields[0] is field 3
        double upSeconds = Double.parseDouble(uptime.trim().split("\\s+")[0]);
        long millis = Math.round(upSeconds * 1000) - startTicks * 1000 / TICKS_PER_SECOND;
        return millis >= 0 ? Optional.of(Duration.ofMillis(millis)) : Optional.empty();
    }
}
