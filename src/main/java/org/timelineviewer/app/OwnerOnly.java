package org.timelineviewer.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Folders and files only their owner can use (0700 and 0600 on POSIX systems), made so from the
 * moment they exist: the mode goes with the creating call, so no other user can open them in
 * between. Where the file system has no POSIX modes (Windows) the per-user folder's ACL is all
 * there is, and these only create.
 */
final class OwnerOnly {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Logger LOG = Logger.getLogger(OwnerOnly.class.getName());

    private OwnerOnly() {
    }

    /**
     * Makes {@code folder} (and any missing parent, each 0700 as XDG asks) and, since it is the
     * app's own, sets it to exactly 0700 if it already was there with a wider mode.
     */
    static Path folder(Path folder) throws IOException {
        if (posix(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            tighten(folder, FOLDER);
        } else {
            Files.createDirectories(folder);
        }
        return folder;
    }

    /** Creates {@code file}, which must not exist yet, 0600 from the start, and opens it for writing. */
    static OutputStream newFile(Path file) throws IOException {
        FileAttribute<?>[] mode = posix(file.toAbsolutePath().getParent())
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
        return Channels.newOutputStream(Files.newByteChannel(file,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), mode));
    }

    /** Narrows an existing file or folder of the app's to {@code mode} (a no-op off POSIX; failures are logged). */
    static void tighten(Path path, Set<PosixFilePermission> mode) {
        try {
            if (posix(path) && !Files.getPosixFilePermissions(path).equals(mode)) {
                Files.setPosixFilePermissions(path, mode);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "could not make " + path + " private", e);
        }
    }

    private static boolean posix(Path path) {
        return path != null && path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
