package org.timelineviewer.model;

/** How sure the source is that an event happened. */
public enum EventStatus {
    CONFIRMED("confirmed"),
    /** Reported by media or an insider, not confirmed by the parties. */
    REPORTED("reported"),
    RUMOURED("rumoured"),
    /** Reported or rumoured, then denied by a party. */
    DENIED("denied"),
    /** The file does not say (timelines from elsewhere): no status is shown, none is claimed. */
    UNSTATED("unstated");

    /** Every status, once: values() copies its array on every call, and a large file asks once an event. */
    private static final EventStatus[] ALL = values();

    private final String code;

    EventStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** True for statuses an audience must not mistake for fact. */
    public boolean isDoubtful() {
        return this == RUMOURED || this == DENIED;
    }

    /** False for {@link #UNSTATED}: there is nothing to show. */
    public boolean isStated() {
        return this != UNSTATED;
    }

    public static EventStatus fromCode(String code) {
        for (EventStatus status : ALL) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        return null;
    }
}
