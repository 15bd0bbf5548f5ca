package org.candour.events;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether and how the concern was raised before reaching Candour.
 *
 * @param routes where it was raised; empty when it was not
 * @param finalResponseOn the date of the final written response to a formal complaint, if one came
 */
public record RaisedBefore(
        List<RaisedRoute> routes, @Nullable LocalDate finalResponseOn) {

    public RaisedBefore {
        routes = Require.list(routes, "raisedBefore.routes");
        if (finalResponseOn != null && !routes.contains(RaisedRoute.FORMAL_COMPLAINT)) {
            throw new IllegalArgumentException("raisedBefore.finalResponseOn needs a FORMAL_COMPLAINT route");
        }
    }

    /** Not raised anywhere before. */
    public static RaisedBefore notRaised() {
        return new RaisedBefore(List.of(), null);
    }
}
