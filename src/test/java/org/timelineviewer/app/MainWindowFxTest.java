package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.timelineviewer.control.TimelineView;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.UiFixture;

/** The main window, used as a person would: click, type, press keys. */
class MainWindowFxTest extends FxAppTest {

    @Test
    void onA1280PixelProjectorTheWholeToolbarStaysInViewInBothLanguages() {
        // At 1280 px the language switch once went into the toolbar's overflow menu: the search field gives way now.
        for (Language language : Language.values()) {
            onFx(() -> {
                state().setLanguage(language);
                stage.setWidth(1280);
            });
            waitUntil("the window 1280 px wide", () -> scene().getWidth() == 1280);
            settle();
            for (String id : List.of("#lang-zh", "#lang-en", "#search", "#file-menu")) {
                Node node = node(id);
                var bounds = FxWait.call(() -> node.getScene() == null ? null : node.localToScene(node.getBoundsInLocal()));
                assertThat(bounds).as("%s in the toolbar (%s)", id, language).isNotNull();
                assertThat(bounds.getMaxX()).as("%s within the window (%s)", id, language).isLessThanOrEqualTo(1280);
                assertThat(FxWait.call(node::isVisible)).isTrue();
            }
        }
        onFx(() -> stage.setWidth(1600));
        waitUntil("the window back to 1600 px", () -> scene().getWidth() == 1600);
        assertThat(FxWait.call(() -> ((TextField) node("#search")).getWidth())).as("full width again").isEqualTo(260);
    }

    @Test
    void opensWithEveryEventInViewAndCounted() {
        assertThat(timeline().getEvents()).hasSize(UiFixture.EVENTS)
                .as("the timeline's own ordered list, not a copy to sort again").isSameAs(state().getTimeline().events());
        assertThat(state().viewport().countInView()).isEqualTo(UiFixture.EVENTS);
        assertThat(((Label) node("#status-count")).getText()).isEqualTo("15 events   ·   15 in view");
        assertThat(stage.getTitle()).as("the title names the file").isEqualTo("Fixture timeline (ui.timeline) — Timeline Viewer");
    }

    @Test
    void clickingAnEventFillsTheDetailsPane() {
        assertThat(lookup("#details-empty").tryQuery()).isPresent();
        Node marker = markerOf("beta-launch");
        clickOn(marker);
        settle();
        assertThat(state().getSelected().id()).isEqualTo("beta-launch");
        assertThat(timeline().getSelectedEvent().id()).as("the control shows the state's selection").isEqualTo("beta-launch");
        assertThat(((Label) node("#details-title")).getText()).isEqualTo("Beta launches");
        assertThat(((Label) node("#details-quote")).getText()).contains("Fixture passage for beta-launch.");
        assertThat(lookup("#details-empty").tryQuery()).isEmpty();
    }

    @Test
    void clickingAnEventNearTheEdgeDoesNotMoveTheTimelineUnderThePointer() {
        // Series A (20 Apr 2022) sits 5 % from the right edge of this view: within the margin
        // that keyboard steps keep clear, but a click needs nothing moved.
        TimeWindow view = new TimeWindow(UiFixture.day("2021-04-01"), UiFixture.day("2022-05-11"));
        onFx(() -> state().viewport().show(view));
        settle();
        clickOn(markerOf("series-a"));
        settle();
        assertThat(state().getSelected().id()).isEqualTo("series-a");
        assertThat(state().viewport().getWindow()).isEqualTo(view);
        FxWait.keys(KeyCode.LEFT, KeyCode.RIGHT);
        assertThat(state().getSelected().id()).isEqualTo("series-a");
        assertThat(state().viewport().getWindow()).as("a step with the keys brings the event comfortably in")
                .isNotEqualTo(view);
    }

