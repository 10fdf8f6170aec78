package org.timelineviewer.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Where this start's windows would appear: the X display ({@code DISPLAY}, which JavaFX's GTK
 * glass draws on), the Wayland display, the login session ({@code XDG_SESSION_ID}, so that a
 * start from another session that happens to name the same display does not reach into this
 * one) and, on Windows, the terminal session. A start hands off only to a running app with the
 * same identity; anywhere else it opens its own window. A variable that is not set counts as
 * empty (desktops that run their programs as user services set no {@code XDG_SESSION_ID} for any
 * of them, and so still hand off among themselves).
 *
 * @param digest SHA-256 (hex) of the values, what the instance file's name and the handshake carry
 */
record DisplayIdentity(String digest) {

    /** The environment variables that say where windows go, in a fixed order. */
    static final List<String> VARIABLES = List.of("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_ID", "SESSIONNAME");

    DisplayIdentity {
        if (!digest.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 digest: " + digest);
        }
    }

    /** The identity of a process with this environment. */
    static DisplayIdentity of(Map<String, String> environment) {
        StringBuilder text = new StringBuilder();
        for (String name : VARIABLES) {
            String value = environment.getOrDefault(name, "");
            if (name.equals("DISPLAY") && value.endsWith(".0")) {
                value = value.substring(0, value.length() - 2); // ":0.0" is ":0", screen 0
            }
            text.append(name).append('=').append(value).append('\0');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return new DisplayIdentity(HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A short form for a file name. */
    String shortForm() {
        return digest.substring(0, 16);
    }
}
