package org.timelineviewer.export;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes a timeline picture to a PNG file, completely or not at all. */
public final class PngExport {

    private PngExport() {
    }

    /** Renders {@code request} at {@code widthPx} x {@code heightPx} (FX thread) and writes it. */
    public static void write(TimelinePicture.Request request, int widthPx, int heightPx, Path file) throws ExportException {
        if (widthPx < 16 || heightPx < 16 || widthPx > 16_384 || heightPx > 16_384) {
            throw new ExportException("export.error.size", String.valueOf(widthPx), String.valueOf(heightPx));
        }
        SafeFiles.checkTarget(file);
        WritableImage image = TimelinePicture.render(request, widthPx, heightPx);
        java.awt.image.BufferedImage buffered = Images.toBuffered(image);
        SafeFiles.write(file, out -> {
            if (!ImageIO.write(buffered, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }
}
