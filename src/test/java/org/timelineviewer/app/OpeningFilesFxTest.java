package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.UiFixture;

/** Opening files as a desktop user does: other formats with their report, recent files, reload, following the file, saving. */
class OpeningFilesFxTest extends FxAppTest {

    private static final Path IMPORTS = Path.of("src/test/resources/import");

    @TempDir
    Path dir;

    private void open(Path file) {
        Boolean ok = FxWait.call(() -> app.files().open(file)).join();
        settle();
        assertThat(ok).as("opened %s", file).isNotNull();
    }

    /** The dialog pane with this id, in any shown window, or null. */
    private DialogPane dialog(String id) {
        return FxWait.call(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
                        && id.equals(pane.getId())) {
                    return pane;
                }
            }
            return null;
        });
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

    @Test
    void aTimelineJsFileOpensWithItsReportAndTheTitleNamesIt() {
        open(IMPORTS.resolve("space-race.json"));

        assertThat(state().getTimeline().title().en()).isEqualTo("The Space Race");
        assertThat(timeline().getEvents()).hasSize(8);
        assertThat(stage.getTitle()).isEqualTo("The Space Race (space-race.json) — Timeline Viewer");
        DialogPane report = dialog("import-report");
        assertThat(report).as("the import report").isNotNull();
        assertThat(report.getHeaderText()).isEqualTo("space-race.json: 8 events, 2 eras, 3 categories (TimelineJS JSON)");
        assertThat(((TextArea) report.lookup("#import-notes")).getText())
                .contains("shown as links with their credits, never fetched", "One slide without a start date skipped");
        assertThat(app.recent().files()).first().isEqualTo(IMPORTS.resolve("space-race.json").toAbsolutePath());
        closeDialogs();

        onFx(() -> timeline().requestFocus());
        onFx(() -> state().selectById("sputnik"));
        settle();
        assertThat(((Label) node("#details-title")).getText()).isEqualTo("Sputnik 1");
        assertThat(lookup("#details-no-source").tryQuery()).as("no quoted source: said so").isPresent();
        assertThat(lookup("#details-media").tryQuery()).isPresent();
        assertThat(lookup(".details-media-credit").queryAs(Label.class).getText()).isEqualTo("Credit: NASA");
        assertThat(lookup(".details-link").queryAll()).hasSize(1);
        assertThat(lookup("#details-status").tryQuery()).as("no status is claimed").isEmpty();
        clickOn("#lang-zh");
        assertThat(((Label) node("#details-title")).getText()).as("shown as written").isEqualTo("Sputnik 1");
        assertThat(((Label) node("#details-language-only")).getText()).isEqualTo("仅英文");
    }

    @Test
    void aSheetAndAMarkwhenFileOpenToo() {
        open(IMPORTS.resolve("space-race.csv"));
        assertThat(timeline().getEvents()).hasSize(4);
        assertThat(dialog("import-report").getHeaderText()).contains("(TimelineJS sheet)");
        closeDialogs();
        open(IMPORTS.resolve("space-race.mw"));
        assertThat(timeline().getEvents()).hasSize(9);
        assertThat(dialog("import-report").getHeaderText()).contains("(markwhen)");
        assertThat(((TextArea) dialog("import-report").lookup("#import-notes")).getText())
                .contains("Line 28: a recurring event is shown once");
        closeDialogs();
        onFx(() -> state().setLanesVisible(true));
        settle();
        assertThat(lookup(".lane-label").queryAll()).hasSize(3);
        assertThat(app.recent().files()).as("newest first, the file opened at the start last").containsExactly(
                IMPORTS.resolve("space-race.mw").toAbsolutePath(), IMPORTS.resolve("space-race.csv").toAbsolutePath(),
                UiFixture.PATH.toAbsolutePath());
    }

    @Test
    void aFileThatWillNotOpenLeavesTheTimelineAsItWasAndSaysWhereItIsWrong() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"events\": [{\"start_date\": {\"year\": \"1957\", \"month\": \"13\"}}]}");
        Timeline before = state().getTimeline();
        open(broken);

        assertThat(state().getTimeline()).isSameAs(before);
        DialogPane problems = dialog("load-problems-dialog");
        assertThat(problems).isNotNull();
        assertThat(problems.getHeaderText()).isEqualTo("broken.json could not be opened: one problem was found. The timeline that was open stays.");
        assertThat(((TextArea) problems.lookup("#load-problems")).getText())
                .isEqualTo("1:54 /events/0/start_date/month: there is no month 13; months are 1 to 12");
        closeDialogs();
    }

    @Test
    void theOpenFileIsFollowedAsItIsSavedAndABrokenSaveKeepsTheLastGoodTimeline() throws Exception {
        Path file = dir.resolve("live.timeline");
        Files.copy(UiFixture.PATH, file);
        open(file);
        onFx(() -> state().selectById("gamma-launch"));
        var view = FxWait.call(() -> state().viewport().getWindow());

        Files.writeString(file, Files.readString(file).replace("\"Gamma launches\"", "\"Gamma ships\""));
        waitUntil("the saved title shown", () -> state().getTimeline().event("gamma-launch")
                .map(e -> e.title().en().equals("Gamma ships")).orElse(false));
        assertThat(state().getSelected().id()).as("the selection stays").isEqualTo("gamma-launch");
        assertThat(state().getSelected().title().en()).isEqualTo("Gamma ships");
        assertThat(FxWait.call(() -> state().viewport().getWindow())).as("the view stays").isEqualTo(view);

        Timeline good = state().getTimeline();
        Files.writeString(file, Files.readString(file).replace("\"2021-12-01\"", "\"2021-13-01\""));
        waitUntil("the problems of the broken save", () -> !state().fileProblemsProperty().get().isEmpty());
        assertThat(state().getTimeline()).as("the last good timeline stays").isSameAs(good);
        settle();
        Node bar = node("#file-problems");
        assertThat(bar.isVisible()).isTrue();
        assertThat(lookup("#file-problems .label").queryAs(Label.class).getText())
                .startsWith("live.timeline as saved now cannot be read (one problem); the last version that could is shown.")
                .contains("/events/7/date");

        Files.writeString(file, Files.readString(file).replace("\"2021-13-01\"", "\"2021-12-02\""));
        waitUntil("the good save read again", () -> state().fileProblemsProperty().get().isEmpty()
                && state().getTimeline() != good);
        settle();
        assertThat(bar.isVisible()).isFalse();
        assertThat(state().getTimeline().event("gamma-launch").orElseThrow().start()).hasToString("2021-12-02");
    }

    @Test
    void aFileDroppedOnTheWindowOpensAndOtherDragsAreRefused() {
        Path sheet = IMPORTS.resolve("space-race.csv");
        javafx.scene.input.DragEvent over = FxWait.call(() -> drag(javafx.scene.input.DragEvent.DRAG_OVER, List.of(sheet.toFile())));
        onFx(() -> javafx.event.Event.fireEvent(timeline(), over));
        assertThat(over.getAcceptedTransferMode()).as("a file is welcome").isEqualTo(javafx.scene.input.TransferMode.COPY);
        javafx.scene.input.DragEvent text = FxWait.call(() -> drag(javafx.scene.input.DragEvent.DRAG_OVER, List.of()));
        onFx(() -> javafx.event.Event.fireEvent(timeline(), text));
        assertThat(text.getAcceptedTransferMode()).as("text is not a file").isNull();

        javafx.scene.input.DragEvent drop = FxWait.call(() -> drag(javafx.scene.input.DragEvent.DRAG_DROPPED, List.of(sheet.toFile())));
        onFx(() -> javafx.event.Event.fireEvent(timeline(), drop));
        waitUntil("the dropped sheet shown", () -> "The Space Race".equals(state().getTimeline().title().en()));
        settle();
        assertThat(drop.isDropCompleted()).isTrue();
        assertThat(state().getFile()).isEqualTo(sheet.toAbsolutePath());
        assertThat(dialog("import-report")).as("a sheet from elsewhere: its report").isNotNull();
        closeDialogs();
    }

    /** A drag from the file manager carrying {@code files} (none: a drag of text), as the platform delivers it. */
    private static javafx.scene.input.DragEvent drag(javafx.event.EventType<javafx.scene.input.DragEvent> type,
                                                      List<java.io.File> files) {
        java.util.Map<javafx.scene.input.DataFormat, Object> content = new java.util.HashMap<>();
        if (files.isEmpty()) {
            content.put(javafx.scene.input.DataFormat.PLAIN_TEXT, "some text");
        } else {
            content.put(javafx.scene.input.DataFormat.FILES, files);
        }
        javafx.scene.input.Dragboard board =
                com.sun.javafx.scene.input.DragboardHelper.createDragboard(new FakeClipboard(content));
        return new javafx.scene.input.DragEvent(null, null, type, board, 100, 100, 100, 100,
                javafx.scene.input.TransferMode.COPY, null, null, null);
    }

    /** What the platform's clipboard peer would hold for a drag: just its content. */
    private record FakeClipboard(java.util.Map<javafx.scene.input.DataFormat, Object> content)
            implements com.sun.javafx.tk.TKClipboard {
        @Override public void setSecurityContext(java.security.AccessControlContext context) { }
        @Override public java.util.Set<javafx.scene.input.DataFormat> getContentTypes() { return content.keySet(); }
        @SafeVarargs @Override public final boolean putContent(javafx.util.Pair<javafx.scene.input.DataFormat, Object>... c) { return false; }
        @Override public Object getContent(javafx.scene.input.DataFormat format) { return content.get(format); }
        @Override public boolean hasContent(javafx.scene.input.DataFormat format) { return content.containsKey(format); }
        @Override public java.util.Set<javafx.scene.input.TransferMode> getTransferModes() { return java.util.Set.of(javafx.scene.input.TransferMode.COPY); }
        @Override public void setDragView(javafx.scene.image.Image image) { }
        @Override public void setDragViewOffsetX(double x) { }
        @Override public void setDragViewOffsetY(double y) { }
        @Override public javafx.scene.image.Image getDragView() { return null; }
        @Override public double getDragViewOffsetX() { return 0; }
        @Override public double getDragViewOffsetY() { return 0; }
    }

    @Test
    void reloadReadsTheFileAgainAndTheBundledTimelineIsOneClickAway() throws Exception {
        Path file = dir.resolve("again.timeline");
        Files.copy(UiFixture.PATH, file);
        open(file);
        Files.writeString(file, Files.readString(file).replace("\"Fixture timeline\"", "\"Fixture, reloaded\""));
        Boolean reloaded = FxWait.call(() -> app.files().reload()).join();
        settle();
        assertThat(reloaded).isTrue();
        assertThat(state().getTimeline().title().en()).isEqualTo("Fixture, reloaded");

        javafx.scene.control.MenuButton menu = lookup("#file-menu").queryAs(javafx.scene.control.MenuButton.class);
        assertThat(menuItem(menu, "file-reload").isDisable()).isFalse();
        clickOn("#file-menu");
        clickOn("#file-bundled");
        settle();
        assertThat(state().getFile()).isNull();
        assertThat(state().getTimeline().title().en()).startsWith("Alibaba in the AI Era");
        assertThat(stage.getTitle()).doesNotContain("again.timeline");
        assertThat(menuItem(menu, "file-reload").isDisable()).as("nothing to reload").isTrue();
        assertThat(menuItem(menu, "file-bundled").isDisable()).as("the bundled timeline is what is open").isTrue();
    }

    private static javafx.scene.control.MenuItem menuItem(javafx.scene.control.MenuButton menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void openRecentListsTheFilesNewestFirstAndTakesAGoneOneOff() throws Exception {
        Path gone = dir.resolve("gone.timeline");
        Files.copy(UiFixture.PATH, gone);
        open(gone);
        open(IMPORTS.resolve("cosmos.json"));
        closeDialogs();
        Files.delete(gone);

        clickOn("#file-menu");
        clickOn("#file-recent");
        settle();
        javafx.scene.control.MenuButton menu = node("#file-menu");
        List<String> texts = FxWait.call(() -> ((javafx.scene.control.Menu) menu.getItems().get(1)).getItems().stream()
                .map(javafx.scene.control.MenuItem::getText).toList());
        assertThat(texts).startsWith("cosmos.json", "gone.timeline (no longer there)");
        Node goneRow = lookup("#file-recent-1").query();
        assertThat(goneRow.getStyleClass()).contains("recent-gone");
        clickOn("gone.timeline (no longer there)");
        settle();
        assertThat(app.recent().files()).containsExactly(IMPORTS.resolve("cosmos.json").toAbsolutePath(),
                UiFixture.PATH.toAbsolutePath());
    }

    @Test
    void saveAsTimelineWritesWhatReadsBackTheSame() throws Exception {
        open(IMPORTS.resolve("space-race.mw"));
        closeDialogs();
        Path saved = dir.resolve("space-race.timeline");
        onFx(() -> app.files().save(saved));

        Timeline back = new TimelineFileReader().read(saved);
        assertThat(back.events()).containsExactlyElementsOf(state().getTimeline().events());
        assertThat(((Label) node("#status-range")).getText()).isEqualTo("Saved space-race.timeline");
        assertThat(back.title().in(Language.ZH)).as("English only, shown as written").isEqualTo("The Space Race");
    }
}
