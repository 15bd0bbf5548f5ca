package org.candour.routing.policy;

import java.util.UUID;
import org.candour.events.HarmLevel;
import org.candour.events.Provider;
import org.candour.events.QualityDomain;

/**
 * What routing knows of a concern when it decides.
 *
 * @param concernId the concern
 * @param provider where the care happened, as the reporter gave it
 * @param primaryDomain its primary quality domain
 * @param harm its graded harm
 * @param urgent whether it needs action now
 */
public record ClassifiedConcern(
        UUID concernId, Provider provider, QualityDomain primaryDomain, HarmLevel harm, boolean urgent) {}
