package org.timelineviewer.soak;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.WeakReference;
import org.timelineviewer.testing.FxWait;

/**
 * The heap that is still in use after garbage collection: what the program holds on to, which
 * is what a leak makes grow. Read after the JavaFX thread and the renderer have let go of what
 * they finished with, and after full collections that certainly ran (a weakly held sentinel
 * object is gone), the least of a few readings, taken until two in a row agree.
 */
final class LiveHeap {

    static final double MB = 1024.0 * 1024.0;
    private static final int READINGS = 3;
    private static final int MAX_READINGS = 8;
    /** Readings this close in a row are the heap at rest. */
    private static final long STABLE_BYTES = 512 * 1024;
    private static final int MAX_COLLECTIONS = 50;

    private LiveHeap() {
    }

    /** Bytes of heap in use after forced collections. */
    static long measure() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        long last = -1;
        // At least READINGS readings, until two in a row agree (or MAX_READINGS): the least of them.
        for (int i = 0; i < MAX_READINGS; i++) {
            // A whole pulse: what the renderer last drew is let go at the next frame, and Prism's
            // disposers free the textures of nodes collected before.
            FxWait.pulse();
            FxWait.settle();
            collect();
            long used = memory.getHeapMemoryUsage().getUsed();
            least = Math.min(least, used);
            if (i + 1 >= READINGS && Math.abs(used - last) <= STABLE_BYTES) {
                break;
            }
            last = used;
        }
        return least;
    }

    /** Collects until an object held only weakly is gone: a full collection has run. */
    private static void collect() {
        WeakReference<Object> sentinel = new WeakReference<>(new Object());
        for (int i = 0; i < MAX_COLLECTIONS && sentinel.get() != null; i++) {
            System.gc();
            if (sentinel.get() != null) {
                // The request is dropped while a thread is in a JNI critical section (the software
                // renderer draws in one): let a frame finish before asking again.
                FxWait.pulse();
            }
        }
        if (sentinel.get() != null) {
            throw new AssertionError("no garbage collection ran after " + MAX_COLLECTIONS + " requests");
        }
        System.gc(); // and one more for what the last one only found unreachable
    }

    /**
     * Bytes held by each class's live instances (the JVM's class histogram, after a full
     * collection), to see what grew between two readings ({@code -Dsoak.histogram=true}).
     */
    static java.util.Map<String, Long> histogram() {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            java.util.Map<String, Long> bytes = new java.util.HashMap<>();
            for (String line : text.toString().split("\\R")) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 4 && f[0].endsWith(":")) {
                    bytes.merge(f[3], Long.parseLong(f[2]), Long::sum);
                }
            }
            return bytes;
        } catch (javax.management.JMException e) {
            throw new AssertionError("no class histogram", e);
        }
    }

    /** The {@code top} classes whose instances grew most from {@code before} to {@code after}. */
    static String growth(java.util.Map<String, Long> before, java.util.Map<String, Long> after, int top) {
        return after.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .map(e -> String.format(java.util.Locale.ROOT, "%+9.1f KB  %s", e.getValue() / 1024.0, e.getKey()))
                .collect(java.util.stream.Collectors.joining(System.lineSeparator()));
    }
}
