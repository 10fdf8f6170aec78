package org.timelineviewer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
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
