package org.timelineviewer.view;

/** The commands the toolbar offers beyond the shared state: the camera, and presenting. */
public interface ViewCommands {
    void zoomIn();

    void zoomOut();

    void fitAll();

    /** Starts presenting the timeline's story. */
    void present();

    /** Saves a picture of the view; 0 x 0 means the window's size. */
    void exportPicture(int width, int height);

    /** Saves the story as a PDF handout. */
    void exportHandout();
}
