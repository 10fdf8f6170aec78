package org.timelineviewer.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.timelineviewer.export.PaperSize;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.io.Suggestions;
import org.timelineviewer.model.Language;

/**
 * The one parser of the app's command line: what to do (open the window, export, print help or
 * the version), the timeline file, and every option. Options take their value as the next
 * argument or after {@code =} ({@code --lang zh}, {@code --lang=zh}). Anything it does not
 * understand is a {@link UsageException} (exit status 2), in the user's language, with the
 * nearest known option suggested.
 *
 * <p>Hand-written rather than picocli: it is read on every start, before the first frame, and
 * a dozen options do not need a framework's reflection and class loading on that path.
 */
public final class CommandLine {

    /** What a start is asked to do. */
    public enum Action { WINDOW, EXPORT, VALIDATE, HELP, VERSION }

    /** An option: its name, whether it takes a value, and the key of its help text. */
    private record Spec(String name, String shortName, String value) {
        boolean takesValue() {
            return value != null;
        }
    }

    static final String EXPORT_PDF = "--export-pdf";
    static final String EXPORT_PNG = "--export-png";
    static final String EXPORT_PPTX = "--export-pptx";
    static final String WITH_NOTES = "--with-notes";
    static final String PAPER = "--paper";
    static final String SIZE = "--size";
    static final String LANG = "--lang";
    static final String STORY = "--story";
    static final String SMOKE_TEST = "--smoke-test";
    static final String MEASURE_STARTUP = "--measure-startup";
    static final String NEW_WINDOW = "--new-window";
    static final String VALIDATE = "--validate";
    static final String HELP = "--help";
    static final String VERSION = "--version";

    /** In the order {@code --help} lists them. */
    private static final List<Spec> SPECS = List.of(
            new Spec(EXPORT_PDF, null, "FILE"),
            new Spec(EXPORT_PNG, null, "FILE"),
            new Spec(EXPORT_PPTX, null, "FILE"),
            new Spec(WITH_NOTES, null, null),
            new Spec(PAPER, null, "a4|letter"),
            new Spec(SIZE, null, "WxH"),
            new Spec(LANG, null, "zh|en"),
            new Spec(STORY, null, "ID"),
            new Spec(VALIDATE, null, null),
            new Spec(NEW_WINDOW, null, null),
            new Spec(SMOKE_TEST, null, null),
            new Spec(MEASURE_STARTUP, null, null),
            new Spec(HELP, "-h", null),
            new Spec(VERSION, "-V", null));

    static final int MIN_SIZE = 16;
    static final int MAX_SIZE = 16_384;

    /**
     * Everything the command line said. Paths are as given (relative to the working folder);
     * {@code width}/{@code height} are the picture size (1920 x 1080 unless {@code --size});
     * {@code pptx} is the PowerPoint deck's file; {@code withNotes} puts the speaker notes in the
     * PDF handout (the presenter's copy); {@code paper} is the handout's paper when given.
     */
    public record Options(Action action, Optional<Path> timeline, Optional<Language> language,
                          Optional<Path> pdf, Optional<Path> png, int width, int height, Optional<String> story,
                          boolean smokeTest, boolean measureStartup, boolean newWindow, List<Path> validate,
                          Optional<Path> pptx, boolean withNotes, Optional<PaperSize> paper) {

        public Options {
            validate = List.copyOf(validate);
        }

        /** On the paper of the system's locale. */
        public Options(Action action, Optional<Path> timeline, Optional<Language> language, Optional<Path> pdf,
                       Optional<Path> png, int width, int height, Optional<String> story, boolean smokeTest,
                       boolean measureStartup, boolean newWindow, List<Path> validate, Optional<Path> pptx,
                       boolean withNotes) {
            this(action, timeline, language, pdf, png, width, height, story, smokeTest, measureStartup, newWindow,
                    validate, pptx, withNotes, Optional.empty());
        }

        /** Without the speaker notes in the PDF handout. */
        public Options(Action action, Optional<Path> timeline, Optional<Language> language, Optional<Path> pdf,
                       Optional<Path> png, int width, int height, Optional<String> story, boolean smokeTest,
                       boolean measureStartup, boolean newWindow, List<Path> validate, Optional<Path> pptx) {
            this(action, timeline, language, pdf, png, width, height, story, smokeTest, measureStartup, newWindow,
                    validate, pptx, false);
        }

        public Options(Action action, Optional<Path> timeline, Optional<Language> language, Optional<Path> pdf,
                       Optional<Path> png, int width, int height, Optional<String> story, boolean smokeTest,
                       boolean measureStartup, boolean newWindow, List<Path> validate) {
            this(action, timeline, language, pdf, png, width, height, story, smokeTest, measureStartup, newWindow,
                    validate, Optional.empty());
        }

        public Options(Action action, Optional<Path> timeline, Optional<Language> language, Optional<Path> pdf,
                       Optional<Path> png, int width, int height, Optional<String> story, boolean smokeTest,
                       boolean measureStartup, boolean newWindow) {
            this(action, timeline, language, pdf, png, width, height, story, smokeTest, measureStartup, newWindow, List.of());
        }

        /** The options of a plain start: the window, the bundled timeline, the system's language. */
        public static Options none() {
            return new Options(Action.WINDOW, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    1920, 1080, Optional.empty(), false, false, false);
        }

        /** True for a start that must not hand over to a running window nor take its place. */
        public boolean alone() {
            return smokeTest || measureStartup || newWindow;
        }

        /** The language asked for, else the system's. */
        public Language languageOrSystem() {
            return language.orElse(Language.forLocale(Locale.getDefault()));
        }

        /** The handout's paper asked for, else the system locale's (Letter in the US…, A4 elsewhere). */
        public PaperSize paperOrSystem() {
            return paper.orElseGet(PaperSize::ofSystem);
        }
    }

