package org.timelineviewer.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.timelineviewer.export.ExportException;
import org.timelineviewer.export.PathText;
import org.timelineviewer.export.PdfHandout;
import org.timelineviewer.export.PngExport;
import org.timelineviewer.export.PptxDeck;
import org.timelineviewer.export.SafeFiles;
import org.timelineviewer.export.StepPictures;
import org.timelineviewer.export.TimelinePicture;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.io.TimelineLoadException;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.presentation.StoryCamera;

/**
 * Exports from the command line ({@link CommandLine.Action#EXPORT}), without opening the main
 * window (JavaFX still needs a display, or Xvfb, to draw). Exit status 0 on success, 1 with a
 * one-line reason on stderr, in the language of {@code --lang}.
 */
final class ExportCommand {

    private final TimelineSource source;

    ExportCommand(TimelineSource source) {
        this.source = source;
    }

    /** Runs the export {@code options} ask for and returns the exit status. Starts the toolkit if need be. */
    int run(CommandLine.Options options, PrintStream out, PrintStream err) {
        Messages m = Messages.of(options.languageOrSystem());
        try {
            Timeline timeline = options.timeline().isPresent() ? source.read(options.timeline().get()) : source.bundled();
            String storyId = options.story().orElse(null);
            Story story = timeline.story(storyId).orElseThrow(() -> new ExportException(
                    "export.error.noStory", storyId, storyIds(timeline)));
            for (Optional<Path> target : List.of(options.png(), options.pdf(), options.pptx())) {
                if (target.isPresent()) {
                    SafeFiles.checkTarget(target.get()); // before anything is drawn
                }
            }
            startToolkit();
            if (options.png().isPresent()) {
                Path png = options.png().get();
                onFxThread(() -> {
                    PngExport.write(new TimelinePicture.Request(timeline, timeline.events(),
                            StoryCamera.overview(timeline.events()), null, options.languageOrSystem(), false, true),
                            options.width(), options.height(), png);
                    return null;
                });
                out.println(m.format("export.wrote", PathText.of(png.toAbsolutePath())));
            }
            if (options.pdf().isPresent()) {
                Path pdf = options.pdf().get();
                PdfHandout.write(pdf, timeline, story, options.languageOrSystem(), options.paperOrSystem(),
                        options.withNotes());
                out.println(m.format("export.wrote", PathText.of(pdf.toAbsolutePath())));
            }
            if (options.pptx().isPresent()) {
                var pictures = onFxThread(() -> StepPictures.draw(timeline, story, options.languageOrSystem()));
                Path pptx = options.pptx().get();
                PptxDeck.write(pptx, timeline, story, options.languageOrSystem(), pictures);
                out.println(m.format("export.wrote", PathText.of(pptx.toAbsolutePath())));
            }
            return 0;
        } catch (TimelineLoadException e) {
            err.println("error: " + oneLine(e, m));
        } catch (ExportException e) {
            err.println("error: " + e.message(m));
        } catch (ExportFailure e) {
            err.println("error: " + e.failure().message(m));
        } catch (NoDisplay e) {
            err.println("error: " + m.get("export.error.noDisplay"));
        } catch (RuntimeException e) {
            err.println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        return 1;
    }

    /**
     * A file that would not open, in one line: what is wrong with the file as a whole ("There is
     * no file …"), or the first problem at its place and how many more there are.
     */
    static String oneLine(TimelineLoadException e, Messages m) {
        org.timelineviewer.io.Problem first = e.problems().get(0);
        if (e.problems().size() == 1 && first.line() == 0 && first.pointer().isEmpty()) {
            return first.message(m);
        }
        String at = first.describe(m);
        return e.problems().size() > 1
                ? m.format("export.error.invalid.more", e.fileName(), at, e.problems().size() - 1)
                : m.format("export.error.invalid", e.fileName(), at);
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
            throw new NoDisplay(noDisplay);
        }
        started.join();
        Platform.setImplicitExit(false);
        onFxThread(() -> {
            BundledFonts.load();
            javafx.application.Application.setUserAgentStylesheet(AppTheme.userAgentStylesheet());
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
            throw new ExportFailure(new ExportException(e, "export.error.drawing"));
        }
    }

    /** Carries an {@link ExportException} out of the JavaFX thread. */
    static final class ExportFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ExportFailure(ExportException cause) {
            super(cause.getMessage(), cause);
        }

        ExportException failure() {
            return (ExportException) getCause();
        }
    }

    /** JavaFX found no display to draw on. */
    static final class NoDisplay extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoDisplay(Throwable cause) {
            super("no display", cause);
        }
    }
}
