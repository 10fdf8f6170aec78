package org.timelineviewer.view;

/** The commands the toolbar offers beyond the shared state: the camera, and presenting. */
public interface ViewCommands {
    void zoomIn();

    void zoomOut();

    void fitAll();

    /** Starts presenting the timeline's story. */
    void present();
}
