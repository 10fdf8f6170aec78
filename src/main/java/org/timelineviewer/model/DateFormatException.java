package org.timelineviewer.model;

/** A date string that is not in the timeline format, or names a day that does not exist. */
public final class DateFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public DateFormatException(String message) {
        super(message);
    }
}
