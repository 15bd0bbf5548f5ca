package org.candour.classification.analysis;

import java.util.List;
import java.util.Map;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernSignal;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.ProfessionalRole;
import org.candour.events.QualityDomain;

/**
 * The taxonomy as quality leads write it, before its phrases are analysed: see
 * {@code taxonomy/taxonomy.json} and the classification canvas for what each part means.
 *
 * @param version names this taxonomy in every classification it makes, e.g. {@code taxonomy-2026.2}
 * @param triageThreshold a primary domain confidence below this asks a person to confirm
 * @param formAnswerConfidence the confidence given to a finding the reporter answered on the form
 * @param negation the words that turn a following cue off
 * @param language how English, non-Latin and meaningless texts are told apart
 * @param domains cues of the six quality domains; every domain needs some
 * @param physicalHarm cues of physical harm by level (not UNKNOWN)
 * @param psychologicalHarm cues of psychological harm by level (not UNKNOWN)
 * @param incidentCategories cues of the NRLS categories (not OTHER, the fallback)
 * @param roles cues of professional roles by job title
 * @param abbreviations NHS abbreviations of job titles, e.g. {@code FY1} for DOCTOR
 * @param fitnessToPractise the threshold and cues of fitness to practise against local handling
 * @param complaintStatus cues of how far a local complaint has gone
 * @param reporter cues that the reporter is the patient or acting for them
 * @param signals cues of the reach and urgency signals
 * @param secondaryDomainMinimum the score a domain other than the primary needs to be reported, so that
 *     one weak word ("weeks") does not add a domain on its own
 * @param secondaryDomainShare the share of the primary domain's score a domain other than the primary
 *     also needs, so that in a long concern a stray word of another domain is not a second concern
 * @param signalMinimums the score a signal needs from the words, for signals whose weak cues need company
 *     ("the district nurses" alone is not a failure between organisations); any cue for the others
 * @param complaintMinimum the score a complaint status other than NONE needs from the words, so that
 *     "the complaints team" or "I want to complain" alone is not a complaint made
 * @param impliedDomains domains that follow from other findings (concealment is a question of
 *     leadership; safeguarding one of safety), as DOMAIN.md derives them
 * @param vocabularies the words the later reading rules look for (people at risk, what is done to them,
 *     places, kinds of service…), by name; see {@link Vocabularies}
 */
public record TaxonomyDefinition(
        String version,
        double triageThreshold,
        double formAnswerConfidence,
        Negation negation,
        Language language,
        Map<QualityDomain, List<CueGroup>> domains,
        Map<HarmLevel, List<CueGroup>> physicalHarm,
        Map<HarmLevel, List<CueGroup>> psychologicalHarm,
        Map<IncidentCategory, List<CueGroup>> incidentCategories,
        Map<ProfessionalRole, List<CueGroup>> roles,
        Map<String, ProfessionalRole> abbreviations,
        FitnessToPractiseCues fitnessToPractise,
        Map<ComplaintStatus, List<CueGroup>> complaintStatus,
        Map<ReporterStanding, List<CueGroup>> reporter,
        Map<ConcernSignal, List<CueGroup>> signals,
        double secondaryDomainMinimum,
        double secondaryDomainShare,
        Map<ConcernSignal, Double> signalMinimums,
        double complaintMinimum,
        List<ImpliedDomain> impliedDomains,
        Map<String, Vocabulary> vocabularies) {

    public TaxonomyDefinition {
        signalMinimums = Map.copyOf(signalMinimums);
        impliedDomains = List.copyOf(impliedDomains);
        vocabularies = Map.copyOf(vocabularies);
    }

    /**
     * One vocabulary as the file gives it: a list of {@code words} or {@code phrases}, or lists by key
     * ({@code kinds} of service, {@code groups} by domain).
     *
     * @param form which of {@code words}, {@code phrases}, {@code kinds} or {@code groups} the file gave
     * @param entries the words or phrases, in the file's order; empty for lists by key
     * @param lists the lists by key, in the file's order; empty for words and phrases
     */
    public record Vocabulary(String form, List<String> entries, Map<String, List<String>> lists) {

        public Vocabulary {
            entries = List.copyOf(entries);
            // in the file's order: the first kind of service is bit 1, the next bit 2
            Map<String, List<String>> ordered = new java.util.LinkedHashMap<>();
            lists.forEach((key, list) -> ordered.put(key, List.copyOf(list)));
            lists = java.util.Collections.unmodifiableMap(ordered);
        }
    }

    /**
     * A domain that follows from another finding.
     *
     * @param when the finding: a {@link ConcernSignal}, an {@link IncidentCategory} (the one chosen) or
     *     {@link FitnessToPractise#MAY_MEET_THRESHOLD}
     * @param domain the domain it adds
     * @param weight what it adds to the domain's score
     * @param suggests why, quoted in the evidence
     */
    public record ImpliedDomain(Enum<?> when, QualityDomain domain, double weight, String suggests) {}

    /**
     * @param window a cue is negated when a negation ends at most this many words before it, in the same
     *     sentence, with no scope end between
     * @param cues the negations, e.g. "not", "wasn't", "without"
     * @param scopeEnds words that end a negation's reach, e.g. "but"
     */
    public record Negation(int window, List<String> cues, List<String> scopeEnds) {}

    /**
     * @param minimumContentWords fewer words with meaning than this, and no cue, is too little to classify
     * @param minimumLatinShare below this share of letters in the Latin script, the text is another script
     * @param minimumWords texts with fewer words than this are too short to judge their language
     * @param minimumFunctionWordShare below this share of English function words, the text is not English
     * @param functionWords common English words with no meaning of their own
     */
    public record Language(
            int minimumContentWords,
            double minimumLatinShare,
            int minimumWords,
            double minimumFunctionWordShare,
            List<String> functionWords) {}

    /**
     * @param threshold the summed weight of fitness-to-practise cues (and avoidable serious harm) at
     *     which the conduct may meet the threshold, if it also outweighs the local-handling cues
     * @param seriousHarmWeight what harm graded SEVERE or DEATH adds, as avoidable serious harm
     * @param cues phrases for MAY_MEET_THRESHOLD and for HANDLED_LOCALLY
     */
    public record FitnessToPractiseCues(
            double threshold, double seriousHarmWeight, Map<FitnessToPractise, List<CueGroup>> cues) {}
}
