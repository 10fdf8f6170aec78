package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.timelineviewer.app.CommandLine.Action;
import org.timelineviewer.app.CommandLine.Options;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;

/** The one command line: every option, what a start is asked to do, and every way to get it wrong. */
class CommandLineTest {

    private Locale savedLocale;

    @BeforeEach
    void saveLocale() {
        savedLocale = Locale.getDefault();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(savedLocale);
    }

    private static Options parse(String... args) throws CommandLine.UsageException {
        return CommandLine.parse(List.of(args));
    }

    /** The failure for these arguments: a usage error with a one-line message. */
    private static AbstractThrowableAssert<?, ? extends Throwable> failure(String... args) {
        return assertThatThrownBy(() -> parse(args))
                .isInstanceOf(CommandLine.UsageException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("\r"));
    }

    // ---------------------------------------------------------------- what to do

    @Test
    void nothingOpensTheWindowOnTheBundledTimelineInTheSystemsLanguage() throws Exception {
        Locale.setDefault(Locale.US);

        Options options = parse();

        assertThat(options).isEqualTo(Options.none());
        assertThat(options.action()).isEqualTo(Action.WINDOW);
        assertThat(options.timeline()).isEmpty();
        assertThat(options.language()).isEmpty();
        assertThat(options.languageOrSystem()).isEqualTo(Language.EN);
        assertThat(options.alone()).isFalse();
    }

    @Test
    void aFileAndALanguageOpenTheWindow() throws Exception {
        Options options = parse("talk.timeline", "--lang", "zh");

        assertThat(options.action()).isEqualTo(Action.WINDOW);
        assertThat(options.timeline()).contains(Path.of("talk.timeline"));
        assertThat(options.language()).contains(Language.ZH);
    }

    @Test
    void startsThatRunAloneSaySo() throws Exception {
        assertThat(parse("--smoke-test").smokeTest()).isTrue();
        assertThat(parse("--smoke-test").alone()).isTrue();
        assertThat(parse("--measure-startup").measureStartup()).isTrue();
        assertThat(parse("--measure-startup").alone()).isTrue();
        assertThat(parse("--new-window", "x.timeline").newWindow()).isTrue();
        assertThat(parse("--new-window", "x.timeline").alone()).isTrue();
        assertThat(parse("--new-window", "x.timeline").timeline()).contains(Path.of("x.timeline"));
    }

    @Test
    void helpAndVersionWinOverEverythingElse() throws Exception {
        assertThat(parse("--help").action()).isEqualTo(Action.HELP);
        assertThat(parse("-h").action()).isEqualTo(Action.HELP);
        assertThat(parse("--export-pdf", "a.pdf", "--help").action()).isEqualTo(Action.HELP);
        assertThat(parse("--version").action()).isEqualTo(Action.VERSION);
        assertThat(parse("-V").action()).isEqualTo(Action.VERSION);
    }

    @Test
    void theDefaultLanguageIsChineseOnAChineseSystemAndEnglishOnAnyOther() throws Exception {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertThat(parse("--export-pdf", "a.pdf").languageOrSystem()).isEqualTo(Language.ZH);
        Locale.setDefault(Locale.TRADITIONAL_CHINESE);
        assertThat(parse().languageOrSystem()).isEqualTo(Language.ZH);
        Locale.setDefault(Locale.GERMANY);
        assertThat(parse("--export-pdf", "a.pdf").languageOrSystem()).isEqualTo(Language.EN);
        Locale.setDefault(Locale.JAPAN);
        assertThat(parse().languageOrSystem()).isEqualTo(Language.EN);
    }

    // ---------------------------------------------------------------- exports

    @Test
    void exportDefaults() throws Exception {
        Options options = parse("--export-png", "out.png");

        assertThat(options.action()).isEqualTo(Action.EXPORT);
        assertThat(options.png()).contains(Path.of("out.png"));
        assertThat(options.pdf()).isEmpty();
        assertThat(options.width()).isEqualTo(1920);
        assertThat(options.height()).isEqualTo(1080);
        assertThat(options.story()).isEmpty();
        assertThat(options.timeline()).isEmpty();
    }

