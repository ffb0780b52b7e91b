package dev.portcullis.simulator.http;

import dev.portcullis.simulator.estate.DemoDay;

/** What {@code /_simulator/estate} reads and switches: the demo day being served. */
public interface DaySwitch {

    /** The day served now (29 until switched). */
    DemoDay current();

    /**
     * Serves {@code day} from the next request on.
     *
     * @throws IllegalArgumentException unless {@code 0 <= day <= 29}
     */
    DemoDay serve(int day);
}
