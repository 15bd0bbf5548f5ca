package org.candour.routing.policy;

import java.util.List;
import org.candour.events.Destination;

/**
 * One body a concern goes to, with the reasons.
 *
 * @param destination the kind of body
 * @param recipientCode the receiving organisation's code
 * @param recipientName the receiving organisation's name
 * @param reasons why, in plain words
 */
public record Route(Destination destination, String recipientCode, String recipientName, List<String> reasons) {
    public Route {
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A route to " + destination + " " + recipientCode + " needs a reason");
        }
    }
}
