package org.timelineviewer.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.timelineviewer.model.EventStatus;
import org.timelineviewer.model.Language;

class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    /** The bundle file as written, read as UTF-8 (as Java 9+ reads properties bundles). */
    static Properties load(Language language) throws IOException {
        String resource = "/org/timelineviewer/i18n/messages_" + language.code() + ".properties";
        Properties props = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return props;
    }

    @Test
    void bothBundleFilesHaveExactlyTheSameKeys() throws IOException {
        Properties zh = load(Language.ZH);
        Properties en = load(Language.EN);

        assertThat(zh.stringPropertyNames()).isNotEmpty();
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void messagesExposeTheSameKeysInBothLanguages() {
        assertThat(Messages.of(Language.ZH).keys())
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(Messages.of(Language.EN).keys());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noValueIsBlank(Language language) throws IOException {
        Properties props = load(language);
        for (String key : props.stringPropertyNames()) {
            assertThat(props.getProperty(key)).as("%s in messages_%s", key, language.code()).isNotBlank();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachBundleIsReadInItsOwnLanguage(Language language) {
        Messages messages = Messages.of(language);

        assertThat(messages.language()).isEqualTo(language);
        assertThat(messages.get("app.name")).isEqualTo(language == Language.ZH ? "时间线浏览器" : "Timeline Viewer");
    }

    @Test
    void placeholdersAreTheSameInBothLanguages() throws IOException {
        Properties zh = load(Language.ZH);
        Properties en = load(Language.EN);
        for (String key : en.stringPropertyNames()) {
            if (key.startsWith("date.") && !placeholders(en.getProperty(key)).isEmpty()) {
                // Date patterns pick from a documented argument set (year, month number, month name,
                // day, quarter name): English writes the month's name, Chinese its number.
                assertThat(placeholders(zh.getProperty(key))).as(key).isNotEmpty().allMatch(i -> i <= 4);
                continue;
            }
            assertThat(placeholders(zh.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPlaceholderIsFilledByFormat(Language language) {
        Messages messages = Messages.of(language);
        for (String key : messages.keys()) {
            java.util.Set<Integer> used = placeholders(messages.get(key));
            if (used.isEmpty()) {
                continue;
            }
            String pattern = messages.get(key);
            Object[] args = {"ARG-ZERO", "ARG-ONE", "ARG-TWO", "ARG-THREE", "ARG-FOUR"};
            for (int i = 0; i < args.length; i++) {
                if (pattern.contains("{" + i + ",number") || pattern.contains("{" + i + ",choice")) {
                    args[i] = 7; // a number argument ("7 problems were found")
                }
            }
            String text = messages.format(key, args);
            for (int i : used) {
                assertThat(text).as("%s (%s)", key, language).contains(String.valueOf(args[i]));
            }
            assertThat(text).as("%s (%s)", key, language).doesNotContain("{");
        }
    }

    @Test
    void missingKeyRendersBetweenExclamationMarks() {
        assertThat(Messages.of(Language.EN).get("no.such.key")).isEqualTo("!no.such.key!");
        assertThat(Messages.of(Language.ZH).get("no.such.key")).isEqualTo("!no.such.key!");
        assertThat(Messages.of(Language.EN).format("no.such.key", 3)).isEqualTo("!no.such.key!");
    }

    @Test
    void formatFillsArguments() {
        assertThat(Messages.of(Language.EN).format("window.title", "Alibaba"))
                .isEqualTo("Alibaba — Timeline Viewer");
        assertThat(Messages.of(Language.ZH).format("window.title", "阿里巴巴"))
                .isEqualTo("阿里巴巴 — 时间线浏览器");
        assertThat(Messages.of(Language.EN).format("statusbar.count.filtered", 3, 20))
                .isEqualTo("3 of 20 events");
        assertThat(Messages.of(Language.ZH).format("statusbar.count.filtered", 3, 20))
                .isEqualTo("显示3/20个事件");
    }

    /** Each language's strings are loaded once and each pattern parsed once, yet formats stay right when reused. */
    @Test
    void eachLanguageIsLoadedOnceAndItsPatternsReused() {
        assertThat(Messages.of(Language.EN)).isSameAs(Messages.of(Language.EN)).isNotSameAs(Messages.of(Language.ZH));
        Messages en = Messages.of(Language.EN);
        assertThat(en.format("statusbar.count.filtered", 1, 2)).isEqualTo("1 of 2 events");
        assertThat(en.format("statusbar.count.filtered", 3, 20)).isEqualTo("3 of 20 events");
        assertThat(en.format("timeline.cluster", 12_000)).startsWith("12,000 more events here");
        assertThat(Messages.of(Language.ZH).format("timeline.cluster", 5)).startsWith("此处还有5个事件");
    }

    /**
     * Numbers the bundle writes itself (a plain {@code {0}}) are written as a fresh MessageFormat
     * writes them, and so are those it formats ({@code {0,number,integer}}, choices), whatever mix
     * of numbers and texts a key is given, and however often.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void numbersAreWrittenAsMessageFormatWritesThem(Language language) throws IOException {
        Messages messages = Messages.of(language);
        Properties props = load(language);
        Object[][] samples = {{0}, {1}, {7}, {1234}, {1_234_567L}, {2.5}, {-3}};
        for (String key : props.stringPropertyNames()) {
            java.text.MessageFormat fresh = new java.text.MessageFormat(props.getProperty(key), language.locale());
            int arguments = fresh.getFormatsByArgumentIndex().length;
            for (Object[] sample : samples) {
                for (int round = 0; round < 2; round++) {
                    Object[] args = new Object[arguments];
                    java.util.Arrays.fill(args, sample[0]);
                    assertThat(messages.format(key, args)).as(key + " " + sample[0]).isEqualTo(fresh.format(args));
                }
            }
            if (arguments > 1) { // a text beside a number
                Object[] args = new Object[arguments];
                java.util.Arrays.fill(args, 12_345);
                boolean choice = props.getProperty(key).contains("{0,");
                if (!choice) {
                    args[0] = "Name";
                    assertThat(messages.format(key, args)).as(key).isEqualTo(fresh.format(args));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyStatusAndLanguageHasItsStrings(Language language) {
        Messages messages = Messages.of(language);
        for (EventStatus status : EventStatus.values()) {
            assertThat(messages.get("status." + status.code())).doesNotStartWith("!");
            assertThat(messages.get("status." + status.code() + ".help")).doesNotStartWith("!");
        }
        for (Language l : Language.values()) {
            assertThat(messages.get("language." + l.code())).doesNotStartWith("!");
        }
    }

    private static java.util.Set<Integer> placeholders(String value) {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }
}
