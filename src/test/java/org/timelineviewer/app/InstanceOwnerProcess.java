package org.timelineviewer.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A running app reduced to its hand-off, in a process of its own: listens with its instance file
 * in the folder {@code args[0]}, says "listening", and on a line from its input exits with
 * {@link System#exit} without closing anything (as a window's last exit does), for the shutdown
 * hook to clean up.
 */
final class InstanceOwnerProcess {

    private InstanceOwnerProcess() {
    }

    public static void main(String[] args) throws Exception {
        SingleInstance instance = new SingleInstance(Path.of(args[0]), Map.of("DISPLAY", ":9"), Duration.ofSeconds(2));
        System.out.println(instance.listen(path -> { }) ? "listening" : "alone");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        System.exit(0);
    }
}
