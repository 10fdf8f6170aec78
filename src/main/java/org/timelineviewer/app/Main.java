package org.timelineviewer.app;

import javafx.application.Application;

/**
 * Plain launcher. Starting through a class that does not extend {@link Application} lets the
 * app run from a jar with JavaFX on the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(TimelineApp.class, args);
    }
}
