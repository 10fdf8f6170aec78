package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

/**
 * A Chinese quote's English translation, for an English-reading room: under the verbatim quote,
 * labelled "Translation: …" and never in quotation marks, in the details pane, on the story's card,
 * in the PDF handout and in the PowerPoint deck; a Chinese reader sees the quote alone.
 */
class QuoteTranslationFxTest extends FxAppTest {

    static final Path BUNDLED = Path.of("assets/timelines/alibaba-ai-era.timeline");
    static final String EVENT = "hypergai-hpt";
    static final String ENGLISH = "In March 2024 HyperGAI proposed HPT, a multimodal large language model framework.";
    static final String QUOTE = "2024年3月,HyperGAI提出HPT多模态大型语言模型框架。";

    @TempDir
    Path dir;

    @Test
    void theDetailsInEnglishShowTheQuoteAndUnderItTheLabelledTranslation() throws Exception {
        Timeline bundled = new TimelineFileReader().read(BUNDLED);
        onFx(() -> {
            state().open(bundled);
            state().setLanguage(Language.EN);
            state().select(bundled.event(EVENT).orElseThrow());
        });
        settle();

        Label quote = node("#details-quote");
        Label translation = node("#details-translation");
        assertThat(quote.getText()).isEqualTo("“" + QUOTE + "”");
        assertThat(translation.getText()).isEqualTo("Translation: " + ENGLISH);
        assertThat(translation.getStyleClass()).contains("details-translation");
        assertThat(translation.localToScene(0, 0).getY()).as("under the quote")
                .isGreaterThan(quote.localToScene(0, 0).getY() + quote.getHeight() - 1);
        assertThat(translation.isVisible()).isTrue();

        onFx(() -> state().setLanguage(Language.ZH));
        settle();
        assertThat(((Label) node("#details-quote")).getText()).isEqualTo("“" + QUOTE + "”");
        assertThat(lookup("#details-translation").tryQuery()).as("no translation for a Chinese reader").isEmpty();
    }

    @Test
    void theStoryCardInEnglishShowsTheQuoteThenTheLabelledTranslation() throws Exception {
        Timeline bundled = new TimelineFileReader().read(BUNDLED);
        TimelineEvent event = bundled.event(EVENT).orElseThrow();
        Story story = new Story("one", bundled.title(), null, false, List.of(new Story.Step(event, null)));

        onFx(() -> storyMode().start(bundled, story, Language.EN, stage));
        settle();
        String english = ((Label) storyMode().audience().lookup(".card-quote")).getText();
        assertThat(english).startsWith("“" + QUOTE + "”  — ").endsWith("\nTranslation: " + ENGLISH)
                .doesNotContain("“" + ENGLISH);
        onFx(() -> storyMode().end());
        settle();

        onFx(() -> storyMode().start(bundled, story, Language.ZH, stage));
        settle();
        String chinese = ((Label) storyMode().audience().lookup(".card-quote")).getText();
        assertThat(chinese).startsWith("“" + QUOTE + "”  — ").doesNotContain("\n", "译文", ENGLISH);
    }

    @Test
    void theEnglishHandoutPrintsEachStepsLabelledTranslationAndTheChineseOneNone() throws Exception {
        Timeline bundled = new TimelineFileReader().read(BUNDLED);
        Story story = bundled.story("ai-bet").orElseThrow();
        Path english = dir.resolve("en.pdf");
        Path chinese = dir.resolve("zh.pdf");
        assertThat(export("--export-pdf", english, "en")).isZero();
        assertThat(export("--export-pdf", chinese, "zh")).isZero();
        try (PDDocument en = Loader.loadPDF(english.toFile()); PDDocument zh = Loader.loadPDF(chinese.toFile())) {
            String enText = new PDFTextStripper().getText(en).replaceAll("\\s+", "");
            for (Story.Step step : story.steps()) {
                String start = start(step.event());
                assertThat(enText).as(step.event().id()).contains(start).doesNotContain("“" + start);
            }
            TimelineEvent first = story.steps().get(0).event();
            assertThat(new PDFTextStripper().getText(zh)).contains(first.source().quote().substring(0, 12))
                    .doesNotContain("Translation", "译文", first.source().translation(Language.EN).orElseThrow().substring(0, 12));
        }
    }

    @Test
    void theEnglishDeckPutsTheLabelledTranslationUnderTheQuoteInItsOwnParagraph() throws Exception {
        Timeline bundled = new TimelineFileReader().read(BUNDLED);
        Story story = bundled.story("ai-bet").orElseThrow();
        Path english = dir.resolve("en.pptx");
        Path chinese = dir.resolve("zh.pptx");
        assertThat(export("--export-pptx", english, "en")).isZero();
        assertThat(export("--export-pptx", chinese, "zh")).isZero();
        try (InputStream in = Files.newInputStream(english); XMLSlideShow deck = new XMLSlideShow(in)) {
            for (int i = 0; i < story.steps().size(); i++) {
                TimelineEvent e = story.steps().get(i).event();
                List<XSLFTextParagraph> paragraphs = quoteBox(deck.getSlides().get(i + 1)).getTextParagraphs();
                assertThat(paragraphs).as(e.id()).hasSize(2);
                assertThat(paragraphs.get(0).getText()).as(e.id()).contains(e.source().quote().strip());
                assertThat(paragraphs.get(1).getText()).as(e.id())
                        .isEqualTo("Translation: " + e.source().translation(Language.EN).orElseThrow());
                assertThat(paragraphs.get(1).getTextRuns().get(0).isItalic()).isTrue();
            }
        }
        try (InputStream in = Files.newInputStream(chinese); XMLSlideShow deck = new XMLSlideShow(in)) {
            for (XSLFSlide slide : deck.getSlides().subList(1, deck.getSlides().size())) {
                assertThat(quoteBox(slide).getTextParagraphs()).hasSize(1);
                assertThat(quoteBox(slide).getText()).doesNotContain("译文", "Translation");
            }
        }
    }

    /**
     * The labelled translation's first words as the PDF's text reads back: without spaces, and
     * without the letters the font draws as one ligature glyph that has no text of its own (fi, ff…).
     */
    private static String start(TimelineEvent e) {
        String labelled = "Translation: " + e.source().translation(Language.EN).orElseThrow();
        return labelled.substring(0, 40).replaceAll("\\s+", "").replaceAll("ffi|ffl|ff|fi|fl", "");
    }

    private static XSLFTextShape quoteBox(XSLFSlide slide) {
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t && "Quote".equals(shape.getShapeName())) {
                return t;
            }
        }
        throw new AssertionError("no quote box on slide " + slide.getSlideNumber());
    }

    private static int export(String option, Path file, String language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int status = Main.run(List.of(option, file.toString(), "--lang", language, "--story", "ai-bet",
                BUNDLED.toString()), print, print);
        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        return status;
    }
}
