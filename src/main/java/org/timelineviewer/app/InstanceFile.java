package org.timelineviewer.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Where a running app says how to reach it: one file per display in the app's private folder,
 * {@code instance-<display>}, holding the loopback port, the secret token and the display's
 * identity. Written whole (a private temporary file moved over the old one) and removed by the
 * app that wrote it when it stops listening.
 */
final class InstanceFile {

    private static final String HEADER = "timeline-viewer-instance 2";
    private static final int MAX_BYTES = 1024;

    /** What a running app wrote. */
    record Entry(int port, byte[] token, DisplayIdentity identity) {
    }

    private final Path folder;
    private final Path file;
    private final SecureRandom random;

    InstanceFile(Path folder, DisplayIdentity identity, SecureRandom random) {
        this.folder = folder;
        this.file = folder.resolve("instance-" + identity.shortForm());
        this.random = random;
    }

    Path path() {
        return file;
    }

    /** Replaces the file with this app's entry; the folder is made (or narrowed to) owner-only. */
    void write(Entry entry) throws IOException {
        OwnerOnly.folder(folder);
        byte[] name = new byte[8];
        random.nextBytes(name);
        Path temp = folder.resolve(file.getFileName() + "." + HexFormat.of().formatHex(name) + ".tmp");
        String text = String.join("\n", HEADER, Integer.toString(entry.port()),
                HexFormat.of().formatHex(entry.token()), entry.identity().digest(), "");
        try {
            try (OutputStream out = OwnerOnly.newFile(temp)) {
                out.write(text.getBytes(StandardCharsets.US_ASCII));
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The entry, if there is a well-formed one that only its folder's owner can read and write.
     * Who answers on its port is for the handshake to prove.
     */
    Optional<Entry> read() {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES || !ownerOnly(file)) {
                return Optional.empty();
            }
            List<String> lines = List.of(Files.readString(file, StandardCharsets.US_ASCII).split("\n", -1));
            if (lines.size() < 4 || !HEADER.equals(lines.get(0))) {
                return Optional.empty();
            }
            int port = Integer.parseInt(lines.get(1));
            byte[] token = HexFormat.of().parseHex(lines.get(2));
            if (port < 1 || port > 65_535 || token.length < 16) {
                return Optional.empty();
            }
            return Optional.of(new Entry(port, token, new DisplayIdentity(lines.get(3))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Removes the file if it still holds {@code token} (a later start may have put its own there). */
    void deleteIfOurs(byte[] token) {
        try {
            if (read().filter(e -> MessageDigest.isEqual(e.token(), token)).isPresent()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // left behind: the next start's handshake finds nobody who knows the token
        }
    }

    private boolean ownerOnly(Path path) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            return true; // Windows: the per-user folder's ACL keeps others out
        }
        return OwnerOnly.FILE.containsAll(view.readAttributes().permissions())
                && view.getOwner().equals(Files.getOwner(folder));
    }
}
