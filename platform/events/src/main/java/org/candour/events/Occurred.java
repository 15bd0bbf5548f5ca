package org.candour.events;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When it happened: a date, or an approximate period in the reporter's words; neither when the
 * reporter does not know.
 *
 * @param on the day it happened, when the reporter knows it
 * @param period an approximate period such as "over the last few weeks", otherwise
 */
public record Occurred(@Nullable LocalDate on, @Nullable String period) {

    /** The reporter does not know when. */
    public static Occurred unknown() {
        return new Occurred(null, null);
    }

    public Occurred {
        if (on != null && period != null) {
            throw new IllegalArgumentException("occurred takes a date (on) or a period, not both");
        }
    }
}
