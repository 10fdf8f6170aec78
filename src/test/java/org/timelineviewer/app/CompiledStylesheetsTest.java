package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.ParsedValue;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The build compiles every stylesheet to JavaFX's binary form beside it, and the CSS engine
 * prefers that form: so each {@code .bss} must exist and say exactly what its {@code .css} says.
 */
class CompiledStylesheetsTest {

    static Stream<String> stylesheets() throws IOException {
        Path resources = Path.of("src/main/resources");
        try (Stream<Path> files = Files.walk(resources)) {
            List<String> names = files.filter(p -> p.toString().endsWith(".css"))
                    .map(p -> resources.relativize(p).toString().replace('\\', '/')).sorted().toList();
            assertThat(names).isNotEmpty();
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("stylesheets")
    void eachStylesheetHasACompiledTwinThatSaysTheSame(String name) throws IOException {
        URL css = getClass().getResource("/" + name);
        URL bss = getClass().getResource("/" + name.replaceAll("\\.css$", ".bss"));
        assertThat(bss).as("binary form of %s, written by src/build/CompileStylesheets.java", name).isNotNull();

        Stylesheet parsed = new CssParser().parse(css);
        Stylesheet compiled = Stylesheet.loadBinary(bss);
        assertThat(rules(compiled)).isEqualTo(rules(parsed)).isNotEmpty();
    }

    private static List<String> rules(Stylesheet sheet) {
        // A binary stylesheet decodes its declarations on first use: ask for them, then compare text.
        return sheet.getRules().stream()
                .map(rule -> rule.getSelectors() + " " + rule.getDeclarations().stream()
                        .map(d -> d.getProperty() + ": " + meaning(d.getParsedValue()) + (d.isImportant() ? " !important" : ""))
                        .toList())
                .toList();
    }

    /** What a value comes to (JavaFX 21 writes -fx-border-style: dashed as solid, for one). */
    private static String meaning(ParsedValue<?, ?> value) {
        try {
            Object converted = value.convert(null);
            if (converted instanceof javafx.scene.effect.DropShadow d) {
                // an effect's own text is its identity (converted only where a toolkit runs: when an FX test ran first)
                return "dropshadow(" + d.getBlurType() + ", " + d.getColor() + ", " + d.getRadius() + ", " + d.getSpread()
                        + ", " + d.getOffsetX() + ", " + d.getOffsetY() + ")";
            }
            return converted instanceof Object[] array ? Arrays.deepToString(array) : String.valueOf(converted);
        } catch (RuntimeException needsLookupOrToolkit) {
            return value.toString();
        }
    }
}
