package org.timelineviewer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {

    private static final byte[] OLD = "old content".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    /** The names of everything in the folder, hidden files included. */
    private List<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static SafeFiles.Content failingHalfway(String message) {
        return out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException(message);
        };
    }

    // ---------------------------------------------------------------- success

    @Test
    void writingCreatesTheFileWithExactlyTheBytes() throws Exception {
        Path target = folder.resolve("out.pdf");
        byte[] bytes = new byte[70_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }

        SafeFiles.write(target, out -> out.write(bytes));

        assertThat(target).isRegularFile();
        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
        assertThat(namesIn(folder)).containsExactly("out.pdf");
    }

    @Test
    void writingAnEmptyContentCreatesAnEmptyFile() throws Exception {
        Path target = folder.resolve("empty.png");

        SafeFiles.write(target, out -> { });

        assertThat(target).isRegularFile().isEmptyFile();
        assertThat(namesIn(folder)).containsExactly("empty.png");
    }

    @Test
    void writingReplacesAnExistingFile() throws Exception {
        Path target = folder.resolve("out.png");
        Files.write(target, "a much longer old content that must not survive in any part".getBytes(StandardCharsets.UTF_8));

        SafeFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasBinaryContent("new".getBytes(StandardCharsets.UTF_8));
        assertThat(namesIn(folder)).containsExactly("out.png");
    }

    @Test
    void aRelativePathIsWrittenToo() throws Exception {
        // the relative form of a path in the temporary folder, seen from the working directory
        Path target = Path.of("").toAbsolutePath().relativize(folder.resolve("relative.pdf"));
        assumeTrue(!target.isAbsolute(), "temporary folder has no relative form");

        SafeFiles.write(target, out -> out.write(1));

        assertThat(folder.resolve("relative.pdf")).hasBinaryContent(new byte[] {1});
    }

    // ---------------------------------------------------------------- failure while writing

    @Test
    void whenTheWriterFailsMidwayTheOldFileIsKeptAndNothingIsLeftOver() throws Exception {
        Path target = folder.resolve("handout.pdf");
        Files.write(target, OLD);

        assertThatThrownBy(() -> SafeFiles.write(target, failingHalfway("the pictures could not be drawn")))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("handout.pdf")
                .hasMessageContaining("the pictures could not be drawn")
                .hasCauseInstanceOf(IOException.class);

        assertThat(target).hasBinaryContent(OLD);
        assertThat(namesIn(folder)).containsExactly("handout.pdf");
    }

    @Test
    void whenTheWriterFailsMidwayAndThereWasNoFileNoneIsCreated() throws Exception {
        Path target = folder.resolve("timeline.png");

        assertThatThrownBy(() -> SafeFiles.write(target, failingHalfway("broken pipe")))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("timeline.png");

        assertThat(target).doesNotExist();
        assertThat(namesIn(folder)).isEmpty();
    }

    @Test
    void aRuntimeExceptionFromTheWriterIsReportedAndCleanedUpToo() throws Exception {
        Path target = folder.resolve("handout.pdf");
        Files.write(target, OLD);

        assertThatThrownBy(() -> SafeFiles.write(target, out -> {
            out.write(42);
            throw new IllegalStateException("layout failed");
        }))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("handout.pdf")
                .hasMessageContaining("layout failed");

        assertThat(target).hasBinaryContent(OLD);
        assertThat(namesIn(folder)).containsExactly("handout.pdf");
    }

    @Test
    void aFullDiskWhileWritingIsPutIntoWords() throws Exception {
        Path target = folder.resolve("handout.pdf");
        Files.write(target, OLD);

        // what FileOutputStream.write throws on Linux when the disk fills up
        assertThatThrownBy(() -> SafeFiles.write(target, failingHalfway("No space left on device")))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith("the disk is full")
                .hasMessageContaining("handout.pdf");

        assertThat(target).hasBinaryContent(OLD);
        assertThat(namesIn(folder)).containsExactly("handout.pdf");
    }

    // ---------------------------------------------------------------- bad targets

    @Test
    void aTargetThatIsAnExistingFolderIsRefused() throws Exception {
        Path target = Files.createDirectory(folder.resolve("pictures"));
        Files.write(target.resolve("keep.txt"), OLD);

        assertThatThrownBy(() -> SafeFiles.write(target, out -> out.write(OLD)))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("pictures")
                .hasMessageContaining("is a folder");

        assertThat(target).isDirectory();
        assertThat(namesIn(target)).containsExactly("keep.txt");
        assertThat(namesIn(folder)).containsExactly("pictures");
    }

    @Test
    void aMissingParentFolderIsReportedAndNothingIsCreated() throws Exception {
        Path target = folder.resolve("missing").resolve("out.pdf");
        boolean[] called = {false};

        assertThatThrownBy(() -> SafeFiles.write(target, out -> called[0] = true))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("missing")
                .hasMessageContaining("does not exist");

        assertThat(called[0]).as("content writer called").isFalse();
        assertThat(folder.resolve("missing")).doesNotExist();
        assertThat(namesIn(folder)).isEmpty();
    }

    @Test
    void aParentThatIsAFileIsReportedAsAMissingFolder() throws Exception {
        Path notAFolder = folder.resolve("notes.txt");
        Files.write(notAFolder, OLD);

        assertThatThrownBy(() -> SafeFiles.write(notAFolder.resolve("out.pdf"), out -> out.write(1)))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("does not exist");

        assertThat(notAFolder).hasBinaryContent(OLD);
        assertThat(namesIn(folder)).containsExactly("notes.txt");
    }

    // ---------------------------------------------------------------- special files: refused, never opened, never replaced

    /** Makes a named pipe with mkfifo; skips the test where there is no mkfifo. */
    private static Path fifo(Path path) throws Exception {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "no mkfifo here: " + noMkfifo.getMessage());
            throw noMkfifo;
        }
        assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        return path;
    }

    private static BasicFileAttributes itself(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    /** A device node that exists here (/dev/full, else /dev/null), or the test is skipped. */
    private static Path device() throws IOException {
        for (String name : List.of("/dev/full", "/dev/null")) {
            Path device = Path.of(name);
            if (Files.exists(device, LinkOption.NOFOLLOW_LINKS) && itself(device).isOther()) {
                return device;
            }
        }
        assumeTrue(false, "no /dev/full or /dev/null here");
        return null;
    }

    @Test
    void aNamedPipeIsRefusedAtOnceAndStaysAPipe() throws Exception {
        Path pipe = fifo(folder.resolve("out.png"));

        // opening a pipe would wait for a reader for ever: the refusal must come without opening it
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThatThrownBy(() -> SafeFiles.checkTarget(pipe))
                    .isInstanceOf(ExportException.class)
                    .hasMessage(pipe + " is a named pipe, not a file; choose a file name");
            assertThatThrownBy(() -> SafeFiles.write(pipe, out -> out.write(OLD)))
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining("named pipe");
        });

        assertThat(itself(pipe).isOther()).as("still a pipe").isTrue();
        assertThat(namesIn(folder)).containsExactly("out.png");
    }

    @Test
    void aDeviceIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path device = device();
        BasicFileAttributes before = itself(device);

        // only the check, never a write: a run of a broken SafeFiles as root must not replace a real device
        for (Path target : List.of(device, Path.of("/dev/null"))) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && itself(target).isOther()) {
                assertThatThrownBy(() -> SafeFiles.checkTarget(target))
                        .isInstanceOf(ExportException.class)
                        .hasMessage(target + " is a device, not a file; choose a file name");
            }
        }

        assertThat(itself(device).isOther()).as("still a device").isTrue();
        assertThat(itself(device).fileKey()).isEqualTo(before.fileKey());
    }

    @Test
    void aLinkToADeviceIsRefusedLikeTheDeviceAndStaysALink() throws Exception {
        Path device = device();
        Path link = Files.createSymbolicLink(folder.resolve("picture.png"), device);

        assertThatThrownBy(() -> SafeFiles.write(link, out -> out.write(OLD)))
                .isInstanceOf(ExportException.class)
                .hasMessage(link + " → " + device + " is a device, not a file; choose a file name");

        assertThat(link).isSymbolicLink();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(device);
        assertThat(itself(device).isOther()).as("still a device").isTrue();
        assertThat(namesIn(folder)).containsExactly("picture.png");
    }

    @Test
    void aTargetThatTurnsIntoAPipeWhileBeingWrittenIsNotReplaced() throws Exception {
        Path target = folder.resolve("handout.pdf");

        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> SafeFiles.write(target, out -> {
                    out.write(OLD);
                    try {
                        fifo(target); // another program makes a pipe of that name meanwhile
                    } catch (Exception e) {
                        throw new IOException(e);
                    }
                }))
                        .isInstanceOf(ExportException.class)
                        .hasMessageContaining("named pipe"));

        assertThat(itself(target).isOther()).as("still a pipe").isTrue();
        assertThat(namesIn(folder)).containsExactly("handout.pdf");
    }

    // ---------------------------------------------------------------- symbolic links: followed, never replaced

    @Test
    void aLinkToAFileStaysALinkAndItsFileGetsTheContent() throws Exception {
        // the link in one folder, the file it points to (relatively) in another
        Path links = Files.createDirectory(folder.resolve("links"));
        Path files = Files.createDirectory(folder.resolve("files"));
        Path real = Files.write(files.resolve("real.pdf"), OLD);
        Path link = Files.createSymbolicLink(links.resolve("handout.pdf"), Path.of("..", "files", "real.pdf"));
        List<List<String>> whileWriting = new java.util.ArrayList<>();

        SafeFiles.write(link, out -> {
            whileWriting.add(namesIn(links));
            whileWriting.add(namesIn(files));
            out.write("new".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(link).isSymbolicLink();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("..", "files", "real.pdf"));
        assertThat(real).isRegularFile().hasBinaryContent("new".getBytes(StandardCharsets.UTF_8));
        assertThat(whileWriting.get(0)).as("the link's folder while writing").containsExactly("handout.pdf");
        assertThat(whileWriting.get(1)).as("the file's folder while writing: the temporary file is beside the file")
                .hasSize(2).contains("real.pdf").anyMatch(name -> name.endsWith(".part"));
        assertThat(namesIn(links)).containsExactly("handout.pdf");
        assertThat(namesIn(files)).containsExactly("real.pdf");
    }

    @Test
    void aChainOfLinksIsFollowedToItsEndAndEveryLinkStays() throws Exception {
        Path real = Files.write(folder.resolve("real.png"), OLD);
        Path second = Files.createSymbolicLink(folder.resolve("second.png"), real);
        Path first = Files.createSymbolicLink(folder.resolve("first.png"), Path.of("second.png"));

        SafeFiles.write(first, out -> out.write(1));

        assertThat(first).isSymbolicLink();
        assertThat(second).isSymbolicLink();
        assertThat(real).isRegularFile().hasBinaryContent(new byte[] {1});
        assertThat(namesIn(folder)).containsExactly("first.png", "real.png", "second.png");
    }

    @Test
    void aDanglingLinkWritesTheFileItPointsTo() throws Exception {
        Path files = Files.createDirectory(folder.resolve("files"));
        Path link = Files.createSymbolicLink(folder.resolve("view.png"), files.resolve("new.png"));

        SafeFiles.write(link, out -> out.write(OLD));

        assertThat(link).isSymbolicLink();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(files.resolve("new.png"));
        assertThat(files.resolve("new.png")).isRegularFile().hasBinaryContent(OLD);
        assertThat(link).hasBinaryContent(OLD);
        assertThat(namesIn(folder)).containsExactly("files", "view.png");
    }

    @Test
    void aDanglingLinkIntoAMissingFolderIsRefusedAndLeftAsItIs() throws Exception {
        Path missing = folder.resolve("gone");
        Path link = Files.createSymbolicLink(folder.resolve("view.png"), missing.resolve("new.png"));

        assertThatThrownBy(() -> SafeFiles.write(link, out -> out.write(OLD)))
                .isInstanceOf(ExportException.class)
                .hasMessage("the folder " + missing + " does not exist");

        assertThat(link).isSymbolicLink();
        assertThat(namesIn(folder)).containsExactly("view.png");
    }

    @Test
    void aLinkThatLeadsRoundInACircleIsRefused() throws Exception {
        Path a = folder.resolve("a.png");
        Path b = folder.resolve("b.png");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        Path self = Files.createSymbolicLink(folder.resolve("self.png"), Path.of("self.png"));
        // a loop whose path grows at each turn (./grow.png, ././grow.png…) is stopped by the count of links
        Path grow = Files.createSymbolicLink(folder.resolve("grow.png"), Path.of(".", "grow.png"));

        for (Path link : List.of(a, self, grow)) {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                    assertThatThrownBy(() -> SafeFiles.write(link, out -> out.write(OLD)))
                            .isInstanceOf(ExportException.class)
                            .hasMessage(link + " is a symbolic link that leads round in a circle or through too many"
                                    + " links; choose a file name"));
        }

        assertThat(a).isSymbolicLink();
        assertThat(b).isSymbolicLink();
        assertThat(self).isSymbolicLink();
        assertThat(Files.readSymbolicLink(a)).isEqualTo(b);
        assertThat(grow).isSymbolicLink();
        assertThat(namesIn(folder)).containsExactly("a.png", "b.png", "grow.png", "self.png");
    }

    // ---------------------------------------------------------------- names in messages

    @Test
    void aNameWithANewlineOrAnEscapeGivesOneLineWithTheCharactersShown() throws Exception {
        Path target = Files.createDirectory(folder.resolve("evil\nname\u001B[31m.png"));

        assertThatThrownBy(() -> SafeFiles.write(target, out -> out.write(OLD)))
                .isInstanceOf(ExportException.class)
                .hasMessage(folder + "/evil\\nname\\u001B[31m.png is a folder; choose a file name")
                .satisfies(e -> assertThat(((ExportException) e).message(
                        org.timelineviewer.i18n.Messages.of(org.timelineviewer.model.Language.ZH)))
                        .isEqualTo(folder + "/evil\\nname\\u001B[31m.png 是一个文件夹；请选择文件名"));
    }

    @Test
    void aVeryLongFileNameIsWrittenAndCutInMessages() throws Exception {
        // 250 bytes: the longest name most file systems allow leaves no room for a longer temporary name
        String name = "a".repeat(246) + ".png";
        Path target = folder.resolve(name);

        SafeFiles.write(target, out -> out.write(OLD));

        assertThat(target).hasBinaryContent(OLD);
        assertThat(namesIn(folder)).containsExactly(name);
        String reason = SafeFiles.failure(target, new IOException("Input/output error")).getMessage();
        assertThat(reason).startsWith(folder.toString()).contains("…")
                .endsWith("aaa.png could not be written: Input/output error");
        assertThat(reason.length()).isLessThan(260);
    }

    // ---------------------------------------------------------------- permissions

    @Test
    void theWrittenFileHasTheUsualRightsNotOwnerOnly() throws Exception {
        PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        assumeTrue(view != null, "the file system has no POSIX permissions");

        // a file created the ordinary way shows what the umask allows
        Path ordinary = folder.resolve("ordinary.txt");
        Files.write(ordinary, OLD);
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(ordinary);
        assumeTrue(usual.contains(PosixFilePermission.GROUP_READ) || usual.contains(PosixFilePermission.OTHERS_READ),
                "the umask makes every new file private: " + usual);

        Path target = folder.resolve("out.pdf");
        SafeFiles.write(target, out -> out.write(OLD));

        Set<PosixFilePermission> written = Files.getPosixFilePermissions(target);
        assertThat(written).as("rights of the exported file").isEqualTo(usual);
        assertThat(written).containsAnyOf(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        assertThat(written).isNotEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void replacingAFileKeepsItsRights() throws Exception {
        Path target = folder.resolve("script.timeline");
        Files.write(target, OLD);
        assumeTrue(Files.getFileAttributeView(target, PosixFileAttributeView.class) != null, "no POSIX permissions");
        // rights a newly made file never has (Java makes files without execute rights)
        Set<PosixFilePermission> rights = java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---");
        Files.setPosixFilePermissions(target, rights);

        SafeFiles.write(target, out -> out.write(1));

        assertThat(target).hasBinaryContent(new byte[] {1});
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(rights);
    }

    // ---------------------------------------------------------------- failure(...): the reason in words

    private static String reasonOf(Path target, Exception e) {
        return SafeFiles.failure(target, e).getMessage();
    }

    @Test
    void theReasonIsSaidInChineseToo() {
        Path target = Path.of("/reports/out.pdf").toAbsolutePath();

        ExportException full = SafeFiles.failure(target, new IOException("No space left on device"));

        assertThat(full.message(org.timelineviewer.i18n.Messages.of(org.timelineviewer.model.Language.ZH)))
                .isEqualTo("磁盘已满；" + target + " 未写入");
        assertThat(full.getMessage()).isEqualTo("the disk is full; " + target + " was not written");
    }

    @Test
    void reasonForAccessDenied() {
        Path target = Path.of("/reports/out.pdf").toAbsolutePath();

        String reason = reasonOf(target, new AccessDeniedException(target.toString()));

        assertThat(reason).isEqualTo("no permission to write " + target);
    }

    @Test
    void reasonForAccessDeniedOnTheTemporaryFileStillNamesTheTarget() {
        Path target = Path.of("/reports/out.pdf").toAbsolutePath();

        String reason = reasonOf(target, new AccessDeniedException("/reports/.out.pdf.1a2b.part"));

        assertThat(reason).isEqualTo("no permission to write " + target).doesNotContain(".part");
    }

    @Test
    void reasonForAFullDiskFileSystemException() {
        Path target = Path.of("/reports/out.pdf").toAbsolutePath();

        String reason = reasonOf(target,
                new FileSystemException(target.toString(), null, "No space left on device"));

        assertThat(reason).startsWith("the disk is full").contains(target.toString());
    }

    @Test
    void reasonForAFullDiskPlainIOException() {
        Path target = Path.of("/reports/out.pdf").toAbsolutePath();

        String reason = reasonOf(target, new IOException("No space left on device"));

        assertThat(reason).startsWith("the disk is full").contains(target.toString());
    }

    @Test
    void reasonForAFullDiskOnWindows() {
        Path target = Path.of("/reports/out.pdf").toAbsolutePath();

        String reason = reasonOf(target,
                new FileSystemException(target.toString(), null, "There is not enough space on the disk"));

        assertThat(reason).startsWith("the disk is full");
    }

    @Test
    void reasonForNoSuchFile() {
        Path target = Path.of("/reports/2024/out.pdf").toAbsolutePath();

        String reason = reasonOf(target, new NoSuchFileException(target.toString()));

        assertThat(reason).contains(target.getParent().toString()).endsWith("does not exist");
    }

    @Test
    void reasonForAnotherFileSystemExceptionGivesTheSystemsReason() {
        Path target = Path.of("/reports/out.pdf").toAbsolutePath();

        String reason = reasonOf(target,
                new FileSystemException(target.toString(), null, "Read-only file system"));

        assertThat(reason).isEqualTo(target + " could not be written: Read-only file system");
    }

    @Test
    void reasonForAnExceptionWithoutMessageNamesItsKind() {
        Path target = Path.of("/reports/out.pdf").toAbsolutePath();

        assertThat(reasonOf(target, new IOException()))
                .isEqualTo(target + " could not be written: IOException");
        assertThat(reasonOf(target, new NullPointerException()))
                .isEqualTo(target + " could not be written: NullPointerException");
    }

    @Test
    void everyReasonIsOneLine() {
        Path target = Path.of("/reports/out.pdf").toAbsolutePath();
        List<Exception> failures = List.of(
                new AccessDeniedException(target.toString()),
                new FileSystemException(target.toString(), null, "No space left on device"),
                new NoSuchFileException(target.toString()),
                new FileSystemException(target.toString(), null, "Input/output error"),
                new IOException("Stream closed"),
                new IllegalStateException());

        for (Exception failure : failures) {
            assertThat(reasonOf(target, failure)).as(failure.toString()).isNotBlank().doesNotContain("\n");
        }
    }
}
