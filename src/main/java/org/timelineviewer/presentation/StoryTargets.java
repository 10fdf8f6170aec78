package org.timelineviewer.presentation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;

/** A rehearsal's times kept as a story's target times: the timeline with that one story changed, all else as it was. */
public final class StoryTargets {

    private StoryTargets() {
    }

    /**
     * {@code timeline} with the steps of its story {@code rehearsed.id()} given {@code times} as
     * their target times (a zero time keeps the step's own); empty when the timeline has no such
     * story, or its steps are no longer the ones rehearsed (the file changed since).
     */
    public static Optional<Timeline> apply(Timeline timeline, Story rehearsed, List<Duration> times) {
        Optional<Story> own = timeline.stories().stream().filter(s -> s.id().equals(rehearsed.id())).findFirst();
        if (own.isEmpty() || !sameEvents(own.get(), rehearsed) || times.size() != rehearsed.steps().size()) {
            return Optional.empty();
        }
        List<Story> stories = new ArrayList<>(timeline.stories());
        stories.set(stories.indexOf(own.get()), own.get().withTargets(times));
        return Optional.of(new Timeline(timeline.title(), timeline.subtitle().orElse(null), timeline.sources(),
                timeline.categories(), timeline.eras(), timeline.events(), stories));
    }

    private static boolean sameEvents(Story a, Story b) {
        return a.steps().stream().map(s -> s.event().id()).toList()
                .equals(b.steps().stream().map(s -> s.event().id()).toList());
    }
}
