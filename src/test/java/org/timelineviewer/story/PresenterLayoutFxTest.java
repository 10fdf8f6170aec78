package org.timelineviewer.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.presentation.Presentation;
import org.timelineviewer.testing.FxWait;

/**
 * The presenter's screen at its size (1280 x 800) over the bundled story, whose titles are long:
 * every title in the step list shows whole, without a sideways scroll bar.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterLayoutFxTest {

    static final Path BUNDLED = Path.of("assets/timelines/alibaba-ai-era.timeline");

    private PresenterView view;

    @Start
    void start(Stage stage) throws Exception {
        // The app's theme, as the app sets it: its list cells have a fixed height of their own.
        javafx.application.Application.setUserAgentStylesheet(org.timelineviewer.app.AppTheme.userAgentStylesheet());
        Timeline timeline = new TimelineFileReader().read(BUNDLED);
        Presentation presentation = new Presentation(timeline.story(null).orElseThrow(),
                Clock.systemDefaultZone(), Language.EN);
        view = new PresenterView(presentation);
        Scene scene = new Scene(view, 1280, 800);
        // As StoryMode styles the presenter's window.
        scene.getStylesheets().add(Objects.requireNonNull(
                PresenterView.class.getResource("/org/timelineviewer/app/app.css")).toExternalForm());
        scene.getStylesheets().add(Objects.requireNonNull(
                PresenterView.class.getResource("presenter.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyStepTitleInTheListShowsWholeWithoutASidewaysScrollBar(FxRobot robot) {
        FxWait.settle();
        ListView<?> steps = robot.lookup("#presenter-steps").queryAs(ListView.class);
        List<ListCell<?>> cells = FxWait.call(() -> steps.lookupAll(".list-cell").stream()
                .<ListCell<?>>map(n -> (ListCell<?>) n).filter(c -> c.getText() != null && c.isVisible()).toList());
        assertThat(cells).hasSizeGreaterThan(5);
        for (ListCell<?> cell : cells) {
            String shown = FxWait.call(() -> ((Text) cell.lookup(".text")).getText());
            assertThat(shown).as("the title as drawn (not cut off)").isEqualTo(cell.getText());
        }
        assertThat(cells).anyMatch(c -> c.getText().contains("Alibaba invests in AI start-ups with compute"));
        List<ScrollBar> sideways = FxWait.call(() -> steps.lookupAll(".scroll-bar").stream()
                .map(n -> (ScrollBar) n).filter(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()).toList());
        assertThat(sideways).as("no sideways scroll bar").isEmpty();
        assertThat(steps.getWidth()).as("the list has a third of the screen").isGreaterThan(1280 * 0.28);
    }
}
