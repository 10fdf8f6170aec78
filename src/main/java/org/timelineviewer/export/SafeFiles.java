package org.timelineviewer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file completely or not at all: into a temporary file beside the target, then moved
 * over it. On any failure the temporary file is removed and the reason is put into words.
 */
public final class SafeFiles {

    /** Writes what {@code content} produces. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeFiles() {
    }

    public static void write(Path target, Content content) throws ExportException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new ExportException(absolute + " is a folder; choose a file name");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("the folder " + folder + " does not exist");
        }
        Path temp = null;
        try {
            // Not Files.createTempFile: that makes the file private (0600); an export keeps the usual rights.
            temp = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | RuntimeException e) {
            throw new ExportException(reason(absolute, e), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // nothing more to do: the reason for the failure is already being reported
                }
            }
        }
    }

    /** The failure in words. */
    static String reason(Path target, Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof AccessDeniedException) {
            return "no permission to write " + target;
        }
        if (message.contains("No space left") || message.contains("not enough space")) {
            return "the disk is full; " + target + " was not written";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder " + target.getParent() + " does not exist";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return target + " could not be written: " + fs.getReason();
        }
        return target + " could not be written: " + (message.isEmpty() ? e.getClass().getSimpleName() : message);
    }
}
