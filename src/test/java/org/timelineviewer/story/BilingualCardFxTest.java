package org.timelineviewer.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.presentation.Presentation;
import org.timelineviewer.presentation.Slide;
import org.timelineviewer.testing.FxWait;

/**
 * The bilingual audience mode on a 1920 x 1080 projector, over the bundled story (long titles and
 * summaries in both languages): every card, the title slide and the end slide show both languages,
 * whole, in text of at least 24 px, readable (4.5:1) in the dark and the light theme.
 */
@ExtendWith(ApplicationExtension.class)
class BilingualCardFxTest {

    static final Path BUNDLED = Path.of("assets/timelines/alibaba-ai-era.timeline");
    static final double MIN_PX_AT_1080 = 24;

    private Story story;
    private Presentation presentation;
    private AudienceView audience;

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(org.timelineviewer.app.AppTheme.userAgentStylesheet());
        Timeline timeline = new TimelineFileReader().read(BUNDLED);
        story = timeline.story(null).orElseThrow();
        presentation = new Presentation(story, Clock.systemDefaultZone(), Language.EN);
        presentation.cycleLanguage(); // English, then both
        audience = new AudienceView(timeline, presentation);
        Scene scene = new Scene(audience, 1920, 1080);
        scene.getStylesheets().add(Objects.requireNonNull(
                AudienceView.class.getResource("/org/timelineviewer/app/app.css")).toExternalForm());
        stage.setScene(scene);
        stage.sizeToScene(); // the shared test stage may still have an earlier test's size
        stage.show();
    }

    private void onAProjector() {
        FxWait.settle();
        assertThat(audience.getHeight()).as("a 1080p projector").isEqualTo(1080);
        assertThat(audience.getWidth()).isEqualTo(1920);
    }

    private Label label(String id) {
        return (Label) audience.lookup(id);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Presentation.Theme.class)
    void everyCardShowsBothTitlesAndSummariesWholeLargeAndReadable(Presentation.Theme theme) {
        FxWait.run(() -> {
            if (presentation.theme() != theme) {
                presentation.toggleTheme();
            }
        });
        assertThat(presentation.bilingual()).isTrue();
        onAProjector();
        for (int step = 1; step <= presentation.stepCount(); step++) {
            int number = step;
            FxWait.run(() -> presentation.goToStep(number));
            FxWait.settle();
            TimelineEvent event = ((Slide.Step) presentation.current()).step().event();
            String what = theme + " step " + step;
            assertThat(label("#card-title").getText()).as(what).isEqualTo(event.title().zh());
            assertThat(label("#card-title-second").getText()).as(what).isEqualTo(event.title().en());
            assertThat(label("#card-summary").getText()).as(what).isEqualTo(event.summary().zh());
            assertThat(label("#card-summary-second").getText()).as(what).isEqualTo(event.summary().en());
            Region card = (Region) audience.lookup("#step-card");
            Color background = lastFill(card);
            for (String id : List.of("#card-title", "#card-title-second", "#card-summary", "#card-summary-second")) {
                Label l = label(id);
                assertThat(shown(l)).as("%s %s is shown", what, id).isTrue();
                assertThat(drawn(l)).as("%s %s shows whole", what, id).isEqualTo(l.getText());
                assertThat(l.getFont().getSize()).as("%s %s size", what, id).isGreaterThanOrEqualTo(MIN_PX_AT_1080);
                assertThat(contrast((Color) l.getTextFill(), background)).as("%s %s contrast", what, id)
                        .isGreaterThanOrEqualTo(ProjectorThemeContrastTest.AA);
            }
            Bounds first = bounds(audience.lookup("#card-title").getParent());
            Bounds second = bounds(audience.lookup("#card-second-language"));
            assertThat(second.getMinX()).as("%s: side by side", what).isGreaterThan(first.getMaxX());
            assertThat(second.getWidth()).as("%s: halves", what).isCloseTo(first.getWidth(),
                    org.assertj.core.data.Offset.offset(first.getWidth() * 0.1));
            assertThat(bounds(audience.lookup("#card-second-language").getParent()).getHeight())
                    .as("%s: side by side, the two languages take little of the screen's height", what)
                    .isLessThan(1080 * 0.3);
            assertEveryTextAtLeast24(audience, what);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Presentation.Theme.class)
    void theTitleAndEndSlidesSayTheirsInBothLanguages(Presentation.Theme theme) {
        FxWait.run(() -> {
            if (presentation.theme() != theme) {
                presentation.toggleTheme();
            }
            presentation.first();
        });
        onAProjector();
        Color background = (Color) audience.ground(); // the view's ground, which its scene paints
        assertThat(label("#title-slide-title").getText()).isEqualTo(story.title().zh());
        assertThat(label("#title-slide-title-second").getText()).isEqualTo(story.title().en());
        for (String id : List.of("#title-slide-title", "#title-slide-title-second")) {
            assertThat(shown(label(id))).as(id).isTrue();
            assertThat(contrast((Color) label(id).getTextFill(), background)).as("%s %s", theme, id)
                    .isGreaterThanOrEqualTo(ProjectorThemeContrastTest.AA);
        }
        assertEveryTextAtLeast24(audience, theme + " title slide");

        FxWait.run(() -> {
            presentation.last();
            presentation.advance();
        });
        FxWait.settle();
        assertThat(label("#end-slide-text").getText()).isEqualTo("结束 — 按 Esc 返回");
        assertThat(label("#end-slide-text-second").getText()).isEqualTo("End — Esc returns");
        assertThat(shown(label("#end-slide-text-second"))).isTrue();
        assertThat(contrast((Color) label("#end-slide-text-second").getTextFill(), background))
                .isGreaterThanOrEqualTo(ProjectorThemeContrastTest.AA);
        assertEveryTextAtLeast24(audience, theme + " end slide");
    }

    @Test
    void aMixedRoomReadsTheChineseQuoteAndItsLabelledEnglishTranslation() {
        onAProjector();
        int checked = 0;
        for (int step = 1; step <= presentation.stepCount(); step++) {
            int number = step;
            FxWait.run(() -> presentation.goToStep(number));
            FxWait.settle();
            TimelineEvent event = ((Slide.Step) presentation.current()).step().event();
            if (event.source() == null || event.source().translation(Language.EN).isEmpty()) {
                continue;
            }
            String shown = ((Label) audience.lookup(".card-quote")).getText();
            assertThat(shown).as("step %d", step).contains(event.source().quote())
                    .contains("Translation: " + event.source().translation(Language.EN).orElseThrow());
            checked++;
        }
        assertThat(checked).as("steps with a translated quote").isGreaterThan(5);
    }

    @Test
    void backToOneLanguageTheSecondColumnGoes() {
        FxWait.run(() -> {
            presentation.goToStep(3);
            presentation.cycleLanguage(); // both, then Chinese
        });
        onAProjector();

        assertThat(presentation.bilingual()).isFalse();
        assertThat(shown(audience.lookup("#card-second-language"))).isFalse();
        assertThat(audience.lookup("#card-title").getParent().getLayoutBounds().getWidth())
                .as("one language takes the card's width").isGreaterThan(1920 * 0.8);
        FxWait.run(presentation::first);
        assertThat(shown(audience.lookup("#title-slide-title-second"))).isFalse();
    }

    private static void assertEveryTextAtLeast24(Parent root, String what) {
        List<Node> texts = root.lookupAll("*").stream()
                .filter(n -> n instanceof Labeled l ? l.getText() != null && !l.getText().isBlank()
                        : n instanceof Text t && t.getText() != null && !t.getText().isBlank()
                        && !(t.getParent() instanceof Labeled) && !t.getParent().getStyleClass().contains("text"))
                .filter(BilingualCardFxTest::shown)
                .toList();
        assertThat(texts).as(what).hasSizeGreaterThan(5);
        for (Node n : texts) {
            double size = n instanceof Labeled l ? l.getFont().getSize() : ((Text) n).getFont().getSize();
            assertThat(size).as("%s: '%s'", what, n instanceof Labeled l ? l.getText() : ((Text) n).getText())
                    .isGreaterThanOrEqualTo(MIN_PX_AT_1080);
        }
    }

    /** The text a label draws (its own, or cut off with "…"). */
    private static String drawn(Label l) {
        return FxWait.call(() -> ((Text) l.lookup(".text")).getText());
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The colour a region paints last, over its other fills: the card's. */
    private static Color lastFill(Region region) {
        var fills = region.getBackground().getFills();
        return (Color) fills.get(fills.size() - 1).getFill();
    }

    static double contrast(Color text, Color background) {
        return ProjectorThemeContrastTest.contrast(hex(text), hex(background));
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
