package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * The app's theme is Primer Light without the rules for controls the app never shows (built by
 * src/build/SubsetTheme.java): nothing the app shows may lose a rule of Primer Light.
 */
class AppThemeFxTest extends FxAppTest {

    @Test
    void theThemeIsAVerbatimPartOfPrimerLight() throws Exception {
        assertThat(AppTheme.userAgentStylesheet()).as("built by the process-classes step").endsWith("/" + AppTheme.SUBSET);
        List<String> primer = selectors(primerLight());
        List<String> theme = selectors(theme());
        assertThat(primer).containsAll(theme);
        assertThat(theme.size()).as("leaves out most of the rules").isLessThan(primer.size() / 2);
        // Rule by rule, in order: each of the theme's rules is one of Primer Light's, with the same
        // declarations and some of its selectors.
        List<String[]> primerRules = ruleTexts(text(PrimerLight.class.getResource(new PrimerLight().getUserAgentStylesheet())));
        List<String[]> themeRules = ruleTexts(text(AppTheme.class.getResource(AppTheme.SUBSET)));
        int next = 0;
        for (String[] rule : themeRules) {
            while (next < primerRules.size() && !sameRuleFewerSelectors(rule, primerRules.get(next))) {
                next++;
            }
            assertThat(next).as("theme rule %s found in Primer Light after the previous one", rule[0]).isLessThan(primerRules.size());
            next++;
        }
    }

    private static boolean sameRuleFewerSelectors(String[] part, String[] whole) {
        return part[1].equals(whole[1]) && List.of(whole[0].split("\\s*,\\s*")).containsAll(List.of(part[0].split("\\s*,\\s*")));
    }

    /** Each rule as {selectors, declarations}, comments left out. */
    private static List<String[]> ruleTexts(String css) {
        List<String[]> rules = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^{}]+)\\{([^{}]*)\\}")
                .matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (m.find()) {
            rules.add(new String[] {m.group(1).strip(), m.group(2).strip()});
        }
        return rules;
    }

    private static String text(java.net.URL url) throws java.io.IOException {
        try (var in = url.openStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyPrimerLightRuleForWhatTheAppShowsIsInTheTheme() throws Exception {
        Stylesheet primer = primerLight();
        Stylesheet theme = theme();
        Set<String> missing = new LinkedHashSet<>();
        int checked = 0;
        // The main window with an event's details, both drop-down menus, the search field in use.
        clickOn(visibleMarker());
        checked += missing(primer, theme, missing);
        clickOn("#categories");
        settle();
        checked += missing(primer, theme, missing);
        type(KeyCode.ESCAPE);
        clickOn("#export");
        settle();
        checked += missing(primer, theme, missing);
        type(KeyCode.ESCAPE);
        clickOn("#search").write("Ada");
        settle();
        checked += missing(primer, theme, missing);
        // Presenting: the audience's window and the presenter's.
        onFx(() -> storyMode().start(state().getTimeline(), state().getTimeline().story(null).orElseThrow(),
                state().getLanguage(), stage));
        settle();
        type(KeyCode.RIGHT);
        type(KeyCode.S); // the speaker notes
        settle();
        checked += missing(primer, theme, missing);
        onFx(() -> storyMode().end());
        settle();

        assertThat(checked).as("nodes looked at").isGreaterThan(300);
        assertThat(missing).as("Primer Light rules for shown nodes that the theme left out").isEmpty();
    }

    private Node visibleMarker() {
        return lookup(".event-marker").match(Node::isVisible).query();
    }

    /** Adds the selectors of {@code primer} that apply to a shown node but are not in {@code theme}; returns the nodes seen. */
    private int missing(Stylesheet primer, Stylesheet theme, Set<String> missing) {
        Set<String> kept = Set.copyOf(selectors(theme));
        List<Node> nodes = new ArrayList<>();
        onFx(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null) {
                    collect(w.getScene().getRoot(), nodes);
                }
            }
        });
        for (Rule rule : primer.getRules()) {
            for (Selector selector : rule.getSelectors()) {
                String text = selector.toString();
                if (!kept.contains(text) && nodes.stream().anyMatch(selector::applies)) {
                    missing.add(text);
                }
            }
        }
        return nodes.size();
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    private static Stylesheet primerLight() throws Exception {
        return new CssParser().parse(PrimerLight.class.getResource(new PrimerLight().getUserAgentStylesheet()));
    }

    private static Stylesheet theme() throws Exception {
        return new CssParser().parse(AppTheme.class.getResource(AppTheme.SUBSET));
    }

    private static List<String> selectors(Stylesheet sheet) {
        return sheet.getRules().stream().flatMap(r -> r.getSelectors().stream()).map(Selector::toString).toList();
    }
}
