package org.timelineviewer.view;

/** The camera commands the toolbar offers; the timeline control carries them out. */
public interface ViewCommands {
    void zoomIn();

    void zoomOut();

    void fitAll();
}
