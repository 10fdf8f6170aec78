package org.timelineviewer.app;

/**
 * With {@code -Dtimelineviewer.trace=true}, prints how long after process start each step of
 * starting up happened (to stderr), for finding what to make faster. Silent otherwise.
 */
final class StartupTrace {

    static final boolean ON = Boolean.getBoolean("timelineviewer.trace");

    private StartupTrace() {
    }

    /** The CPU time the calling thread has used so far, in milliseconds (-1 where not measured). */
    static long cpuMillis() {
        if (!ON) {
            return -1; // without loading the management classes
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() / 1_000_000 : -1;
    }

    static void mark(String step) {
        if (ON) {
            System.err.println("startup " + FirstFrame.sinceProcessStart().toMillis() + " ms: " + step + " (at " + System.currentTimeMillis() + ")");
        }
    }
}
