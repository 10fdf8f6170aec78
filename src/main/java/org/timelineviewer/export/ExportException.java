package org.timelineviewer.export;

/** An export that did not happen, with a reason a person can act on ("the disk is full"). */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExportException(String message) {
        super(message);
    }
}
