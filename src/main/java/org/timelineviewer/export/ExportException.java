package org.timelineviewer.export;

import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;

/**
 * An export that did not happen, with a reason a person can act on ("the disk is full"), in
 * either language: {@link #message(Messages)} says it in the user's; {@link #getMessage()} in
 * English, for the log.
 */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    /** The reason under message key {@code key} with {@code args} (texts, so no number formatting). */
    public ExportException(Throwable cause, String key, Object... args) {
        super(Messages.of(Language.EN).format(key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public ExportException(String key, Object... args) {
        this(null, key, args);
    }

    /** The reason in {@code messages}' language. */
    public String message(Messages messages) {
        return messages.format(key, args);
    }

    /** The message key of the reason (for tests). */
    String key() {
        return key;
    }
}
