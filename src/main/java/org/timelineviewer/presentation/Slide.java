package org.timelineviewer.presentation;

import org.timelineviewer.model.Story;

/** What the audience sees at one point of a presentation: the title slide or one story step. */
public sealed interface Slide {

    /** The story's opening slide: its title and subtitle over the whole timeline. */
    record Title(Story story) implements Slide {
    }

    /** One step of the story; {@code number} counts steps from 1 (title slide excluded). */
    record Step(Story.Step step, int number) implements Slide {
    }
}
