package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.testing.UiFixture;

/** --smoke-test checks what a new user's first frame shows, whatever the user's last session left behind. */
class SmokeTestFxTest extends FxAppTest {

    @Override
    protected List<String> arguments() {
        List<String> args = super.arguments();
        args.add("--smoke-test");
        return args;
    }

    @Override
    protected void startWithoutClearing() throws Exception {
        // The last session ended zoomed in on two events, in Chinese, with lanes.
        ViewerPreferences preferences = ViewerPreferences.forUser();
        preferences.save(new ViewerPreferences.Saved(java.util.Optional.empty(), false,
                java.util.Optional.of(org.timelineviewer.model.Language.ZH),
                java.util.Optional.of(new TimeWindow(UiFixture.day("2021-05-01"), UiFixture.day("2021-10-01"))), true,
                java.util.OptionalDouble.empty()));
        super.startWithoutClearing();
    }

    @Test
    void passesFromTheDefaultsAndLeavesThePreferencesAlone() {
        waitUntil("the smoke test's verdict", () -> !exits.isEmpty());
        assertThat(exits).containsExactly(0);
        assertThat(state().viewport().countInView()).isEqualTo(UiFixture.EVENTS);
        assertThat(state().getLanguage()).isEqualTo(org.timelineviewer.model.Language.forLocale(java.util.Locale.getDefault()));
        ViewerPreferences.Saved kept = ViewerPreferences.forUser().load();
        assertThat(kept.view()).contains(new TimeWindow(UiFixture.day("2021-05-01"), UiFixture.day("2021-10-01")));
        assertThat(kept.lanes()).isTrue();
    }
}
