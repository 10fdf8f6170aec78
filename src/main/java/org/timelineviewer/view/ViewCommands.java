package org.timelineviewer.view;

/**
 * The features the main window offers beyond the shared state, wired by the app: presenting
 * and exporting. (Zoom, pan and fit are commands on the state's viewport.)
 */
public interface ViewCommands {

    /** Starts presenting the timeline's story (its first; every event when it has none). */
    void present();

    /** Starts presenting the story {@code storyId} of the timeline ({@code Story.DEFAULT_ID}: every event). */
    void presentStory(String storyId);

    /** Starts presenting the events the search and the category filter show, in time order. */
    void presentShownEvents();

    /** Starts a rehearsal of the story {@code storyId}: the time on each step is recorded, to keep as its target. */
    void rehearseStory(String storyId);

    /** How long the talks presented from now on are meant to be (null: as long as the story's target times say). */
    void chooseTalkLength(java.time.Duration length);

    /** Saves a picture of the view of {@code width} x {@code height} pixels; 0 x 0 means the window's size. */
    void exportPicture(int width, int height);

    /** Saves the story as a PDF handout. */
    void exportHandout();

    /** Saves the presenter's copy: the PDF handout with each step's speaker notes. */
    void exportPresentersCopy();

    /** Saves the story as a PowerPoint deck, its speaker notes in the notes pane. */
    void exportDeck();

    /** Opens {@code url} in the user's browser (links and media in an event's details). */
    void openLink(String url);

    /** Asks which timeline file to open, and opens it. */
    void chooseFile();

    /** Opens {@code file} (a recent file, one dropped on the window). */
    void openFile(java.nio.file.Path file);

    /** Opens the timeline the app comes with. */
    void openBundled();

    /** Reads the open file again. */
    void reload();

    /** Asks where, then saves the timeline in this app's own format. */
    void saveAs();
}