    @Test
    void bothExportsAtOnce() throws Exception {
        Options options = parse("--export-pdf", "a.pdf", "--export-png", "b.png");

        assertThat(options.pdf()).contains(Path.of("a.pdf"));
        assertThat(options.png()).contains(Path.of("b.png"));
    }

    @Test
    void sizeInEitherCaseAndAtTheLimits() throws Exception {
        assertThat(parse("--export-png", "o.png", "--size", "3840x2160"))
                .extracting(Options::width, Options::height).containsExactly(3840, 2160);
        assertThat(parse("--export-png", "o.png", "--size", "1280X720"))
                .extracting(Options::width, Options::height).containsExactly(1280, 720);
        assertThat(parse("--export-png", "o.png", "--size", "16x16"))
                .extracting(Options::width, Options::height).containsExactly(16, 16);
        assertThat(parse("--export-png", "o.png", "--size", "16384x16384"))
                .extracting(Options::width, Options::height).containsExactly(16_384, 16_384);
    }

    @Test
    void everythingTogetherInAnyOrder() throws Exception {
        Options options = parse("--story", "ai-bet", "--lang", "zh", "my.json", "--size", "800x600",
                "--export-png", "out.png", "--export-pdf", "out.pdf");

        assertThat(options).isEqualTo(new Options(Action.EXPORT, Optional.of(Path.of("my.json")), Optional.of(Language.ZH),
                Optional.of(Path.of("out.pdf")), Optional.of(Path.of("out.png")), 800, 600, Optional.of("ai-bet"),
                false, false, false));
    }

    @Test
    void aPowerPointDeckIsAnExportAndNotAValidation() throws Exception {
        Options options = parse("--export-pptx", "deck.pptx", "--story", "ai-bet", "--lang", "en");
        assertThat(options.action()).isEqualTo(Action.EXPORT);
        assertThat(options.pptx()).contains(Path.of("deck.pptx"));
        assertThat(options.pdf()).isEmpty();
        assertThat(parse("--export-pptx=d.pptx").pptx()).contains(Path.of("d.pptx"));
        assertThat(parse("my.json").pptx()).isEmpty();
        failure("--validate", "a.timeline", "--export-pptx", "d.pptx").hasMessageContaining("--validate checks files");
    }

    @Test
    void valuesMayFollowAnEqualsSign() throws Exception {
        Options options = parse("--export-pdf=a.pdf", "--lang=zh", "--size=800x600", "--story=ai-bet");

        assertThat(options.pdf()).contains(Path.of("a.pdf"));
        assertThat(options.language()).contains(Language.ZH);
        assertThat(options.width()).isEqualTo(800);
        assertThat(options.story()).contains("ai-bet");
    }

    @Test
    void afterTwoDashesEverythingIsAFile() throws Exception {
        assertThat(parse("--", "--odd-name.timeline").timeline()).contains(Path.of("--odd-name.timeline"));
    }

    // ---------------------------------------------------------------- errors

    @Test
    void anUnknownOptionIsAnErrorEvenWithoutAnExport() {
        failure("--frobnicate").hasMessage("unknown option --frobnicate");
        failure("--export-pdf", "a.pdf", "--colour", "red").hasMessage("unknown option --colour");
    }

    @Test
    void aMistypedOptionGetsASuggestionAndItsValueIsNotReadAsATimeline() {
        failure("--export-pfd", "x.pdf").hasMessage("unknown option --export-pfd (did you mean --export-pdf?)");
        failure("--lnag", "zh").hasMessage("unknown option --lnag (did you mean --lang?)");
        failure("--smoketest").hasMessage("unknown option --smoketest (did you mean --smoke-test?)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--export-pdf", "--export-png", "--export-pptx", "--size", "--lang", "--story"})
    void missingValueAtTheEnd(String option) {
        List<String> args = option.startsWith("--export") ? List.of(option) : List.of("--export-pdf", "a.pdf", option);

        assertThatThrownBy(() -> CommandLine.parse(args))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage(option + " needs a value");
    }

    @Test
    void aValueThatStartsWithTwoDashesIsTakenAsAMissingValue() {
        failure("--export-pdf", "--lang", "en").hasMessage("--export-pdf needs a value");
        failure("--export-pdf", "a.pdf", "--story", "--size", "800x600").hasMessage("--story needs a value");
    }

