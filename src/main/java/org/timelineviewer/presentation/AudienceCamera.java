package org.timelineviewer.presentation;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.TimelineEvent;

/**
 * The audience's camera in the presenter's hand, for questions from the room: besides following
 * the story it can frame a span the presenter dragged, show the whole timeline, or make a
 * <em>detour</em> to an event searched for and come back. The story's own place (the slide) stays
 * with the {@link Presentation}; any change of slide brings the camera back to the story.
 */
public final class AudienceCamera {

    /** Where the camera points. */
    public sealed interface Shot permits Follow, Framed, Overview {
    }

    /** The framing of the event on the card: the step's, or the detour's. */
    public record Follow() implements Shot {
    }

    /** A span of time the presenter chose (by dragging a rectangle). */
    public record Framed(TimeWindow window) implements Shot {
    }

    /** The whole timeline. */
    public record Overview() implements Shot {
    }

    public static final Shot FOLLOW = new Follow();
    public static final Shot OVERVIEW = new Overview();

    private final ReadOnlyObjectWrapper<Shot> shot = new ReadOnlyObjectWrapper<>(this, "shot", FOLLOW);
    private final ReadOnlyObjectWrapper<TimelineEvent> detour = new ReadOnlyObjectWrapper<>(this, "detour");

    public ReadOnlyObjectProperty<Shot> shotProperty() {
        return shot.getReadOnlyProperty();
    }

    public Shot shot() {
        return shot.get();
    }

    /** The event shown instead of the story's step (null when on the story). */
    public ReadOnlyObjectProperty<TimelineEvent> detourProperty() {
        return detour.getReadOnlyProperty();
    }

    public TimelineEvent detour() {
        return detour.get();
    }

    public boolean onDetour() {
        return detour.get() != null;
    }

    // ---- commands -----------------------------------------------------------------------------

    /** Flies to {@code window} (a dragged rectangle). */
    public void frame(TimeWindow window) {
        if (window != null && window.span() > 0) {
            shot.set(new Framed(window));
        }
    }

    /** O: the whole timeline, or back to the framing of the event on the card. */
    public void toggleOverview() {
        shot.set(shot.get() instanceof Overview ? FOLLOW : OVERVIEW);
    }

    /** Shows {@code event} (its card and its framing) until the presenter returns to the story. */
    public void showEvent(TimelineEvent event) {
        if (event != null) {
            detour.set(event);
            shot.set(FOLLOW);
        }
    }

    /** Leaves a detour for the story's step, as it was; false when there was none. */
    public boolean leaveDetour() {
        if (detour.get() == null) {
            return false;
        }
        followStory();
        return true;
    }

    /** Back to the story's framing of its current slide (a slide change does this). */
    public void followStory() {
        detour.set(null);
        shot.set(FOLLOW);
    }
}
