package org.candour.routing.policy;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The routing policy in force. Each decision takes the policy once and decides with it, so a switch
 * to a new version never mixes two versions in one decision; the decision records the version it used.
 */
public final class RunningPolicy {

    private final AtomicReference<RoutingPolicy> current;

    public RunningPolicy(RoutingPolicy initial) {
        this.current = new AtomicReference<>(initial);
    }

    public RoutingPolicy current() {
        return current.get();
    }

    /** Puts the next version in force; returns the one it replaced. */
    public RoutingPolicy switchTo(RoutingPolicy next) {
        return current.getAndSet(next);
    }
}
