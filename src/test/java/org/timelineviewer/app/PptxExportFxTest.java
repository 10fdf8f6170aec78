package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineviewer.export.ExportException;
import org.timelineviewer.i18n.DateTexts;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.testing.UiFixture;

/**
 * The story as a PowerPoint deck, from the window and from the command line, read back with POI:
 * a 16:9 title slide and one slide per step, each with the step's picture and its texts as
 * editable text boxes in the language asked for, the speaker notes in the notes pane, and the
 * Chinese font named for East Asian text.
 */
class PptxExportFxTest extends FxAppTest {

    private static final String FONT = "Noto Sans CJK SC";
    private static final String LATIN = "Arial";

    @TempDir
    Path dir;

    @Test
    void theWindowsDeckInChineseHasATitleSlideAndOneSlidePerStepWithNotes() throws Exception {
        clickOn("#lang-zh");
        settle();
        Path file = dir.resolve("故事.pptx");
        AtomicReference<CompletableFuture<Void>> done = new AtomicReference<>();
        onFx(() -> done.set(app.exports().exportPptx(file)));
        done.get().get(2, TimeUnit.MINUTES);

        Story story = state().getTimeline().story(null).orElseThrow();
        checkDeck(file, story, Language.ZH);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).as("no temporary file left")
                .containsExactly("故事.pptx");
    }

    @Test
    void theCommandLineWritesTheDeckInEnglish() throws Exception {
        Path file = dir.resolve("tour.pptx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(List.of("--export-pptx", file.toString(), "--lang", "en", "--story", UiFixture.STORY,
                UiFixture.PATH.toString()), print(out), print(err));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote " + file.toAbsolutePath());
        checkDeck(file, UiFixture.timeline().story(UiFixture.STORY).orElseThrow(), Language.EN);
    }

    @Test
    void theExportMenuOffersTheDeckInTheUsersLanguage() {
        clickOn("#export");
        settle();
        assertThat(lookup(".menu-item").queryAll().stream().map(n -> ((javafx.scene.control.MenuItem)
                n.getProperties().get(javafx.scene.control.MenuItem.class)).getText()))
                .contains("Story as a PowerPoint deck (PPTX)…");
        type(javafx.scene.input.KeyCode.ESCAPE);
        clickOn("#lang-zh");
        settle();
        clickOn("#export");
        settle();
        assertThat(lookup(".menu-item").queryAll().stream().map(n -> ((javafx.scene.control.MenuItem)
                n.getProperties().get(javafx.scene.control.MenuItem.class)).getText()))
                .contains("故事演示文稿（PPTX）…");
        type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void aDeckThatCannotBeWrittenSaysWhyAndLeavesNothingBehind() throws Exception {
        Path missing = dir.resolve("no-such-folder").resolve("deck.pptx");
        AtomicReference<CompletableFuture<Void>> done = new AtomicReference<>();
        onFx(() -> done.set(app.exports().exportPptx(missing)));
        ExecutionException failure = org.assertj.core.api.Assertions.catchThrowableOfType(ExecutionException.class,
                () -> done.get().get(1, TimeUnit.MINUTES));
        assertThat(failure.getCause()).isInstanceOf(ExportException.class).hasMessageContaining("does not exist");
        assertThat(Files.exists(missing.getParent())).isFalse();
    }

    /** Everything the deck of {@code story} in {@code language} must have. */
    static void checkDeck(Path file, Story story, Language language) throws Exception {
        try (InputStream in = Files.newInputStream(file); XMLSlideShow deck = new XMLSlideShow(in)) {
            assertThat(deck.getPageSize()).as("16:9 widescreen, in points").isEqualTo(new java.awt.Dimension(960, 540));
            List<XSLFSlide> slides = deck.getSlides();
            assertThat(slides).as("a title slide and one per step").hasSize(story.steps().size() + 1);

            XSLFSlide title = slides.get(0);
            assertThat(texts(title)).contains(story.title().in(language));
            story.subtitleText().ifPresent(s -> assertThat(texts(title)).contains(s.in(language)));
            assertThat(pictures(title)).isEmpty();

            for (int i = 0; i < story.steps().size(); i++) {
                Story.Step step = story.steps().get(i);
                TimelineEvent e = step.event();
                XSLFSlide slide = slides.get(i + 1);
                List<String> texts = texts(slide);
                String where = "slide " + (i + 2) + " (" + e.id() + ")";
                assertThat(texts).as(where + " title").contains(e.title().in(language));
                assertThat(String.join("\n", texts)).as(where + " date, category, status")
                        .contains(DateTexts.displayed(e, language), e.category().label().in(language));
                assertThat(texts).as(where + " summary").contains(e.summary().in(language));
                if (e.source() != null) {
                    assertThat(String.join("\n", texts)).as(where + " quote, its marks not doubled")
                            .contains(org.timelineviewer.i18n.QuotationMarks.around(e.source().quote()),
                                    e.source().source().name().in(language))
                            .doesNotContain("““");
                }
                assertThat(pictures(slide)).as(where + " picture").hasSize(1);
                assertThat(pictures(slide).get(0).getPictureData().getData().length).as(where + " picture bytes")
                        .isGreaterThan(10_000);
                assertThat(notes(deck, slide)).as(where + " notes in the notes pane")
                        .isEqualTo(step.notesText().map(n -> n.in(language)).orElse(""));
                for (XSLFTextRun run : runs(slide)) {
                    assertThat(run.getFontFamily(FontGroup.EAST_ASIAN)).as(where + " east-asian font of " + run.getRawText())
                            .isEqualTo(FONT);
                    assertThat(run.getFontFamily(FontGroup.LATIN)).as(where + " latin font").isEqualTo(LATIN);
                }
            }
            List<XSLFTextRun> chinese = slides.stream().flatMap(s -> runs(s).stream())
                    .filter(r -> r.getRawText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                            == Character.UnicodeScript.HAN)).toList();
            if (language == Language.ZH) {
                assertThat(chinese).as("Chinese runs").hasSizeGreaterThan(story.steps().size() * 3);
            }
            for (XSLFTextRun run : chinese) {
                assertThat(run.getRPr(false).getEa().getTypeface()).as("ea of " + run.getRawText()).isEqualTo(FONT);
                assertThat(run.getRPr(false).getEa().getCharset()).as("GB2312, for substitution").isEqualTo((byte) -122);
                assertThat(run.getRPr(false).getLang()).isEqualTo(language == Language.ZH ? "zh-CN" : "en-US");
            }
        }
    }

    /** The text of each text box on the slide. */
    private static List<String> texts(XSLFSlide slide) {
        List<String> texts = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                texts.add(t.getText());
            }
        }
        return texts;
    }

    private static List<XSLFTextRun> runs(XSLFSlide slide) {
        List<XSLFTextRun> runs = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                for (XSLFTextParagraph p : t.getTextParagraphs()) {
                    runs.addAll(p.getTextRuns());
                }
            }
        }
        return runs;
    }

    private static List<XSLFPictureShape> pictures(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFPictureShape.class::isInstance)
                .map(XSLFPictureShape.class::cast).toList();
    }

    /** The text of the notes pane's body (not the slide image or number placeholders). */
    private static String notes(XMLSlideShow deck, XSLFSlide slide) {
        XSLFNotes notes = slide.getNotes();
        assertThat(notes).as("a notes page").isNotNull();
        return notes.getShapes().stream().filter(XSLFTextShape.class::isInstance).map(XSLFTextShape.class::cast)
                .filter(t -> t.getTextType() == Placeholder.BODY).map(XSLFTextShape::getText)
                .collect(Collectors.joining("\n"));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
