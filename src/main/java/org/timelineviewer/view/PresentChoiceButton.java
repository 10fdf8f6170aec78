package org.timelineviewer.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.presentation.ViewerState;

/**
 * Beside the Present button: what to present — one of the file's stories, every event, or the
 * events the search and the category filter show. The items are made each time the menu opens,
 * so they always name the current timeline's stories and the current count of shown events.
 */
final class PresentChoiceButton extends MenuButton {

    private final ViewerState state;
    private final ViewCommands commands;

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
        }
        getItems().setAll(items);
    }
}
