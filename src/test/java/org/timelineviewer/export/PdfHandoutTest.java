package org.timelineviewer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineviewer.i18n.MoneyTexts;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.LocalizedText;
import org.timelineviewer.model.MoneyAmount;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

/** The PDF handout read back with PDFBox: paper, cover, vector timelines, Chinese, and full pages. */
class PdfHandoutTest {

    private static final Path BUNDLED = Path.of("assets/timelines/alibaba-ai-era.timeline");

    private static Timeline timeline;
    private static Story story;

    @TempDir
    Path dir;

    @BeforeAll
    static void read() throws Exception {
        timeline = new TimelineFileReader().read(BUNDLED);
        story = timeline.story(null).orElseThrow();
    }

    private PDDocument handout(String name, Language language, PaperSize paper, boolean withNotes) throws Exception {
        Path file = dir.resolve(name);
        PdfHandout.write(file, timeline, story, language, paper, withNotes);
        return Loader.loadPDF(file.toFile());
    }

    private static String text(PDDocument pdf, int fromPage, int toPage) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(fromPage);
        stripper.setEndPage(toPage);
        return stripper.getText(pdf);
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void a4AndLetterPagesAreThoseSizesInPointsAndPortrait() throws Exception {
        try (PDDocument a4 = handout("a4.pdf", Language.EN, PaperSize.A4, false);
             PDDocument letter = handout("letter.pdf", Language.EN, PaperSize.LETTER, false)) {
            for (PDPage page : a4.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.01f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.01f));
            }
            for (PDPage page : letter.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(612f);
                assertThat(page.getMediaBox().getHeight()).isEqualTo(792f);
            }
        }
    }

    @Test
    void theCoverHasTheTitlesAndThePeopleOrganisationsAndAmountsOfTheStory() throws Exception {
        try (PDDocument pdf = handout("cover.pdf", Language.EN, PaperSize.A4, false)) {
            String cover = compact(text(pdf, 1, 1));
            assertThat(cover).contains(compact(story.title().en()), compact(story.subtitle().en()),
                    compact(timeline.title().en()), "People", "Organisations", "Amounts");
            List<TimelineEvent> events = story.steps().stream().map(Story.Step::event).toList();
            List<String> expected = new ArrayList<>();
            for (TimelineEvent e : events) {
                e.people().stream().map(LocalizedText::en).forEach(expected::add);
                e.organizations().stream().map(LocalizedText::en).forEach(expected::add);
                for (MoneyAmount amount : e.amounts()) {
                    expected.add(MoneyTexts.format(amount, Language.EN));
                }
            }
            assertThat(expected).as("the bundled story has people, organisations and amounts").hasSizeGreaterThan(30);
            for (String item : expected) {
                assertThat(cover).as("the cover names %s", item).contains(compact(item));
            }
            // The whole timeline is drawn on the cover: every year of the bundled events on its axis.
            for (int year = 2017; year <= 2025; year++) {
                assertThat(cover).contains(String.valueOf(year));
            }
        }
    }

    @Test
    void theTimelinesAreVectorsWithTextNotPictures() throws Exception {
        try (PDDocument pdf = handout("vector.pdf", Language.EN, PaperSize.A4, false)) {
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    assertThat(resources.getXObject(name)).as("a picture on a page").isNotInstanceOf(PDImageXObject.class);
                }
            }
            // The first step (the CEO change) is shown with its neighbours: their titles and the axis'
            // quarters are text on its page, though the step's own details name neither.
            String page = text(pdf, 2, 2);
            assertThat(page).contains("Eddie Wu succeeds Daniel Zhang as CEO", "Steven Hoi founds HyperGAI",
                    "Daniel Zhang as CEO", "Eddie Wu as CEO");
            Matcher quarters = Pattern.compile("Q[1-4] 20\\d\\d").matcher(page);
            int ticks = 0;
            while (quarters.find()) {
                ticks++;
            }
            assertThat(ticks).as("quarter labels on the axis of page 2's first step").isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void everyStepIsInTheHandoutOnceAfterTheCoverTwoToAPageMostly() throws Exception {
        try (PDDocument pdf = handout("steps.pdf", Language.EN, PaperSize.A4, false)) {
            String steps = text(pdf, 2, pdf.getNumberOfPages());
            for (int i = 1; i <= story.steps().size(); i++) {
                assertThat(steps).contains(i + " / " + story.steps().size());
            }
            assertThat(pdf.getNumberOfPages()).as("a cover and the steps mostly two to a page")
                    .isLessThanOrEqualTo(1 + (story.steps().size() + 1) / 2 + 2);
        }
    }

    @Test
    void theChineseHandoutHasChineseText() throws Exception {
        try (PDDocument pdf = handout("zh.pdf", Language.ZH, PaperSize.A4, false)) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh");
            String all = compact(text(pdf, 1, pdf.getNumberOfPages()));
            assertThat(compact(text(pdf, 1, 1))).contains(compact(story.title().zh()), "人物", "机构", "金额", "吴泳铭",
                    "阿里云");
            for (Story.Step step : story.steps()) {
                assertThat(all).contains(compact(step.event().title().zh()));
            }
            assertThat(all).doesNotContain("?????");
        }
    }

    @Test
    void aShortStoryIsSpreadOverItsPagesAndItsCoverListsTheSteps() throws Exception {
        Timeline fixture = org.timelineviewer.testing.UiFixture.timeline();
        Story tour = fixture.story(org.timelineviewer.testing.UiFixture.STORY).orElseThrow();
        for (boolean notes : new boolean[] {false, true}) {
            Path file = dir.resolve("tour.pdf");
            PdfHandout.write(file, fixture, tour, Language.EN, PaperSize.A4, notes);
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                List<Float> lowest = lowestText(pdf);
                for (int p = 0; p < lowest.size(); p++) {
                    assertThat(lowest.get(p)).as("notes %s: page %d's lowest text from the top", notes, p + 1)
                            .isGreaterThan(PaperSize.A4.height() * 2 / 3);
                }
                String cover = compact(text(pdf, 1, 1));
                assertThat(cover).contains("Thesteps");
                for (Story.Step step : tour.steps()) {
                    assertThat(cover).contains(compact(step.event().title().en()));
                }
            }
        }
    }

    @Test
    void noPageEndsInAnEmptyThird() throws Exception {
        for (boolean notes : new boolean[] {false, true}) {
            for (PaperSize paper : PaperSize.values()) {
                for (Language language : Language.values()) {
                    try (PDDocument pdf = handout("fill.pdf", language, paper, notes)) {
                        List<Float> lowest = lowestText(pdf);
                        for (int p = 0; p < lowest.size(); p++) {
                            assertThat(lowest.get(p)).as("%s %s notes %s: page %d's lowest text from the top",
                                    language, paper, notes, p + 1).isGreaterThan(paper.height() * 2 / 3);
                        }
                    }
                }
            }
        }
    }

    @Test
    void thePresentersCopyKeepsEveryStepsNotes() throws Exception {
        try (PDDocument pdf = handout("notes.pdf", Language.ZH, PaperSize.LETTER, true)) {
            String all = compact(text(pdf, 1, pdf.getNumberOfPages()));
            for (Story.Step step : story.steps()) {
                String notes = compact(step.notesText().map(LocalizedText::zh).orElse(""));
                assertThat(all).contains(notes.substring(0, Math.min(30, notes.length())));
            }
            assertThat(all).contains("演讲备注");
        }
    }

    /** For each page, how far down (in points from the top) its lowest line of text sits. */
    private static List<Float> lowestText(PDDocument pdf) throws IOException {
        List<Float> lowest = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void startPage(PDPage page) {
                lowest.add(0f);
            }

            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition position : positions) {
                    lowest.set(lowest.size() - 1, Math.max(lowest.get(lowest.size() - 1), position.getYDirAdj()));
                }
            }
        };
        stripper.getText(pdf);
        return lowest;
    }
}
