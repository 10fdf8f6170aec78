package org.timelineviewer.export;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.timelineviewer.app.BundledFonts;
import org.timelineviewer.app.TimelineSource;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.io.TimelineLoadException;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.presentation.StoryCamera;

/**
 * Exports from the command line, without opening the main window (JavaFX still needs a display,
 * or Xvfb, to draw):
 * <pre>
 *   --export-pdf FILE   the story as a PDF handout
 *   --export-png FILE   the whole timeline as a PNG picture
 *   --size WxH          picture size (default 1920x1080)
 *   --lang zh|en        language (default: the system's)
 *   --story ID          which story (default: the file's first)
 *   [TIMELINE]          a timeline file (default: the bundled one)
 * </pre>
 * Exit status 0 on success; otherwise 1 (bad arguments: 2) with a one-line reason on stderr.
 */
public final class ExportCommand {

    /** The parsed arguments. */
    record Options(Path pdf, Path png, int width, int height, Language language, String story, Path timeline) {
    }

    private ExportCommand() {
    }

    /** True when the arguments ask for an export rather than the window. */
    public static boolean wanted(List<String> args) {
        return args.contains("--export-pdf") || args.contains("--export-png");
    }

    /**
     * Runs the export and returns the exit status. Starts the JavaFX toolkit if it is not running.
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        try {
            Timeline timeline = options.timeline() == null
                    ? new TimelineSource(new TimelineFileReader()).bundled()
                    : new TimelineFileReader().read(options.timeline());
            Story story = timeline.story(options.story()).orElseThrow(() -> new ExportException(
                    "the timeline has no story '" + options.story() + "'; it has " + storyIds(timeline)));
            startToolkit();
            if (options.png() != null) {
                onFxThread(() -> {
                    PngExport.write(new TimelinePicture.Request(timeline, timeline.events(),
                            StoryCamera.overview(timeline.events()), null, options.language(), false, true),
                            options.width(), options.height(), options.png());
                    return null;
                });
                out.println("wrote " + options.png().toAbsolutePath());
            }
            if (options.pdf() != null) {
                var pictures = onFxThread(() -> PdfHandout.pictures(timeline, story, options.language()));
                PdfHandout.write(options.pdf(), timeline, story, options.language(), pictures);
                out.println("wrote " + options.pdf().toAbsolutePath());
            }
            return 0;
        } catch (TimelineLoadException e) {
            err.println("error: " + e.fileName() + " is not a valid timeline: " + e.problems().get(0)
                    + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : ""));
        } catch (ExportException | ExportFailure e) {
            err.println("error: " + e.getMessage());
        } catch (RuntimeException e) {
            err.println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        return 1;
    }

    static Options parse(List<String> args) {
        Path pdf = null;
        Path png = null;
        int width = 1920;
        int height = 1080;
        Language language = Language.forLocale(Locale.getDefault());
        String story = null;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--export-pdf" -> pdf = Path.of(value(args, ++i, arg));
                case "--export-png" -> png = Path.of(value(args, ++i, arg));
                case "--size" -> {
                    String size = value(args, ++i, arg);
                    String[] parts = size.toLowerCase(Locale.ROOT).split("x");
                    try {
                        width = Integer.parseInt(parts[0]);
                        height = Integer.parseInt(parts[1]);
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException("--size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080, not '" + size + "'");
                    }
                    if (parts.length != 2 || width < 16 || height < 16 || width > 16_384 || height > 16_384) {
                        throw new IllegalArgumentException("--size must be between 16x16 and 16384x16384, not '" + size + "'");
                    }
                }
                case "--lang" -> {
                    String code = value(args, ++i, arg);
                    language = Optional.ofNullable(Language.fromCode(code, null)).orElseThrow(
                            () -> new IllegalArgumentException("--lang takes zh or en, not '" + code + "'"));
                }
                case "--story" -> story = value(args, ++i, arg);
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg
                                + " (use --export-pdf, --export-png, --size, --lang, --story)");
                    }
                    positional.add(arg);
                }
            }
        }
        if (pdf == null && png == null) {
            throw new IllegalArgumentException("nothing to export: give --export-pdf FILE or --export-png FILE");
        }
        if (positional.size() > 1) {
            throw new IllegalArgumentException("one timeline file at most, got " + positional);
        }
        return new Options(pdf, png, width, height, language, story,
                positional.isEmpty() ? null : Path.of(positional.get(0)));
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static String storyIds(Timeline timeline) {
        List<String> ids = new ArrayList<>(timeline.stories().stream().map(Story::id).toList());
        ids.add(Story.DEFAULT_ID);
        return String.join(", ", ids);
    }

    private static void startToolkit() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        } catch (UnsupportedOperationException noDisplay) {
            throw new IllegalStateException("no display to draw on (set DISPLAY, or run under Xvfb)", noDisplay);
        }
        started.join();
        Platform.setImplicitExit(false);
        onFxThread(() -> {
            BundledFonts.load();
            javafx.application.Application.setUserAgentStylesheet(
                    org.timelineviewer.app.AppTheme.userAgentStylesheet());
            return null;
        });
    }

    /** Work that must run on the JavaFX thread, waited for. */
    @FunctionalInterface
    interface FxWork<T> {
        T run() throws ExportException;
    }

    static <T> T onFxThread(FxWork<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable task = () -> {
            try {
                result.complete(work.run());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        };
        if (Platform.isFxApplicationThread()) {
            task.run();
        } else {
            Platform.runLater(task);
        }
        try {
            return result.get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExportException ex) {
                throw new ExportFailure(ex);
            }
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("drawing did not finish", e);
        }
    }

    /** Carries an {@link ExportException} out of the JavaFX thread. */
    static final class ExportFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ExportFailure(ExportException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
