package org.timelineviewer.export;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.presentation.ViewerState;

/**
 * Export from the window: the current view (what the state's viewport shows, with the shown
 * events, selection, language and lanes) as a PNG, and the story as a PDF handout or a PowerPoint
 * deck, each through a file chooser. Failures are shown in a dialog, in the user's language; nothing half-written
 * is left behind (see {@link SafeFiles}).
 */
public final class ExportActions {

    private final ViewerState state;
    /** The handout's paper: the locale's at first, then the one last chosen in the save dialog. */
    private PaperSize paper = PaperSize.ofSystem();

    public ExportActions(ViewerState state) {
        this.state = state;
    }

    /** Asks where, then saves a picture of {@code width} x {@code height} pixels. */
    public void choosePng(Window owner, int width, int height) {
        Messages m = state.getMessages();
        File file = chooser(m.get("export.chooser.png"), m.get("export.filter.png"), "*.png", "timeline.png")
                .showSaveDialog(owner);
        if (file != null) {
            report(owner, () -> exportPng(file.toPath(), width, height), file.toPath());
        }
    }

    /** Asks where, then saves the story's handout; {@code withNotes}: the presenter's copy, with the speaker notes. */
    public void choosePdf(Window owner, boolean withNotes) {
        FileChooser chooser = pdfChooser(withNotes);
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            paper = paperOf(chooser);
            whenWritten(owner, file, exportPdf(file.toPath(), withNotes, paper));
        }
    }

    /**
     * The handout's save dialog: its file types are the papers ("PDF handout, A4 paper" and "…,
     * US Letter paper"), the last one used (at first the locale's) chosen.
     */
    FileChooser pdfChooser(boolean withNotes) {
        Messages m = state.getMessages();
        FileChooser chooser = chooser(m.get("export.chooser.pdf"), m.get("export.filter.pdf.a4"), "*.pdf",
                withNotes ? "presenters-copy.pdf" : "handout.pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("export.filter.pdf.letter"), "*.pdf"));
        chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(paper.ordinal()));
        return chooser;
    }

    /** The paper whose file type is chosen in {@code chooser} (made by {@link #pdfChooser}). */
    static PaperSize paperOf(FileChooser chooser) {
        int chosen = chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter());
        return chosen < 0 ? PaperSize.ofSystem() : PaperSize.values()[chosen];
    }

    /** Asks where, then saves the story as a PowerPoint deck. */
    public void choosePptx(Window owner) {
        Messages m = state.getMessages();
        File file = chooser(m.get("export.chooser.pptx"), m.get("export.filter.pptx"), "*.pptx", "story.pptx")
                .showSaveDialog(owner);
        if (file != null) {
            whenWritten(owner, file, exportPptx(file.toPath()));
        }
    }

    private void whenWritten(Window owner, File file, CompletableFuture<Void> written) {
        written.whenComplete((ok, error) -> Platform.runLater(() -> {
            if (error != null) {
                showFailure(owner, error.getCause() instanceof ExportException e ? e : error);
            } else {
                state.showNotice(state.getMessages().format("export.done", file.getName()));
            }
        }));
    }

    /** Saves the current view at {@code width} x {@code height} pixels (FX thread). */
    public void exportPng(Path file, int width, int height) throws ExportException {
        TimelinePicture.Request request = new TimelinePicture.Request(state.getTimeline(), state.getShownEvents(),
                state.viewport().getWindow(), state.getSelected(), state.getLanguage(),
                state.lanesVisibleProperty().get(), true);
        PngExport.write(request, width, height, file);
    }

    /**
     * Writes the story's handout in the background, on the paper last chosen (at first the
     * locale's); the future completes when the file is written.
     */
    public CompletableFuture<Void> exportPdf(Path file) {
        return exportPdf(file, false);
    }

    /** As {@link #exportPdf(Path)}; {@code withNotes}: each step's speaker notes under it (the presenter's copy). */
    public CompletableFuture<Void> exportPdf(Path file, boolean withNotes) {
        return exportPdf(file, withNotes, paper);
    }

    /** As {@link #exportPdf(Path, boolean)}, on {@code paper}. Its timelines are drawn in vectors: nothing to draw first. */
    public CompletableFuture<Void> exportPdf(Path file, boolean withNotes, PaperSize paper) {
        try {
            SafeFiles.checkTarget(file);
        } catch (ExportException e) {
            return CompletableFuture.failedFuture(new CompletionException(e));
        }
        Timeline timeline = state.getTimeline();
        Story story = timeline.story(null).orElseThrow();
        Language language = state.getLanguage();
        state.showNotice(state.getMessages().get("export.working"));
        return CompletableFuture.runAsync(() -> {
            try {
                PdfHandout.write(file, timeline, story, language, paper, withNotes);
            } catch (ExportException e) {
                throw new CompletionException(e);
            }
        });
    }

    /**
     * Draws the deck's pictures now (FX thread) and writes the PowerPoint file in the background;
     * the future completes when the file is written. POI is loaded here, on the first deck, and
     * not before: this class refers to {@link PptxDeck} only through this method's reference.
     */
    public CompletableFuture<Void> exportPptx(Path file) {
        return drawThenWrite(file, PptxDeck::write);
    }

    /** Writes a story's document from the pictures of its steps. */
    @FunctionalInterface
    private interface StoryDocument {
        void write(Path file, Timeline timeline, Story story, Language language, List<BufferedImage> pictures)
                throws ExportException;
    }

    private CompletableFuture<Void> drawThenWrite(Path file, StoryDocument document) {
        try {
            SafeFiles.checkTarget(file); // before the pictures are drawn
        } catch (ExportException e) {
            return CompletableFuture.failedFuture(new CompletionException(e));
        }
        Timeline timeline = state.getTimeline();
        Story story = timeline.story(null).orElseThrow();
        Language language = state.getLanguage();
        List<BufferedImage> pictures = StepPictures.draw(timeline, story, language);
        state.showNotice(state.getMessages().get("export.working"));
        return CompletableFuture.runAsync(() -> {
            try {
                document.write(file, timeline, story, language, pictures);
            } catch (ExportException e) {
                throw new CompletionException(e);
            }
        });
    }

    private interface Work {
        void run() throws ExportException;
    }

    private void report(Window owner, Work work, Path file) {
        try {
            work.run();
            state.showNotice(state.getMessages().format("export.done", file.getFileName()));
        } catch (ExportException e) {
            showFailure(owner, e);
        }
    }

    private void showFailure(Window owner, Throwable error) {
        state.clearNotice();
        Messages m = state.getMessages();
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(m.get("export.failed.title"));
        alert.setHeaderText(m.get("export.failed.header"));
        alert.setContentText(error instanceof ExportException e ? e.message(m) : String.valueOf(error.getMessage()));
        alert.show();
    }

    private static FileChooser chooser(String title, String filterName, String pattern, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, pattern));
        chooser.setInitialFileName(name);
        return chooser;
    }
}
