package org.timelineviewer.presentation;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.io.Problem;
import org.timelineviewer.model.Category;
import org.timelineviewer.model.ChronologicalEvents;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

/**
 * What the views share: the timeline, the language, the selection, the search and category
 * filter, and whether lanes are shown. Read-only properties out, command methods in; views
 * never change each other, only this.
 */
public final class ViewerState {

    private final ReadOnlyObjectWrapper<Timeline> timeline = new ReadOnlyObjectWrapper<>(this, "timeline");
    private final ReadOnlyObjectWrapper<Language> language = new ReadOnlyObjectWrapper<>(this, "language", Language.EN);
    private final ReadOnlyObjectWrapper<Messages> messages = new ReadOnlyObjectWrapper<>(this, "messages",
            Messages.of(Language.EN));
    private final ReadOnlyObjectWrapper<TimelineEvent> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper searchText = new ReadOnlyStringWrapper(this, "searchText", "");
    private final ReadOnlyObjectWrapper<Set<String>> hiddenCategories = new ReadOnlyObjectWrapper<>(this,
            "hiddenCategories", Set.of());
    private final ReadOnlyBooleanWrapper lanesVisible = new ReadOnlyBooleanWrapper(this, "lanesVisible", false);
    private final ReadOnlyObjectWrapper<List<TimelineEvent>> shownEvents = new ReadOnlyObjectWrapper<>(this,
            "shownEvents", List.of());

    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper opening = new ReadOnlyStringWrapper(this, "opening", "");
    private final ReadOnlyObjectWrapper<List<Problem>> fileProblems = new ReadOnlyObjectWrapper<>(this, "fileProblems",
            List.of());
    private final Viewport viewport = new Viewport(timeline.getReadOnlyProperty(), shownEvents.getReadOnlyProperty(),
            selected.getReadOnlyProperty());

    public ViewerState(Timeline initial, Language initialLanguage) {
        setLanguage(initialLanguage);
        open(initial);
    }

    /** The span of time in view of the main timeline, and the commands that move it. */
    public Viewport viewport() {
        return viewport;
    }

    // ---- read-only state ----------------------------------------------------------------------

    public ReadOnlyObjectProperty<Timeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public Timeline getTimeline() {
        return timeline.get();
    }

    /** The name of a file being read to be opened while the window shows (empty: none), until a timeline opens. */
    public ReadOnlyStringProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public Language getLanguage() {
        return language.get();
    }