    /** The command line could not be understood; {@link #message(Messages)} says why. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final transient Object[] args;

        UsageException(String key, Object... args) {
            super(Messages.of(Language.EN).format(key, args));
            this.key = key;
            this.args = args.clone();
        }

        /** The reason in {@code messages}' language. */
        public String message(Messages messages) {
            return messages.format(key, args);
        }

        String key() {
            return key;
        }
    }

    private CommandLine() {
    }

    /** Parses {@code args}; throws when anything in them is not understood. */
    public static Options parse(List<String> args) throws UsageException {
        Path pdf = null;
        Path png = null;
        Path pptx = null;
        boolean withNotes = false;
        PaperSize paper = null;
        int width = 1920;
        int height = 1080;
        Language language = null;
        String story = null;
        boolean smoke = false;
        boolean measure = false;
        boolean newWindow = false;
        boolean help = false;
        boolean version = false;
        boolean validate = false;
        List<String> positional = new ArrayList<>();
        boolean onlyFiles = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyFiles || !arg.startsWith("-") || arg.equals("-")) {
                positional.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                onlyFiles = true; // what follows are file names, even if they start with a dash
                continue;
            }
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            Spec spec = spec(name);
            String value = null;
            if (spec.takesValue()) {
                if (equals > 0 && arg.startsWith("--")) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++i);
                } else {
                    throw new UsageException("cli.error.needsValue", spec.name());
                }
            } else if (equals > 0 && arg.startsWith("--")) {
                throw new UsageException("cli.error.noValue", spec.name());
            }
            switch (spec.name()) {
                case EXPORT_PDF -> pdf = Path.of(value);
                case EXPORT_PNG -> png = Path.of(value);
                case EXPORT_PPTX -> pptx = Path.of(value);
                case SIZE -> {
                    int[] size = size(value);
                    width = size[0];
                    height = size[1];
                }
                case LANG -> language = language(value);
                case STORY -> story = value;
                case SMOKE_TEST -> smoke = true;
                case MEASURE_STARTUP -> measure = true;
                case NEW_WINDOW -> newWindow = true;
                case WITH_NOTES -> withNotes = true;
                case PAPER -> paper = paper(value);
                case VALIDATE -> validate = true;
                case HELP -> help = true;
                case VERSION -> version = true;
                default -> throw new IllegalStateException(spec.name());
            }
        }
        if (validate && !help && !version) {
            if (positional.isEmpty()) {
                throw new UsageException("cli.error.validateFiles");
            }
            if (pdf != null || png != null || pptx != null || withNotes || paper != null) {
                throw new UsageException("cli.error.validateExport");
            }
            return new Options(Action.VALIDATE, Optional.empty(), Optional.ofNullable(language), Optional.empty(),
                    Optional.empty(), width, height, Optional.empty(), false, false, false,
                    positional.stream().map(Path::of).toList());
        }
        if (positional.size() > 1) {
            throw new UsageException("cli.error.twoFiles", String.join(", ", positional));
        }
        Action action = help ? Action.HELP : version ? Action.VERSION
                : pdf != null || png != null || pptx != null ? Action.EXPORT : Action.WINDOW;
        if (withNotes && pdf == null && !help && !version) {
            throw new UsageException("cli.error.notesForPdf");
        }
        if (paper != null && pdf == null && !help && !version) {
            throw new UsageException("cli.error.paperForPdf");
        }
        if (action == Action.WINDOW) {
            for (String exportOnly : List.of(SIZE, STORY)) {
                if (given(args, exportOnly)) {
                    throw new UsageException("cli.error.exportOnly", exportOnly);
                }
            }
        }
        return new Options(action, positional.stream().findFirst().map(Path::of), Optional.ofNullable(language),
                Optional.ofNullable(pdf), Optional.ofNullable(png), width, height, Optional.ofNullable(story),
                smoke, measure, newWindow, List.of(), Optional.ofNullable(pptx), withNotes, Optional.ofNullable(paper));
    }

    /**
     * The language of messages about {@code args}: their {@code --lang} if it can be read, else
     * the system's. For reporting a usage error, when {@link #parse} could not finish.
     */
    public static Language messageLanguage(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = arg.startsWith(LANG + "=") ? arg.substring(LANG.length() + 1)
                    : arg.equals(LANG) && i + 1 < args.size() ? args.get(i + 1) : null;
            Language language = value == null ? null : Language.fromCode(value, null);
            if (language != null) {
                return language;
            }
        }
        return Language.forLocale(Locale.getDefault());
    }

    /** {@code --help}: how to start the app, every option, and the exit statuses. */
    public static String help(Messages m) {
        StringBuilder out = new StringBuilder(m.get("cli.help.usage")).append(System.lineSeparator())
                .append(System.lineSeparator()).append(m.get("cli.help.options")).append(System.lineSeparator());
        for (Spec spec : SPECS) {
            String left = (spec.shortName() == null ? "    " : spec.shortName() + ", ") + spec.name()
                    + (spec.takesValue() ? " " + spec.value() : "");
            out.append(String.format(Locale.ROOT, "  %-24s %s", left, m.get("cli.help" + spec.name().substring(1))))
                    .append(System.lineSeparator());
        }
        return out.append(System.lineSeparator()).append(m.get("cli.help.exit")).append(System.lineSeparator())
                .toString();
    }

    private static Spec spec(String name) throws UsageException {
        for (Spec spec : SPECS) {
            if (spec.name().equals(name) || name.equals(spec.shortName())) {
                return spec;
            }
        }
        String closest = Suggestions.closest(name, SPECS.stream().map(Spec::name).toList());
        if (closest != null) {
            throw new UsageException("cli.error.unknown.suggest", name, closest);
        }
        throw new UsageException("cli.error.unknown", name);
    }

    private static boolean given(List<String> args, String option) {
        return args.stream().anyMatch(a -> a.equals(option) || a.startsWith(option + "="));
    }

    private static int[] size(String value) throws UsageException {
        String[] parts = value.toLowerCase(Locale.ROOT).split("x", -1);
        int width;
        int height;
        try {
            if (parts.length != 2) {
                throw new NumberFormatException(value);
            }
            width = Integer.parseInt(parts[0]);
            height = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new UsageException("cli.error.size", value);
        }
        if (width < MIN_SIZE || height < MIN_SIZE || width > MAX_SIZE || height > MAX_SIZE) {
            throw new UsageException("cli.error.sizeRange", value);
        }
        return new int[] {width, height};
    }

    private static PaperSize paper(String value) throws UsageException {
        Optional<PaperSize> paper = PaperSize.fromCode(value);
        if (paper.isEmpty()) {
            throw new UsageException("cli.error.paper", value);
        }
        return paper.get();
    }

    private static Language language(String value) throws UsageException {
        Language language = Language.fromCode(value, null);
        if (language == null) {
            throw new UsageException("cli.error.lang", value);
        }
        return language;
    }
}
