package org.timelineviewer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/** Pictures of nodes, and how far two of them differ, for tests that compare what the screen shows. */
public final class Snapshots {

    private Snapshots() {
    }

    /** A snapshot of {@code node}, taken on the FX thread. */
    public static Image of(Node node) {
        AtomicReference<Image> image = new AtomicReference<>();
        FxWait.run(() -> image.set(node.snapshot(null, null)));
        return image.get();
    }

    /** How many pixels of two pictures of one size differ by more than {@code by} (of 255) in a channel. */
    public static int differingPixels(Image a, Image b, int by) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int differing = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                int ca = ra.getArgb(x, y);
                int cb = rb.getArgb(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs((ca >>> shift & 0xff) - (cb >>> shift & 0xff)) > by) {
                        differing++;
                        break;
                    }
                }
            }
        }
        return differing;
    }
}
