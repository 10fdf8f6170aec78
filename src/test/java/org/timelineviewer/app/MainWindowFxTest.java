package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.timelineviewer.control.TimeWindow;
import org.timelineviewer.control.TimelineView;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimelineEvent;

/** The main window, used as a person would: click, type, press keys. */
class MainWindowFxTest extends FxAppTest {

    @Test
    void opensWithEveryBundledEventInViewAndCounted() {
        List<TimelineEvent> all = timeline().getTimeline().events();
        assertThat(all).hasSize(20);
        assertThat(timeline().getEvents()).hasSize(20);
        assertThat(timeline().eventsInView()).hasSize(20);
        Label count = node("#status-count");
        assertThat(count.getText()).contains("20");
        assertThat(stage.getTitle()).contains(all.isEmpty() ? "" : timeline().getTimeline().title().en());
    }

    @Test
    void clickingAnEventFillsTheDetailsPane() {
        assertThat(lookup("#details-empty").tryQuery()).isPresent();
        Node marker = visibleMarkers().get(0);
        TimelineEvent event = markerEvent(marker);
        clickOn(marker);
        settle();
        assertThat(timeline().getSelectedEvent()).isEqualTo(event);
        assertThat(((Label) node("#details-title")).getText()).isEqualTo(event.title().en());
        assertThat(((Label) node("#details-quote")).getText()).contains(event.source().quote());
        assertThat(lookup("#details-empty").tryQuery()).isEmpty();
    }

    @Test
    void rightArrowSelectsTheNextEventInTime() {
        List<TimelineEvent> all = timeline().getTimeline().events();
        interact(() -> timeline().setSelectedEvent(all.get(3)));
        clickOn(timeline(), javafx.scene.input.MouseButton.SECONDARY);
        interact(() -> timeline().requestFocus());
        type(KeyCode.RIGHT);
        settle();
        assertThat(timeline().getSelectedEvent()).isEqualTo(all.get(4));
        type(KeyCode.LEFT, 2);
        settle();
        assertThat(timeline().getSelectedEvent()).isEqualTo(all.get(2));
        type(KeyCode.END);
        settle();
        assertThat(timeline().getSelectedEvent()).isEqualTo(all.get(all.size() - 1));
        assertThat(((Label) node("#details-title")).getText()).isEqualTo(all.get(all.size() - 1).title().en());
    }

    @Test
    void zoomInNarrowsTheVisibleRangeAndZoomOutWidensIt() {
        TimeWindow before = timeline().getVisibleWindow();
        clickOn("#zoom-in");
        settle();
        TimeWindow zoomed = timeline().getVisibleWindow();
        assertThat(zoomed.span()).isLessThan(before.span() * 0.7);
        clickOn("#zoom-out");
        clickOn("#zoom-out");
        settle();
        assertThat(timeline().getVisibleWindow().span()).isGreaterThan(zoomed.span() * 2);
        clickOn("#fit-all");
        settle();
        assertThat(timeline().eventsInView()).hasSize(20);
    }

    @Test
    void languageSwitchChangesInterfaceAndData() {
        Label title = node("#timeline-title");
        String english = title.getText();
        assertThat(((javafx.scene.control.ToggleButton) node("#lang-en")).isSelected()).isTrue();
        clickOn("#lang-zh");
        settle();
        assertThat(title.getText()).isNotEqualTo(english).isEqualTo(timeline().getTimeline().title().zh());
        assertThat(timeline().getLanguage()).isEqualTo(Language.ZH);
        assertThat(((javafx.scene.control.ToggleButton) node("#lang-zh")).isSelected()).isTrue();
        assertThat(((javafx.scene.control.ToggleButton) node("#lang-en")).isSelected()).isFalse();
        assertThat(((Label) node(".empty-title")).getText()).isEqualTo("请选择一个事件");
        assertThat(((Label) node("#status-count")).getText()).contains("个事件");
        assertThat(visibleMarkers()).allSatisfy(m -> assertThat(markerLabel(m)).isEqualTo(markerEvent(m).title().zh()));
        clickOn("#lang-en");
        settle();
        assertThat(title.getText()).isEqualTo(english);
    }

    @Test
    void theCategoryFilterHidesAndShowsCategoriesInEitherLanguage() {
        javafx.scene.control.MenuButton filter = node("#categories");
        List<org.timelineviewer.model.Category> categories = timeline().getTimeline().categories();
        assertThat(filter.getText()).isEqualTo("All categories");
        assertThat(filter.getItems()).as("made when the menu first opens").isEmpty();

        clickOn(filter);
        settle();
        org.timelineviewer.model.Category first = categories.get(0);
        javafx.scene.control.CheckBox box = node("#category-" + first.id());
        assertThat(box.getText()).isEqualTo(first.label().en());
        assertThat(box.isSelected()).isTrue();
        clickOn(box);
        settle();
        long others = timeline().getTimeline().events().stream().filter(e -> !e.category().equals(first)).count();
        assertThat(timeline().getEvents()).hasSize((int) others).noneMatch(e -> e.category().equals(first));
        assertThat(filter.getText()).isEqualTo((categories.size() - 1) + " of " + categories.size() + " categories");
        assertThat(filter.isShowing()).as("stays open while boxes are toggled").isTrue();
        type(KeyCode.ESCAPE);

        clickOn("#lang-zh");
        settle();
        assertThat(filter.getText()).isEqualTo((categories.size() - 1) + "/" + categories.size() + "个类别");
        clickOn(filter);
        settle();
        javafx.scene.control.CheckBox chinese = node("#category-" + first.id());
        assertThat(chinese.getText()).isEqualTo(first.label().zh());
        assertThat(chinese.isSelected()).isFalse();
        clickOn("全部类别");
        settle();
        assertThat(timeline().getEvents()).hasSize(timeline().getTimeline().events().size());
        assertThat(filter.getText()).isEqualTo("全部类别");
    }

