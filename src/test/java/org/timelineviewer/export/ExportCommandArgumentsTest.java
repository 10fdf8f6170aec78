package org.timelineviewer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.timelineviewer.model.Language;

class ExportCommandArgumentsTest {

    private Locale savedLocale;

    @BeforeEach
    void saveLocale() {
        savedLocale = Locale.getDefault();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(savedLocale);
    }

    private static ExportCommand.Options parse(String... args) {
        return ExportCommand.parse(List.of(args));
    }

    /** The failure for these arguments: an IllegalArgumentException with a one-line message. */
    private static AbstractThrowableAssert<?, ? extends Throwable> failure(String... args) {
        return assertThatThrownBy(() -> parse(args))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("\r"));
    }

    // ---------------------------------------------------------------- defaults

    @Test
    void defaults() {
        Locale.setDefault(Locale.US);

        ExportCommand.Options options = parse("--export-png", "out.png");

        assertThat(options.png()).isEqualTo(Path.of("out.png"));
        assertThat(options.pdf()).isNull();
        assertThat(options.width()).isEqualTo(1920);
        assertThat(options.height()).isEqualTo(1080);
        assertThat(options.language()).isEqualTo(Language.EN);
        assertThat(options.story()).isNull();
        assertThat(options.timeline()).isNull();
    }

    @Test
    void theDefaultLanguageIsChineseOnAChineseSystem() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertThat(parse("--export-pdf", "a.pdf").language()).isEqualTo(Language.ZH);

        Locale.setDefault(Locale.TRADITIONAL_CHINESE);
        assertThat(parse("--export-pdf", "a.pdf").language()).isEqualTo(Language.ZH);
    }

    @Test
    void theDefaultLanguageIsEnglishOnAnyOtherSystem() {
        Locale.setDefault(Locale.GERMANY);
        assertThat(parse("--export-pdf", "a.pdf").language()).isEqualTo(Language.EN);

        Locale.setDefault(Locale.JAPAN);
        assertThat(parse("--export-pdf", "a.pdf").language()).isEqualTo(Language.EN);
    }

    // ---------------------------------------------------------------- each option

    @Test
    void exportPdf() {
        ExportCommand.Options options = parse("--export-pdf", "handout.pdf");

        assertThat(options.pdf()).isEqualTo(Path.of("handout.pdf"));
        assertThat(options.png()).isNull();
    }

    @Test
    void exportPng() {
        ExportCommand.Options options = parse("--export-png", "pictures/timeline.png");

        assertThat(options.png()).isEqualTo(Path.of("pictures/timeline.png"));
        assertThat(options.pdf()).isNull();
    }

    @Test
    void bothExportsAtOnce() {
        ExportCommand.Options options = parse("--export-pdf", "a.pdf", "--export-png", "b.png");

        assertThat(options.pdf()).isEqualTo(Path.of("a.pdf"));
        assertThat(options.png()).isEqualTo(Path.of("b.png"));
    }

    @Test
    void size() {
        ExportCommand.Options options = parse("--export-png", "out.png", "--size", "3840x2160");

        assertThat(options.width()).isEqualTo(3840);
        assertThat(options.height()).isEqualTo(2160);
    }

    @Test
    void sizeWithCapitalX() {
        ExportCommand.Options options = parse("--export-png", "out.png", "--size", "1280X720");

        assertThat(options.width()).isEqualTo(1280);
        assertThat(options.height()).isEqualTo(720);
    }

    @Test
    void sizeAtTheLimits() {
        assertThat(parse("--export-png", "o.png", "--size", "16x16"))
                .extracting(ExportCommand.Options::width, ExportCommand.Options::height).containsExactly(16, 16);
        assertThat(parse("--export-png", "o.png", "--size", "16384x16384"))
                .extracting(ExportCommand.Options::width, ExportCommand.Options::height).containsExactly(16_384, 16_384);
    }

    @Test
    void language() {
        Locale.setDefault(Locale.US);
        assertThat(parse("--export-pdf", "a.pdf", "--lang", "zh").language()).isEqualTo(Language.ZH);

        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertThat(parse("--export-pdf", "a.pdf", "--lang", "en").language()).isEqualTo(Language.EN);
    }

    @Test
    void story() {
        assertThat(parse("--export-pdf", "a.pdf", "--story", "ai-bet").story()).isEqualTo("ai-bet");
    }

    @Test
    void positionalTimelineFile() {
        assertThat(parse("--export-pdf", "a.pdf", "timelines/alibaba.json").timeline())
                .isEqualTo(Path.of("timelines/alibaba.json"));
    }

    @Test
    void theTimelineFileMayComeFirst() {
        ExportCommand.Options options = parse("my.json", "--export-png", "out.png");

        assertThat(options.timeline()).isEqualTo(Path.of("my.json"));
        assertThat(options.png()).isEqualTo(Path.of("out.png"));
    }

    @Test
    void everythingTogetherInAnyOrder() {
        ExportCommand.Options options = parse("--story", "ai-bet", "--lang", "zh", "my.json", "--size", "800x600",
                "--export-png", "out.png", "--export-pdf", "out.pdf");

        assertThat(options).isEqualTo(new ExportCommand.Options(Path.of("out.pdf"), Path.of("out.png"), 800, 600,
                Language.ZH, "ai-bet", Path.of("my.json")));
    }

    // ---------------------------------------------------------------- errors

    @Test
    void unknownOption() {
        failure("--export-pdf", "a.pdf", "--colour", "red").hasMessageContaining("unknown option --colour");
    }

    @Test
    void unknownOptionInTheEqualsForm() {
        failure("--export-pdf=a.pdf").hasMessageContaining("unknown option --export-pdf=a.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--export-pdf", "--export-png", "--size", "--lang", "--story"})
    void missingValueAtTheEnd(String option) {
        List<String> args = option.startsWith("--export") ? List.of(option) : List.of("--export-pdf", "a.pdf", option);

        assertThatThrownBy(() -> ExportCommand.parse(args))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(option + " needs a value");
    }

    @Test
    void aValueThatStartsWithTwoDashesIsTakenAsAMissingValue() {
        failure("--export-pdf", "--lang", "en").hasMessage("--export-pdf needs a value");
        failure("--export-pdf", "a.pdf", "--story", "--size", "800x600").hasMessage("--story needs a value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"big", "100x", "x100", "100 x 100", "1920*1080", "axb", ""})
    void sizeThatIsNotWidthByHeight(String size) {
        failure("--export-png", "o.png", "--size", size)
                .hasMessageContaining("--size")
                .hasMessageContaining("'" + size + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10x10", "15x1080", "1920x15", "20000x100", "100x16385", "0x0", "-100x100"})
    void sizeOutOfRange(String size) {
        failure("--export-png", "o.png", "--size", size)
                .hasMessageContaining("--size")
                .hasMessageContaining("16x16")
                .hasMessageContaining("16384x16384")
                .hasMessageContaining("'" + size + "'");
    }

    @Test
    void sizeWithThreeParts() {
        failure("--export-png", "o.png", "--size", "100x100x100").hasMessageContaining("'100x100x100'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de", "zh-CN", "chinese", ""})
    void badLanguage(String code) {
        failure("--export-pdf", "a.pdf", "--lang", code)
                .hasMessageContaining("--lang")
                .hasMessageContaining("zh or en")
                .hasMessageContaining("'" + code + "'");
    }

    @Test
    void noExportOptionAtAll() {
        failure().hasMessageContaining("nothing to export");
        failure("--lang", "en", "--story", "ai-bet", "my.json").hasMessageContaining("nothing to export")
                .hasMessageContaining("--export-pdf").hasMessageContaining("--export-png");
    }

    @Test
    void twoPositionalFiles() {
        failure("--export-pdf", "a.pdf", "one.json", "two.json")
                .hasMessageContaining("one timeline file at most")
                .hasMessageContaining("one.json")
                .hasMessageContaining("two.json");
    }

    @Test
    void aMistypedExportValueIsNotTakenForATimeline() {
        // "--export-pdf a.pdf b.pdf": b.pdf is the timeline; with another file it is two timelines
        failure("--export-pdf", "a.pdf", "b.pdf", "my.json").hasMessageContaining("one timeline file at most");
    }

    // ---------------------------------------------------------------- wanted

    @Test
    void wantedWithAnExportOption() {
        assertThat(ExportCommand.wanted(List.of("--export-pdf", "a.pdf"))).isTrue();
        assertThat(ExportCommand.wanted(List.of("--export-png", "a.png"))).isTrue();
        assertThat(ExportCommand.wanted(List.of("my.json", "--lang", "zh", "--export-png", "a.png"))).isTrue();
        assertThat(ExportCommand.wanted(List.of("--export-pdf"))).as("even without its value").isTrue();
    }

    @Test
    void notWantedWithoutAnExportOption() {
        assertThat(ExportCommand.wanted(List.of())).isFalse();
        assertThat(ExportCommand.wanted(List.of("my.json"))).isFalse();
        assertThat(ExportCommand.wanted(List.of("--lang", "zh", "--size", "800x600", "--story", "ai-bet"))).isFalse();
        assertThat(ExportCommand.wanted(List.of("--export-pdf=a.pdf"))).isFalse();
        assertThat(ExportCommand.wanted(List.of("export-pdf.json"))).isFalse();
    }
}
