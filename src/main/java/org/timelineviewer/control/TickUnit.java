package org.timelineviewer.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.timelineviewer.i18n.DateTexts;
import org.timelineviewer.model.Language;

/** The steps the axis can be divided into, finest first. */
public enum TickUnit {
    DAY(1),
    WEEK(7),
    MONTH(30.44),
    QUARTER(91.31),
    YEAR(365.24),
    DECADE(3652.4);

    private final double approximateDays;

    TickUnit(double approximateDays) {
        this.approximateDays = approximateDays;
    }

    /** The average length of one step, in days. */
    public double approximateDays() {
        return approximateDays;
    }

    /** The start of the step containing {@code date}. Weeks start on Monday (ISO 8601). */
    public LocalDate floor(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> LocalDate.of(date.getYear(), 1, 1);
            case DECADE -> LocalDate.of(Math.floorDiv(date.getYear(), 10) * 10, 1, 1);
        };
    }

    /** The start of the step after the one starting at {@code stepStart}. */
    public LocalDate next(LocalDate stepStart) {
        return switch (this) {
            case DAY -> stepStart.plusDays(1);
            case WEEK -> stepStart.plusWeeks(1);
            case MONTH -> stepStart.plusMonths(1);
            case QUARTER -> stepStart.plusMonths(3);
            case YEAR -> stepStart.plusYears(1);
            case DECADE -> stepStart.plusYears(10);
        };
    }

    /** The axis label of the step starting at {@code stepStart}: "Sep 2024" / "2024年9月". */
    public String label(LocalDate stepStart, Language language) {
        return switch (this) {
            case DAY, WEEK -> DateTexts.day(stepStart, language);
            case MONTH -> DateTexts.month(stepStart, language);
            case QUARTER -> DateTexts.quarter(stepStart.getYear(), (stepStart.getMonthValue() - 1) / 3 + 1, language);
            case YEAR -> DateTexts.year(stepStart.getYear(), language);
            case DECADE -> DateTexts.decade(stepStart.getYear(), language);
        };
    }
}
