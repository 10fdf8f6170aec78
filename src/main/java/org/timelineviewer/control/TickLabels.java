package org.timelineviewer.control;

/**
 * The text of an axis tick: the step of {@code every} {@code unit}s starting at {@code stepStart}
 * (an epoch day). {@link TimelineView#tickLabelFactoryProperty()} takes one; {@link #PLAIN} is
 * the control's own, in ISO 8601 forms and English words.
 */
@FunctionalInterface
public interface TickLabels {

    /** "2024-09", "2024-Q3", "2020s", "09:30", "44 BCE", "65000000 years ago". */
    TickLabels PLAIN = PlainTexts::tickLabel;

    String label(TickUnit unit, double stepStart, int every);
}
