package org.timelineviewer.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged app, {@code mvn javafx:run} and the scale benchmark start the JVM with the same
 * options (compiler, collector): a benchmark run under other options than the app ships with
 * measures another program, and a newcomer's {@code mvn javafx:run} would not be what users run.
 */
class JvmOptionsTest {

    private static final Pattern XX = Pattern.compile("-XX:[+-]?\\w+(=\\w+)?");

    @Test
    void thePackageThePomAndTheScaleBenchmarkStartTheJvmAlike() throws IOException {
        Set<String> packaged = options(section(read("packaging/package.sh"), "jpackage --type app-image", "case \"$OS\""));
        Set<String> pom = options(section(read("pom.xml"), "<artifactId>javafx-maven-plugin</artifactId>", "</options>"));
        Set<String> bench = options(section(read("bench/scale/run.sh"), "read -r -a JVM <<<", "\n"));

        assertThat(packaged).as("the packaged app's options").contains("-XX:TieredStopAtLevel=1").isNotEmpty();
        assertThat(pom).as("javafx:run's options").isEqualTo(packaged);
        assertThat(bench).as("bench/scale's default options").isEqualTo(packaged);
    }

    private static Set<String> options(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = XX.matcher(text);
        while (m.find()) {
            if (!m.group().startsWith("-XX:SharedArchiveFile")) { // the AppCDS archive only the package has
                out.add(m.group());
            }
        }
        return out;
    }

    private static String section(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("'%s' is there", from).isNotNegative();
        int end = text.indexOf(to, start + from.length());
        assertThat(end).as("'%s' follows '%s'", to, from).isPositive();
        return text.substring(start, end);
    }

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file));
    }
}
