package org.timelineviewer.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.testing.UiFixture;

/** The shared state's commands: selecting, going to an event, the search's best match, filters. */
class ViewerStateTest {

    private final Timeline timeline = UiFixture.timeline();
    private final ViewerState state = new ViewerState(timeline, Language.EN);
    private final ViewportTest.FakeCamera camera = new ViewportTest.FakeCamera();

    @Test
    void enterInTheSearchGoesToTheFirstTitleMatchElseTheFirstShown() {
        state.viewport().attach(camera);
        state.search("Ada Park");
        assertThat(state.getShownEvents()).extracting(TimelineEvent::id)
                .containsExactly("alpha-launch", "ada-joins", "gamma-launch");

        state.selectBestMatch();
        assertThat(state.getSelected().id()).as("a match in the title beats an earlier one in the text").isEqualTo("ada-joins");

        state.search("  gamma ");
        state.selectBestMatch();
        assertThat(state.getSelected().id()).as("case and surrounding spaces do not matter").isEqualTo("gamma-launch");

        state.search("Example Corp");
        state.selectBestMatch();
        assertThat(state.getSelected().id()).as("no title matches: the first shown").isEqualTo("alpha-launch");

        state.search("nothing like this");
        state.selectBestMatch();
        assertThat(state.getSelected()).as("nothing shown, nothing selected").isNull();
    }

    @Test
    void goingToAnEventBringsItIntoViewAndSelectingOneLeavesTheViewAlone() {
        state.viewport().attach(camera);
        TimeWindow early = new TimeWindow(UiFixture.day("2020-01-01"), UiFixture.day("2020-06-01"));
        state.viewport().show(early);

        state.select(timeline.event("series-a").orElseThrow());
        assertThat(state.viewport().getWindow()).as("a pick: the view stays").isEqualTo(early);

        state.selectById("delta-span");
        assertThat(state.getSelected().id()).isEqualTo("delta-span");
        assertThat(state.viewport().getWindow().contains(state.getSelected().startDay())).isTrue();

        state.selectById("no-such-event");
        assertThat(state.getSelected().id()).isEqualTo("delta-span");
    }

    @Test
    void aFilterThatHidesTheSelectionClearsIt() {
        state.select(timeline.event("seed-round").orElseThrow());
        state.setCategoryVisible("money", false);
        assertThat(state.getSelected()).isNull();
        assertThat(state.getShownEvents()).hasSize(12);
        state.showCategories(java.util.Set.of("money"));
        assertThat(state.getShownEvents()).extracting(e -> e.category().id()).containsOnly("money");
    }

    @Test
    void withNothingHiddenTheShownEventsAreTheTimelinesOwnListAndAFilterKeepsTheirOrderAndLookups() {
        // As a file opens every event is shown: the index takes the timeline's list as it is,
        // where a copy was sorted and indexed by id again (a fifth of a second at 100,000 events).
        assertThat(state.getShownEvents()).isSameAs(timeline.events());
        state.search("   ");
        assertThat(state.getShownEvents()).isSameAs(timeline.events());

        state.setCategoryVisible("money", false);
        var shown = org.timelineviewer.model.ChronologicalEvents.of(state.getShownEvents());
        assertThat(shown).as("the filtered list is ordered already").isSameAs(state.getShownEvents());
        assertThat(shown).containsExactlyElementsOf(timeline.events().stream()
                .filter(e -> !e.category().id().equals("money")).toList());
        for (int i = 0; i < shown.size(); i++) {
            assertThat(shown.startDay(i)).isEqualTo(shown.get(i).startDay());
            assertThat(shown.endDay(i)).isEqualTo(shown.get(i).endDay());
            assertThat(shown.byId(shown.get(i).id())).isSameAs(shown.get(i));
        }
        assertThat(shown.byId("seed-round")).as("hidden").isNull();

        state.setCategoryVisible("money", true);
        assertThat(state.getShownEvents()).isSameAs(timeline.events());
    }

    @Test
    void openingAnotherTimelineClearsSelectionSearchAndFilter() {
        state.select(timeline.event("seed-round").orElseThrow());
        state.search("seed");
        state.setCategoryVisible("people", false);

        state.open(timeline);

        assertThat(state.getSelected()).isNull();
        assertThat(state.searchTextProperty().get()).isEmpty();
        assertThat(state.hiddenCategoriesProperty().get()).isEmpty();
        assertThat(state.getShownEvents()).hasSize(UiFixture.EVENTS);
    }

    @Test
    void theStringsChangeBeforeTheLanguageSoItsListenersReadTheNewOnes() {
        String[] seen = new String[1];
        state.languageProperty().addListener((o, was, now) -> seen[0] = state.getMessages().get("toolbar.lanes"));
        state.toggleLanguage();
        assertThat(state.getLanguage()).isEqualTo(Language.ZH);
        assertThat(seen[0]).isEqualTo(org.timelineviewer.i18n.Messages.of(Language.ZH).get("toolbar.lanes"));
    }

    @Test
    void reloadingKeepsTheSelectionSearchAndFilterWhileTheFileStillHasThem() {
        state.select(timeline.event("seed-round").orElseThrow());
        state.search("round");
        state.setCategoryVisible("people", false);
        state.showFileProblems(java.util.List.of(new org.timelineviewer.io.Problem("/events/0/date", 3, 7, "bad date")));

        state.reload(UiFixture.timeline());

        assertThat(state.getSelected().id()).isEqualTo("seed-round");
        assertThat(state.searchTextProperty().get()).isEqualTo("round");
        assertThat(state.hiddenCategoriesProperty().get()).containsExactly("people");
        assertThat(state.fileProblemsProperty().get()).as("the save that was read is good").isEmpty();

        // The next save drops the selected event and the hidden category's events and category.
        Timeline without = new Timeline(timeline.title(), timeline.subtitle().orElse(null), timeline.sources(),
                timeline.categories().stream().filter(c -> !c.id().equals("people")).toList(), timeline.eras(),
                timeline.events().stream().filter(e -> !e.id().equals("seed-round") && !e.category().id().equals("people")).toList());
        state.reload(without);

        assertThat(state.getSelected()).as("the event is gone").isNull();
        assertThat(state.hiddenCategoriesProperty().get()).as("the category is gone").isEmpty();
        assertThat(state.getTimeline()).isSameAs(without);
    }
}
