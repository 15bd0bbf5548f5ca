package org.candour.routing.policy;

import java.util.List;
import org.candour.events.CaseRoutedV1.Escalation;
import org.candour.events.CaseRoutedV1.EscalationTier;

/**
 * How the support tier proposed to an ICB's System Quality Group is worked out (a house rule, DOMAIN.md
 * section 3): each signal whose conditions a concern meets counts once; {@code enhancedFrom} signals or
 * more propose enhanced support, {@code intensiveFrom} or more intensive support, fewer routine.
 *
 * @param signals the escalation signals, each named as the ICB will read it
 * @param enhancedFrom how many signals propose enhanced support
 * @param intensiveFrom how many signals propose intensive support
 */
public record EscalationPolicy(List<Signal> signals, int enhancedFrom, int intensiveFrom) {

    /** No signals: every case is routine. */
    public static final EscalationPolicy NONE = new EscalationPolicy(List.of(), 1, 2);

    public EscalationPolicy {
        signals = List.copyOf(signals);
        if (enhancedFrom < 1 || intensiveFrom <= enhancedFrom) {
            throw new IllegalArgumentException("escalation needs 1 <= enhancedFrom < intensiveFrom, was " + enhancedFrom
                    + " and " + intensiveFrom);
        }
    }

    /**
     * One thing that raises the proposed tier.
     *
     * @param name what it is, in plain words ("concealment")
     * @param conditions when the concern shows it
     */
    public record Signal(String name, Conditions conditions) {
        public Signal {
            if (name.isBlank()) {
                throw new IllegalArgumentException("An escalation signal needs a name");
            }
        }
    }

    Escalation propose(ClassifiedConcern concern) {
        List<String> found = signals.stream()
                .flatMap(signal -> signal
                        .conditions()
                        .met(concern)
                        .map(facts ->
                                facts.isEmpty() ? signal.name() : signal.name() + " (" + String.join("; ", facts) + ")")
                        .stream())
                .toList();
        EscalationTier tier = found.size() >= intensiveFrom
                ? EscalationTier.INTENSIVE
                : found.size() >= enhancedFrom ? EscalationTier.ENHANCED : EscalationTier.ROUTINE;
        return new Escalation(tier, tier == EscalationTier.ROUTINE ? List.of() : found);
    }
}
