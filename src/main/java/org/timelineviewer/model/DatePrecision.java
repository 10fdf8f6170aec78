package org.timelineviewer.model;

/** How precisely a source dates something. A date never claims more precision than its source. */
public enum DatePrecision {
    YEAR, QUARTER, MONTH, DAY, HOUR, MINUTE, SECOND;

    /** True for the precisions finer than a day: a time of day is given. */
    public boolean hasTime() {
        return compareTo(DAY) > 0;
    }

    /** True for a day or finer: drawn as a point rather than a bar. */
    public boolean isPoint() {
        return compareTo(DAY) >= 0;
    }
}
