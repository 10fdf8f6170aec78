package org.timelineviewer.presentation;

import org.timelineviewer.model.Story;

/**
 * What the audience sees at one point of a presentation: the title slide, one story step, or the
 * end slide after the last step.
 */
public sealed interface Slide {

    /** The story's opening slide: its title and subtitle over the whole timeline. */
    record Title(Story story) implements Slide {
    }

    /** One step of the story; {@code number} counts steps from 1 (title slide excluded). */
    record Step(Story.Step step, int number) implements Slide {
    }

    /** After the last step: the story has ended, and Esc returns to the main window. */
    record End(Story story) implements Slide {
    }
}
