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

    /**
     * Fails now if {@code target} cannot be written because it is a folder or its folder does not
     * exist: checked before an export spends seconds drawing what could not be saved anyway.
     */
    public static void checkTarget(Path target) throws ExportException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new ExportException("export.error.isFolder", absolute.toString());
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("export.error.noFolder", String.valueOf(folder));
        }
    }

    public static void write(Path target, Content content) throws ExportException {
        checkTarget(target);
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
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
            throw failure(absolute, e);
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

    /** The failure in words: why {@code target} could not be written. */
    static ExportException failure(Path target, Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String file = target.toString();
        if (e instanceof AccessDeniedException) {
            return new ExportException(e, "export.error.denied", file);
        }
        if (message.contains("No space left") || message.contains("not enough space")) {
            return new ExportException(e, "export.error.diskFull", file);
        }
        if (e instanceof NoSuchFileException) {
            return new ExportException(e, "export.error.noFolder", String.valueOf(target.getParent()));
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return new ExportException(e, "export.error.failed", file, fs.getReason());
        }
        return new ExportException(e, "export.error.failed", file, message.isEmpty() ? e.getClass().getSimpleName() : message);
    }
}
