package org.timelineviewer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PathTextTest {

    @Test
    void anOrdinaryPathIsShownAsItIs() {
        assertThat(PathText.of(Path.of("/home/li/时间线 2024/handout.pdf"))).isEqualTo("/home/li/时间线 2024/handout.pdf");
    }

    @Test
    void controlCharactersAreShownAsEscapes() {
        assertThat(PathText.of("a\nb\rc\td\u001B[31me\u0000f\u007Fg\u009Bh"))
                .isEqualTo("a\\nb\\rc\\td\\u001B[31me\\u0000f\\u007Fg\\u009Bh");
    }

    @Test
    void lineSeparatorsAndDirectionOverridesAreShownAsEscapes() {
        assertThat(PathText.of("x\u2028y\u2029z\u202Egnp.exe\u2066w"))
                .isEqualTo("x\\u2028y\\u2029z\\u202Egnp.exe\\u2066w");
    }

    @Test
    void aLongPathKeepsItsStartAndItsEnd() {
        String path = "/data/" + "d".repeat(300) + "/final-name.png";

        String shown = PathText.of(path);

        assertThat(shown).hasSize(PathText.MAX).startsWith("/data/ddd").endsWith("ddd/final-name.png").contains("…");
        assertThat(PathText.of("x".repeat(PathText.MAX))).isEqualTo("x".repeat(PathText.MAX));
    }

    @Test
    void aLongPathIsCutBetweenCharactersNotInsideOneOrAnEscape() {
        String path = "😀".repeat(150) + "\n".repeat(150);

        String shown = PathText.of(path);

        assertThat(shown).isEqualTo("😀".repeat(100) + "…" + "\\n".repeat(99));
    }
}
