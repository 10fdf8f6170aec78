package org.timelineviewer.io;

import org.timelineviewer.model.Timeline;

/** A timeline read from a file, with what the reading kept and left out. */
public record Opened(Timeline timeline, ImportReport report) {
}
