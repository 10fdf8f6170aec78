package org.timelineviewer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, read from the compiled classes: layers only point down
 * ({@code model} < {@code io}, {@code i18n} < {@code control} < {@code presentation} <
 * {@code view}, {@code story}, {@code export} < {@code app}), the app does the wiring, and no
 * class keeps mutable static state.
 */
class LayersTest {

    private static final String ROOT = "org.timelineviewer";
    /** Each package's layer: a class may use its own layer's packages and any lower one's. */
    static final Map<String, Integer> LAYER = Map.of(
            "model", 1,
            "io", 2, "i18n", 2,
            "control", 3,
            "presentation", 4,
            "view", 5, "story", 5, "export", 5,
            "app", 6);

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void everyPackageHasALayer() {
        Set<String> unplaced = new TreeSet<>();
        for (JavaClass c : classes) {
            String pkg = layerPackage(c);
            if (pkg != null && !LAYER.containsKey(pkg)) {
                unplaced.add(pkg);
            }
        }
        assertThat(unplaced).as("packages with no place in the layer order (add them to LAYER)").isEmpty();
        assertThat(classes.size()).as("classes looked at").isGreaterThan(80);
    }

    @Test
    void noClassUsesAHigherLayer() {
        Set<String> upward = new TreeSet<>();
        for (JavaClass c : classes) {
            Integer own = layerOf(c);
            if (own == null) {
                continue;
            }
            c.getDirectDependenciesFromSelf().forEach(d -> {
                Integer target = layerOf(d.getTargetClass());
                if (target != null && target > own) {
                    upward.add(c.getName() + " -> " + d.getTargetClass().getName());
                }
            });
        }
        assertThat(upward).as("uses of a higher layer").isEmpty();
    }

    @Test
    void onlyTheAppMakesTheFeaturesWindowsAndActions() {
        Set<String> features = Set.of(ROOT + ".story.StoryMode", ROOT + ".export.ExportActions");
        Set<String> wiring = new TreeSet<>();
        for (JavaClass c : classes) {
            if (!"app".equals(layerPackage(c))) {
                c.getConstructorCallsFromSelf().stream()
                        .filter(call -> features.contains(call.getTargetOwner().getName()))
                        .forEach(call -> wiring.add(c.getName() + " makes " + call.getTargetOwner().getSimpleName()));
            }
        }
        assertThat(wiring).as("a view does not construct another feature's window or action: the app wires").isEmpty();
    }

    /**
     * Apache POI is large and loaded only when a deck is exported: two classes of the export
     * layer use it, and only the export actions and the command-line export call them.
     */
    @Test
    void onlyThePowerPointClassesUsePoiAndOnlyTheExportsReachThem() {
        Set<String> poiUsers = Set.of(ROOT + ".export.PptxDeck", ROOT + ".export.PptxText");
        Set<String> usesPoi = new TreeSet<>();
        Set<String> reachesThem = new TreeSet<>();
        for (JavaClass c : classes) {
            String owner = c.getName().replaceAll("\\$.*", "");
            c.getDirectDependenciesFromSelf().forEach(d -> {
                String target = d.getTargetClass().getName();
                if (target.startsWith("org.apache.poi.") || target.startsWith("org.openxmlformats.")
                        || target.startsWith("org.apache.xmlbeans.")) {
                    usesPoi.add(owner);
                }
                if (poiUsers.contains(target.replaceAll("\\$.*", "")) && !poiUsers.contains(owner)) {
                    reachesThem.add(owner);
                }
            });
        }
        assertThat(usesPoi).as("classes that use POI").isEqualTo(poiUsers);
        assertThat(reachesThem).as("classes that call the PowerPoint export")
                .containsExactlyInAnyOrder(ROOT + ".export.ExportActions", ROOT + ".app.ExportCommand");
    }

    @Test
    void noMutableStaticState() {
        ArchRule rule = fields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage(ROOT + "..")
                .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .should().beFinal()
                .because("state has one owner, built in Main and passed on, not a static field");
        rule.check(classes);
    }

    @Test
    void theControlTakesItsTextsFromItsOwnerNotFromTheAppsBundles() {
        ArchRule rule = noClasses().that().resideInAPackage(ROOT + ".control..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".i18n..")
                .because("another app can use the control alone: its labels and dates come through its text factories");
        rule.check(classes);
    }

    private static Integer layerOf(JavaClass c) {
        String pkg = layerPackage(c);
        return pkg == null ? null : LAYER.get(pkg);
    }

    /** The first package below the root ("control" for org.timelineviewer.control.TimeScale), or null outside it. */
    private static String layerPackage(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return null;
        }
        List<String> parts = List.of(pkg.substring(ROOT.length() + 1).split("\\."));
        return parts.get(0);
    }
}
