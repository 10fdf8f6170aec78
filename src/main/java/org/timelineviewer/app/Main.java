package org.timelineviewer.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.io.TimelineFileReader;

/**
 * Plain launcher: reads the command line once ({@link CommandLine}) and does what it asks: help,
 * the version, an export, or the window. Starting through a class that does not extend
 * {@code Application} lets the app run from a jar with JavaFX on the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LogConfiguration.use();
        List<String> arguments = List.of(args);
        int status;
        try {
            status = run(arguments, System.out, System.err);
        } catch (Throwable e) { // before the window and its crash dialog exist: one line, and the log
            java.util.logging.Logger.getLogger(Main.class.getName()).log(java.util.logging.Level.SEVERE, "could not start", e);
            System.err.println("error: " + org.timelineviewer.model.Quote.printable(String.valueOf(e), 500));
            status = 1;
        }
        if (status >= 0) {
            try {
                javafx.application.Platform.exit();
            } catch (LinkageError noToolkit) {
                // an installation without JavaFX: what went wrong is said above
            }
            System.exit(status);
        }
    }

    /**
     * Everything but the window: the exit status of help, the version, an export or a command
     * line not understood; or -1 after the window has been started (or handed to a running one).
     */
    static int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandLine.Options options;
        try {
            options = CommandLine.parse(arguments);
        } catch (CommandLine.UsageException e) {
            Messages m = Messages.of(CommandLine.messageLanguage(arguments));
            err.println("error: " + e.message(m));
            err.println(m.get("cli.error.hint"));
            return 2;
        }
        Messages m = Messages.of(options.languageOrSystem());
        switch (options.action()) {
            case HELP -> {
                out.print(CommandLine.help(m));
                return 0;
            }
            case VERSION -> {
                out.println(m.format("cli.version", version()));
                return 0;
            }
            case EXPORT -> {
                return new ExportCommand(new TimelineSource(new TimelineFileReader())).run(options, out, err);
            }
            case VALIDATE -> {
                return new ValidateCommand(new TimelineSource(new TimelineFileReader())).run(options, out, err);
            }
            default -> {
                StartupTrace.mark("main()");
                Optional<SingleInstance> instance = Optional.empty();
                if (!options.alone()) {
                    SingleInstance single = new SingleInstance(AppLog.stateFolder());
                    if (single.handOff(options.timeline())) {
                        return 0; // the running app came forward (and opens the file)
                    }
                    instance = Optional.of(single);
                }
                TimelineApp.launch(AppContext.start(options, instance));
                return -1;
            }
        }
    }

    /** The app's version, as the build wrote it. */
    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "?");
        } catch (IOException e) {
            return "?";
        }
    }
}
