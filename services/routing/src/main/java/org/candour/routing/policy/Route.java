package org.candour.routing.policy;

import java.util.List;
import org.candour.events.CaseRoutedV1.Escalation;
import org.candour.events.CaseRoutedV1.Flag;
import org.candour.events.Destination;
import org.jspecify.annotations.Nullable;

/**
 * One body a concern goes to, with the reasons, the flags it should act on and, for an ICB's System
 * Quality Group, the proposed support tier.
 *
 * @param destination the kind of body
 * @param recipientCode the receiving organisation's code
 * @param recipientName the receiving organisation's name
 * @param reasons why, in plain words
 * @param flags what the recipient should do at once or know, one per kind
 * @param escalation the proposed support tier; only for {@link Destination#ICS_QUALITY_GROUP}
 */
public record Route(
        Destination destination,
        String recipientCode,
        String recipientName,
        List<String> reasons,
        List<Flag> flags,
        @Nullable Escalation escalation) {

    public Route {
        reasons = List.copyOf(reasons);
        flags = List.copyOf(flags);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A route to " + destination + " " + recipientCode + " needs a reason");
        }
        if ((escalation != null) != (destination == Destination.ICS_QUALITY_GROUP)) {
            throw new IllegalArgumentException(
                    "A support tier is proposed on every ICS quality group route and no other," + " not on "
                            + destination);
        }
    }
}
