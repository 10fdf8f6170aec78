package org.timelineviewer.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.timelineviewer.model.Language;
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

    private AxisTicks() {
    }

    /**
     * The finest step whose labels do not overlap at this scale: days, weeks, months, quarters,
     * years (every year, every 2nd or every 5th), then decades (every n-th when even those are
     * too dense).
     */
    public static Axis choose(TimeScale scale, Language language, ToDoubleFunction<String> measure) {
        double minWidth = measure.applyAsDouble("0000");
        for (TickUnit unit : TickUnit.values()) {
            for (int every : unit == TickUnit.YEAR ? new int[] {1, 2, 5} : new int[] {1}) {
                if (unit.approximateDays() * every * 1.1 * scale.pixelsPerDay() < minWidth + LABEL_GAP + LABEL_INSET) {
                    continue;
                }
                List<Tick> ticks = ticks(scale, unit, every, language, measure);
                if (fits(ticks)) {
                    return new Axis(unit, ticks);
                }
            }
        }
        for (int every = 2; ; every *= 2) {
            List<Tick> ticks = ticks(scale, TickUnit.DECADE, every, language, measure);
            if (fits(ticks)) {
                return new Axis(TickUnit.DECADE, ticks);
            }
        }
    }

    /** The ticks of {@code unit} (every {@code every}-th step) from just before the view to its end. */
    public static List<Tick> ticks(TimeScale scale, TickUnit unit, int every, Language language,
                                   ToDoubleFunction<String> measure) {
        TimeWindow w = scale.window();
        LocalDate date = unit.floor(LocalDate.ofEpochDay((long) Math.floor(w.start())));
        List<Tick> out = new ArrayList<>();
        int index = 0;
        while (date.toEpochDay() < w.end()) {
            if (every == 1 || Math.floorMod(stepNumber(unit, date), every) == 0) {
                String label = unit.label(date, language);
                out.add(new Tick(date.toEpochDay(), scale.toX(date.toEpochDay()), label, measure.applyAsDouble(label)));
            }
            date = unit.next(date);
            if (++index > 100_000) {
                break; // a guard: never reached for the spans the view allows
            }
        }
        return out;
    }

    private static long stepNumber(TickUnit unit, LocalDate date) {
        return switch (unit) {
            case DECADE -> Math.floorDiv(date.getYear(), 10);
            case YEAR -> date.getYear();
            default -> date.toEpochDay();
        };
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
