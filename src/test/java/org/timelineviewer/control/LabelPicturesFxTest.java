package org.timelineviewer.control;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.Snapshots;
import org.timelineviewer.testing.UiFixture;

/**
 * A crowded view draws each painted label as a picture of its text, made once in a snapshot with
 * the others of its pass: the view must look exactly as with the labels drawn glyph by glyph, in
 * both languages, and a pass over labels it has pictures of takes no snapshot.
 */
@ExtendWith(ApplicationExtension.class)
class LabelPicturesFxTest extends FxRobot {

    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.setAnimated(false);
        view.setTimeline(UiFixture.timeline());
        view.setMarkerNodeLimit(0); // every event painted
        stage.setScene(new Scene(view, 1400, 700));
        stage.show();
    }

    @BeforeEach
    void asItStarts() {
        FxWait.run(() -> {
            view.setSelectedEvent(null);
            layer().useLabelPictures(true);
        });
        FxWait.settle();
    }

    private EventLayer layer() {
        return (EventLayer) view.lookup(".event-layer");
    }

    private Image shot(boolean pictures) {
        FxWait.run(() -> layer().useLabelPictures(pictures));
        FxWait.settle();
        return Snapshots.of(view);
    }

    @Test
    void labelsDrawnAsPicturesLookExactlyAsTextInBothLanguages() {
        for (Language language : Language.values()) {
            FxWait.run(() -> view.setLanguage(language));
            Image glyphs = shot(false);
            assertThat(FxWait.call(() -> layer().labelPictures()[1])).isZero();
            Image pictures = shot(true);
            int[] made = FxWait.call(() -> layer().labelPictures());
            assertThat(made[1]).as("label pictures in %s", language).isEqualTo(UiFixture.EVENTS);
            assertThat(made[2]).as("labels drawn as pictures in %s", language).isEqualTo(UiFixture.EVENTS);
            // a picture blended into the scene rounds a few edge pixels of a glyph one step off (4 of 980,000 here)
            assertThat(Snapshots.differingPixels(glyphs, pictures, 1)).as("pixels that differ by more than a step in %s", language).isZero();
            assertThat(Snapshots.differingPixels(glyphs, pictures, 0)).as("pixels a step off in %s", language).isLessThan(100);
        }
    }

    @Test
    void aPassOverLabelsItHasPicturesOfTakesNoSnapshot() {
        shot(true);
        int snapshots = FxWait.call(() -> layer().labelPictures()[0]);
        TimeWindow start = FxWait.call(() -> view.getVisibleWindow());
        for (int i = 1; i <= 3; i++) { // a little to and fro: the same labels, elsewhere
            double by = (i % 2 == 0 ? -1 : 1) * (start.end() - start.start()) * 0.002;
            FxWait.run(() -> view.showWindow(new TimeWindow(start.start() + by, start.end() + by)));
            FxWait.settle();
        }
        assertThat(FxWait.call(() -> layer().labelPictures()[0])).isEqualTo(snapshots);
        assertThat(FxWait.call(() -> layer().labelPictures()[2])).isEqualTo(UiFixture.EVENTS);
    }
}
