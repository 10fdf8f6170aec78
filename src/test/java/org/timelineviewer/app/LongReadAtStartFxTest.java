package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.UiFixture;

/**
 * A file that takes long to read ({@link AppContext#LONG_READ_BYTES} or more; here any file, with
 * the read held back until the test lets it go) is not waited for: the window shows, saying what
 * it opens, and the timeline arrives when read.
 */
class LongReadAtStartFxTest extends FxAppTest {

    private final CompletableFuture<Void> letTheReadGo = new CompletableFuture<>();
    private AppContext context;

    @Override
    protected AppContext context(CommandLine.Options options) {
        context = AppContext.forTestOfLongRead(options, ViewerPreferences.forUser(), exits::add, 0, letTheReadGo);
        return context;
    }

    @Override
    protected List<String> arguments() {
        return List.of(UiFixture.PATH.toString());
    }

    @Test
    void theWindowShowsWhileTheFileIsReadAndTheTimelineArrivesWhenItIs() {
        assertThat(stage.isShowing()).isTrue();
        assertThat(((Label) node("#timeline-title")).getText()).isEqualTo("Opening ui.timeline…");
        assertThat(state().getTimeline().events()).isEmpty();
        assertThat(state().getFile()).as("nothing is open yet").isNull();
        assertThat(timeline().getEmptyText()).as("not 'nothing matches'").isEqualTo("Reading ui.timeline…");
        FxWait.run(() -> state().setLanguage(org.timelineviewer.model.Language.ZH));
        assertThat(((Label) node("#timeline-title")).getText()).isEqualTo("正在打开 ui.timeline…");
        assertThat(timeline().getEmptyText()).isEqualTo("正在读取 ui.timeline…");
        FxWait.run(() -> state().setLanguage(org.timelineviewer.model.Language.EN));

        letTheReadGo.complete(null);
        waitUntil("the timeline arrives", () -> FxWait.call(() -> state().getTimeline().events().size()) == UiFixture.EVENTS);
        settle();
        assertThat(state().getFile()).isEqualTo(UiFixture.PATH.toAbsolutePath());
        assertThat(((Label) node("#timeline-title")).getText()).isEqualTo("Fixture timeline");
        assertThat(timeline().getEvents()).hasSize(UiFixture.EVENTS);
        assertThat(state().viewport().countInView()).as("fitted to the file's events").isEqualTo(UiFixture.EVENTS);
        assertThat(((Label) node("#status-count")).getText()).isEqualTo("15 events   ·   15 in view");
        assertThat(stage.getTitle()).isEqualTo("Fixture timeline (ui.timeline) — Timeline Viewer");
        assertThat(timeline().getEmptyText()).as("for when a search finds nothing").isEqualTo("No events match the search or filter.");
    }

    @Test
    void aFileOpenedWhileTheFirstIsReadIsNotReplacedByIt() {
        FxWait.run(() -> app.files().openBundled());
        letTheReadGo.complete(null);
        waitUntil("the file read", () -> context.timelineRead().isDone());
        sleep(200); // its arrival is queued for the FX thread as the read completes
        FxWait.run(() -> { });
        settle();
        assertThat(state().getFile()).as("the bundled timeline stays").isNull();
        assertThat(state().getTimeline().events()).isNotEmpty().hasSizeGreaterThan(UiFixture.EVENTS);
    }

    @Test
    void closedBeforeTheFileArrivesTheWindowDoesNotRememberTheViewOfNothing() {
        FxWait.run(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(ViewerPreferences.forUser().load().view()).as("no view saved (none was before)").isEmpty();
        letTheReadGo.complete(null);
    }
}
