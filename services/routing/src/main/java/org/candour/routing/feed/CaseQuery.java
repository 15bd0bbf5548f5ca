package org.candour.routing.feed;

import java.time.Instant;
import org.candour.events.CaseRoutedV1.EscalationTier;
import org.candour.events.HarmLevel;
import org.candour.events.QualityDomain;
import org.jspecify.annotations.Nullable;

/**
 * Which of an ICB's cases to list; each part left null matches every case.
 *
 * @param domain the concern touches this quality domain
 * @param harm the concern's graded harm
 * @param provider the ODS code of the provider the concern is about
 * @param routedFrom routed at or after
 * @param routedBefore routed before
 * @param status where the ICB has got to with the case
 * @param tier the escalation tier proposed
 */
record CaseQuery(
        @Nullable QualityDomain domain,
        @Nullable HarmLevel harm,
        @Nullable String provider,
        @Nullable Instant routedFrom,
        @Nullable Instant routedBefore,
        @Nullable CaseStatus status,
        @Nullable EscalationTier tier) {}
