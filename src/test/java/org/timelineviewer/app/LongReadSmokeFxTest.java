package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.timelineviewer.testing.UiFixture;

/**
 * --smoke-test on a file that takes long to read judges the first frame after the file's events
 * arrive, not the first frame of the window that says it is opening the file (which has none).
 */
class LongReadSmokeFxTest extends FxAppTest {

    private final CompletableFuture<Void> letTheReadGo = new CompletableFuture<>();

    @Override
    protected AppContext context(CommandLine.Options options) {
        return AppContext.forTestOfLongRead(options, ViewerPreferences.forUser(), exits::add, 0, letTheReadGo);
    }

    @Override
    protected List<String> arguments() {
        return List.of("--smoke-test", UiFixture.PATH.toString());
    }

    @Test
    void waitsForTheFilesEventsAndThenPasses() {
        waitUntil("the window shown", () -> stage.isShowing());
        settle();
        assertThat(exits).as("no verdict on the window that is still opening the file").isEmpty();
        letTheReadGo.complete(null);
        waitUntil("the smoke test's verdict", () -> !exits.isEmpty());
        assertThat(exits).containsExactly(0);
        assertThat(state().viewport().countInView()).isEqualTo(UiFixture.EVENTS);
    }
}