    /**
     * The UI strings of the current language. On a switch they change before
     * {@link #languageProperty()} does, so a listener of the language reads the new strings.
     */
    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages.getReadOnlyProperty();
    }

    public Messages getMessages() {
        return messages.get();
    }

    public ReadOnlyObjectProperty<TimelineEvent> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public TimelineEvent getSelected() {
        return selected.get();
    }

    public ReadOnlyStringProperty searchTextProperty() {
        return searchText.getReadOnlyProperty();
    }

    /** Ids of the categories the user has hidden. */
    public ReadOnlyObjectProperty<Set<String>> hiddenCategoriesProperty() {
        return hiddenCategories.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lanesVisibleProperty() {
        return lanesVisible.getReadOnlyProperty();
    }

    /** The events that pass the search and the category filter, in time order. */
    public ReadOnlyObjectProperty<List<TimelineEvent>> shownEventsProperty() {
        return shownEvents.getReadOnlyProperty();
    }

    public List<TimelineEvent> getShownEvents() {
        return shownEvents.get();
    }

    /** The file the timeline was read from; null for the bundled timeline. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path getFile() {
        return file.get();
    }

    /**
     * What is wrong with the open file as it is on disk now, when its last save could not be read
     * (the timeline shown is the last good one); empty when it reads.
     */
    public ReadOnlyObjectProperty<List<Problem>> fileProblemsProperty() {
        return fileProblems.getReadOnlyProperty();
    }

    /** A short message for the status bar ("Saved handout.pdf"); empty when there is none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    // ---- commands -----------------------------------------------------------------------------

    /** Shows {@code message} in the status bar until the next notice or {@link #clearNotice()}. */
    public void showNotice(String message) {
        notice.set(message == null ? "" : message);
    }

    public void clearNotice() {
        notice.set("");
    }

    /** Shows another timeline: clears the selection, search and filter. */
    public void open(Timeline value) {
        open(value, null);
    }

    /** Shows the timeline read from {@code from} (null: the bundled one); clears selection, search and filter. */
    public void open(Timeline value, Path from) {
        opening.set("");
        selected.set(null);
        searchText.set("");
        hiddenCategories.set(Set.of());
        fileProblems.set(List.of());
        file.set(from);
        timeline.set(value);
        refilter();
    }

    /** {@code name} is being read, to be opened when it is: said until a timeline opens. */
    public void startOpening(String name) {
        opening.set(name == null ? "" : name);
    }

    /**
     * The open file again, as it is now: the view stays where it is, and the selection, search and
     * filter stay as far as the new timeline still has their events and categories.
     */
    public void reload(Timeline value) {
        String selectedId = getSelected() == null ? null : getSelected().id();
        Set<String> hidden = new LinkedHashSet<>();
        for (String id : hiddenCategories.get()) {
            if (value.category(id).isPresent()) {
                hidden.add(id);
            }
        }
        fileProblems.set(List.of());
        selected.set(null);
        hiddenCategories.set(Set.copyOf(hidden));
        timeline.set(value);
        refilter();
        if (selectedId != null) {
            value.event(selectedId).filter(getShownEvents()::contains).ifPresent(this::select);
        }
    }

    /** The open file's last save could not be read: these are its problems (the last good timeline stays). */
    public void showFileProblems(List<Problem> problems) {
        fileProblems.set(List.copyOf(problems));
    }

    public void setLanguage(Language value) {
        if (value == null) {
            return;
        }
        // The strings first: listeners of the language read them.
        if (messages.get().language() != value) {
            messages.set(Messages.of(value));
        }
        language.set(value);
    }

    public void toggleLanguage() {
        setLanguage(getLanguage().other());
    }

    /**
     * Selects {@code event} (null clears the selection) where it is: picking an event on the
     * timeline does not move the timeline.
     */
    public void select(TimelineEvent event) {
        selected.set(event);
    }

    /** Goes to the event with this id, if the timeline has one: selects it and brings it into view. */
    public void selectById(String id) {
        Timeline t = getTimeline();
        if (t != null) {
            t.event(id).ifPresent(this::goTo);
        }
    }

    /**
     * Enter in the search field: goes to the best match of the search among the shown events,
     * the first whose title contains the query (a match in the title beats one in the text),
     * else the first shown. Nothing when no event is shown.
     */
    public void selectBestMatch() {
        List<TimelineEvent> shown = getShownEvents();
        if (shown.isEmpty()) {
            return;
        }
        String query = searchText.get().strip();
        goTo(shown.stream().filter(e -> e.title().contains(query)).findFirst().orElse(shown.get(0)));
    }

    private void goTo(TimelineEvent event) {
        select(event);
        viewport.reveal(event);
    }

    /** Filters to events containing {@code text} in either language (blank shows all). */
    public void search(String text) {
        searchText.set(text == null ? "" : text);
        refilter();
    }

    public void setCategoryVisible(String categoryId, boolean visible) {
        Set<String> hidden = new LinkedHashSet<>(hiddenCategories.get());
        if (visible) {
            hidden.remove(categoryId);
        } else {
            hidden.add(categoryId);
        }
        hiddenCategories.set(Set.copyOf(hidden));
        refilter();
    }

    /** Shows exactly these categories. */
    public void showCategories(Set<String> visibleIds) {
        Timeline t = getTimeline();
        Set<String> hidden = new LinkedHashSet<>();
        if (t != null) {
            for (Category c : t.categories()) {
                if (!visibleIds.contains(c.id())) {
                    hidden.add(c.id());
                }
            }
        }
        hiddenCategories.set(Set.copyOf(hidden));
        refilter();
    }

    public void setLanesVisible(boolean value) {
        lanesVisible.set(value);
    }

    private void refilter() {
        Timeline t = getTimeline();
        if (t == null) {
            shownEvents.set(List.of());
            return;
        }
        String query = searchText.get();
        Set<String> hidden = hiddenCategories.get();
        // all shown (as a file opens): the timeline's own list, neither copied nor sorted and indexed again
        boolean all = hidden.isEmpty() && (query == null || query.isBlank());
        List<TimelineEvent> shown = all ? t.events() : ChronologicalEvents.of(t.events())
                .filter(e -> !hidden.contains(e.category().id()) && e.matches(query));
        shownEvents.set(shown);
        if (getSelected() != null && !shown.contains(getSelected())) {
            selected.set(null);
        }
    }
}
