package dev.portcullis.simulator.estate;

import java.util.List;
import java.util.stream.IntStream;

/** The 30 days of the demo, each built once for the whole test run (estates are immutable values). */
final class DemoDays {

    private static final Estate[] ESTATES = new Estate[DemoHistory.DAYS];

    private DemoDays() {
    }

    static synchronized Estate on(int day) {
        if (ESTATES[day] == null) {
            ESTATES[day] = Estate.demoOnDay(day);
        }
        return ESTATES[day];
    }

    /** 0 to 29, for {@code @MethodSource}. */
    static List<Integer> days() {
        return IntStream.rangeClosed(DemoHistory.FIRST_DAY, DemoHistory.TODAY).boxed().toList();
    }
}
