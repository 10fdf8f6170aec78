package org.timelineviewer.story;

import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.MinutesSeconds;
import org.timelineviewer.presentation.Presentation;
import org.timelineviewer.presentation.Rehearsal;
import org.timelineviewer.presentation.TalkPace;

/**
 * The presenter's countdown: the time left in the talk (with a minus sign, in red, once over)
 * beside the pace mark (ahead / on time / behind, in colour <em>and</em> in words with a symbol),
 * and under them, in a rehearsal, the time the step on screen has had. A row of its own under the
 * elapsed time and the clock: beside them it would not fit a 1280 px screen. It shows what the
 * {@link Presentation} reads; it is updated by its owner's clock ({@link #update()}).
 */
final class TalkClockPane extends VBox {

    private final Presentation presentation;
    private final Rehearsal rehearsal;
    private final Label heading = new Label();
    private final Label countdown = new Label();
    private final Label pace = new Label();
    private final Label rehearsed = new Label();
    private final VBox left = new VBox(heading, countdown);

    /** @param rehearsal the rehearsal under way, or null */
    TalkClockPane(Presentation presentation, Rehearsal rehearsal) {
        this.presentation = presentation;
        this.rehearsal = rehearsal;
        getStyleClass().add("presenter-talk-clock");
        heading.getStyleClass().add("presenter-heading");
        countdown.setId("presenter-countdown");
        countdown.getStyleClass().add("presenter-time");
        pace.setId("presenter-pace");
        pace.getStyleClass().add("presenter-pace");
        rehearsed.setId("presenter-rehearsed");
        rehearsed.getStyleClass().add("presenter-rehearsed");
        rehearsed.setWrapText(true);
        left.getStyleClass().add("presenter-box");
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(left, pace);
        row.getStyleClass().add("presenter-countdown-row");
        row.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
        getChildren().addAll(row, rehearsed);
        update();
    }

    /** Shows the readings now. */
    void update() {
        Messages m = Messages.of(presentation.notesLanguage());
        TalkPace.Reading reading = presentation.paceReading().orElse(null);
        boolean shown = reading != null;
        for (javafx.scene.Node n : new javafx.scene.Node[] {left, pace}) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
        if (shown) {
            heading.setText(m.format(reading.over() ? "presenter.countdown.over" : "presenter.countdown",
                    MinutesSeconds.format(presentation.pace().orElseThrow().length())));
            countdown.setText(reading.over() ? "−" + MinutesSeconds.format(reading.left().negated())
                    : MinutesSeconds.format(reading.left()));
            mark(countdown, "over", reading.over());
            pace.setText(switch (reading.pace()) {
                case AHEAD -> m.format("presenter.pace.ahead", MinutesSeconds.format(reading.by()));
                case ON_TIME -> m.get("presenter.pace.onTime");
                case BEHIND -> m.format("presenter.pace.behind", MinutesSeconds.format(reading.by()));
            });
            mark(pace, "ahead", reading.pace() == TalkPace.Pace.AHEAD);
            mark(pace, "on-time", reading.pace() == TalkPace.Pace.ON_TIME);
            mark(pace, "behind", reading.pace() == TalkPace.Pace.BEHIND);
        }
        rehearsed.setVisible(rehearsal != null);
        rehearsed.setManaged(rehearsal != null);
        if (rehearsal != null) {
            Duration all = rehearsal.times().stream().reduce(Duration.ZERO, Duration::plus);
            rehearsed.setText(m.format("presenter.rehearsal", MinutesSeconds.format(rehearsal.onCurrentStep()),
                    MinutesSeconds.format(all)));
        }
    }

    /** In a rehearsal, what to add to a step's line in the list of steps: the time it has had ("  · 1:12"), if any. */
    String rehearsed(org.timelineviewer.presentation.Slide slide) {
        if (rehearsal == null || !(slide instanceof org.timelineviewer.presentation.Slide.Step step)) {
            return "";
        }
        Duration time = rehearsal.times().get(step.number() - 1);
        return time.getSeconds() == 0 ? "" : "  · " + MinutesSeconds.format(time);
    }

    private static void mark(Label label, String styleClass, boolean on) {
        if (!on) {
            label.getStyleClass().remove(styleClass);
        } else if (!label.getStyleClass().contains(styleClass)) {
            label.getStyleClass().add(styleClass);
        }
    }
}
