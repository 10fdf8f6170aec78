package org.timelineviewer.app;

/**
 * With {@code -Dtimelineviewer.trace=true}, prints how long after process start each step of
 * starting up happened (to stderr), for finding what to make faster. Silent otherwise.
 */
final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("timelineviewer.trace");

    private StartupTrace() {
    }

    static void mark(String step) {
        if (ON) {
            System.err.println("startup " + FirstFrame.sinceProcessStart().toMillis() + " ms: " + step + " (at " + System.currentTimeMillis() + ")");
        }
    }
}
