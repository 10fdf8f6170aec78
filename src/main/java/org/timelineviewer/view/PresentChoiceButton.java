package org.timelineviewer.view;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.presentation.ViewerState;

/**
 * Beside the Present button: what to present — one of the file's stories, every event, or the
 * events the search and the category filter show; a rehearsal of one of the file's stories; and
 * how long the talk is meant to be. The items are made each time the menu opens, so they always
 * name the current timeline's stories and the current count of shown events.
 */
final class PresentChoiceButton extends MenuButton {

    /** The talk lengths offered, in minutes, besides the story's own target times. */
    static final List<Integer> TALK_MINUTES = List.of(10, 15, 20, 30, 45, 60);

    private final ViewerState state;
    private final ViewCommands commands;
    /** The talk length last chosen here and handed to the commands (null: the story's target times). */
    private Duration talkLength;

    PresentChoiceButton(ViewerState state, ViewCommands commands) {
        this.state = state;
        this.commands = commands;
        setId("present-choice");
        getStyleClass().add("present-choice");
        addEventHandler(ON_SHOWING, e -> rebuild());
        rebuild();
    }

    private void rebuild() {
        Timeline timeline = state.getTimeline();
        Messages m = state.getMessages();
        List<MenuItem> items = new ArrayList<>();
        if (timeline != null) {
            for (Story story : timeline.stories()) {
                MenuItem item = new MenuItem(m.format("present.story", story.title().in(m.language()),
                        story.steps().size()));
                item.setId("present-story-" + story.id());
                item.setOnAction(e -> commands.presentStory(story.id()));
                items.add(item);
            }
            if (!items.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
            MenuItem all = new MenuItem(m.format("present.all", timeline.events().size()));
            all.setId("present-all");
            all.setOnAction(e -> commands.presentStory(Story.DEFAULT_ID));
            int shownCount = state.getShownEvents().size();
            MenuItem shown = new MenuItem(m.format("present.shown", shownCount));
            shown.setId("present-shown");
            shown.setDisable(shownCount == 0);
            shown.setOnAction(e -> commands.presentShownEvents());
            items.add(all);
            items.add(shown);
            items.add(new SeparatorMenuItem());
            if (!timeline.stories().isEmpty()) {
                items.add(rehearseMenu(timeline, m));
            }
            items.add(talkLengthMenu(m));
        }
        getItems().setAll(items);
    }

    private Menu rehearseMenu(Timeline timeline, Messages m) {
        Menu rehearse = new Menu(m.get("present.rehearse"));
        rehearse.setId("present-rehearse");
        for (Story story : timeline.stories()) {
            MenuItem item = new MenuItem(m.format("present.rehearse.story", story.title().in(m.language()),
                    story.steps().size()));
            item.setId("present-rehearse-" + story.id());
            item.setOnAction(e -> commands.rehearseStory(story.id()));
            rehearse.getItems().add(item);
        }
        return rehearse;
    }

    private Menu talkLengthMenu(Messages m) {
        Menu lengths = new Menu(m.get("present.talkLength"));
        lengths.setId("present-talk-length");
        ToggleGroup group = new ToggleGroup();
        lengths.getItems().add(lengthItem(m.get("present.talkLength.targets"), "targets", null, group));
        for (int minutes : TALK_MINUTES) {
            lengths.getItems().add(lengthItem(m.format("present.talkLength.minutes", minutes), String.valueOf(minutes),
                    Duration.ofMinutes(minutes), group));
        }
        return lengths;
    }

    private RadioMenuItem lengthItem(String text, String id, Duration length, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId("present-talk-length-" + id);
        item.setToggleGroup(group);
        item.setSelected(java.util.Objects.equals(length, talkLength));
        item.setOnAction(e -> {
            talkLength = length;
            commands.chooseTalkLength(length);
        });
        return item;
    }
}
