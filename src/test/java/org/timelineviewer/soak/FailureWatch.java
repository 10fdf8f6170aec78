package org.timelineviewer.soak;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.timelineviewer.testing.FxWait;

/**
 * Everything that goes wrong anywhere while the soak runs: an exception nobody caught, on any
 * thread (the JavaFX thread has a handler of its own, which the app's crash reporter sets, so this
 * replaces that one too, and the default handler of every other thread), and every log record at
 * {@code WARNING} or above from any logger (the app's, and JavaFX's, which logs its CSS and layout
 * troubles there), except JavaFX's warning that it runs from the class path, which is how the app
 * ships. Each is counted and the first is kept with the number and name of the action under way.
 * {@link #close()} puts the handlers that were there back.
 */
final class FailureWatch implements AutoCloseable {

    /** JavaFX says this once when its classes come from the class path: expected (see ExpectedWarnings). */
    static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration";

    /** What went wrong first, during which action. */
    record Failure(int action, String during, String what, Throwable error) {
        String describe() {
            StringWriter out = new StringWriter();
            out.append(what).append(" during action #").append(String.valueOf(action)).append(" (").append(during)
                    .append(")");
            if (error != null) {
                out.append(System.lineSeparator());
                error.printStackTrace(new PrintWriter(out));
            }
            return out.toString();
        }
    }

    private final AtomicReference<Failure> first = new AtomicReference<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile int action;
    private volatile String during = "start";
    private final Thread.UncaughtExceptionHandler uncaught = (thread, error) ->
            failed("uncaught " + error + " on thread '" + thread.getName() + "'", error);
    private final Handler warnings = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() < Level.WARNING.intValue() || expected(r)) {
                return;
            }
            failed(r.getLevel() + " logged by " + r.getLoggerName() + ": " + new SimpleFormatter().formatMessage(r),
                    r.getThrown());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Thread.UncaughtExceptionHandler defaultBefore;
    private Thread fxThread;
    private Thread.UncaughtExceptionHandler fxBefore;

    /** Starts watching: installs the handlers (after the app has installed its own). */
    void install() {
        defaultBefore = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(uncaught);
        FxWait.run(() -> {
            fxThread = Thread.currentThread();
            fxBefore = fxThread.getUncaughtExceptionHandler();
            fxThread.setUncaughtExceptionHandler(uncaught);
        });
        warnings.setLevel(Level.WARNING);
        Logger.getLogger("").addHandler(warnings);
    }

    /** Action {@code number} ({@code name}) is under way: what goes wrong now is put down to it. */
    void at(int number, String name) {
        action = number;
        during = name;
    }

    /** Something that went wrong in the soak's own steps (a wait that timed out, a failed export). */
    void failed(String what, Throwable error) {
        count.incrementAndGet();
        first.compareAndSet(null, new Failure(action, during, what, error));
    }

    /** The first thing that went wrong, or null. */
    Failure first() {
        return first.get();
    }

    /** How many things went wrong. */
    int count() {
        return count.get();
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(warnings);
        Thread.setDefaultUncaughtExceptionHandler(defaultBefore);
        if (fxThread != null) {
            FxWait.run(() -> fxThread.setUncaughtExceptionHandler(fxBefore));
        }
    }

    private static boolean expected(LogRecord r) {
        return r.getMessage() != null && r.getMessage().startsWith(CLASS_PATH_WARNING);
    }
}