    @Test
    void toolbarTooltipsAreMadeOnFirstHoverAndFollowTheLanguage() {
        javafx.scene.control.Button zoomIn = node("#zoom-in");
        assertThat(zoomIn.getTooltip()).as("no tooltip window before anyone points at the button").isNull();
        moveTo(zoomIn);
        settle();
        assertThat(zoomIn.getTooltip()).isNotNull();
        assertThat(zoomIn.getTooltip().getText()).isEqualTo(org.timelineviewer.i18n.Messages.of(Language.EN).get("toolbar.zoomIn"));
        clickOn("#lang-zh");
        settle();
        assertThat(zoomIn.getTooltip().getText()).isEqualTo(org.timelineviewer.i18n.Messages.of(Language.ZH).get("toolbar.zoomIn"))
                .isNotEqualTo(org.timelineviewer.i18n.Messages.of(Language.EN).get("toolbar.zoomIn"));
        javafx.scene.control.Button fit = node("#fit-all");
        moveTo(fit);
        settle();
        assertThat(fit.getTooltip().getText()).isEqualTo(org.timelineviewer.i18n.Messages.of(Language.ZH).get("toolbar.fit"));
        clickOn("#lang-en");
        settle();
    }

    @Test
    void theStatusBarShowsTheVisibleRangeAndNoticesForAWhile() {
        Label range = node("#status-range");
        TimeWindow view = timeline().getVisibleWindow();
        assertThat(range.getText()).isEqualTo(org.timelineviewer.i18n.Messages.of(Language.EN).format("statusbar.range",
                org.timelineviewer.i18n.DateTexts.epochDay(view.start(), Language.EN),
                org.timelineviewer.i18n.DateTexts.epochDay(view.end() - 1e-9, Language.EN)));
        String before = range.getText();
        clickOn("#zoom-in");
        settle();
        assertThat(range.getText()).isNotEqualTo(before);
        String zoomed = range.getText();
        interact(() -> stateOf().showNotice("Saved timeline.png"));
        assertThat(range.getText()).isEqualTo("Saved timeline.png");
        interact(() -> stateOf().clearNotice());
        assertThat(range.getText()).isEqualTo(zoomed);
        clickOn("#fit-all");
        settle();
    }

    @Test
    void theWindowHasItsIconsOnceShown() throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> stage.getIcons().size() == 6);
        assertThat(stage.getIcons()).extracting(javafx.scene.image.Image::getWidth)
                .containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);
    }

    @Test
    void searchFiltersAndHighlightsMatches() {
        clickOn("#search");
        write("Zhou Chang");
        settle();
        List<TimelineEvent> shown = timeline().getEvents();
        assertThat(shown).isNotEmpty().hasSizeLessThan(20)
                .allSatisfy(e -> assertThat(e.matches("Zhou Chang")).isTrue());
        assertThat(((Label) node("#status-count")).getText()).contains(shown.size() + " of 20");
        assertThat(lookup(".event-marker").queryAll().stream().filter(Node::isVisible)
                .allMatch(n -> n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("highlighted"))))
                .isTrue();
        interact(() -> ((TextField) node("#search")).clear());
        settle();
        assertThat(timeline().getEvents()).hasSize(20);
    }

    @Test
    void relatedEventLinkSelectsThatEvent() {
        TimelineEvent withRelated = timeline().getTimeline().events().stream()
                .filter(e -> !e.relatedIds().isEmpty()).findFirst().orElseThrow();
        interact(() -> timeline().setSelectedEvent(withRelated));
        settle();
        String targetId = withRelated.relatedIds().get(0);
        Hyperlink link = node("#related-" + targetId);
        clickOn(link);
        settle();
        assertThat(timeline().getSelectedEvent().id()).isEqualTo(targetId);
        assertThat(((Label) node("#details-title")).getText())
                .isEqualTo(timeline().getTimeline().event(targetId).orElseThrow().title().en());
    }

    private List<Node> visibleMarkers() {
        return lookup(".event-marker").queryAll().stream()
                .filter(Node::isVisible)
                .filter(n -> n.getLayoutX() > 0 && n.getLayoutX() < timeline().getWidth() - 100)
                .sorted(Comparator.comparingDouble(Node::getLayoutX))
                .toList();
    }

    private static TimelineEvent markerEvent(Node marker) {
        return timelineEventOf(marker);
    }

    private String markerLabel(Node marker) {
        return ((Label) from(marker).lookup(".event-label").query()).getText();
    }

    static TimelineEvent timelineEventOf(Node marker) {
        return (TimelineEvent) marker.getProperties().get(TimelineView.EVENT_KEY);
    }
}
