package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineviewer.testing.UiFixture;

/**
 * What a start loads: the real app, in a JVM of its own (headless Monocle), through its first
 * frame (--smoke-test), with the JVM's own class-loading log. Apache POI (PowerPoint export) is
 * large and must be loaded only when a deck is exported, never on the way to the first frame.
 */
class StartupClassesTest {

    /** Packages of POI and of what only POI uses. */
    private static final List<String> EXPORT_ONLY = List.of("org.apache.poi.", "org.apache.xmlbeans.",
            "org.openxmlformats.", "org.apache.logging.log4j.", "org.timelineviewer.export.Pptx");

    @TempDir
    Path home;

    @Test
    void startingTheAppLoadsNoPoiClass() throws Exception {
        Path log = home.resolve("classes.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-Duser.home=" + home, "-Djava.util.prefs.userRoot=" + home.resolve("prefs"),
                "-Xlog:class+load=info:file=" + log,
                "org.timelineviewer.app.Main", "--smoke-test", UiFixture.PATH.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("out.txt").toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the smoke run ends").isTrue();
        String out = Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).contains("smoke-test: ok");

        List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .map(StartupClassesTest::className).filter(n -> !n.isEmpty()).toList();
        assertThat(loaded).as("a real start: the window and its export actions")
                .contains("org.timelineviewer.app.TimelineApp", "org.timelineviewer.export.ExportActions",
                        "org.timelineviewer.view.MainToolbar");
        assertThat(loaded.stream().filter(n -> EXPORT_ONLY.stream().anyMatch(n::startsWith)))
                .as("classes that only a PowerPoint export needs, loaded on start (of " + loaded.size() + ")")
                .isEmpty();
    }

    /** The class of a line of -Xlog:class+load ("[0.012s][info][class,load] java.lang.Object source: jrt:/java.base"). */
    private static String className(String line) {
        int tag = line.indexOf("[class,load] ");
        if (tag < 0) {
            return "";
        }
        String rest = line.substring(tag + "[class,load] ".length());
        int space = rest.indexOf(' ');
        return space < 0 ? rest : rest.substring(0, space);
    }
}
