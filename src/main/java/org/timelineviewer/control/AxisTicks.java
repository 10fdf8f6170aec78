package org.timelineviewer.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.timelineviewer.model.TimeWindow;

/**
 * Chooses the finest axis step whose labels fit side by side without overlapping, and lists the
 * ticks in view. Labels are drawn left-aligned just right of their tick. No JavaFX here: label
 * widths come from a measuring function the caller supplies.
 */
public final class AxisTicks {

    /** One labelled tick: its instant, its x, its text and the width that text takes. */
    public record Tick(double day, double x, String label, double labelWidth) {
    }

    /** The chosen step and its ticks. */
    public record Axis(TickUnit unit, List<Tick> ticks) {
    }

    /** Space kept between the end of one label and the next tick. */
    public static final double LABEL_GAP = 12;
    /** Space between a tick line and the start of its label. */
    public static final double LABEL_INSET = 5;
    /** A guard: never reached for the spans the view allows (a few hundred ticks at most). */
    static final int MAX_TICKS = 10_000;

    private AxisTicks() {
    }

    /**
     * The finest step whose labels do not overlap at this scale: minutes and hours (every 1st,
     * 5th…), days, weeks, months, quarters, then years, decades, centuries and on in powers of
     * ten years to deep time, each every step, every 2nd or every 5th.
     */
    public static Axis choose(TimeScale scale, TickLabels labels, ToDoubleFunction<String> measure) {
        double minWidth = measure.applyAsDouble("00:00");
        for (TickUnit unit : TickUnit.values()) {
            for (int every : unit.multiples()) {
                if (unit.approximateDays() * every * 1.1 * scale.pixelsPerDay() < minWidth + LABEL_GAP + LABEL_INSET) {
                    continue;
                }
                List<Tick> ticks = ticks(scale, unit, every, labels, measure);
                if (fits(ticks)) {
                    return new Axis(unit, ticks);
                }
            }
        }
        TickUnit widest = TickUnit.values()[TickUnit.values().length - 1];
        return new Axis(widest, ticks(scale, widest, 5, labels, measure));
    }

    /** The ticks of {@code unit} (every {@code every}-th step) from just before the view to its end. */
    public static List<Tick> ticks(TimeScale scale, TickUnit unit, int every, TickLabels labels,
                                   ToDoubleFunction<String> measure) {
        TimeWindow w = scale.window();
        double day = unit.floor(w.start(), every);
        List<Tick> out = new ArrayList<>();
        for (int index = 0; day < w.end() && index < MAX_TICKS; index++) {
            String label = labels.label(unit, day, every);
            out.add(new Tick(day, scale.toX(day), label, measure.applyAsDouble(label)));
            double next = unit.next(day, every);
            if (!(next > day)) {
                break; // beyond the precision of a double: no further step to take
            }
            day = next;
        }
        return out;
    }

    /** True when no label reaches into the next one. */
    static boolean fits(List<Tick> ticks) {
        for (int i = 0; i + 1 < ticks.size(); i++) {
            Tick a = ticks.get(i);
            if (a.x() + LABEL_INSET + a.labelWidth() + LABEL_GAP > ticks.get(i + 1).x()) {
                return false;
            }
        }
        return true;
    }
}
