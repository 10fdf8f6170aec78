package org.timelineviewer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Which precisions draw as points and which give a time of day: a day and finer, finer than a day. */
class DatePrecisionTest {

    @Test
    void aDayOrFinerIsAPointAndFinerThanADayHasATime() {
        EnumSet<DatePrecision> points = EnumSet.noneOf(DatePrecision.class);
        EnumSet<DatePrecision> timed = EnumSet.noneOf(DatePrecision.class);
        for (DatePrecision p : DatePrecision.values()) {
            if (p.isPoint()) {
                points.add(p);
            }
            if (p.hasTime()) {
                timed.add(p);
            }
        }
        assertThat(points).containsExactly(DatePrecision.DAY, DatePrecision.HOUR, DatePrecision.MINUTE, DatePrecision.SECOND);
        assertThat(timed).containsExactly(DatePrecision.HOUR, DatePrecision.MINUTE, DatePrecision.SECOND);
    }
}
