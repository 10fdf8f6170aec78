package org.timelineviewer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes a file completely or not at all: into a temporary file beside the target, then moved
 * over it. On any failure the temporary file is removed and the reason is put into words.
 *
 * <p>Only a regular file, or a name not yet taken, is written:
 * <ul>
 *   <li>a folder, a device, a named pipe or a socket is refused, told from its attributes
 *       without following or opening it (opening a pipe would wait for ever);</li>
 *   <li>a symbolic link is followed (relative links from the link's folder), through any chain
 *       of links, and what it leads to is written, never the link itself: a link to a file
 *       leaves the link in place pointing to the new content, a dangling link makes the file it
 *       names, a link to a folder or a special file is refused like that folder or file;</li>
 *   <li>links that lead round in a circle, or through more than {@value #MAX_LINKS} links (where
 *       the system gives up too), are refused.</li>
 * </ul>
 * The temporary file is made in the folder of the file finally written, so the move over it is
 * a rename within one folder (atomic where the file system allows). A file that is replaced keeps
 * its permissions. The target is looked at again just before the move: if something else made a
 * pipe, device or link of it meanwhile, nothing is moved over it (a window of moments remains
 * between that look and the rename, which no portable call closes).
 */
public final class SafeFiles {

    /** Links followed at most, as Linux does (MAXSYMLINKS). */
    static final int MAX_LINKS = 40;
    /** Characters of the target's name kept in the temporary file's, so that it fits the file system's limit. */
    private static final int TEMP_NAME_CHARS = 40;

    /** Writes what {@code content} produces. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeFiles() {
    }

    /**
     * Fails now if {@code target} cannot be written: a folder, a special file, a link to one or a
     * link loop, or in a folder that does not exist. Checked before an export spends seconds
     * drawing what could not be saved anyway.
     */
    public static void checkTarget(Path target) throws ExportException {
        fileToWrite(target);
    }

    public static void write(Path target, Content content) throws ExportException {
        Path absolute = target.toAbsolutePath();
        Path file = fileToWrite(target);
        Path temp = null;
        try {
            // Not Files.createTempFile: that makes the file private (0600); an export keeps the usual rights.
            temp = file.resolveSibling(tempName(file));
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            keepPermissions(file, temp);
            if (!fileToWrite(target).equals(file)) {
                throw new ExportException("export.error.changed", PathText.of(absolute));
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
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

    /**
     * The file that writing {@code target} writes: the target itself or, for a link, what the
     * links lead to, as a path in its real folder; or why it may not be written.
     */
    static Path fileToWrite(Path target) throws ExportException {
        Path asked = target.toAbsolutePath();
        Path current = asked;
        Set<Path> followed = new HashSet<>();
        while (true) {
            Path folder = current.getParent();
            if (folder == null) { // a file system's root
                throw new ExportException("export.error.isFolder", shown(asked, current));
            }
            if (!Files.isDirectory(folder)) {
                throw new ExportException("export.error.noFolder", PathText.of(folder));
            }
            try {
                BasicFileAttributes attributes = attributesOf(current);
                if (attributes != null && attributes.isSymbolicLink()) {
                    if (!followed.add(current) || followed.size() > MAX_LINKS) {
                        throw new ExportException("export.error.linkLoop", PathText.of(asked));
                    }
                    current = folder.resolve(Files.readSymbolicLink(current));
                    continue;
                }
                if (attributes != null && attributes.isDirectory()) {
                    throw new ExportException("export.error.isFolder", shown(asked, current));
                }
                if (attributes != null && !attributes.isRegularFile()) {
                    throw new ExportException(specialKey(current), shown(asked, current));
                }
                return folder.toRealPath().resolve(current.getFileName());
            } catch (IOException e) {
                throw failure(asked, e);
            }
        }
    }

    /** The path's own attributes (a link's, not its target's), or null when there is nothing there. */
    private static BasicFileAttributes attributesOf(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException nothingThere) {
            return null;
        }
    }

    /** The message key for a file that is neither a regular file, a folder nor a link. */
    private static String specialKey(Path path) {
        try {
            // the file type bits of st_mode, where the system tells them (Linux, macOS)
            int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            switch (mode & 0170000) {
                case 0020000, 0060000:
                    return "export.error.device";
                case 0010000:
                    return "export.error.pipe";
                case 0140000:
                    return "export.error.socket";
                default:
                    return "export.error.special";
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "export.error.special";
        }
    }

    /** The path asked for, and where its links lead if elsewhere ("link.png → /dev/full"). */
    private static String shown(Path asked, Path reached) {
        return asked.equals(reached) ? PathText.of(asked) : PathText.of(asked) + " → " + PathText.of(reached);
    }

    private static String tempName(Path file) {
        String name = file.getFileName().toString();
        if (name.codePointCount(0, name.length()) > TEMP_NAME_CHARS) {
            name = name.substring(0, name.offsetByCodePoints(0, TEMP_NAME_CHARS));
        }
        return "." + name + "." + Long.toHexString(System.nanoTime()) + ".part";
    }

    /** Gives the new content the permissions of the file it replaces, where there is one. */
    private static void keepPermissions(Path file, Path temp) throws IOException {
        BasicFileAttributes existing = attributesOf(file);
        if (existing != null && existing.isRegularFile()
                && Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS) != null) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
        }
    }

    /** The failure in words: why {@code target} could not be written. */
    static ExportException failure(Path target, Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String file = PathText.of(target);
        if (e instanceof AccessDeniedException) {
            return new ExportException(e, "export.error.denied", file);
        }
        if (message.contains("No space left") || message.contains("not enough space")) {
            return new ExportException(e, "export.error.diskFull", file);
        }
        if (e instanceof NoSuchFileException) {
            return new ExportException(e, "export.error.noFolder", PathText.of(target.getParent()));
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return new ExportException(e, "export.error.failed", file, PathText.of(fs.getReason()));
        }
        return new ExportException(e, "export.error.failed", file,
                message.isEmpty() ? e.getClass().getSimpleName() : PathText.of(message));
    }
}
