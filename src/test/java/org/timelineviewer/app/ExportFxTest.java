package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineviewer.export.ExportException;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Story;
import org.timelineviewer.testing.UiFixture;

/** PNG and PDF export from the window and from the command line. */
class ExportFxTest extends FxAppTest {

    @TempDir
    Path dir;

    @Test
    void pngAtEachSizeIsThatSizeAndNotBlank() throws Exception {
        for (int[] size : new int[][] {{1920, 1080}, {3840, 2160}, {1280, 720}}) {
            Path file = dir.resolve("view-" + size[0] + ".png");
            onFx(() -> {
                try {
                    app.exports().exportPng(file, size[0], size[1]);
                } catch (ExportException e) {
                    throw new AssertionError(e);
                }
            });
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image.getWidth()).isEqualTo(size[0]);
            assertThat(image.getHeight()).isEqualTo(size[1]);
            assertThat(ScreenshotFxTest.distinctColours(image)).as("not blank").isGreaterThan(100);
        }
    }

    @Test
    void fourKIsDrawnAtFourKNotEnlarged() throws Exception {
        Path file = dir.resolve("uhd.png");
        onFx(() -> {
            try {
                app.exports().exportPng(file, 3840, 2160);
            } catch (ExportException e) {
                throw new AssertionError(e);
            }
        });
        BufferedImage image = ImageIO.read(file.toFile());
        // An image enlarged from 1920 x 1080 repeats each pixel in 2 x 2 blocks; a real 4K drawing
        // has detail inside the blocks wherever there is text or a line.
        int detailed = 0;
        int blocks = 0;
        for (int y = 0; y + 1 < image.getHeight(); y += 2) {
            for (int x = 0; x + 1 < image.getWidth(); x += 2) {
                int p = image.getRGB(x, y);
                if (p != image.getRGB(x + 1, y) || p != image.getRGB(x, y + 1) || p != image.getRGB(x + 1, y + 1)) {
                    detailed++;
                }
                blocks++;
            }
        }
        assertThat(detailed).as("blocks with detail").isGreaterThan(blocks / 200);
    }

    @Test
    void pdfHandoutHasACoverAndEveryStepWithTheirTitlesAndEmbeddedChinese() throws Exception {
        clickOn("#lang-zh");
        settle();
        Path file = dir.resolve("handout.pdf");
        var done = new java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Void>>();
        onFx(() -> done.set(app.exports().exportPdf(file)));
        done.get().get(2, TimeUnit.MINUTES);
        Story story = state().getTimeline().story(null).orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).as("a cover, then the steps, several to a page").isBetween(2, story.steps().size());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            for (Story.Step step : story.steps()) {
                assertThat(text).contains(step.event().title().zh().replaceAll("\\s+", ""));
            }
            PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh");
        }
    }

    @Test
    void thePresentersCopyCarriesEachStepsNotesAndTheHandoutDoesNot() throws Exception {
        Story story = UiFixture.timeline().story(UiFixture.STORY).orElseThrow();
        List<String> notes = story.steps().stream().map(s -> s.notesText().map(n -> n.en()).orElse(""))
                .filter(n -> !n.isBlank()).toList();
        assertThat(notes).as("the fixture's story has notes").isNotEmpty();
        Path copy = dir.resolve("copy.pdf");
        Path handout = dir.resolve("handout.pdf");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Main.run(List.of("--export-pdf", copy.toString(), "--with-notes", "--lang", "en", "--story",
                UiFixture.STORY, UiFixture.PATH.toString()), print(out), print(out))).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Main.run(List.of("--export-pdf", handout.toString(), "--lang", "en", "--story",
                UiFixture.STORY, UiFixture.PATH.toString()), print(out), print(out))).isZero();
        try (PDDocument withNotes = Loader.loadPDF(copy.toFile()); PDDocument without = Loader.loadPDF(handout.toFile())) {
            assertThat(withNotes.getNumberOfPages()).as("a cover, then the steps").isBetween(2, story.steps().size() + 1);
            String copyText = new PDFTextStripper().getText(withNotes).replaceAll("\\s+", "");
            String handoutText = new PDFTextStripper().getText(without).replaceAll("\\s+", "");
            assertThat(copyText).contains("Speakernotes");
            assertThat(handoutText).doesNotContain("Speakernotes");
            // The font sets "fi" and "fl" as ligatures, which text extraction gives back as one odd character or none.
            String copyPlain = withoutLigatures(copyText);
            for (String note : notes) {
                String compact = withoutLigatures(note.replaceAll("\\s+", ""));
                assertThat(copyPlain).as("the notes %s", note).contains(compact.substring(0, Math.min(40, compact.length())));
            }
        }
        List<String> items = org.timelineviewer.testing.FxWait.call(() -> ((javafx.scene.control.MenuButton) node("#export"))
                .getItems().stream().map(javafx.scene.control.MenuItem::getId).toList());
        assertThat(items).as("the Export menu offers the presenter's copy").contains("export-pdf-notes");
    }

    private static String withoutLigatures(String text) {
        return text.replace("fi", "").replace("fl", "").replaceAll("[\\uFB00-\\uFB06\\uFFFD]", "");
    }

    @Test
    void aQuoteWithItsOwnMarksIsNotGivenASecondPairInTheHandout() throws Exception {
        // The bundled apsara-2024-keynote quote begins with the keynote's words in marks: “过去22个月…”
        Path pdf = dir.resolve("bundled.pdf");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int status = Main.run(List.of("--export-pdf", pdf.toString(), "--lang", "zh",
                "assets/timelines/alibaba-ai-era.timeline"), print(out), print(out));
        assertThat(status).as(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("“过去22个月").doesNotContain("““");
        }
    }

    @Test
    void aFailedExportSaysWhyAndLeavesNothingBehind() {
        Path missingFolder = dir.resolve("no-such-folder").resolve("view.png");
        ExportException[] failure = new ExportException[1];
        onFx(() -> failure[0] = catchThrowableOfType(ExportException.class,
                () -> app.exports().exportPng(missingFolder, 1920, 1080)));
        assertThat(failure[0]).isNotNull();
        assertThat(failure[0].getMessage()).contains("does not exist");
        assertThat(failure[0].message(Messages.of(Language.ZH))).isEqualTo("文件夹 " + missingFolder.getParent() + " 不存在");
        assertThat(Files.exists(missingFolder.getParent())).isFalse();
        ExportException[] isFolder = new ExportException[1];
        onFx(() -> isFolder[0] = catchThrowableOfType(ExportException.class,
                () -> app.exports().exportPng(dir, 1920, 1080)));
        assertThat(isFolder[0].getMessage()).contains("is a folder");
    }

    @Test
    void commandLineExportsWithoutTheWindowAndFailsWithOneLine() throws Exception {
        Path pdf = dir.resolve("cli.pdf");
        Path png = dir.resolve("cli.png");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(List.of("--export-pdf", pdf.toString(), "--export-png", png.toString(),
                "--size", "1280x720", "--lang", "en", "--story", UiFixture.STORY, UiFixture.PATH.toString()),
                print(out), print(err));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1280);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).as("a cover, then the steps").isBetween(2, UiFixture.STEPS + 1);
            assertThat(new PDFTextStripper().getText(doc)).contains("Gamma launches", "1 / " + UiFixture.STEPS,
                    UiFixture.STEPS + " / " + UiFixture.STEPS);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote " + png.toAbsolutePath(), "wrote " + pdf.toAbsolutePath());

        err.reset();
        status = Main.run(List.of("--export-pdf", dir.resolve("x.pdf").toString(), "--story", "nope",
                UiFixture.PATH.toString()), print(out), print(err));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("error: the timeline has no story 'nope'; it has tour, all-events");
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();

        err.reset();
        status = Main.run(List.of("--export-pdf", dir.resolve("x.pdf").toString(), "--story", "nope", "--lang", "zh",
                UiFixture.PATH.toString()), print(out), print(err));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).as("in the language asked for")
                .isEqualTo("error: 时间线中没有故事“nope”；已有的故事：tour, all-events");

        err.reset();
        status = Main.run(List.of("--export-png"), print(out), print(err));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: --export-png needs a value");

        err.reset();
        status = Main.run(List.of("--export-png", png.toString(), dir.resolve("missing.timeline").toString()),
                print(out), print(err));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("error: There is no file " + dir.resolve("missing.timeline") + ".");
    }

    @Test
    void theCommandLineRefusesALinkToADeviceInOneLineAndLeavesTheLink() throws Exception {
        Path device = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(device, java.nio.file.LinkOption.NOFOLLOW_LINKS),
                "no /dev/full here");
        // a link in the test's own folder, never the device itself: a broken export replaces the link, not /dev/full
        Path link = Files.createSymbolicLink(dir.resolve("view\n\u001B[2J.png"), device);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Main.run(List.of("--export-png", link.toString(), "--lang", "en", UiFixture.PATH.toString()),
                print(out), print(err));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: " + dir
                + "/view\\n\\u001B[2J.png → /dev/full is a device, not a file; choose a file name" + System.lineSeparator());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(link).isSymbolicLink();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(device);
    }

    @Test
    void theCommandLineExportsTimelinesFromElsewhereToo() throws Exception {
        Path pdf = dir.resolve("space-race.pdf");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(List.of("--export-pdf", pdf.toString(), "--lang", "en",
                Path.of("src/test/resources/import/space-race.json").toString()), print(out), print(err));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // No stories in a TimelineJS file: every event in time order, after the cover.
            assertThat(doc.getNumberOfPages()).isBetween(2, 9);
            assertThat(new PDFTextStripper().getText(doc)).contains("The Space Race", "Sputnik 1", "Apollo 11", "8 / 8");
        }
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

}
