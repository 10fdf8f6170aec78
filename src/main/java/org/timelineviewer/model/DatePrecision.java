package org.timelineviewer.model;

/** How precisely a source dates something. A date never claims more precision than its source. */
public enum DatePrecision {
    YEAR, QUARTER, MONTH, DAY
}
