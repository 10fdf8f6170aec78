package org.timelineviewer.model;

import java.util.Optional;

/** A background band such as one CEO's tenure. A missing start or end leaves that side open. */
public record Era(String id, LocalizedText label, HistoricDate start, HistoricDate end) {

    public Optional<HistoricDate> startDate() {
        return Optional.ofNullable(start);
    }

    public Optional<HistoricDate> endDate() {
        return Optional.ofNullable(end);
    }

    /** First epoch day of the era, or negative infinity when open at the start. */
    public double startDay() {
        return start == null ? Double.NEGATIVE_INFINITY : start.startDay();
    }

    /** Epoch day the era ends (exclusive), or positive infinity when open at the end. */
    public double endDay() {
        return end == null ? Double.POSITIVE_INFINITY : end.startDay();
    }

    public boolean contains(double day) {
        return day >= startDay() && day < endDay();
    }
}
