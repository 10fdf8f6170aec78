package org.timelineviewer.soak;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import javafx.stage.Stage;
import org.timelineviewer.presentation.ViewerState;
import org.timelineviewer.story.StoryMode;
import org.timelineviewer.testing.FxWait;

/**
 * What a person does with the app, at random but from a seed: one action at a time, chosen by
 * weight from what makes sense now, the main window's actions ({@link WindowActions}) or, while
 * presenting, a presenter's ({@link ShowActions}). Every action goes through the platform's robot
 * (keys, pointer, wheel) as real input does, and waits for the JavaFX thread to have handled it.
 * The same seed makes the same actions in the same order, so a failure can be replayed.
 */
final class UserActions {

    /** What the actions reach in the running app. */
    interface App {
        Stage stage();

        ViewerState state();

        StoryMode storyMode();

    }

    /**
     * One kind of action: its name, how often it is chosen (against the others' weights), and
     * what it does with the random source, returning what exactly it did.
     */
    record Action(String name, int weight, Function<Random, String> perform) {
    }

    /** A show this long is ended, so that a presenting that lost its keys cannot eat the whole soak. */
    static final int LONGEST_SHOW = 80;

    private final App app;
    private final Random random;
    private final List<Action> inWindow;
    private final List<Action> presenting;
    private final Action endShow;
    private int showActions;

    UserActions(App app, Random random) {
        this.app = app;
        this.random = random;
        this.inWindow = new WindowActions(app).actions();
        ShowActions show = new ShowActions(app);
        this.presenting = show.actions();
        this.endShow = show.end();
    }

    /** The next action: drawn from those that make sense now. */
    Action choose() {
        if (FxWait.call(() -> app.storyMode().isRunning())) {
            return ++showActions > LONGEST_SHOW ? endShow : pick(presenting);
        }
        showActions = 0;
        return pick(inWindow);
    }

    /** Does {@code action}; what exactly it did. */
    String perform(Action action) {
        return action.perform().apply(random);
    }

    private Action pick(List<Action> pool) {
        int total = pool.stream().mapToInt(Action::weight).sum();
        int r = random.nextInt(total);
        for (Action a : pool) {
            r -= a.weight();
            if (r < 0) {
                return a;
            }
        }
        throw new IllegalStateException("weights");
    }
}
