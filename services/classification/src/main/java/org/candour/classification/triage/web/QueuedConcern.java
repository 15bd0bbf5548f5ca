package org.candour.classification.triage.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.HarmLevel;
import org.candour.events.QualityDomain;

/**
 * A concern waiting in the triage queue.
 *
 * @param providerName where the care happened, as the reporter gave it
 * @param classifiedAt when its current revision was made
 * @param triageReasons why a person should confirm it
 * @param revision its current revision, to send as {@code basedOnRevision} when reviewing it
 */
record QueuedConcern(
        UUID concernId,
        String reference,
        String providerName,
        Instant classifiedAt,
        List<String> triageReasons,
        int revision,
        QualityDomain primaryDomain,
        HarmLevel harm) {

    static QueuedConcern of(ConcernClassifiedV2 current) {
        return new QueuedConcern(
                current.concernId(),
                current.reference(),
                current.provider().name(),
                current.classifiedAt(),
                current.triageReasons(),
                current.revision(),
                current.primaryDomain(),
                current.harm().level());
    }
}
