package org.candour.routing.policy;

import java.util.UUID;
import org.candour.events.HarmLevel;
import org.candour.events.QualityDomain;

/**
 * What routing knows of a concern when it decides.
 *
 * @param concernId the concern
 * @param organisationCode ODS code of the provider it is about
 * @param primaryDomain its primary quality domain
 * @param harm its graded harm
 * @param urgent whether it needs action now
 */
public record ClassifiedConcern(
        UUID concernId, String organisationCode, QualityDomain primaryDomain, HarmLevel harm, boolean urgent) {}
