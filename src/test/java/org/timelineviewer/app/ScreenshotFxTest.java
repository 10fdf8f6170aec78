package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.timelineviewer.model.TimelineEvent;

/**
 * Snapshots the main window to {@code target/screenshots/} so a person can look at what the
 * headless tests saw, in both languages, with an event selected.
 */
class ScreenshotFxTest extends FxAppTest {

    static final Path DIR = Path.of("target", "screenshots");

    /** The bundled timeline: these pictures are for people to look at what users see. */
    @Override
    protected java.util.List<String> arguments() {
        return new java.util.ArrayList<>();
    }

    @Test
    void snapshotsTheMainWindowInBothLanguages() throws Exception {
        TimelineEvent sale = state().getTimeline().event("sun-art-sale").orElseThrow();
        onFx(() -> state().select(sale));
        settle();
        Path english = save("main-window-en.png");
        clickOn("#lang-zh");
        settle();
        Path chinese = save("main-window-zh.png");

        for (Path png : new Path[] {english, chinese}) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo((int) scene().getWidth());
            assertThat(image.getHeight()).isEqualTo((int) scene().getHeight());
            assertThat(distinctColours(image)).as("a real picture, not a blank one").isGreaterThan(50);
        }
    }

    private Path save(String name) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        onFx(() -> shot[0] = scene().snapshot(null));
        Files.createDirectories(DIR);
        Path file = DIR.resolve(name);
        ImageIO.write(org.timelineviewer.export.Images.toBuffered(shot[0]), "png", file.toFile());
        return file;
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
