package org.timelineviewer.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineviewer.model.Language;
import org.timelineviewer.presentation.NotesSize;
import org.timelineviewer.presentation.Presentation;
import org.timelineviewer.presentation.TestClock;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.UiFixture;

/** A− and A+ in the presenter view size the speaker notes, from 14 to 40 px. */
@ExtendWith(ApplicationExtension.class)
class NotesSizeFxTest {

    private Presentation presentation;
    private PresenterView view;

    @Start
    void start(Stage stage) {
        presentation = new Presentation(UiFixture.timeline().story(null).orElseThrow(),
                new TestClock(PresenterViewFxTest.START, ZoneId.of("UTC")), Language.EN);
        presentation.goToStep(1);
        view = new PresenterView(presentation);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    private double drawnSize() {
        FxWait.settle();
        return FxWait.call(view::notesFontSize);
    }

    private void click(FxRobot robot, Button button) {
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPlusAndAMinusChangeTheNotesTextSizeAndStopAtTheLimits(FxRobot robot) {
        Button larger = robot.lookup("#presenter-notes-larger").queryButton();
        Button smaller = robot.lookup("#presenter-notes-smaller").queryButton();
        assertThat(larger.getText()).isEqualTo("A+");
        assertThat(smaller.getText()).isEqualTo("A−");
        assertThat(drawnSize()).isEqualTo(NotesSize.DEFAULT);

        click(robot, larger);
        assertThat(presentation.notesSize()).isEqualTo(26);
        assertThat(drawnSize()).as("the notes as drawn").isEqualTo(26);

        for (int i = 0; i < 7; i++) {
            click(robot, larger);
        }
        assertThat(drawnSize()).isEqualTo(NotesSize.MAX);
        assertThat(larger.isDisabled()).as("A+ at the largest size").isTrue();
        assertThat(smaller.isDisabled()).isFalse();

        FxWait.run(() -> {
            for (int i = 0; i < 20; i++) {
                smaller.fire();
            }
        });
        assertThat(drawnSize()).isEqualTo(NotesSize.MIN);
        assertThat(smaller.isDisabled()).as("A− at the smallest size").isTrue();
        assertThat(larger.isDisabled()).isFalse();
        assertThat(larger.isFocusTraversable()).as("the keys stay with the show").isFalse();
    }

    @Test
    void aSizeSetOnThePresentationIsTheOneDrawn() {
        FxWait.run(() -> presentation.setNotesSize(36));

        assertThat(drawnSize()).isEqualTo(36);
    }
}
