package org.timelineviewer.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The projector theme (story.css) in both palettes: every text colour is a {@code -pj-*} colour and
 * every text/background pair the stylesheet uses reaches WCAG 2.x AA contrast (4.5:1).
 */
class ProjectorThemeContrastTest {

    static final String STORY_CSS = "/org/timelineviewer/story/story.css";
    static final String TIMELINE_CSS = "/org/timelineviewer/control/timeline-view.css";
    static final String DARK = ".audience.projector-dark";
    static final String LIGHT = ".audience.projector-light";
    static final double AA = 4.5;

    /** One rule of a stylesheet: its selector text and its declarations in order. */
    record Rule(String selector, Map<String, String> declarations) {
    }

    private static List<Rule> storyRules;
    private static List<Rule> timelineRules;

    @BeforeAll
    static void parse() throws IOException {
        storyRules = rules(resource(STORY_CSS));
        timelineRules = rules(resource(TIMELINE_CSS));
    }

    // ---- parsing and colour maths ----------------------------------------------------------

    static String resource(String name) throws IOException {
        try (InputStream in = ProjectorThemeContrastTest.class.getResourceAsStream(name)) {
            assertThat(in).as("class path resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<Rule> rules(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        List<Rule> out = new ArrayList<>();
        Matcher m = Pattern.compile("([^{}]+)\\{([^{}]*)}").matcher(text);
        while (m.find()) {
            Map<String, String> declarations = new LinkedHashMap<>();
            for (String d : m.group(2).split(";")) {
                int colon = d.indexOf(':');
                if (colon > 0) {
                    declarations.put(d.substring(0, colon).trim(), d.substring(colon + 1).trim());
                }
            }
            out.add(new Rule(m.group(1).trim().replaceAll("\\s+", " "), declarations));
        }
        return out;
    }

    static Rule rule(List<Rule> rules, String selector) {
        List<Rule> found = rules.stream().filter(r -> r.selector().equals(selector)).toList();
        assertThat(found).as("exactly one rule %s", selector).hasSize(1);
        return found.get(0);
    }

    /** The {@code -pj-*: #rrggbb;} variables of one palette block. */
    static Map<String, String> palette(String selector) {
        Map<String, String> out = new LinkedHashMap<>();
        rule(storyRules, selector).declarations().forEach((name, value) -> {
            if (name.startsWith("-pj-")) {
                assertThat(value).as("%s in %s", name, selector).matches("#[0-9a-fA-F]{6}");
                out.put(name, value.toLowerCase(Locale.ROOT));
            }
        });
        return out;
    }

    /** WCAG 2.x relative luminance of {@code #rrggbb}. */
    static double luminance(String hex) {
        assertThat(hex).matches("#[0-9a-fA-F]{6}");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /** WCAG 2.x contrast ratio of two colours, 1 to 21, in either order. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void contrastFunctionMatchesKnownValues() {
        assertThat(luminance("#ffffff")).isCloseTo(1.0, within(1e-12));
        assertThat(luminance("#000000")).isCloseTo(0.0, within(1e-12));
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, within(1e-9));
        assertThat(contrast("#ffffff", "#000000")).isCloseTo(21.0, within(1e-9));
        assertThat(contrast("#777777", "#ffffff")).isCloseTo(4.48, within(0.005));
        assertThat(contrast("#767676", "#FFFFFF")).as("the lightest grey that passes AA on white")
                .isCloseTo(4.54, within(0.005));
        assertThat(contrast("#ff0000", "#ffffff")).isCloseTo(4.0, within(0.005));
        assertThat(contrast("#0550ae", "#0550ae")).isEqualTo(1.0);
    }

    @Test
    void parserFindsRulesAndDeclarations() {
        List<Rule> parsed = rules("/* x { -fx-text-fill: red; } */ .a .b { -fx-text-fill: -pj-text; -fx-fill:#fff }");

        assertThat(parsed).singleElement().satisfies(r -> {
            assertThat(r.selector()).isEqualTo(".a .b");
            assertThat(r.declarations()).containsExactly(Map.entry("-fx-text-fill", "-pj-text"),
                    Map.entry("-fx-fill", "#fff"));
        });
    }

    // ---- palettes ---------------------------------------------------------------------------

    @Test
    void bothPalettesDefineTheSameColours() {
        Map<String, String> dark = palette(DARK);
        Map<String, String> light = palette(LIGHT);

        assertThat(dark.keySet()).containsExactlyInAnyOrderElementsOf(light.keySet());
        assertThat(dark).containsKeys("-pj-background", "-pj-surface", "-pj-card", "-pj-text", "-pj-muted",
                "-pj-accent", "-pj-on-accent", "-pj-era-even", "-pj-era-odd", "-pj-grid", "-pj-rumour",
                "-pj-on-rumour", "-pj-denied", "-pj-on-denied");
        assertThat(rule(storyRules, DARK).declarations()).as("nothing but colours in the palette")
                .hasSameSizeAs(dark);
        assertThat(rule(storyRules, LIGHT).declarations()).hasSameSizeAs(light);
    }

    @Test
    void theTwoPalettesReallyDiffer() {
        Map<String, String> dark = palette(DARK);
        Map<String, String> light = palette(LIGHT);

        assertThat(luminance(dark.get("-pj-background"))).isLessThan(0.05);
        assertThat(luminance(light.get("-pj-background"))).isGreaterThan(0.9);
    }

    static Stream<Arguments> pairs() {
        String[][] pairs = {
                {"-pj-text", "-pj-background"},
                {"-pj-text", "-pj-surface"},
                {"-pj-text", "-pj-card"},
                {"-pj-text", "-pj-era-even"},
                {"-pj-text", "-pj-era-odd"},
                {"-pj-muted", "-pj-background"},
                {"-pj-muted", "-pj-surface"},
                {"-pj-muted", "-pj-card"},
                {"-pj-muted", "-pj-era-even"},
                {"-pj-muted", "-pj-era-odd"},
                {"-pj-accent", "-pj-card"},
                {"-pj-accent", "-pj-background"},
                // The notes heading: accent on the notes panel, which is -pj-surface.
                {"-pj-accent", "-pj-surface"},
                {"-pj-on-accent", "-pj-accent"},
                {"-pj-on-rumour", "-pj-rumour"},
                {"-pj-on-denied", "-pj-denied"},
        };
        return Stream.of(DARK, LIGHT).flatMap(palette -> Stream.of(pairs)
                .map(p -> Arguments.of(palette, p[0], p[1])));
    }

    @ParameterizedTest(name = "{0}: {1} on {2}")
    @MethodSource("pairs")
    void textOnItsBackgroundIsReadable(String palette, String text, String background) {
        Map<String, String> colours = palette(palette);
        assertThat(colours).containsKeys(text, background);

        double ratio = contrast(colours.get(text), colours.get(background));

        assertThat(ratio).as("%s %s on %s %s", text, colours.get(text), background, colours.get(background))
                .isGreaterThanOrEqualTo(AA);
    }

    // ---- nothing escapes the check ----------------------------------------------------------

    @Test
    void everyTextColourInStoryCssIsAProjectorColour() {
        Map<String, String> palette = palette(DARK);
        int checked = 0;
        for (Rule r : storyRules) {
            for (Map.Entry<String, String> d : r.declarations().entrySet()) {
                if (!d.getKey().equals("-fx-text-fill") && !d.getKey().equals("-fx-fill")) {
                    continue;
                }
                checked++;
                String value = d.getValue();
                if (r.selector().contains(".blank") && (value.equals("black") || value.equals("white"))) {
                    continue;
                }
                assertThat(value).as("%s in %s", d.getKey(), r.selector()).matches("-pj-[a-z-]+");
                assertThat(palette).as("%s in %s is defined by the palettes", value, r.selector()).containsKey(value);
            }
        }
        assertThat(checked).as("story.css sets text colours").isGreaterThan(15);
    }

    @Test
    void everyProjectorColourUsedIsDefined() {
        Map<String, String> palette = palette(DARK);
        Matcher m = Pattern.compile("-pj-[a-z-]+").matcher(String.join("\n",
                storyRules.stream().flatMap(r -> r.declarations().values().stream()).toList()));
        int uses = 0;
        while (m.find()) {
            assertThat(palette).as("%s is defined", m.group()).containsKey(m.group());
            uses++;
        }
        assertThat(uses).isGreaterThan(20);
    }

    @Test
    void theTimelineInTheProjectorThemeTakesItsColoursFromThePalette() {
        Rule timeline = rule(storyRules, ".audience .timeline-view");
        Map<String, String> expected = Map.of(
                "-tl-background", "-pj-background",
                "-tl-foreground", "-pj-text",
                "-tl-muted", "-pj-muted",
                "-tl-axis-background", "-pj-surface",
                "-tl-era-even", "-pj-era-even",
                "-tl-era-odd", "-pj-era-odd",
                "-tl-era-text", "-pj-muted",
                "-tl-card-background", "-pj-card");

        assertThat(timeline.declarations()).containsAllEntriesOf(expected);
        timeline.declarations().forEach((name, value) -> {
            if (name.startsWith("-tl-")) {
                assertThat(value).as(name).matches("-pj-[a-z-]+|transparent");
            }
        });
    }

    @Test
    void literalTextColoursOfTheTimelineAreReplacedForStatusTagsAndSelection() {
        // timeline-view.css draws these in white; on a projector they must use the -pj-on-* colours.
        assertThat(rule(timelineRules, ".timeline-view .event-status-tag").declarations())
                .containsEntry("-fx-text-fill", "white");
        assertThat(rule(storyRules, ".audience .timeline-view .status-rumoured .event-status-tag").declarations())
                .containsEntry("-fx-text-fill", "-pj-on-rumour");
        assertThat(rule(storyRules, ".audience .timeline-view .status-denied .event-status-tag").declarations())
                .containsEntry("-fx-text-fill", "-pj-on-denied");
        assertThat(rule(storyRules, ".audience .timeline-view .event-marker:selected .event-label").declarations())
                .containsEntry("-fx-text-fill", "-pj-on-accent");
        assertThat(rule(timelineRules, ".timeline-view .event-marker:selected .event-label").declarations())
                .containsEntry("-fx-background-color", "-tl-selection");
        assertThat(rule(storyRules, ".audience .timeline-view").declarations())
                .containsEntry("-tl-selection", "-pj-accent")
                .containsEntry("-tl-rumour", "-pj-rumour")
                .containsEntry("-tl-denied", "-pj-denied");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("palettes")
    void clusterBadgeTextIsReadableOnAProjector(String paletteSelector) {
        Map<String, String> palette = palette(paletteSelector);
        Map<String, String> projectorTimeline = rule(storyRules, ".audience .timeline-view").declarations();
        String text = storyRules.stream()
                .filter(r -> r.selector().equals(".audience .timeline-view .cluster-badge"))
                .map(r -> r.declarations().get("-fx-text-fill"))
                .filter(v -> v != null)
                .findFirst()
                .orElse(rule(timelineRules, ".timeline-view .cluster-badge").declarations().get("-fx-text-fill"));
        String background = declared(".audience .timeline-view .cluster-badge", ".timeline-view .cluster-badge",
                "-fx-background-color");
        String hoverBackground = declared(".audience .timeline-view .cluster-badge:hover",
                ".timeline-view .cluster-badge:hover", "-fx-background-color");
        String hoverText = storyRules.stream()
                .filter(r -> r.selector().equals(".audience .timeline-view .cluster-badge:hover"))
                .map(r -> r.declarations().get("-fx-text-fill")).filter(v -> v != null).findFirst().orElse(text);

        String textHex = resolve(text, palette, projectorTimeline);
        assertThat(contrast(textHex, resolve(background, palette, projectorTimeline)))
                .as("%s on %s", text, background).isGreaterThanOrEqualTo(AA);
        assertThat(contrast(resolve(hoverText, palette, projectorTimeline), resolve(hoverBackground, palette, projectorTimeline)))
                .as("%s on %s (hover)", hoverText, hoverBackground).isGreaterThanOrEqualTo(AA);
    }

    /** The value story.css gives a property under {@code storySelector}, else timeline-view.css's. */
    private String declared(String storySelector, String timelineSelector, String property) {
        return storyRules.stream().filter(r -> r.selector().equals(storySelector))
                .map(r -> r.declarations().get(property)).filter(v -> v != null).findFirst()
                .orElseGet(() -> rule(timelineRules, timelineSelector).declarations().get(property));
    }

    static Stream<String> palettes() {
        return Stream.of(DARK, LIGHT);
    }

    /** A colour value as the projector theme resolves it: a -tl-* to its -pj-* to #rrggbb. */
    private static String resolve(String value, Map<String, String> palette, Map<String, String> tlToPj) {
        String v = value;
        if (v.startsWith("-tl-")) {
            assertThat(tlToPj).as("story.css maps %s", v).containsKey(v);
            v = tlToPj.get(v);
        }
        if (v.startsWith("-pj-")) {
            v = palette.get(v);
        }
        return switch (v) {
            case "white" -> "#ffffff";
            case "black" -> "#000000";
            default -> v;
        };
    }
}