    @Test
    void arrowKeysStepThroughEventsInTime() {
        List<TimelineEvent> all = state().getTimeline().events();
        onFx(() -> state().select(all.get(3)));
        onFx(() -> timeline().requestFocus());
        FxWait.keys(KeyCode.RIGHT);
        assertThat(state().getSelected()).isEqualTo(all.get(4));
        FxWait.keys(KeyCode.LEFT, KeyCode.LEFT);
        assertThat(state().getSelected()).isEqualTo(all.get(2));
        FxWait.keys(KeyCode.END);
        assertThat(state().getSelected().id()).isEqualTo("delta-span");
        assertThat(((Label) node("#details-title")).getText()).isEqualTo("Delta pilot");
        FxWait.keys(KeyCode.HOME);
        assertThat(state().getSelected().id()).isEqualTo("alpha-launch");
        FxWait.keys(KeyCode.ESCAPE);
        assertThat(state().getSelected()).isNull();
    }

    @Test
    void zoomInNarrowsTheVisibleRangeAndZoomOutWidensIt() {
        TimeWindow before = state().viewport().getWindow();
        clickOn("#zoom-in");
        TimeWindow zoomed = state().viewport().getWindow();
        assertThat(zoomed.span()).isCloseTo(before.span() * 0.6, org.assertj.core.data.Offset.offset(0.01));
        clickOn("#zoom-out");
        clickOn("#zoom-out");
        assertThat(state().viewport().getWindow().span()).isCloseTo(zoomed.span() / 0.36, org.assertj.core.data.Offset.offset(0.01));
        clickOn("#fit-all");
        assertThat(state().viewport().getWindow()).isEqualTo(before);
        assertThat(state().viewport().countInView()).isEqualTo(UiFixture.EVENTS);
    }

    @Test
    void languageSwitchChangesInterfaceAndData() {
        Label title = node("#timeline-title");
        assertThat(title.getText()).isEqualTo("Fixture timeline");
        assertThat(((ToggleButton) node("#lang-en")).isSelected()).isTrue();
        clickOn("#lang-zh");
        settle();
        assertThat(title.getText()).isEqualTo("测试时间线");
        assertThat(timeline().getLanguage()).isEqualTo(Language.ZH);
        assertThat(((ToggleButton) node("#lang-zh")).isSelected()).isTrue();
        assertThat(((ToggleButton) node("#lang-en")).isSelected()).isFalse();
        assertThat(((Label) node(".empty-title")).getText()).isEqualTo("请选择一个事件");
        assertThat(((Label) node("#status-count")).getText()).isEqualTo("共15个事件   ·   视图内15个");
        assertThat(visibleMarkers()).isNotEmpty()
                .allSatisfy(m -> assertThat(markerLabel(m)).isEqualTo(markerEvent(m).title().zh()));
        clickOn("#lang-en");
        settle();
        assertThat(title.getText()).isEqualTo("Fixture timeline");
    }

    @Test
    void theWindowTitleFollowsTheLanguage() {
        clickOn("#lang-zh");
        assertThat(stage.getTitle()).isEqualTo("测试时间线（ui.timeline）— 时间线浏览器");
        onFx(() -> state().toggleLanguage());
        assertThat(stage.getTitle()).as("the title names the file").isEqualTo("Fixture timeline (ui.timeline) — Timeline Viewer");
    }

    @Test
    void theCategoryFilterHidesAndShowsCategoriesInEitherLanguage() {
        MenuButton filter = node("#categories");
        assertThat(filter.getText()).isEqualTo("All categories");
        assertThat(filter.getItems()).as("made when the menu first opens").isEmpty();

        clickOn(filter);
        settle();
        CheckBox box = node("#category-money");
        assertThat(box.getText()).isEqualTo("Money");
        assertThat(box.isSelected()).isTrue();
        clickOn(box);
        settle();
        assertThat(timeline().getEvents()).hasSize(12).noneMatch(e -> e.category().id().equals("money"));
        assertThat(filter.getText()).isEqualTo("2 of 3 categories");
        assertThat(filter.isShowing()).as("stays open while boxes are toggled").isTrue();
        type(KeyCode.ESCAPE);

        clickOn("#lang-zh");
        settle();
        assertThat(filter.getText()).isEqualTo("2/3个类别");
        clickOn(filter);
        settle();
        CheckBox chinese = node("#category-money");
        assertThat(chinese.getText()).isEqualTo("资金");
        assertThat(chinese.isSelected()).isFalse();
        clickOn("全部类别");
        settle();
        assertThat(timeline().getEvents()).hasSize(UiFixture.EVENTS);
        assertThat(filter.getText()).isEqualTo("全部类别");
    }

