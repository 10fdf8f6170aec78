package org.timelineviewer.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * A file's bytes, read whole only when it is safe to: a regular file (a link is followed to one)
 * of at most a given size. A folder, a device, a pipe, a link that leads nowhere or in a circle,
 * a file that is too large or grows while it is read, and one that may not be read each get a
 * problem in plain words before anything is read, so that no file can block the reader or
 * exhaust its memory.
 */
final class FileBytes {

    private FileBytes() {
    }

    static byte[] read(Path path, long maxBytes) throws TimelineLoadException {
        try {
            BasicFileAttributes own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Path target = path;
            if (own.isSymbolicLink()) {
                target = followLink(path);
            }
            BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw failure(path, "import.problem.folder", path.toString());
            }
            if (!attributes.isRegularFile()) {
                throw failure(path, "import.problem.notAFile", path.toString());
            }
            if (attributes.size() > maxBytes) {
                throw tooLarge(path, attributes.size(), maxBytes);
            }
            try (InputStream in = Files.newInputStream(target)) {
                // Never more than the limit, whatever the size said: a file may grow while it is read.
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw tooLarge(path, bytes.length, maxBytes);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw failure(path, "import.problem.missing", path.toString());
        } catch (AccessDeniedException e) {
            throw failure(path, "import.problem.denied", path.toString());
        } catch (FileSystemException e) {
            throw failure(path, "import.problem.unreadable", path.toString(), reason(e));
        } catch (IOException e) {
            throw failure(path, "import.problem.unreadable", path.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** Where a link leads, or a problem when it leads nowhere or in a circle. */
    private static Path followLink(Path link) throws IOException, TimelineLoadException {
        try {
            return link.toRealPath();
        } catch (NoSuchFileException e) {
            throw failure(link, "import.problem.danglingLink", link.toString(), String.valueOf(Files.readSymbolicLink(link)));
        } catch (FileSystemException e) {
            if (e instanceof AccessDeniedException) {
                throw e;
            }
            // ELOOP: "Too many levels of symbolic links" — the link leads back to itself.
            throw failure(link, "import.problem.linkLoop", link.toString());
        }
    }

    /** The system's reason without the exception's class or the path repeated: "Input/output error". */
    private static String reason(FileSystemException e) {
        return e.getReason() != null ? e.getReason() : String.valueOf(e.getMessage());
    }

    private static TimelineLoadException tooLarge(Path path, long size, long maxBytes) {
        return failure(path, "import.problem.tooLarge", path.toString(), String.valueOf(size / (1024 * 1024)),
                String.valueOf(maxBytes / (1024 * 1024)));
    }

    static TimelineLoadException failure(Path path, String key, String... args) {
        return new TimelineLoadException(path.toString(), List.of(Problem.keyed("", 0, 0, key, args)));
    }
}