    @Test
    void aSwitchTakesNoValue() {
        failure("--smoke-test=yes").hasMessage("--smoke-test takes no value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"big", "100x", "x100", "100 x 100", "1920*1080", "axb", "", "100x100x100"})
    void sizeThatIsNotWidthByHeight(String size) {
        failure("--export-png", "o.png", "--size", size)
                .hasMessage("--size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080, not '" + size + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10x10", "15x1080", "1920x15", "20000x100", "100x16385", "0x0", "-100x100"})
    void sizeOutOfRange(String size) {
        failure("--export-png", "o.png", "--size", size)
                .hasMessage("--size must be between 16x16 and 16384x16384, not '" + size + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de", "zh-CN", "chinese", ""})
    void badLanguage(String code) {
        failure("--export-pdf", "a.pdf", "--lang", code).hasMessage("--lang takes zh or en, not '" + code + "'");
    }

    @Test
    void withNotesMakesThePdfThePresentersCopy() throws Exception {
        assertThat(CommandLine.parse(List.of("--export-pdf", "a.pdf", "--with-notes")).withNotes()).isTrue();
        assertThat(CommandLine.parse(List.of("--export-pdf", "a.pdf")).withNotes()).isFalse();
        failure("--with-notes").hasMessage("--with-notes is for the PDF handout: give --export-pdf FILE too");
        failure("--export-pptx", "a.pptx", "--with-notes").hasMessageStartingWith("--with-notes is for the PDF handout");
        assertThat(CommandLine.help(org.timelineviewer.i18n.Messages.of(org.timelineviewer.model.Language.EN)))
                .contains("--with-notes");
    }

    @Test
    void paperIsA4OrLetterForThePdfAndRefusedOtherwise() throws Exception {
        assertThat(CommandLine.parse(List.of("--export-pdf", "a.pdf", "--paper", "letter")).paperOrSystem())
                .isEqualTo(org.timelineviewer.export.PaperSize.LETTER);
        assertThat(CommandLine.parse(List.of("--export-pdf", "a.pdf", "--paper=A4")).paperOrSystem())
                .isEqualTo(org.timelineviewer.export.PaperSize.A4);
        assertThat(CommandLine.parse(List.of("--export-pdf", "a.pdf")).paper()).isEmpty();
        failure("--export-pdf", "a.pdf", "--paper", "a5").hasMessage("--paper takes a4 or letter, not 'a5'");
        failure("--export-pdf", "a.pdf", "--paper", "").hasMessage("--paper takes a4 or letter, not ''");
        failure("--export-pdf", "a.pdf", "--paper").hasMessage("--paper needs a value");
        failure("--paper", "a4").hasMessage("--paper is for the PDF handout: give --export-pdf FILE too");
        failure("--export-pptx", "a.pptx", "--paper", "a4").hasMessageStartingWith("--paper is for the PDF handout");
        assertThat(catchUsage("--export-pdf", "a.pdf", "--paper", "b4").message(Messages.of(Language.ZH)))
                .isEqualTo("--paper 只接受 a4 或 letter，而不是“b4”");
        assertThat(CommandLine.help(Messages.of(Language.EN))).contains("--paper a4|letter");
    }

    @Test
    void sizeAndStoryAreForExportsOnly() {
        failure("--story", "ai-bet", "my.json")
                .hasMessage("--story is for exports: give --export-pdf FILE, --export-pptx FILE or --export-png FILE too");
        failure("--size", "800x600").hasMessageStartingWith("--size is for exports");
    }

    @Test
    void twoTimelineFiles() {
        failure("--export-pdf", "a.pdf", "one.json", "two.json").hasMessage("one timeline file at most, got one.json, two.json");
        // "--export-pdf a.pdf b.pdf": b.pdf is the timeline; with another file it is two timelines
        failure("--export-pdf", "a.pdf", "b.pdf", "my.json").hasMessageStartingWith("one timeline file at most");
    }

    @Test
    void errorsAreSaidInTheLanguageAskedForOrTheSystems() throws Exception {
        CommandLine.UsageException e = catchUsage("--lang", "zh", "--export-pfd", "x.pdf");
        assertThat(e.message(Messages.of(CommandLine.messageLanguage(List.of("--lang", "zh", "--export-pfd", "x.pdf")))))
                .isEqualTo("未知选项 --export-pfd（您是想用 --export-pdf 吗？）");
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertThat(CommandLine.messageLanguage(List.of("--frobnicate"))).isEqualTo(Language.ZH);
        assertThat(CommandLine.messageLanguage(List.of("--lang=en", "--frobnicate"))).isEqualTo(Language.EN);
        Locale.setDefault(Locale.US);
        assertThat(CommandLine.messageLanguage(List.of("--lang", "fr"))).isEqualTo(Language.EN);
    }

    // ---------------------------------------------------------------- Main: what is printed, and the exit status

    @Test
    void anUnknownOptionExitsWithTwoAndOpensNoWindow() {
        Locale.setDefault(Locale.US);
        Run run = run("--frobnicate");
        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).isEqualTo("error: unknown option --frobnicate\nRun with --help to see the options.\n");
        assertThat(run.out).isEmpty();

        Run mistyped = run("--export-pfd", "x.pdf");
        assertThat(mistyped.status).isEqualTo(2);
        assertThat(mistyped.err).startsWith("error: unknown option --export-pfd (did you mean --export-pdf?)");
    }

    @Test
    void helpListsEveryOptionInTheUsersLanguage() {
        Run english = run("--help", "--lang", "en");
        assertThat(english.status).isZero();
        assertThat(english.out).startsWith("Usage: timeline-viewer [OPTIONS] [TIMELINE]")
                .contains("--export-pdf FILE", "--export-png FILE", "--export-pptx FILE", "--size WxH", "--lang zh|en", "--story ID",
                        "--new-window", "--smoke-test", "--measure-startup", "-h, --help", "-V, --version")
                .contains("Exit status: 0 done");
        Run chinese = run("-h", "--lang", "zh");
        assertThat(chinese.out).startsWith("用法：timeline-viewer").contains("将故事导出为 PDF 讲义", "将故事导出为 PowerPoint 演示文稿");
        assertThat(english.err).isEmpty();
    }

    @Test
    void versionPrintsTheBuildsVersion() {
        Run run = run("--version", "--lang", "en");
        assertThat(run.status).isZero();
        assertThat(run.out).matches("Timeline Viewer \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n");
    }

    @Test
    void validateChecksEveryFileOfEveryFormatWithoutAWindow(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Run ok = run("--validate", "src/test/resources/import/space-race.json", "src/test/resources/import/space-race.csv",
                "src/test/resources/import/space-race.mw", "assets/timelines/alibaba-ai-era.timeline", "--lang", "en");
        assertThat(ok.status).isZero();
        assertThat(ok.out).isEqualTo("""
                src/test/resources/import/space-race.json: ok, 8 events, 2 eras (TimelineJS JSON)
                src/test/resources/import/space-race.csv: ok, 4 events, 1 era (TimelineJS sheet)
                src/test/resources/import/space-race.mw: ok, 9 events, 0 eras (markwhen)
                assets/timelines/alibaba-ai-era.timeline: ok, 20 events, 2 eras (.timeline)
                """);

        Path bad = dir.resolve("bad.json");
        java.nio.file.Files.writeString(bad, "{\"events\":[{\"start_date\":{\"year\":\"1957\",\"month\":\"13\"}}]}");
        Run broken = run("--validate", bad.toString(), dir.resolve("missing.mw").toString(), "--lang", "zh");
        assertThat(broken.status).isEqualTo(1);
        assertThat(broken.err).isEqualTo(bad + ":1:49 /events/0/start_date/month: 没有 13 月；月份为 1 到 12\n"
                + dir.resolve("missing.mw") + ": 没有文件 " + dir.resolve("missing.mw") + "。\n");
        Run zh = run("--validate", "src/test/resources/import/space-race.csv", "--lang", "zh");
        assertThat(zh.out).as("the format named in the language asked for").endsWith("（TimelineJS 表格）\n");
        assertThat(run("--validate").status).isEqualTo(2);
        assertThat(run("--validate", "x.timeline", "--export-pdf", "a.pdf").status).isEqualTo(2);
    }

    private static CommandLine.UsageException catchUsage(String... args) {
        try {
            parse(args);
        } catch (CommandLine.UsageException e) {
            return e;
        }
        throw new AssertionError("no usage error for " + List.of(args));
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"),
                err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }
}