    @Test
    void aCategoryRowTogglesWhereverItIsClicked() {
        clickOn("#categories");
        settle();
        CheckBox box = node("#category-people");
        Node row = box;
        while (!row.getStyleClass().contains("menu-item")) {
            row = row.getParent();
        }
        Node menuRow = row;
        javafx.geometry.Bounds rowOnScreen = FxWait.call(() -> menuRow.localToScreen(menuRow.getLayoutBounds()));
        javafx.geometry.Bounds label = FxWait.call(() -> box.lookup(".text").localToScreen(box.lookup(".text").getLayoutBounds()));
        assertThat(rowOnScreen.getMaxX()).as("the row is wider than its label").isGreaterThan(label.getMaxX() + 20);
        // Right of the label, in the highlighted row.
        clickOn(new javafx.geometry.Point2D(rowOnScreen.getMaxX() - 6, rowOnScreen.getCenterY()));
        settle();
        assertThat(box.isSelected()).isFalse();
        assertThat(timeline().getEvents()).noneMatch(e -> e.category().id().equals("people"));
        // On the label itself: toggled once, not twice.
        clickOn(box);
        settle();
        assertThat(box.isSelected()).isTrue();
        assertThat(timeline().getEvents()).hasSize(UiFixture.EVENTS);
        type(KeyCode.ESCAPE);
    }

    @Test
    void toolbarTooltipsAreMadeOnFirstHoverAndFollowTheLanguage() {
        Button zoomIn = node("#zoom-in");
        assertThat(zoomIn.getTooltip()).as("no tooltip window before anyone points at the button").isNull();
        moveTo(zoomIn);
        waitUntil("a tooltip on the zoom button", () -> zoomIn.getTooltip() != null);
        assertThat(zoomIn.getTooltip().getText()).isEqualTo("Zoom in (+)");
        clickOn("#lang-zh");
        assertThat(zoomIn.getTooltip().getText()).isEqualTo(Messages.of(Language.ZH).get("toolbar.zoomIn"))
                .isNotEqualTo("Zoom in (+)");
        Button fit = node("#fit-all");
        moveTo(fit);
        waitUntil("a tooltip on the fit button", () -> fit.getTooltip() != null);
        assertThat(fit.getTooltip().getText()).isEqualTo(Messages.of(Language.ZH).get("toolbar.fit"));
    }

    @Test
    void whileTheViewMovesTheCountIsWrittenAFewTimesASecondAndShowsWhereItStopped() {
        Label count = node("#status-count");
        sleep(300); // past the last write
        List<String> written = new java.util.ArrayList<>();
        javafx.beans.value.ChangeListener<String> record = (o, was, now) -> written.add(now);
        onFx(() -> {
            count.textProperty().addListener(record);
            // one gesture: a window per frame, all at once here, narrowing from 2021 to its first week
            for (int days = 180; days >= 7; days--) {
                state().viewport().show(new TimeWindow(UiFixture.day("2021-01-01"), UiFixture.day("2021-01-01") + days));
            }
        });
        assertThat(written).as("written at the gesture's start only").hasSize(1);
        waitUntil("the count where the view stopped", () -> count.getText().equals("15 events   ·   0 in view"));
        onFx(() -> count.textProperty().removeListener(record));
        assertThat(written).hasSize(2);
    }

