package org.timelineviewer.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.presentation.Presentation;
import org.timelineviewer.presentation.TestClock;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.UiFixture;

/**
 * The audience and the presenter reading different languages: the audience view follows the
 * audience's language, the presenter view and the notes over the picture follow the notes'.
 */
@ExtendWith(ApplicationExtension.class)
class TwoLanguagesFxTest {

    private Story story;
    private Presentation presentation;
    private AudienceView audience;
    private PresenterView presenter;

    @Start
    void start(Stage stage) {
        Timeline timeline = UiFixture.timeline();
        story = timeline.story(null).orElseThrow();
        presentation = new Presentation(story, new TestClock(PresenterViewFxTest.START, ZoneId.of("UTC")), Language.ZH);
        audience = new AudienceView(timeline, presentation);
        presenter = new PresenterView(presentation, timeline.eras());
        stage.setScene(new Scene(new HBox(audience, presenter), 1600, 800));
        stage.show();
    }

    private static String text(javafx.scene.Parent root, String query) {
        return ((Label) root.lookup(query)).getText();
    }

    private String title(int step, Language language) {
        return story.steps().get(step - 1).event().title().in(language);
    }

    private String notes(int step, Language language) {
        return story.steps().get(step - 1).notesText().orElseThrow().in(language);
    }

    @Test
    void audienceInChineseWithNotesInEnglish() {
        FxWait.run(() -> {
            presentation.goToStep(1);
            presentation.setNotesLanguage(Language.EN);
            presentation.toggleNotes();
        });

        assertThat(text(audience, "#card-title")).isEqualTo(title(1, Language.ZH)).isEqualTo("阿尔法发布");
        assertThat(text(presenter, "#presenter-notes")).isEqualTo(notes(1, Language.EN));
        assertThat(text(presenter, "#presenter-current")).isEqualTo("1.  " + title(1, Language.EN));
        assertThat(text(presenter, "#presenter-next")).isEqualTo("2.  " + title(2, Language.EN));
        assertThat(text(audience, "#notes-text")).as("the notes over the picture (one screen)")
                .isEqualTo(notes(1, Language.EN));
        assertThat(audience.timeline().getLanguage()).isEqualTo(Language.ZH);
    }

    @Test
    void audienceInEnglishWithNotesInChinese() {
        FxWait.run(() -> {
            presentation.setLanguage(Language.EN);
            presentation.goToStep(2);
            presentation.toggleNotes();
        });

        assertThat(text(audience, "#card-title")).isEqualTo(title(2, Language.EN));
        assertThat(text(presenter, "#presenter-notes")).isEqualTo(notes(2, Language.ZH)).isEqualTo("第二步的备注。");
        assertThat(text(presenter, "#presenter-current")).isEqualTo("2.  " + title(2, Language.ZH));
        assertThat(text(audience, "#notes-text")).isEqualTo(notes(2, Language.ZH));
        assertThat(audience.timeline().getLanguage()).isEqualTo(Language.EN);
    }

    @Test
    void thePresenterViewsButtonSwitchesTheNotesAloneAndSaysWhichLanguageTheyAreIn(FxRobot robot) {
        FxWait.run(() -> presentation.goToStep(4));
        Button button = robot.lookup("#presenter-notes-language").queryButton();
        assertThat(button.getText()).isEqualTo("备注：中文（Shift+L）");

        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(presentation.notesLanguage()).isEqualTo(Language.EN);
        assertThat(button.getText()).isEqualTo("Notes: English (Shift+L)");
        assertThat(text(presenter, "#presenter-notes")).isEqualTo("Notes for step four.");
        assertThat(presentation.language()).as("the audience's language is left alone").isEqualTo(Language.ZH);
        assertThat(text(audience, "#card-title")).isEqualTo(title(4, Language.ZH));
        assertThat(button.isFocusTraversable()).as("the keys stay with the show").isFalse();
    }

    @Test
    void theAudiencesLanguageNoLongerMovesThePresenterView() {
        FxWait.run(() -> presentation.goToStep(1));
        String before = text(presenter, "#presenter-notes");

        FxWait.run(presentation::cycleLanguage);

        assertThat(text(audience, "#card-title")).isEqualTo(title(1, Language.EN));
        assertThat(text(presenter, "#presenter-notes")).isEqualTo(before).isEqualTo(notes(1, Language.ZH));
    }
}
