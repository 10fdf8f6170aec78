package org.timelineviewer.export;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.presentation.StoryCamera;

/**
 * The timeline picture of each step of a story, as the audience saw it (the step's camera frame,
 * its event selected), for the PowerPoint deck (the PDF handout draws its own, in vectors).
 */
public final class StepPictures {

    /** Pixel size of each picture (a 900 x 310 layout drawn at 2x for print and projectors). */
    static final int WIDTH = 1800;
    static final int HEIGHT = 620;

    private StepPictures() {
    }

    /** Draws the picture of every step (on the JavaFX thread). */
    public static List<BufferedImage> draw(Timeline timeline, Story story, Language language) {
        List<BufferedImage> pictures = new ArrayList<>();
        for (Story.Step step : story.steps()) {
            TimelineEvent event = step.event();
            TimelinePicture.Request request = new TimelinePicture.Request(timeline, timeline.events(),
                    StoryCamera.frame(event, timeline.events()), event, language, false, false);
            pictures.add(Images.toBuffered(TimelinePicture.render(request, WIDTH, HEIGHT, 2)));
        }
        return pictures;
    }
}