    @Test
    void theStatusBarShowsTheVisibleRangeAndNoticesForAWhile() {
        Label range = node("#status-range");
        onFx(() -> state().viewport().show(new TimeWindow(UiFixture.day("2021-01-01"), UiFixture.day("2021-07-01"))));
        assertThat(range.getText()).isEqualTo("1 Jan 2021 – 30 Jun 2021");
        // the count follows within a quarter of a second (written a few times a second while the view moves)
        waitUntil("the count in view", () -> ((Label) node("#status-count")).getText().equals("15 events   ·   2 in view"));
        onFx(() -> state().showNotice("Saved timeline.png"));
        assertThat(range.getText()).isEqualTo("Saved timeline.png");
        onFx(() -> state().clearNotice());
        assertThat(range.getText()).isEqualTo("1 Jan 2021 – 30 Jun 2021");
        clickOn("#lang-zh");
        assertThat(range.getText()).isEqualTo("2021年1月1日 – 2021年6月30日");
    }

    @Test
    void theWindowHasItsIconsOnceShown() {
        waitUntil("six icons", () -> stage.getIcons().size() == 6);
        assertThat(stage.getIcons()).extracting(javafx.scene.image.Image::getWidth)
                .containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);
    }

    @Test
    void searchFiltersHighlightsAndEnterGoesToTheBestMatch() {
        clickOn("#search");
        write("Ada Park");
        settle();
        assertThat(timeline().getEvents()).extracting(TimelineEvent::id)
                .containsExactly("alpha-launch", "ada-joins", "gamma-launch");
        assertThat(((Label) node("#status-count")).getText()).startsWith("3 of 15 events");
        List<Node> shown = visibleMarkers();
        assertThat(shown).hasSize(3).allSatisfy(n -> assertThat(n.getPseudoClassStates().toString()).contains("highlighted"));
        type(KeyCode.ENTER);
        assertThat(state().getSelected().id()).as("a match in the title beats an earlier one in the text").isEqualTo("ada-joins");
        onFx(() -> ((TextField) node("#search")).clear());
        settle();
        assertThat(timeline().getEvents()).hasSize(UiFixture.EVENTS);
        assertThat(visibleMarkers()).allSatisfy(n -> assertThat(n.getPseudoClassStates().toString()).doesNotContain("highlighted"));
    }

    @Test
    void aSearchWhoseMatchesAreOutOfViewShowsThem() {
        onFx(() -> state().viewport().show(new TimeWindow(UiFixture.day("2020-01-01"), UiFixture.day("2020-06-01"))));
        clickOn("#search");
        write("Series A");
        settle();
        TimelineEvent seriesA = state().getTimeline().event("series-a").orElseThrow();
        assertThat(state().viewport().getWindow().contains(seriesA.startDay())).isTrue();
    }

    @Test
    void relatedEventLinkGoesToThatEvent() {
        TimelineEvent alpha = state().getTimeline().event("alpha-launch").orElseThrow();
        onFx(() -> state().select(alpha));
        settle();
        Hyperlink link = node("#related-beta-launch");
        clickOn(link);
        settle();
        assertThat(state().getSelected().id()).isEqualTo("beta-launch");
        assertThat(((Label) node("#details-title")).getText()).isEqualTo("Beta launches");
    }

    @Test
    void theTimelineSaysDatesAndStatusTagsInTheAppsWordsInEitherLanguage() {
        for (Language language : Language.values()) {
            onFx(() -> state().setLanguage(language));
            settle();
            Messages m = Messages.of(language);
            List<String> ticks = FxWait.call(() -> lookup(".axis-label").queryAll().stream().filter(Node::isVisible)
                    .map(n -> ((javafx.scene.text.Text) n).getText()).toList());
            assertThat(ticks).as("axis labels in %s", language).isNotEmpty()
                    .allMatch(t -> language == Language.ZH ? t.contains("年") : !t.contains("年") && !t.matches(".*\\d{4}-\\d{2}.*"));
            List<Node> markers = FxWait.call(this::visibleMarkers);
            assertThat(markers).isNotEmpty().allSatisfy(marker -> {
                TimelineEvent e = markerEvent(marker);
                String status = e.status().isDoubtful() ? ", " + m.get("status." + e.status().code()) : "";
                assertThat(marker.getAccessibleText()).isEqualTo(e.title().in(language) + ", "
                        + org.timelineviewer.i18n.DateTexts.displayed(e, language) + status);
            });
            List<String> tags = FxWait.call(() -> lookup(".event-status-tag").queryAll().stream().filter(Node::isVisible)
                    .map(n -> ((Label) n).getText()).toList());
            assertThat(tags).as("status tags in %s", language).isNotEmpty()
                    .allMatch(t -> t.equals(m.get("status.rumoured")) || t.equals(m.get("status.denied")));
        }
    }

    @Test
    void nothingAboveTheTimelinePaintsAnInvisibleBackground() {
        // Software rendering fills a transparent background like any other: under a moving timeline
        // the theme's transparent split pane was a blend over the whole window every frame.
        List<String> invisible = FxWait.call(() -> {
            List<String> found = new java.util.ArrayList<>();
            for (javafx.scene.Parent p = timeline().getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.layout.Region r && r.getBackground() != null
                        && !r.getBackground().getFills().isEmpty()
                        && r.getBackground().getFills().stream().allMatch(f -> f.getFill() instanceof javafx.scene.paint.Color c && c.getOpacity() == 0)) {
                    found.add(r.getClass().getSimpleName() + r.getStyleClass());
                }
            }
            return found;
        });
        assertThat(invisible).as("ancestors of the timeline with only transparent fills").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWindowsGroundIsItsScenesFillAndNothingDownToTheTimelinePaintsAnother() {
        // Software rendering clears the scene's fill as plain memory; an opaque background over
        // the whole timeline was rasterised every frame (2 ms of the render thread at 1920 x 1080).
        List<String> painting = FxWait.call(() -> {
            List<String> found = new java.util.ArrayList<>();
            for (Node n = timeline(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.layout.Region r && r.getBackground() != null
                        && !r.getBackground().getFills().isEmpty()) {
                    found.add(r.getClass().getSimpleName() + r.getStyleClass());
                }
            }
            return found;
        });
        assertThat(painting).as("the timeline and its ancestors with a ground of their own").isEmpty();

        org.timelineviewer.view.MainWindow window = (org.timelineviewer.view.MainWindow) scene().getRoot();
        javafx.css.StyleableProperty<?> fill = FxWait.call(() -> window.getCssMetaData().stream()
                .filter(m -> m.getProperty().equals("-tl-scene-fill")).findFirst()
                .map(m -> ((javafx.css.CssMetaData<javafx.css.Styleable, ?>) m).getStyleableProperty(window)).orElseThrow());
        javafx.scene.paint.Paint header = FxWait.call(() ->
                ((javafx.scene.layout.Region) lookup(".timeline-header").query()).getBackground().getFills().get(0).getFill());
        assertThat(FxWait.call(fill::getStyleOrigin)).as("given by the stylesheet").isEqualTo(javafx.css.StyleOrigin.AUTHOR);
        assertThat(FxWait.call(() -> scene().getFill())).as("the theme's ground, as the title's").isEqualTo(header);

        FxWait.run(() -> window.setStyle("-tl-scene-fill: #fdf6e3;"));
        FxWait.settle();
        try {
            assertThat(FxWait.call(() -> scene().getFill())).isEqualTo(javafx.scene.paint.Color.web("#fdf6e3"));
        } finally {
            FxWait.run(() -> window.setStyle(""));
            FxWait.settle();
        }
    }

    private List<Node> visibleMarkers() {
        return lookup(".event-marker").queryAll().stream()
                .filter(Node::isVisible)
                .sorted(Comparator.comparingDouble(Node::getLayoutX))
                .toList();
    }

    private Node markerOf(String id) {
        return visibleMarkers().stream().filter(m -> markerEvent(m).id().equals(id)).findFirst().orElseThrow();
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
