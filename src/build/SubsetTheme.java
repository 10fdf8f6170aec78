import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build step (process-classes, before CompileStylesheets; see pom.xml): writes the app's theme,
 * AtlantaFX's Primer Light without the rules for controls this app never shows (tables, trees,
 * date and colour pickers, tabs, charts, sliders, AtlantaFX's own controls…). About half of its
 * 1,230 selectors style such controls; JavaFX weighs every node of a scene against the rules that
 * could match it, so the first frame styles faster with the shorter sheet, and the sheet itself
 * loads faster. What is kept is kept verbatim, in order: the look does not change.
 *
 * <p>A selector is left out when one of its parts names a {@link #LEFT_OUT} style class (or one
 * starting {@code chart}); a rule goes when all its selectors do. ThemeSubsetTest checks that the
 * app's code uses none of these controls. Run as a single-file program with AtlantaFX on the
 * class path: {@code java -cp <atlantafx jar> src/build/SubsetTheme.java <output .css>}.
 */
public final class SubsetTheme {

    static final String SOURCE = "atlantafx/base/theme/primer-light.css";

    /** Style classes of controls the app does not use, each the root of its control's rules. */
    static final Set<String> LEFT_OUT = Set.of(
            // JavaFX controls
            "table-view", "tree-view", "tree-table-view", "table-row-cell", "tree-cell", "tree-table-row-cell",
            "table-cell", "tree-table-cell", "column-header", "column-header-background", "table-column",
            "date-picker", "date-picker-popup", "date-cell", "color-picker", "color-palette", "custom-color-dialog",
            "spinner", "slider", "pagination", "accordion", "titled-pane", "tab-pane", "tab", "html-editor",
            "progress-bar", "progress-indicator", "combo-box", "combo-box-base", "combo-box-popup", "choice-box",
            "password-field", "radio-button", "split-menu-button", "menu-bar", "axis",
            // AtlantaFX's own controls and icons
            "toggle-switch", "popover", "notification", "card", "tile", "message", "breadcrumbs", "input-group",
            "modal-pane", "deck-pane", "calendar", "mask-text-field", "ikonli-font-icon", "font-icon");

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern STYLE_CLASS = Pattern.compile("\\.(-?[_a-zA-Z][_a-zA-Z0-9-]*)");

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SubsetTheme <output .css>");
            System.exit(2);
        }
        String css;
        try (InputStream in = SubsetTheme.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IOException(SOURCE + " is not on the class path");
            }
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Subset subset = subset(css);
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        Files.writeString(out, """
                /* The app's theme: AtlantaFX 2.0.1's Primer Light (MIT License, Copyright (c) 2022 mkpaz,
                   https://github.com/mkpaz/atlantafx) without the rules for controls the app does not use.
                   Written by src/build/SubsetTheme.java at build time; do not edit. */
                """ + subset.css(), StandardCharsets.UTF_8);
        System.out.println("theme: kept " + subset.kept() + " of " + (subset.kept() + subset.leftOut())
                + " selectors of " + SOURCE + " in " + out);
    }

    record Subset(String css, int kept, int leftOut) {
    }

    static Subset subset(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        StringBuilder out = new StringBuilder();
        int kept = 0;
        int leftOut = 0;
        Matcher rule = RULE.matcher(text);
        int end = 0;
        while (rule.find()) {
            if (!text.substring(end, rule.start()).isBlank()) {
                throw new IllegalArgumentException("unexpected text before a rule: " + text.substring(end, rule.start()));
            }
            end = rule.end();
            List<String> keep = new ArrayList<>();
            for (String selector : rule.group(1).split(",")) {
                String s = selector.strip();
                if (leavesOut(s)) {
                    leftOut++;
                } else {
                    keep.add(s);
                }
            }
            if (!keep.isEmpty()) {
                kept += keep.size();
                out.append(String.join(",\n", keep)).append(" {").append(rule.group(2)).append("}\n");
            }
        }
        if (!text.substring(end).isBlank()) {
            throw new IllegalArgumentException("unexpected text after the last rule: " + text.substring(end));
        }
        return new Subset(out.toString(), kept, leftOut);
    }

    static boolean leavesOut(String selector) {
        Matcher m = STYLE_CLASS.matcher(selector);
        while (m.find()) {
            String styleClass = m.group(1);
            if (LEFT_OUT.contains(styleClass) || styleClass.startsWith("chart")) {
                return true;
            }
        }
        return false;
    }
}
