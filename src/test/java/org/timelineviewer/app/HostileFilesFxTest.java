package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.HostileCorpus;

/**
 * Hostile files opened in the window: the timeline on screen stays, the dialog says what is
 * wrong in plain, bounded lines (a file's name with a newline or an escape sequence included),
 * and the window keeps answering while a big file is read.
 */
class HostileFilesFxTest extends FxAppTest {

    @TempDir
    Path dir;

    @Test
    void eachKindIsRefusedWithAPlainMessageAndTheTimelineStays() throws Exception {
        Path fifo = HostileCorpus.fifo(dir, "pipe.timeline");
        Path zero = Files.createSymbolicLink(dir.resolve("zero.timeline"), Path.of("/dev/zero"));
        Path loop = Files.createSymbolicLink(dir.resolve("loop.timeline"), dir.resolve("loop.timeline"));
        Path folder = Files.createDirectory(dir.resolve("folder.timeline"));
        Path big = HostileCorpus.sparse(dir, "big.timeline", 600L * 1024 * 1024);
        Path named = Files.writeString(dir.resolve("evil\nname\u001b[2J.timeline"), "{");
        Path duplicates = HostileCorpus.events(dir, "duplicates.timeline", 200_000, i -> HostileCorpus.event("dup", "2020"));
        Timeline before = state().getTimeline();

        expectRefused(fifo, "is not an ordinary file");
        expectRefused(zero, "is not an ordinary file");
        expectRefused(loop, "leads round in a circle");
        expectRefused(folder, "is a folder");
        expectRefused(big, "is 600 MB");
        expectRefused(HostileCorpus.COMMITTED.resolve("encoding-invalid-utf8.timeline"), "5:13 byte 67 (0xFF) is not UTF-8");
        expectRefused(HostileCorpus.COMMITTED.resolve("amount-huge.timeline"), "too large");
        expectRefused(HostileCorpus.COMMITTED.resolve("nesting-deep.timeline"), "nests more than 64 levels");
        String header = expectRefused(named, "the file ends here");
        assertThat(header).contains("evil\\nname\\u001B[2J.timeline");
        String listed = expectRefused(duplicates, "duplicate id 'dup'");
        assertThat(listed.lines().filter(l -> l.contains("duplicate id"))).hasSize(20);
        assertThat(listed).contains("and 199979 more problems of this kind, not listed");

        assertThat(state().getTimeline()).isSameAs(before);
        assertThat(state().getFile()).isNotIn(fifo, zero, loop, folder, big, named, duplicates);
    }

    @Test
    void aBigFileIsReadOffTheFxThread() throws Exception {
        Path duplicates = HostileCorpus.events(dir, "duplicates.timeline", 200_000, i -> HostileCorpus.event("dup", "2020"));
        // Were the 17 MB read on the FX thread, the open would come back done.
        var opening = FxWait.call(() -> {
            var future = app.files().open(duplicates);
            return new Object[] {future, future.isDone()};
        });
        assertThat((Boolean) opening[1]).as("done when open() returned on the FX thread").isFalse();
        ((java.util.concurrent.CompletableFuture<?>) opening[0]).join();
        settle();
        closeDialogs();
    }

    /** Opens {@code file}, checks it was refused with {@code expected} in bounded lines; returns the header and list. */
    private String expectRefused(Path file, String expected) {
        Boolean ok = FxWait.call(() -> app.files().open(file)).join();
        settle();
        assertThat(ok).as("%s opened", file).isFalse();
        DialogPane problems = FxWait.call(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
                        && "load-problems-dialog".equals(pane.getId())) {
                    return pane;
                }
            }
            return null;
        });
        assertThat(problems).as("the problems of %s are shown", file).isNotNull();
        String header = problems.getHeaderText();
        String list = ((TextArea) problems.lookup("#load-problems")).getText();
        assertThat(header + "\n" + list).contains(expected);
        assertThat(header).doesNotContain("\n").hasSizeLessThan(600);
        List<String> lines = list.lines().toList();
        assertThat(lines).hasSizeLessThanOrEqualTo(250).allSatisfy(line -> {
            assertThat(line).hasSizeLessThanOrEqualTo(1_200);
            assertThat(line.codePoints()).noneMatch(c -> Character.isISOControl(c) && c != '\t');
            assertThat(line).doesNotContain("Exception", "jackson", "REDACTED");
        });
        closeDialogs();
        return header + "\n" + list;
    }

    private void closeDialogs() {
        onFx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane) {
                    w.hide();
                }
            }
        });
    }
}
