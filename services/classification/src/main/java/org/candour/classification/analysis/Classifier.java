package org.candour.classification.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.candour.classification.analysis.AnalysedText.Scope;
import org.candour.classification.analysis.Taxonomy.Cue;
import org.candour.classification.analysis.Taxonomy.Hit;
import org.candour.classification.analysis.Taxonomy.Kind;
import org.candour.classification.analysis.Taxonomy.Phrase;
import org.candour.classification.analysis.TaxonomyDefinition.Language;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernSignal;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.ProfessionalRole;
import org.candour.events.QualityDomain;
import org.candour.events.RaisedRoute;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds what a concern is about from its words and the reporter's answers, by a {@link Taxonomy}. The
 * cues, and the words the reading rules below look for ({@link Vocabularies}), are data; this class holds
 * how they are weighed and the grammar the rules read them by. Thread-safe: one instance serves every
 * concern.
 */
public final class Classifier {

    private static final Logger log = LoggerFactory.getLogger(Classifier.class);

    /** Confidence of a value no cue supports: low enough that it never passes for a finding. */
    static final double NO_CUE_CONFIDENCE = 0.2;

    /**
     * When a finding cannot be settled either way from what was given (no professional named, so no one
     * to assess), it is as likely as not.
     */
    static final double UNSETTLED_CONFIDENCE = 0.5;

    /**
     * Weight harm adds to SAFE: two ordinary cues of another domain, so that harm plus a word or two about
     * language, waiting or manner is still first a safety concern (ties go to SAFE); it takes a third to put the
     * other domain first.
     */
    static final double HARM_DOMAIN_WEIGHT = 2;

    /**
     * The domains whose case in the words harm does not overturn: the harm followed from care against evidence,
     * poor coordination, care that differs by who the person is, how the person was treated (left in pain and
     * spoken to rudely, not listened to), or a shortage of staff, beds or money told at length (the wait, the
     * vacancies, the stock binned), and that failure is what most needs fixing.
     */
    static final Set<QualityDomain> HARM_DOES_NOT_OVERTURN = Set.of(
            QualityDomain.EFFECTIVE, QualityDomain.EQUITABLE, QualityDomain.EXPERIENCE, QualityDomain.SUSTAINABLE);

    /** Score (more than one ordinary cue) such a domain needs in the words to stay first despite harm. */
    static final double STRONG_CASE_AGAINST_HARM = 1.5;

    /**
     * When no harm is graded, a risk to patients told about as strongly as the leadership that let it go on (within
     * half an ordinary cue) is first a safety concern: what the reporter most wants fixed is the risk, and the
     * failure to act on it is reported beside it (WELL_LED).
     */
    static final double SAFE_BESIDE_LEADERSHIP_MARGIN = 0.5;

    /**
     * A stated staffing ratio ("1 RN to 14", "one registered nurse for 14 beds", "the only F1 for 5 wards", "700
     * children per health visitor") tells of too few staff for the work, whatever harm followed: a concern about
     * workforce supply (SUSTAINABLE), which the labellers add beside SAFE. One to one care is not a gap.
     */
    /** Weight of a stated staffing ratio towards SUSTAINABLE: one ordinary cue. */
    static final double STAFF_RATIO_WEIGHT = 1;

    /**
     * A wait stated in weeks, months or years ("the wait was 62 weeks", "waited 26 months for an assessment", "a 9
     * month wait") tells of demand beyond a service's capacity, whatever the wait led to: capacity and flow
     * (SUSTAINABLE), which the labellers add beside the harm or the distress. A wait of hours or days is the
     * patient's experience, and a "two week wait" is a cancer referral pathway, not a delay.
     */
    /** Weight of a long wait towards SUSTAINABLE: one ordinary cue. */
    static final double LONG_WAIT_WEIGHT = 1;

    /** Words before a stated span within which a wait word makes it a long wait ("waiting for assessment, some for"). */
    static final int LONG_WAIT_REACH = 6;

    /**
     * A sum of money at a rate ("£120 an hr for agency nurses", "about £11k a month", "£1,900 a week of PN") tells of
     * money spent or lost over and over: the use of resources (SUSTAINABLE). A price paid once or per item ("£55 a
     * session", "£60 each", "£3,200 upfront") is as often what a patient was charged or had taken, and is not read.
     */
    /** Weight of a sum of money at a rate towards SUSTAINABLE: one ordinary cue. */
    static final double MONEY_AT_A_RATE_WEIGHT = 1;

    /**
     * A resuscitation or treatment-limit decision (a DNACPR, a ceiling of care) made without discussion with the
     * patient or those close to them is care against national guidance and law (ReSPECT, the Tracey judgment), not
     * only poor communication: the labellers add EFFECTIVE. Either may come first, within a few sentences.
     */
    static final Pattern TREATMENT_LIMIT = Pattern.compile(
            "\\b(?:DNACPR|DNAR|DNR|do not (?:attempt )?resuscitat\\w*|ReSPECT form|ceilings? of (?:care|treatment)"
                    + "|(?:ward-based|ward|treatment|escalation) ceiling)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Every word {@link #TREATMENT_LIMIT} needs, one of which any match contains, in lower case. */
    private static final List<String> TREATMENT_LIMIT_WORDS =
            List.of("dnacpr", "dnar", "dnr", "resuscitat", "respect form", "ceiling");

    static final Pattern NOT_DISCUSSED = Pattern.compile(
            "\\b(?:no discussion|without (?:any )?discussion|without discussing|(?:nobody|no one|never) discussed"
                    + "|(?:not|wasn't|was not|weren't) discussed)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Characters between a treatment-limit decision and the words saying it was not discussed. */
    static final int TREATMENT_LIMIT_REACH = 300;

    /** Weight of such a decision towards EFFECTIVE: as much as a missed diagnosis, so it is kept beside harm. */
    static final double TREATMENT_LIMIT_WEIGHT = 2;

    /**
     * Score (a missed diagnosis, a guideline or referral named as not followed, or an ordinary cue of care against
     * guidance or broken coordination with another word beside it) at which EFFECTIVE is reported beside the leading
     * domain however many words that domain has: a concern crowded with medicine or harm words (SAFE) can still
     * plainly be about a review, result or referral nobody acted on. A single ordinary cue is not enough.
     */
    static final double EFFECTIVE_KEPT_BESIDE_ANY_LEADER = 1.5;

    /** How the EXPERIENCE groups about complaints made, answered or taken further begin what they suggest. */
    static final String COMPLAINT_HANDLING = "complaint handling";

    /**
     * Signals after which WELL_LED is reported beside any leader, however strongly the other words point
     * elsewhere: DOMAIN.md and the labelling guidelines add WELL_LED for falsified records and concealment,
     * and fear of speaking up is a question of culture, even when what was hidden or feared was serious harm.
     */
    static final Set<ConcernSignal> WELL_LED_BESIDE_ANY_LEADER =
            EnumSet.of(ConcernSignal.CONCEALMENT, ConcernSignal.FEAR_OF_DETRIMENT);

    /** How the EQUITABLE groups that only say who a person is, not that their care differed, begin what they suggest. */
    static final String WHO_THE_PERSON_IS = "who the person is";

    /**
     * Signals whose cue said missing is still the concern: "no beds in the county", "not a single bed anywhere
     * in the region" tell of a shortage everywhere.
     */
    private static final Set<ConcernSignal> ABSENCES = Set.of(ConcernSignal.SYSTEM_WIDE);

    /** Words below which a description that calls itself a test and asks to be ignored is taken at its word. */
    static final int TEST_SUBMISSION_MAXIMUM_WORDS = 12;

    /** The evidence of a domain guessed with nothing to rest on: such a concern always needs triage. */
    static final String DOMAIN_GUESSED = "no domain cue matched; needs a person to confirm";

    /** Evidence quotes kept per finding, so a 20,000-character text does not store hundreds. */
    static final int MAX_EVIDENCE = 8;

    /** When domains score the same, the earlier one here is primary: safety first. */
    private static final List<QualityDomain> TIE_ORDER = List.of(
            QualityDomain.SAFE,
            QualityDomain.EFFECTIVE,
            QualityDomain.EXPERIENCE,
            QualityDomain.WELL_LED,
            QualityDomain.SUSTAINABLE,
            QualityDomain.EQUITABLE);

    /** Domains by score, highest first, ties in {@link #TIE_ORDER}. */
    private static final Comparator<Map.Entry<Enum<?>, Tally>> STRONGEST_FIRST =
            Comparator.<Map.Entry<Enum<?>, Tally>>comparingDouble(e -> -e.getValue().score)
                    .thenComparingInt(e -> TIE_ORDER.indexOf((QualityDomain) e.getKey()));

    /** Harm from least to most severe; UNKNOWN is not on the scale. */
    private static final List<HarmLevel> SEVERITY =
            List.of(HarmLevel.NONE, HarmLevel.LOW, HarmLevel.MODERATE, HarmLevel.SEVERE, HarmLevel.DEATH);

    private final Taxonomy taxonomy;

    /** The taxonomy's vocabularies, read by the rules below. */
    private final Vocabularies vocabularies;

    /** The learnt second reader of the domains; absent, the rules' domains stand. */
    private final @Nullable DomainReader domainReader;

    /**
     * The learnt second reader of the other domains, the signals and the fitness to practise, by the concern's
     * terms; absent, the rules' readings of them stand.
     */
    private final @Nullable TermReader termReader;

    /** A classifier that reads by the taxonomy's rules alone. */
    public Classifier(Taxonomy taxonomy) {
        this(taxonomy, null, null);
    }

    /**
     * A classifier whose domains the rules find and {@code domainReader} reads again (ADR 0028), and whose
     * domains, signals and fitness to practise {@code termReader} then reads again by the concern's terms (ADR
     * 0030).
     *
     * @throws IllegalArgumentException when a reader was trained beside another taxonomy
     */
    public Classifier(Taxonomy taxonomy, @Nullable DomainReader domainReader, @Nullable TermReader termReader) {
        if (domainReader != null) {
            fits(taxonomy, "domain", domainReader.version(), domainReader.taxonomyVersion(), "train-domains");
        }
        if (termReader != null) {
            fits(taxonomy, "term", termReader.version(), termReader.taxonomyVersion(), "train-terms");
        }
        this.taxonomy = taxonomy;
        this.vocabularies = taxonomy.vocabularies();
        this.domainReader = domainReader;
        this.termReader = termReader;
    }

    /** Refuses a learnt model trained beside another taxonomy, whose analysis and rules it does not fit. */
    private static void fits(Taxonomy taxonomy, String kind, String version, String trainedBeside, String command) {
        if (!trainedBeside.equals(taxonomy.version())) {
            throw new IllegalArgumentException("the " + kind + " model " + version + " was trained beside "
                    + trainedBeside + ", not " + taxonomy.version() + ": train it again (./candour " + command
                    + ") or classify by the rules alone without it");
        }
    }

    public String taxonomyVersion() {
        return taxonomy.version();
    }

    /** The version of the learnt domain reader, if the domains are read again. */
    public Optional<String> domainReaderVersion() {
        return Optional.ofNullable(domainReader).map(DomainReader::version);
    }

    /** The version of the learnt term reader, if the domains, signals and fitness to practise are read again. */
    public Optional<String> termReaderVersion() {
        return Optional.ofNullable(termReader).map(TermReader::version);
    }

    /**
     * Classifies one concern. Should reading the words fail, which is a defect in the rules or readers and
     * would fail again on every retry, the concern goes to triage on the form's answers alone ({@link
     * #failedOn}), so that a person reads it and its board is told, as for any concern in triage, rather than
     * the concern waiting in a dead letter.
     *
     * @param description what happened, in the reporter's words; only the words that are cues are quoted
     * @param answers the reporter's structured answers, which take precedence over the words
     */
    public Findings classify(String description, Answers answers) {
        try {
            return read(description, answers);
        } catch (RuntimeException e) {
            // The description is not logged: it may name patients and the reporter.
            log.error(
                    "The classifier failed on a description of {} characters; the concern goes to triage",
                    description.length(),
                    e);
            return failedOn(answers, e);
        }
    }

    /** How the triage reason of a concern whose words the classifier failed on begins. */
    static final String FAILED_ON_THE_WORDS = "the classifier failed on the words";

    /**
     * The findings of a concern whose words the classifier failed on: what the form's answers alone give (as for
     * a description with no words), sent to triage with the failure named first.
     */
    Findings failedOn(Answers answers, RuntimeException failure) {
        return read("", answers)
                .sentToTriage(FAILED_ON_THE_WORDS + " (" + failure.getClass().getSimpleName()
                        + "), so only the form's answers were read: a person must read the concern");
    }

    /** Whether these findings are of words the classifier failed on ({@link #failedOn}), read on the form alone. */
    public static boolean failedOnTheWords(Findings findings) {
        return findings.triageReasons().stream().anyMatch(reason -> reason.startsWith(FAILED_ON_THE_WORDS));
    }

    private Findings read(String description, Answers answers) {
        AnalysedText text = taxonomy.analyse(description);
        Tallies tallies = new Tallies(text, taxonomy.scan(text), vocabularies);
        List<String> triage = new ArrayList<>();

        Finding<HarmLevel> physical = expectedDeath(harmIn(tallies, Kind.PHYSICAL_HARM, "physical"), tallies);
        Finding<HarmLevel> psychological = harmIn(tallies, Kind.PSYCHOLOGICAL_HARM, "psychological");
        Finding<HarmLevel> inWords = moreSevere(physical, psychological);
        Finding<HarmLevel> harm = harm(inWords, answers, triage);

        List<Finding<ConcernSignal>> signals = signals(tallies, answers);
        boolean urgent = answers.immediateDanger()
                || signals.stream().anyMatch(signal -> signal.value() == ConcernSignal.IMMEDIATE_DANGER)
                || serious(harm.value())
                || serious(inWords.value());
        Finding<IncidentCategory> category =
                best(tallies, Kind.INCIDENT_CATEGORY, IncidentCategory.OTHER, "incident category");
        List<ProfessionalFinding> professionals = professionals(tallies, answers, text);
        Finding<FitnessToPractise> fitnessToPractise =
                fitnessToPractise(tallies, professionals, harm.value(), answers, signals);
        boolean onlyDomainCues = tallies.countedKinds().stream().allMatch(kind -> kind == Kind.DOMAIN);
        List<Finding<QualityDomain>> domains = domains(
                tallies,
                onlyDomainCues,
                harm.value(),
                physical.value(),
                urgent,
                category.value(),
                implied(signals, category.value(), fitnessToPractise.value()));
        if (harm.value() == HarmLevel.UNKNOWN
                && domains.getFirst().value() == QualityDomain.SUSTAINABLE
                && !tallies.counted(Kind.DOMAIN, QualityDomain.SUSTAINABLE, vocabularies.gapsThatPutPatientsAtRisk)) {
            // Waste and low-value activity describe what happened to resources: the event is known and no
            // patient harm is described, which LFPSE grades as no harm rather than not known. A gap in beds,
            // flow or staff is a risk to patients whose outcome is not told: that stays UNKNOWN (a risk, a
            // pattern).
            harm = new Finding<>(
                    HarmLevel.NONE,
                    NO_CUE_CONFIDENCE,
                    List.of("a concern about the use of resources that describes no harm to anyone"));
        }

        List<String> textReasons = textReasons(text, tallies);
        triage.addAll(0, textReasons);
        // A concern whose words carry other cues (a harm, an incident, a role, a signal) has been read: its
        // domain is inferred from them, and a person need not read it first just because no domain word
        // was used.
        if (tallies.of(Kind.DOMAIN).isEmpty() && onlyDomainCues) {
            triage.add("no quality domain cue matched; the domain is a guess");
        } else if (domains.getFirst().evidence().equals(List.of(DOMAIN_GUESSED))) {
            // Defensive: the guess that says a person must confirm it always comes with a triage reason.
            triage.add("no quality domain cue matched; the domain is a guess");
        } else if (onlyDomainCues && domains.getFirst().confidence() < taxonomy.triageThreshold()) {
            triage.add("the primary domain's confidence " + domains.getFirst().confidence()
                    + " is below the triage threshold " + taxonomy.triageThreshold());
        }
        List<Finding<QualityDomain>> domainsByRules = domains;
        List<Finding<Destination>> readsLike = List.of();
        if (domainReader != null && textReasons.isEmpty()) {
            // Triage was decided on the rules' reading: the second reader refines the domains of a concern a
            // person need not read first, and never makes one that must be read first look read.
            domains = domainReader.reread(description, domains);
        }
        if (termReader != null && textReasons.isEmpty()) {
            // Likewise the other domains, the signals and the fitness to practise, after everything the rules'
            // readings of them decide (urgency, the domains they imply) was decided on those readings.
            // The harm too, when the form left it to the words: a grade the reporter chose stands.
            TermReader.Found reread = termReader.reread(
                    text,
                    new TermReader.Found(
                            domainsByRules,
                            domains,
                            signals,
                            fitnessToPractise,
                            answers.harmLeftToTheWords() ? harm : null));
            domains = reread.domains();
            signals = reread.signals();
            fitnessToPractise = reread.fitnessToPractise();
            if (reread.harm() != null) {
                harm = reread.harm();
            }
            readsLike = reread.readsLike();
        }
        Finding<ComplaintStatus> complaintStatus = complaintStatus(tallies, answers, triage);
        return new Findings(
                taxonomy.version(),
                domains,
                harm,
                physical,
                psychological,
                category,
                professionals,
                fitnessToPractise,
                complaintStatus,
                reporter(tallies, text),
                signals,
                urgent,
                !triage.isEmpty(),
                triage,
                readsLike);
    }

    /**
     * Pronouns for whom a reporter helps, beside the taxonomy's {@code patientOrFamily}: "supporting her with her
     * complaint". Grammar, so they stay here.
     */
    private static final Set<String> HELPED_PRONOUNS = WordSet.of("her", "him", "them");

    private static final Set<String> WITH = WordSet.of("with");

    /** Words between help and a person that end what is helped: "supported and nobody blames her". */
    private static final Set<String> HELP_ENDS_BEFORE = WordSet.of("and", "with", "to", "but", "or");

    /** People in the plural, who are one family or patient only when someone's: "one of our families". */
    private static final Set<String> PLURALS = WordSet.of("patients", "families", "relatives", "parents");

    /** Words that make a plural someone's: "our patients", "the parents". */
    private static final Set<String> OWNERS = WordSet.of("the", "our", "my", "his", "her", "their", "whose");

    /** Words before whom a reporter speaks as. */
    private static final Set<String> DETERMINERS = WordSet.of("a", "an", "the", "her", "his", "their", "my");

    /** How many words after a word of help, or of leave's "with", its person or leave may come. */
    private static final int ACTING_FOR_REACH = 4;

    /**
     * Whether the reporter is the patient or acts for them (PHSO takes a complaint only from them): the
     * taxonomy's phrases first, then the readings staff use of themselves when they help a patient or family
     * with a complaint (the labelling guidelines: "a member of staff helping them with their complaint"). A
     * word of help with the patient or a relative close after it in the clause ("helping a father with this",
     * "supporting a Deaf BSL user with her complaint"), telling with someone's leave ("writing with the
     * parents' permission", "with the consent of a family"), telling as the patient or a relative ("writing
     * this as a mum"), or the reporter's own complaint that is no staff grievance ("the final response to my
     * complaint"). A member of staff who tells of a family's complaint ("the family complained and have
     * accepted the response") has none of these and stays NOT_STATED.
     */
    private Finding<ReporterStanding> reporter(Tallies tallies, AnalysedText text) {
        Finding<ReporterStanding> inPhrases = best(
                tallies,
                Kind.REPORTER,
                ReporterStanding.NOT_STATED,
                "cue that the reporter is the patient or acts for them");
        if (inPhrases.value() != ReporterStanding.NOT_STATED) {
            return inPhrases;
        }
        for (int i = 0; i < text.size; i++) {
            String word = text.word(i);
            int end = -1;
            ReporterStanding standing = ReporterStanding.ACTING_FOR_PATIENT;
            if (vocabularies.helping.contains(word)) {
                end = text.next(i, ACTING_FOR_REACH, vocabularies.patientOrFamily, HELPED_PRONOUNS, Scope.CLAUSE);
                if (end > 0
                        && (text.anyBetween(i + 1, end, HELP_ENDS_BEFORE)
                                || (PLURALS.contains(text.word(end)) && !OWNERS.contains(text.word(end - 1))))) {
                    // "supported and nobody blames her", "help with her airway": the person is not whom the
                    // reporter helps; "help patients who are fasting" is the reporter's work, not one family's.
                    end = -1;
                }
            } else if (vocabularies.writingFor.contains(word)) {
                int with = text.next(i, ACTING_FOR_REACH, WITH, Scope.CLAUSE);
                end = with > 0 && with - i <= 2
                        ? text.next(with, ACTING_FOR_REACH, vocabularies.leave, Scope.CLAUSE)
                        : -1;
                if (end < 0) {
                    end = speaksAs(text, i);
                    if (end > 0 && text.word(end).equals("patient")) {
                        standing = ReporterStanding.PATIENT;
                    }
                }
            } else if (word.equals("my") && text.word(i + 1).startsWith("complaint") && !tallies.grievance) {
                end = i + 1;
                standing = ReporterStanding.PATIENT;
            }
            if (end > 0) {
                return new Finding<>(
                        standing,
                        confidence(1),
                        List.of("\"" + text.quote(i, end + 1) + "\" suggests " + standing
                                + " (the reporter tells it for the patient, or as them)"));
            }
        }
        return inPhrases;
    }

    /** The last word of "(this) as a mum" after a word of telling at {@code i}, or -1. */
    private int speaksAs(AnalysedText text, int i) {
        int as = text.word(i + 1).equals("as") ? i + 1 : text.word(i + 2).equals("as") ? i + 2 : -1;
        if (as < 0 || as + 2 >= text.size || !DETERMINERS.contains(text.word(as + 1))) {
            return -1;
        }
        return vocabularies.asThePatientOrFamily.contains(text.word(as + 2)) && text.clauses[as + 2] == text.clauses[i]
                ? as + 2
                : -1;
    }

    /** The domains that follow from the other findings (DOMAIN.md derives them), with why. */
    private List<TaxonomyDefinition.ImpliedDomain> implied(
            List<Finding<ConcernSignal>> signals, IncidentCategory category, FitnessToPractise fitnessToPractise) {
        List<TaxonomyDefinition.ImpliedDomain> implied = new ArrayList<>();
        for (TaxonomyDefinition.ImpliedDomain rule : taxonomy.impliedDomains()) {
            Enum<?> when = rule.when();
            boolean holds = when == category
                    || when == fitnessToPractise
                    || signals.stream().anyMatch(signal -> signal.value() == when);
            if (holds) {
                implied.add(rule);
            }
        }
        return implied;
    }

    private static String impliedBy(Enum<?> finding) {
        return switch (finding) {
            case ConcernSignal signal -> "signal " + signal;
            case IncidentCategory category -> "incident category " + category;
            default -> "fitness to practise " + finding;
        };
    }

    private List<Finding<QualityDomain>> domains(
            Tallies tallies,
            boolean onlyDomainCues,
            HarmLevel harm,
            HarmLevel physical,
            boolean urgent,
            IncidentCategory category,
            List<TaxonomyDefinition.ImpliedDomain> implied) {
        Map<Enum<?>, Tally> found = new LinkedHashMap<>();
        // Copies, so that weight added here does not leak into the tallies.
        tallies.of(Kind.DOMAIN).forEach((domain, tally) -> found.put(domain, tally.copy()));
        // A grievance is a member of staff's own route: its outcome, appeal or a wish to take it to an ombudsman
        // is no patient's complaint handled, so the complaint words are not EXPERIENCE there.
        Tally experience = found.get(QualityDomain.EXPERIENCE);
        if (experience != null && tallies.grievance) {
            experience.withdraw(
                    cue -> cue.kind() == Kind.DOMAIN
                            && cue.value() == QualityDomain.EXPERIENCE
                            && cue.suggests().startsWith(COMPLAINT_HANDLING),
                    "a staff grievance, not a patient's complaint: its complaint words are not counted for"
                            + " EXPERIENCE");
        }
        for (TaxonomyDefinition.ImpliedDomain rule : implied) {
            found.computeIfAbsent(rule.domain(), d -> new Tally())
                    .add(
                            rule.weight(),
                            impliedBy(rule.when()) + " suggests " + rule.domain() + " (" + rule.suggests() + ")");
        }
        String ratio = staffRatio(tallies.text);
        if (ratio != null) {
            found.computeIfAbsent(QualityDomain.SUSTAINABLE, d -> new Tally())
                    .add(
                            STAFF_RATIO_WEIGHT,
                            "\"" + ratio + "\" suggests SUSTAINABLE (workforce supply: a staffing ratio)");
        }
        String wait = longWait(tallies.text);
        if (wait != null) {
            found.computeIfAbsent(QualityDomain.SUSTAINABLE, d -> new Tally())
                    .add(LONG_WAIT_WEIGHT, "\"" + wait + "\" suggests SUSTAINABLE (capacity and flow: a long wait)");
        }
        String spend = moneyAtARate(tallies.text);
        if (spend != null) {
            found.computeIfAbsent(QualityDomain.SUSTAINABLE, d -> new Tally())
                    .add(
                            MONEY_AT_A_RATE_WEIGHT,
                            "\"" + spend + "\" suggests SUSTAINABLE (the use of resources: money at a rate)");
        }
        String undiscussed = undiscussedTreatmentLimit(tallies.text.text);
        if (undiscussed != null) {
            found.computeIfAbsent(QualityDomain.EFFECTIVE, d -> new Tally())
                    .add(
                            TREATMENT_LIMIT_WEIGHT,
                            "\"" + undiscussed + "\" suggests EFFECTIVE (a resuscitation or treatment-limit decision"
                                    + " made without discussion, against guidance)");
        }
        found.values().removeIf(tally -> tally.score <= 0);
        // Harm that happened to a body, or significant harm of any kind, makes avoidable harm what the
        // reporter most wants fixed, whatever else the words touch (access, language, waiting).
        boolean harmed = SEVERITY.indexOf(physical) >= SEVERITY.indexOf(HarmLevel.LOW)
                || SEVERITY.indexOf(harm) >= SEVERITY.indexOf(HarmLevel.MODERATE);
        // A concern whose words make as strong a case for care against evidence or poor coordination
        // (EFFECTIVE), or for care that differs by who the person is (EQUITABLE), as for safety keeps that
        // domain first when harm is graded: the harm is what the failure led to, and what the reporter most
        // wants fixed is the failure (labellers chose these over SAFE about two to one on harmed concerns).
        // Harm still adds SAFE, so it is reported beside it.
        // The domain put first over a stronger one, if any: despite harm, or a risk beside leadership (below).
        QualityDomain putFirst = null;
        if (!found.isEmpty() && (harmed || urgent)) {
            double safeInWords = found.containsKey(QualityDomain.SAFE) ? found.get(QualityDomain.SAFE).score : 0;
            Map.Entry<Enum<?>, Tally> leader = found.entrySet().stream()
                    .filter(e -> e.getKey() != QualityDomain.SAFE)
                    .min(STRONGEST_FIRST)
                    .orElse(null);
            if (leader != null
                    && HARM_DOES_NOT_OVERTURN.contains((QualityDomain) leader.getKey())
                    && leader.getValue().score >= STRONG_CASE_AGAINST_HARM
                    && leader.getValue().score >= safeInWords) {
                putFirst = (QualityDomain) leader.getKey();
            }
            Tally safe = found.computeIfAbsent(QualityDomain.SAFE, d -> new Tally());
            safe.add(
                    HARM_DOMAIN_WEIGHT,
                    "harm graded " + (harmed ? harm : HarmLevel.SEVERE) + " suggests SAFE (avoidable harm)");
        }
        if (found.isEmpty()) {
            // Harm that happened, danger now or a patient-safety incident makes it a safety question until a
            // person says otherwise.
            // The evidence says what the guess rests on; only a guess with nothing under it needs a person
            // first (the triage reason is added in classify, from the same facts).
            String basis;
            if (urgent) {
                basis = "no domain cue matched; SAFE inferred from danger now or serious harm";
            } else if (SEVERITY.indexOf(harm) >= SEVERITY.indexOf(HarmLevel.LOW)) {
                basis = "no domain cue matched; SAFE inferred from the harm described (" + harm + ")";
            } else if (category != IncidentCategory.OTHER) {
                basis = "no domain cue matched; SAFE inferred from the incident category " + category;
            } else if (!onlyDomainCues) {
                // Read, but nothing says what it is about ("we had another one today"): most concerns are
                // about safety, and the low confidence says so.
                basis = "no domain cue matched; SAFE assumed (most concerns are about safety) from the other cues"
                        + " found";
            } else {
                return List.of(new Finding<>(QualityDomain.EXPERIENCE, NO_CUE_CONFIDENCE, List.of(DOMAIN_GUESSED)));
            }
            return List.of(new Finding<>(QualityDomain.SAFE, NO_CUE_CONFIDENCE, List.of(basis)));
        }
        // A risk told as strongly as the leadership that let it go on: the risk comes first.
        if (putFirst == null && !harmed && !urgent && found.containsKey(QualityDomain.SAFE)) {
            Map.Entry<Enum<?>, Tally> top =
                    found.entrySet().stream().min(STRONGEST_FIRST).orElseThrow();
            if (top.getKey() == QualityDomain.WELL_LED
                    && found.get(QualityDomain.SAFE).score >= top.getValue().score - SAFE_BESIDE_LEADERSHIP_MARGIN) {
                putFirst = QualityDomain.SAFE;
            }
        }
        QualityDomain kept = putFirst;
        List<Map.Entry<Enum<?>, Tally>> ranked = found.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Enum<?>, Tally>, Boolean>comparing(e -> e.getKey() != kept)
                        .thenComparing(STRONGEST_FIRST))
                .toList();
        double strongest =
                ranked.stream().mapToDouble(e -> e.getValue().score).max().orElse(0);
        boolean wellLedAnyway = implied.stream()
                .anyMatch(rule ->
                        rule.domain() == QualityDomain.WELL_LED && WELL_LED_BESIDE_ANY_LEADER.contains(rule.when()));
        List<Finding<QualityDomain>> domains = new ArrayList<>();
        for (Map.Entry<Enum<?>, Tally> entry : ranked) {
            if (!domains.isEmpty()
                    && (onlySaysWhoThePersonIs(entry.getKey(), entry.getValue())
                            || onlyNamedInPassing(entry.getKey(), entry.getValue()))) {
                continue;
            }
            // The primary domain is always kept; another one needs more than a single weak word.
            if (domains.isEmpty()
                    || (entry.getKey() == QualityDomain.WELL_LED && wellLedAnyway)
                    || (entry.getKey() == QualityDomain.EFFECTIVE
                            && entry.getValue().score >= EFFECTIVE_KEPT_BESIDE_ANY_LEADER)
                    || (entry.getValue().score >= taxonomy.secondaryDomainMinimum()
                            && entry.getValue().score >= taxonomy.secondaryDomainShare() * strongest)) {
                domains.add(new Finding<>(
                        (QualityDomain) entry.getKey(),
                        entry.getValue().confidence(),
                        entry.getValue().evidence()));
            }
        }
        return domains;
    }

    /** The decision and the missing discussion, when a treatment-limit decision was made without discussion. */
    static String undiscussedTreatmentLimit(String text) {
        // The pattern is tried only where one of its words is: scanning every concern with it cost a fifth of a
        // 200-word classification.
        String lower = text.toLowerCase(Locale.ROOT);
        if (TREATMENT_LIMIT_WORDS.stream().noneMatch(lower::contains)) {
            return null;
        }
        Matcher decision = TREATMENT_LIMIT.matcher(text);
        while (decision.find()) {
            Matcher talk = NOT_DISCUSSED.matcher(text);
            talk.region(
                    Math.max(0, decision.start() - TREATMENT_LIMIT_REACH),
                    Math.min(text.length(), decision.end() + TREATMENT_LIMIT_REACH));
            if (talk.find()) {
                return decision.group() + " ... " + talk.group();
            }
        }
        return null;
    }

    /**
     * Whether a domain beside the leading one rests only on words that name something in passing: cues weighted
     * below an ordinary one ("agency", "transport", "the board"), however many, or a single word that names a
     * person or body who runs things ("the manager", "the partners") or money or stuff ("budget", "bin",
     * "printed"). Such words tell where the concern happened, who was told or why, not that the concern is about
     * leadership (WELL_LED) or the use of resources (SUSTAINABLE): a quality lead would not tag it so.
     */
    private boolean onlyNamedInPassing(Enum<?> domain, Tally tally) {
        Set<String> inPassing = vocabularies.namedInPassing.get(domain);
        if (inPassing == null || tally.counted.size() != tally.countedPhrases.size()) {
            return false;
        }
        List<Cue> cues = tally.countedPhrases.stream()
                .flatMap(phrase -> phrase.cues().stream())
                .filter(cue -> cue.kind() == Kind.DOMAIN && cue.value() == domain)
                .toList();
        return (domain == QualityDomain.SUSTAINABLE && cues.stream().allMatch(cue -> cue.weight() < 1))
                || (cues.size() == 1 && inPassing.contains(cues.getFirst().suggests()));
    }

    /**
     * Whether a domain's words only say who the person is (a learning disability, autism, an older woman, a
     * prisoner, a faith) and none says their care differed because of it (discrimination, no interpreter, no
     * reasonable adjustment, a premises they cannot get into): EQUITABLE is then not reported beside the
     * leading domain, as most concerns about people with a characteristic are not about inequity.
     */
    private static boolean onlySaysWhoThePersonIs(Enum<?> domain, Tally tally) {
        return domain == QualityDomain.EQUITABLE
                && tally.counted.size() == tally.countedPhrases.size()
                && tally.countedPhrases.stream()
                        .flatMap(phrase -> phrase.cues().stream())
                        .filter(cue -> cue.kind() == Kind.DOMAIN && cue.value() == QualityDomain.EQUITABLE)
                        .allMatch(cue -> cue.suggests().startsWith(WHO_THE_PERSON_IS));
    }

    private static Finding<HarmLevel> harmIn(Tallies tallies, Kind kind, String what) {
        Map<Enum<?>, Tally> found = tallies.of(kind);
        List<String> negated = new ArrayList<>();
        double negatedScore = 0;
        for (Tally tally : found.values()) {
            negated.addAll(tally.negated);
            negatedScore += tally.negatedScore;
        }
        for (int i = SEVERITY.size() - 1; i >= 0; i--) {
            Tally tally = found.get(SEVERITY.get(i));
            if (tally != null && tally.score > 0) {
                return new Finding<>(SEVERITY.get(i), tally.confidence(), capped(tally.counted, negated));
            }
        }
        if (!negated.isEmpty()) {
            return new Finding<>(HarmLevel.NONE, confidence(negatedScore), capped(negated, List.of()));
        }
        return new Finding<>(HarmLevel.UNKNOWN, NO_CUE_CONFIDENCE, List.of("no " + what + " harm cue matched"));
    }

    /**
     * A death told of someone at the end of their life is not graded DEATH, which needs the death to be linked to
     * the care (LFPSE): what the care did was the pain, distress or wrong place of a death that was coming, which
     * is significant but not permanent harm (MODERATE), to the patient and their family.
     */
    private Finding<HarmLevel> expectedDeath(Finding<HarmLevel> physical, Tallies tallies) {
        if (physical.value() != HarmLevel.DEATH
                || !tallies.counted(Kind.DOMAIN, QualityDomain.EXPERIENCE, vocabularies.endOfLife)) {
            return physical;
        }
        List<String> evidence = new ArrayList<>();
        evidence.add("a death expected at the end of life, not caused by the care: the harm is how the person died"
                + " (MODERATE)");
        evidence.addAll(physical.evidence());
        return new Finding<>(HarmLevel.MODERATE, physical.confidence(), evidence);
    }

    private static Finding<HarmLevel> moreSevere(Finding<HarmLevel> physical, Finding<HarmLevel> psychological) {
        return SEVERITY.indexOf(psychological.value()) > SEVERITY.indexOf(physical.value()) ? psychological : physical;
    }

    private Finding<HarmLevel> harm(Finding<HarmLevel> inWords, Answers answers, List<String> triage) {
        if (answers.harmLeftToTheWords()) {
            return inWords.value() == HarmLevel.UNKNOWN
                    ? new Finding<>(
                            HarmLevel.UNKNOWN, NO_CUE_CONFIDENCE, List.of("no harm cue matched; harm not stated"))
                    : inWords;
        }
        HarmLevel reported = answers.reportedHarm();
        // Only words graver than the answer are a conflict for a person: the answer is what is published, and
        // a graver answer than the words already errs on the safe side (the words often tell only a symptom on
        // the way, "headaches", or someone else who "was fine"). Words graver than the answer may mean harm
        // understated, which a person must settle before it is acted on.
        if (inWords.value() != HarmLevel.UNKNOWN
                && SEVERITY.indexOf(inWords.value()) - SEVERITY.indexOf(reported) >= 2) {
            triage.add("the reporter chose harm " + reported + " but the words suggest " + inWords.value() + " ("
                    + String.join("; ", inWords.evidence()) + ")");
        }
        return new Finding<>(reported, taxonomy.formAnswerConfidence(), List.of("the reporter chose: " + reported));
    }

    private static boolean serious(HarmLevel level) {
        return level == HarmLevel.SEVERE || level == HarmLevel.DEATH;
    }

    private List<ProfessionalFinding> professionals(Tallies tallies, Answers answers, AnalysedText text) {
        Map<ProfessionalRole, ProfessionalFinding> found = new LinkedHashMap<>();
        Map<Enum<?>, Tally> inWords = tallies.of(Kind.ROLE);
        for (ProfessionalRole role : answers.professionals()) {
            if (!found.containsKey(role)) {
                List<String> evidence = new ArrayList<>();
                evidence.add("the reporter chose: " + role);
                Tally tally = inWords.get(role);
                if (tally != null) {
                    evidence.addAll(tally.evidence());
                }
                found.put(
                        role,
                        ProfessionalFinding.of(role, taxonomy.formAnswerConfidence(), capped(evidence, List.of())));
            }
        }
        if (!found.isEmpty()) {
            // The reporter said who the concern is about; other job titles in the words are people mentioned
            // on the way ("wait for the doctor", "told her school nurse"), not people it is about.
            return List.copyOf(found.values());
        }
        inWords.forEach((role, tally) -> found.computeIfAbsent(
                (ProfessionalRole) role, r -> ProfessionalFinding.of(r, tally.confidence(), tally.evidence())));
        // Fitness to practise is about someone's conduct: a registrant the words only mention on the way (the
        // nurse a consultant threw a tray at, the registrar a midwife said she called) is not whom the
        // concern is about when another professional is the one the conduct is told of.
        // Nor is one the words only name as whom the conduct was done to ("a patient punched the nurse").
        Set<Integer> doneTo = tallies.doneTo(text);
        Set<Enum<?>> actors = tallies.actors(text, doneTo);
        Set<Enum<?>> excluded = actors.isEmpty() ? tallies.onlyDoneTo(doneTo) : Set.of();
        found.values()
                .removeIf(professional -> professional.regulator() != null
                        && (!actors.isEmpty()
                                ? !actors.contains(professional.role())
                                : excluded.contains(professional.role())));
        return List.copyOf(found.values());
    }

    /**
     * Weight a safeguarding signal adds to fitness to practise when a registrant is identified: less than the
     * threshold, and added only beside a conduct cue ("restrained", "sexual"), so a registrant who only missed the
     * signs of someone else's abuse is not over it.
     */
    static final double SAFEGUARDING_CONDUCT_WEIGHT = 1;

    /** Weight the form's naming of a registrant adds to other fitness-to-practise cues: alone, below the threshold. */
    static final double NAMED_ON_THE_FORM_WEIGHT = 0.5;

    private Finding<FitnessToPractise> fitnessToPractise(
            Tallies tallies,
            List<ProfessionalFinding> professionals,
            HarmLevel harm,
            Answers answers,
            List<Finding<ConcernSignal>> signals) {
        if (professionals.stream().allMatch(professional -> professional.regulator() == null)) {
            return new Finding<>(
                    FitnessToPractise.NOT_APPLICABLE,
                    UNSETTLED_CONFIDENCE,
                    List.of("no registered professional identified"));
        }
        Map<Enum<?>, Tally> found = tallies.of(Kind.FITNESS_TO_PRACTISE);
        Tally threshold = found.getOrDefault(FitnessToPractise.MAY_MEET_THRESHOLD, new Tally());
        Tally local = found.getOrDefault(FitnessToPractise.HANDLED_LOCALLY, new Tally());
        double score = threshold.score;
        List<String> evidence = new ArrayList<>(threshold.counted);
        List<ProfessionalRole> named = answers.professionals().stream()
                .filter(role -> role.regulator().isPresent())
                .toList();
        if (!named.isEmpty() && serious(answers.reportedHarm())) {
            // The reporter named the registrant on the form and graded the harm severe or fatal: avoidable serious
            // harm told of someone (DOMAIN.md), enough on its own unless local handling outweighs it. Moderate harm
            // alone is not: a named nurse on a short-staffed ward is a system failure, not her fitness to practise.
            score += Math.max(taxonomy.fitnessToPractiseThreshold(), serious(harm) ? taxonomy.seriousHarmWeight() : 0);
            evidence.add("the reporter named " + named + " and graded the harm " + answers.reportedHarm()
                    + ": avoidable harm, if their care caused it");
        } else if (!named.isEmpty() && !tallies.phraseConduct.isEmpty() && local.score < 0.5) {
            // A registrant the reporter named on the form as whom the concern is about is identifiable, and an act
            // the words tell ("aggressive", "no examination") is theirs: that is the other cue such an act needs.
            // Not a cue that tells of no act alone (private work, a refusal to come, a red flag not referred on:
            // those need serious harm), nor where local handling is told ("she has been supported").
            score += NAMED_ON_THE_FORM_WEIGHT;
            evidence.add("the reporter named " + named + " as whom the concern is about: with other cues");
        }
        if (!(!named.isEmpty() && serious(answers.reportedHarm()))
                && serious(harm)
                && taxonomy.seriousHarmWeight() > 0
                && !tallies.conduct.isEmpty()) {
            // Serious harm adds to conduct told of someone; with only weak words ("copy", "keeps") it is the harm of a
            // concern about a system, and a registrant the words mention on the way did not cause it.
            score += taxonomy.seriousHarmWeight();
            evidence.add("harm graded " + harm + ": avoidable serious harm, if the care caused it");
        }
        if (!tallies.conduct.isEmpty()
                && signals.stream().anyMatch(signal -> signal.value() == ConcernSignal.SAFEGUARDING)) {
            // Abuse or neglect of someone at risk is conduct DOMAIN.md names, and a concern that tells of it and
            // of a registrant is often about what that registrant did, however the abuse is worded; it adds only
            // to conduct told of someone, so a registrant mentioned beside it with weak words alone ("did not
            // fill in the proforma") stays below the threshold.
            score += SAFEGUARDING_CONDUCT_WEIGHT;
            evidence.add("signal SAFEGUARDING suggests MAY_MEET_THRESHOLD (abuse or neglect of someone at risk, told"
                    + " of where a registrant is named: with one other cue)");
        }
        String toldOf = local.score < 0.5 ? tallies.registrantBeforeConduct() : null;
        if (toldOf != null) {
            // "the band 6 nurse restrained him": conduct the sentence itself tells of a registrant it names, not
            // conduct told of no one in particular that a registrant mentioned elsewhere may not have done.
            score += Tallies.REGISTRANT_BEFORE_CONDUCT_WEIGHT;
            evidence.add("\"" + toldOf + "\" suggests MAY_MEET_THRESHOLD (conduct told of the registrant its sentence"
                    + " names)");
        }
        List<String> negated = new ArrayList<>(threshold.negated);
        negated.addAll(local.negated);
        if (score >= taxonomy.fitnessToPractiseThreshold() && score > local.score) {
            return new Finding<>(FitnessToPractise.MAY_MEET_THRESHOLD, confidence(score), capped(evidence, negated));
        }
        List<String> handledLocally = new ArrayList<>(local.counted);
        if (handledLocally.isEmpty()) {
            handledLocally.add("no fitness-to-practise cue outweighs local handling");
        }
        handledLocally.addAll(evidence);
        return new Finding<>(
                FitnessToPractise.HANDLED_LOCALLY,
                local.score > 0 ? local.confidence() : UNSETTLED_CONFIDENCE,
                capped(handledLocally, negated));
    }

    private Finding<ComplaintStatus> complaintStatus(Tallies tallies, Answers answers, List<String> triage) {
        Finding<ComplaintStatus> inWords = mostAdvanced(tallies);
        List<RaisedRoute> routes = answers.raisedBefore().routes();
        if (routes.isEmpty()) {
            return inWords;
        }
        double form = taxonomy.formAnswerConfidence();
        if (answers.raisedBefore().finalResponseOn() != null) {
            return new Finding<>(
                    ComplaintStatus.FINAL_RESPONSE,
                    form,
                    List.of("the reporter gave the date of the final response: "
                            + answers.raisedBefore().finalResponseOn()));
        }
        if (routes.contains(RaisedRoute.FORMAL_COMPLAINT)) {
            if (inWords.value() == ComplaintStatus.FINAL_RESPONSE) {
                // The form asks for the date of the final response; a reporter who does not know it leaves a gap.
                List<String> evidence =
                        new ArrayList<>(List.of("the reporter chose: FORMAL_COMPLAINT, with no final response date"));
                evidence.addAll(inWords.evidence());
                return new Finding<>(ComplaintStatus.FINAL_RESPONSE, inWords.confidence(), capped(evidence, List.of()));
            }
            return new Finding<>(ComplaintStatus.IN_PROGRESS, form, List.of("the reporter chose: FORMAL_COMPLAINT"));
        }
        // A grievance is a member of staff's own route, not the complaints process: its outcome ("the outcome
        // letter", "not upheld") is no complaint answered, and no conflict with the routes the form gives.
        if (inWords.value() != ComplaintStatus.NONE && !tallies.grievance) {
            triage.add("the reporter raised it before only through " + routes + " but the words suggest a complaint "
                    + inWords.value() + " (" + String.join("; ", inWords.evidence()) + ")");
        }
        return new Finding<>(
                ComplaintStatus.NONE, form, List.of("the reporter chose: " + routes + ", not a formal complaint"));
    }

    private static boolean toldOfAGrievance(AnalysedText text) {
        for (int i = 0; i < text.size; i++) {
            if (text.isWord(i) && text.word(i).startsWith("grievance")) {
                return true;
            }
        }
        return false;
    }

    private Finding<ComplaintStatus> mostAdvanced(Tallies tallies) {
        Map<Enum<?>, Tally> found = tallies.of(Kind.COMPLAINT_STATUS);
        List<String> negated = new ArrayList<>();
        found.values().forEach(tally -> negated.addAll(tally.negated));
        for (ComplaintStatus status :
                List.of(ComplaintStatus.FINAL_RESPONSE, ComplaintStatus.IN_PROGRESS, ComplaintStatus.NONE)) {
            Tally tally = found.get(status);
            // A complaint made or answered needs one clear phrase (or several passing mentions): "the
            // complaints team" or "I want to complain" alone is not a complaint in local resolution.
            double minimum = status == ComplaintStatus.NONE ? Double.MIN_VALUE : taxonomy.complaintMinimum();
            if (tally != null && tally.score >= minimum) {
                return new Finding<>(status, tally.confidence(), capped(tally.counted, negated));
            }
            if (tally != null && tally.score > 0) {
                negated.addAll(
                        0,
                        tally.counted.stream()
                                .map(quote -> quote + ", too weak alone")
                                .toList());
            }
        }
        List<String> evidence = new ArrayList<>(List.of("no complaint said to be made or answered"));
        evidence.addAll(negated);
        return new Finding<>(ComplaintStatus.NONE, NO_CUE_CONFIDENCE, capped(evidence, List.of()));
    }

    /**
     * How many times the closed-culture minimum its cues must reach before the closed culture is itself read as
     * abuse of people at risk: one strong sign may be a ward's routine; two are the pattern CQC names.
     */
    private static final double CLOSED_CULTURE_AS_ABUSE = 2;

    /**
     * A count of like events within a stated span ("five patients in six weeks", "six C. diff cases on the ward in
     * four weeks", "two women in the last month", "four this quarter") is a pattern by itself: the same thing has
     * happened more than once. Read over the analysed words as written, not with a regular expression over the
     * text: a pattern tried at every word boundary took more time than the rest of a 200-word classification.
     * Number words are grammar, so they stay here; what is counted and the span are the taxonomy's vocabularies.
     */
    private static final Set<String> COUNTS = WordSet.of(
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "several",
            "dozen");

    // The grammar of a staffing ratio (numbers, articles, prepositions, "per", "each"); the staff and what is counted
    // against them are vocabularies.
    private static final Set<String> ONE = WordSet.of("1", "one");
    private static final Set<String> A_OR_THE = WordSet.of("a", "the");
    private static final Set<String> SINGLE_OR_ONLY = WordSet.of("single", "only");
    private static final Set<String> RATIO_TO = WordSet.of("for", "to", "between", "covering", "across");
    private static final Set<String> THE_OR_ALL = WordSet.of("the", "all");
    private static final Set<String> LARGE_COUNTS = WordSet.of("forty", "fifty");

    private static final Set<String> PER = WordSet.of("per");
    private static final Set<String> TO_OR_FOR = WordSet.of("to", "for");
    private static final Set<String> EACH_OR_EVERY = WordSet.of("each", "every");

    /**
     * The words of a stated staffing ratio, or null when there is none: one of some staff for a count ("1 RN to
     * 16", "one registered nurse for 22 beds", "the only F1 for six wards"), or a count of two figures or more per
     * member of staff ("650 children per health visitor"), within a sentence. One to one care is not a gap. Read
     * over the analysed words, as the count-in-span rule is, so that no pattern runs over the whole text.
     */
    String staffRatio(AnalysedText text) {
        for (int i = 0; i < text.size; i++) {
            char first = text.text.charAt(text.starts[i]);
            boolean figure = Character.isDigit(first);
            if (!figure && (text.ends[i] - text.starts[i] > 3 || "oOaAtT".indexOf(first) < 0)) {
                continue; // cannot start a ratio: not a figure, "one", "a single" or "the only"
            }
            int end = oneStaffForMany(text, i);
            if (end < 0 && figure) {
                end = manyPerStaff(text, i);
            }
            if (end >= 0 && text.sentences[end] == text.sentences[i]) {
                return text.quote(i, end + 1);
            }
        }
        return null;
    }

    /** The last word of "one (up to two words) nurse for (the) 14" starting at {@code i}, or -1. */
    private int oneStaffForMany(AnalysedText text, int i) {
        int next;
        if (ONE.contains(text.word(i))) {
            next = i + 1;
        } else if (A_OR_THE.contains(text.word(i)) && in(text, i, i + 1, SINGLE_OR_ONLY)) {
            next = i + 2;
        } else {
            return -1;
        }
        for (int noun = next; noun <= next + 2; noun++) {
            int staff = staffAt(text, i, noun, vocabularies.staffInARatio);
            if (staff < 0 || !in(text, i, staff + 1, RATIO_TO)) {
                continue;
            }
            int q = in(text, i, staff + 2, THE_OR_ALL) ? staff + 3 : staff + 2;
            if ((isCount(text, q) && runsOn(text, i, q)) || in(text, i, q, LARGE_COUNTS)) {
                return q;
            }
        }
        return -1;
    }

    /** The last word of "650 (more) children per (every) health visitor" starting at {@code i}, or -1. */
    private int manyPerStaff(AnalysedText text, int i) {
        String count = text.surface(i);
        if (count.length() < 2 || !allDigits(count)) {
            return -1;
        }
        for (int counted = i + 1; counted <= i + 2; counted++) {
            if (!in(text, i, counted, vocabularies.countedAgainstStaff)) {
                continue;
            }
            int per;
            if (in(text, i, counted + 1, PER)) {
                per = counted + 1;
            } else if (in(text, i, counted + 1, TO_OR_FOR) && in(text, i, counted + 2, EACH_OR_EVERY)) {
                per = counted + 2;
            } else {
                continue;
            }
            for (int noun = per + 1; noun <= per + 2; noun++) {
                int staff = staffAt(text, i, noun, vocabularies.staffWithACaseload);
                if (staff >= 0) {
                    return staff;
                }
            }
        }
        return -1;
    }

    /**
     * The last word of the staff named at {@code at}, one of these words or of {@link Vocabularies#staffInTwoWords}
     * ("health visitor", "social worker"), when the words from {@code from} run on to it; otherwise -1.
     */
    private int staffAt(AnalysedText text, int from, int at, Set<String> staff) {
        if (in(text, from, at, staff)) {
            return at;
        }
        return phraseAt(text, from, at, vocabularies.staffInTwoWords);
    }

    /**
     * The last word of the first of these phrases (by their first word) whose words stand from {@code at}, when the
     * words from {@code from} run on to it (see {@link #runsOn}); otherwise -1.
     */
    private static int phraseAt(AnalysedText text, int from, int at, Map<String, List<List<String>>> phrases) {
        List<List<String>> candidates = phrases.get(text.word(at));
        if (candidates == null) {
            return -1;
        }
        for (List<String> phrase : candidates) {
            int end = at + phrase.size() - 1;
            if (end < text.size && startsAt(text, at, phrase) && runsOn(text, from, end)) {
                return end;
            }
        }
        return -1;
    }

    /** Whether the words from {@code at} are those of the phrase, as written. */
    private static boolean startsAt(AnalysedText text, int at, List<String> phrase) {
        for (int k = 1; k < phrase.size(); k++) {
            if (!text.word(at + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    // The grammar of a long wait: "two weeks" is not long; the wait words and the spans are vocabularies.
    private static final Set<String> WEEKS = WordSet.of("week", "weeks", "wk", "wks");
    private static final Set<String> TWO = WordSet.of("2", "two");

    /**
     * The words of a wait stated in weeks, months or years, or null when there is none: a count and its span (of
     * the {@code longSpans} vocabulary) with a wait word (of {@code waits}) up to {@link #LONG_WAIT_REACH} words before it or two after it, within a sentence. Two weeks is
     * not long, and the "two week wait" is a referral pathway. Read over the analysed words, as the staffing ratio is.
     */
    String longWait(AnalysedText text) {
        for (int i = 0; i + 1 < text.size; i++) {
            if (!isCount(text, i) || !in(text, i, i + 1, vocabularies.longSpans)) {
                continue;
            }
            if (TWO.contains(text.word(i)) && WEEKS.contains(text.word(i + 1))) {
                continue;
            }
            for (int w = Math.max(0, i - LONG_WAIT_REACH); w <= i + 3 && w < text.size; w++) {
                if ((w < i || w > i + 1)
                        && vocabularies.waits.contains(text.word(w))
                        && text.sentences[w] == text.sentences[i]) {
                    return w < i ? text.quote(w, i + 2) : text.quote(i, w + 1);
                }
            }
        }
        return null;
    }

    // The grammar of a rate ("a", "per"...); the spans of time are the rateUnits vocabulary.
    private static final Set<String> A_RATE = WordSet.of("a", "an", "per", "every", "each");

    /** Words after a sum of money within which "a week", "an hour" or the like make it a rate. */
    private static final int MONEY_RATE_REACH = 4;

    /**
     * The words of a sum of money at a rate, or null when there is none: a figure written after a pound sign and,
     * up to {@link #MONEY_RATE_REACH} words on in its sentence, "a", "an", "per", "every" or "each" and a span of
     * time of the {@code rateUnits} vocabulary ("£3,000 to £4,000 a month"). Read over the analysed words, as the staffing ratio is.
     */
    String moneyAtARate(AnalysedText text) {
        for (int i = 0; i < text.size; i++) {
            int at = text.starts[i];
            if (at == 0 || text.text.charAt(at - 1) != '\u00a3' || !Character.isDigit(text.text.charAt(at))) {
                continue;
            }
            for (int j = i + 1; j <= i + MONEY_RATE_REACH && j + 1 < text.size; j++) {
                if (text.sentences[j + 1] != text.sentences[i]) {
                    break;
                }
                if (A_RATE.contains(text.word(j))
                        && vocabularies.rateUnits.contains(text.word(j + 1))
                        && runsOn(text, j, j + 1)) {
                    return "\u00a3" + text.quote(i, j + 2);
                }
            }
        }
        return null;
    }

    // The grammar of a count in a span ("this", "last", "in", "the"; "four this quarter" with nothing counted); the
    // span units, the periods and what is counted are vocabularies.
    private static final Set<String> QUARTER = WordSet.of("quarter");
    private static final Set<String> THIS_OR_LAST = WordSet.of("this", "last");
    private static final Set<String> WITHIN = WordSet.of("in", "over", "within");
    private static final Set<String> THE = WordSet.of("the");
    private static final Set<String> LAST_OR_PAST = WordSet.of("last", "past");
    private static final Set<String> A_OR_ONE = WordSet.of("a", "one");

    /** The words of a count of like events within a stated span, or null when there is none. */
    String countInSpan(AnalysedText text) {
        for (int i = 0; i < text.size; i++) {
            if (!isCount(text, i)) {
                continue;
            }
            int end = countInSpanFrom(text, i);
            if (end >= 0) {
                return text.quote(i, end + 1);
            }
        }
        return null;
    }

    /** The index of the last word of a count in a span that starts with the count at {@code i}, or -1. */
    private int countInSpanFrom(AnalysedText text, int i) {
        // "four this quarter"
        if (in(text, i, i + 1, THIS_OR_LAST) && in(text, i, i + 2, QUARTER)) {
            return i + 2;
        }
        // "three patients this month"
        if (in(text, i, i + 1, vocabularies.countedThisPeriod)
                && in(text, i, i + 2, THIS_OR_LAST)
                && in(text, i, i + 3, vocabularies.countedPeriods)) {
            return i + 3;
        }
        // "five patients (on the ward) in (the last) six weeks": up to two words before what is counted, four after
        for (int noun = i + 1; noun <= i + 3; noun++) {
            if (!in(text, i, noun, vocabularies.countedEvents)) {
                continue;
            }
            for (int at = noun + 1; at <= noun + 5; at++) {
                if (!in(text, i, at, WITHIN)) {
                    continue;
                }
                int q = at + 1;
                boolean lastOrPast = false;
                if (in(text, i, q, THE) && in(text, i, q + 1, LAST_OR_PAST)) {
                    q += 2;
                    lastOrPast = true;
                } else if (in(text, i, q, LAST_OR_PAST)) {
                    q += 1;
                    lastOrPast = true;
                }
                if ((isCount(text, q) || in(text, i, q, A_OR_ONE)) && in(text, i, q + 1, vocabularies.spanUnits)) {
                    return q + 1;
                }
                if (lastOrPast && in(text, i, q, vocabularies.spanUnits)) {
                    return q;
                }
            }
        }
        return -1;
    }

    /** Words before a count that make it a ratio or a capacity: "one nurse for 30 patients", "a bay of six". */
    private static final Set<String> BEFORE_A_CAPACITY = WordSet.of(
            "for", "to", "of", "per", "between", "covering", "across", "with", "has", "holds", "takes", "after", "at");

    /**
     * Words that, between a count and what it counts, say the count is not of like cases: bystanders ("five other
     * patients in the bay could hear") or a clause ("at 9 that people are scared").
     */
    private static final Set<String> NOT_A_KIND_OF_CASE =
            WordSet.of("other", "others", "that", "who", "which", "and", "or", "in", "on", "at", "of");

    /** After what is counted, a caseload: "700 children per health visitor", "30 patients each". */
    private static final Set<String> PER_OR_EACH = WordSet.of("per", "each");

    /**
     * A count of three or more like cases found or told of ("I found 9 patients with no bloods", "over 200
     * patients whose reviews were overdue", "23 patients with notes for calls that never happened", "four deaths
     * on the unit") is a pattern by itself, stated span or not: the same failure has reached several people. Two
     * may be a coincidence and stays a weak cue. A count after a ratio or capacity word ("one nurse for 30
     * patients", "a bay of six patients", "looks after 14 patients") is how many are cared for, not how many were
     * failed, and "at 9" is a time.
     *
     * @return the words of the count and what it counts, or null when there is none
     */
    String countOfLikeCases(AnalysedText text) {
        for (int i = 0; i < text.size; i++) {
            if (!isCount(text, i) || text.word(i).equals("two") || text.word(i).equals("2")) {
                continue;
            }
            if (i > 0 && BEFORE_A_CAPACITY.contains(text.word(i - 1))) {
                continue;
            }
            for (int noun = i + 1; noun <= i + 3 && noun < text.size; noun++) {
                if (in(text, i, noun, vocabularies.countedEvents)) {
                    if (!in(text, noun, noun + 1, PER_OR_EACH)) {
                        return text.quote(i, noun + 1);
                    }
                    break;
                }
                if (NOT_A_KIND_OF_CASE.contains(text.word(noun))) {
                    break;
                }
            }
        }
        return null;
    }

    /** The words of the first match of a pattern, spaces tidied, or null when there is none. */
    private static @Nullable String firstMatch(Pattern pattern, String description) {
        Matcher matcher = pattern.matcher(description);
        return matcher.find() ? matcher.group().replaceAll("\\s+", " ") : null;
    }

    /**
     * The same (or a similar) failure told of a stated time before: "a job was logged for the same fault three weeks
     * ago", "two months ago the same thing". Something that happened before and now again is recurring.
     */
    static final Pattern THE_SAME_BEFORE = Pattern.compile("(?i)\\b(?:same|similar)\\b[^.!?\\n]{0,40}?\\b"
            + "(?:\\d+|two|three|four|five|six|a few|several|a couple of)\\s+(?:weeks?|months?|days?)\\s+ago\\b"
            + "|\\b(?:weeks?|months?|days?)\\s+ago\\b[^.!?\\n]{0,40}?\\b(?:same|similar)\\b");

    /**
     * An act told as going on over time, "has been" or "have been" and an -ing word ("has been pocketing", "have
     * been turning patients away"), or told as going on now, "is" or "are" and one ("is logging sessions that
     * didn't happen", "are sleeping on nights"): more than once, perhaps, as much as one weak cue of repetition.
     * A short -ing word ("is going home", "is doing") says too little of an act.
     */
    static final double ONGOING_ACT_WEIGHT = 0.5;

    private static final Set<String> HAS_OR_HAVE = WordSet.of("has", "have", "hasn't", "haven't");

    private static final Set<String> IS_OR_ARE = WordSet.of("is", "are");

    /** The first "has been …ing", "have been …ing", "is …ing" or "are …ing" in the text, as written, or null. */
    static @Nullable String ongoingAct(AnalysedText text) {
        for (int i = 0; i + 2 < text.size; i++) {
            if (HAS_OR_HAVE.contains(text.word(i))
                    && text.word(i + 1).equals("been")
                    && text.word(i + 2).endsWith("ing")
                    && text.word(i + 2).length() > 5
                    && runsOn(text, i, i + 2)) {
                return text.quote(i, i + 3);
            }
            if (IS_OR_ARE.contains(text.word(i))
                    && text.word(i + 1).endsWith("ing")
                    && text.word(i + 1).length() > 5
                    && runsOn(text, i, i + 1)) {
                return text.quote(i, i + 2);
            }
        }
        return null;
    }

    /** The word {@link #THE_SAME_BEFORE} cannot match without, so the pattern runs only on a text that has it. */
    private static final Set<String> AGO = WordSet.of("ago");

    /** Since a month, a season or last year: "since March", "since the summer", "since last winter". */
    static final Pattern SINCE_A_SEASON = Pattern.compile(
            "(?i)\\bsince\\s+(?:(?:early|late|mid)\\s+)?(?:January|February"
                    + "|March|April|May|June|July|August|September|October|November|December|last\\s+(?:year|month|winter|summer"
                    + "|spring|autumn)|the\\s+(?:start|beginning)\\s+of|the\\s+new\\s+year|the\\s+(?:spring|summer|autumn|winter))\\b");

    /** The word {@link #SINCE_A_SEASON} cannot match without. */
    private static final Set<String> SINCE = WordSet.of("since");

    /**
     * Whether the text has a word {@link Vocabularies#nthOfAKind} can start with (an ordinal of the vocabulary, or
     * one in figures: "3rd"), so the pattern is worth running.
     */
    private boolean hasAnOrdinal(AnalysedText text) {
        for (int i = 0; i < text.size; i++) {
            String word = text.word(i);
            if (vocabularies.ordinals.contains(word)
                    || (word.length() > 2
                            && Character.isDigit(word.charAt(0))
                            && (word.endsWith("st")
                                    || word.endsWith("nd")
                                    || word.endsWith("rd")
                                    || word.endsWith("th")))) {
                return true;
            }
        }
        return false;
    }

    /** How far apart, in words, the two words of something not passed on may be: ten words between them. */
    private static final int NOT_PASSED_ON_REACH = 11;

    /**
     * The sentence that tells of something not passed on (sent, told, referred, discharged, received) with two
     * different kinds of service named in it or the sentences either side, or null when there is none. Something
     * not passed on is a word of something not done within ten words of a word of passing on, either side, in one
     * sentence ("never received the referral", "was discharged without a letter", "nobody told the practice").
     */
    String failureBetweenServices(AnalysedText text) {
        int[] sentences = text.sentenceStarts();
        for (int s = 0; s + 1 < sentences.length; s++) {
            if (!notPassedOn(text, sentences[s], sentences[s + 1])) {
                continue;
            }
            int kinds = Integer.bitCount(servicesIn(text, sentences, s - 1)
                    | servicesIn(text, sentences, s)
                    | servicesIn(text, sentences, s + 1));
            if (kinds >= 2) {
                return sentence(text, sentences[s], sentences[s + 1]);
            }
        }
        return null;
    }

    /** The kinds of service (bits) named in sentence {@code s}, or 0 when there is no such sentence. */
    private int servicesIn(AnalysedText text, int[] sentences, int s) {
        if (s < 0 || s + 1 >= sentences.length) {
            return 0;
        }
        int kinds = 0;
        for (int i = sentences[s]; i < sentences[s + 1]; i++) {
            kinds |= vocabularies.serviceAt(text, i);
        }
        return kinds;
    }

    /** Whether, between words {@code from} and {@code to}, a word of something not done is near one of passing on. */
    private boolean notPassedOn(AnalysedText text, int from, int to) {
        int lastNotDone = -NOT_PASSED_ON_REACH - 1;
        int lastPassedOn = -NOT_PASSED_ON_REACH - 1;
        for (int i = from; i < to; i++) {
            String word = text.word(i);
            boolean notDone = vocabularies.notDone.contains(word) || word.endsWith("n't") || word.endsWith("n\u2019t");
            boolean passedOn = vocabularies.passedOn.contains(word)
                    || (word.equals("across") && text.word(i - 1).equals("came"));
            if ((notDone && i - lastPassedOn <= NOT_PASSED_ON_REACH)
                    || (passedOn && i - lastNotDone <= NOT_PASSED_ON_REACH)) {
                return true;
            }
            if (notDone) {
                lastNotDone = i;
            }
            if (passedOn) {
                lastPassedOn = i;
            }
        }
        return false;
    }

    /** The words {@code from} to {@code to} (exclusive) as written, with the mark that ends their sentence. */
    private static String sentence(AnalysedText text, int from, int to) {
        int end = text.ends[to - 1];
        while (end < text.text.length() && ".!?;".indexOf(text.text.charAt(end)) >= 0) {
            end++;
        }
        return text.text.substring(text.starts[from], end).replaceAll("\\s+", " ");
    }

    /** Words that limit a failure to one place ("only", "just"), and what they limit it to: the reporter's own. */
    private static final Set<String> ONLY = WordSet.of("only", "just");

    private static final Set<String> OURS = WordSet.of("our", "us", "we", "ours", "here");
    /** Words that deny or doubt what follows, besides those ending in n't. */
    private static final Set<String> DOUBTING = WordSet.of("not", "never", "doubt", "hardly");

    private static final Set<String> BUT = WordSet.of("but");
    /** Words at most from a denial or doubt to the "only" or "just" it denies. */
    static final int NOT_ONLY_REACH = 5;

    /**
     * The words that deny or doubt that a failure is only the reporter's own service's, or null: a denial or doubt
     * ("not", a word ending in n't, "doubt") up to five words before "only" or "just" and then "our", "us", "we" or
     * "here", in one sentence ("I don't think this is only our problem", "I doubt it's just us", "I don't believe
     * it's only our service"): the failure is likely at other providers (SYSTEM_WIDE). "Not only our nurses but the
     * doctors too" adds people, not places, and does not count.
     */
    String notOnlyOurs(AnalysedText text) {
        for (int i = 1; i + 1 < text.size; i++) {
            if (!ONLY.contains(text.word(i))
                    || !OURS.contains(text.word(i + 1))
                    || text.sentences[i + 1] != text.sentences[i]) {
                continue;
            }
            for (int j = i - 1; j >= 0 && i - j <= NOT_ONLY_REACH && text.sentences[j] == text.sentences[i]; j--) {
                String word = text.word(j);
                if (DOUBTING.contains(word) || word.endsWith("n't") || word.endsWith("n\u2019t")) {
                    if (text.next(i + 1, AnalysedText.ANY_REACH, BUT, Scope.SENTENCE) < 0) {
                        return text.text.substring(text.starts[j], text.ends[i + 1]);
                    }
                    break;
                }
            }
        }
        return null;
    }

    /** The word before one place of the kind, told in the singular: "every prison", "every trust that uses it". */
    private static final Set<String> EVERY = WordSet.of("every");

    private static final Set<String> LOTS_OR_LOADS = WordSet.of("lots", "loads");
    private static final Set<String> OF = WordSet.of("of");

    /**
     * The sentence that says the same failure is found at other places of the kind, or null: other places of
     * the same kind ("other trusts", "every hospital in the region", "neighbouring practices") named in one
     * sentence with the same failure ("the same", "too", "also", "report it"): the failure is likely at other
     * providers (SYSTEM_WIDE).
     */
    String sameFailureElsewhere(AnalysedText text) {
        int[] sentences = text.sentenceStarts();
        for (int s = 0; s + 1 < sentences.length; s++) {
            boolean otherPlaces = false;
            boolean theSame = false;
            for (int i = sentences[s]; i < sentences[s + 1] && !(otherPlaces && theSame); i++) {
                otherPlaces |= otherPlacesAt(text, i, sentences[s + 1]);
                String word = text.word(i);
                theSame |= vocabularies.sameFailure.contains(word)
                        || (word.equals("well") && text.word(i - 1).equals("as"));
            }
            if (otherPlaces && theSame) {
                return sentence(text, sentences[s], sentences[s + 1]);
            }
        }
        return null;
    }

    /** Whether other places of a kind are named from word {@code i}, within its sentence (which ends at {@code to}). */
    private boolean otherPlacesAt(AnalysedText text, int i, int to) {
        int q;
        if (vocabularies.otherPlaces.contains(text.word(i))) {
            q = text.word(i).equals("all") && in(text, i, i + 1, THE) ? i + 2 : i + 1;
        } else if (LOTS_OR_LOADS.contains(text.word(i)) && in(text, i, i + 1, OF)) {
            q = i + 2;
        } else {
            return false;
        }
        if (in(text, i, q, vocabularies.beforePlaces)) {
            q++;
        }
        if (q >= to) {
            return false;
        }
        if (in(text, i, q, vocabularies.places)
                || (EVERY.contains(text.word(i))
                        && vocabularies.places.contains(text.word(q) + "s")
                        && runsOn(text, i, q))) {
            return true;
        }
        int end = phraseAt(text, i, q, vocabularies.placesInTwoWords);
        return end >= 0 && end < to;
    }

    /** A number of two or more, in figures or in words. */
    private static boolean isCount(AnalysedText text, int i) {
        if (i >= text.size) {
            return false;
        }
        String word = text.word(i);
        if (allDigits(word)) {
            return word.length() > 1 || word.charAt(0) >= '2';
        }
        return COUNTS.contains(word);
    }

    /** Whether the word is a number in figures: not empty, nothing but digits. */
    private static boolean allDigits(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isDigit(word.charAt(k))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /**
     * Whether the word at {@code at} is one of these as written, and the words from {@code from} to it run on
     * with nothing but spaces between them (see {@link #runsOn}).
     */
    private static boolean in(AnalysedText text, int from, int at, Set<String> words) {
        return at < text.size && words.contains(text.word(at)) && runsOn(text, from, at);
    }

    /**
     * Whether the words from {@code from} to {@code at} run on with nothing but spaces between them (a full stop,
     * apostrophe or hyphen may close a word: "C. diff").
     */
    private static boolean runsOn(AnalysedText text, int from, int at) {
        for (int k = from; k < at; k++) {
            int c = text.ends[k];
            while (c < text.starts[k + 1] && ".'\u2019-".indexOf(text.text.charAt(c)) >= 0) {
                c++;
            }
            while (c < text.starts[k + 1] && Character.isWhitespace(text.text.charAt(c))) {
                c++;
            }
            if (c < text.starts[k + 1]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Weight a person at risk and something done to them or withheld from them, told within a sentence of each
     * other, add to SAFEGUARDING: "the resident with dementia was left without a drink all afternoon", "the
     * autistic lad was locked in the side room", "a 6 month old with marks nobody could explain". Either alone
     * is not abuse or neglect (a child with a fever, a raised voice between colleagues); together they are what a
     * safeguarding lead asks about, in whatever words the writer uses.
     */
    static final double AT_RISK_AND_HARMED_WEIGHT = 1;

    /** The phrase that starts at {@code at}, or null: words as written, apostrophes made plain. */
    private static List<String> phraseAt(AnalysedText text, int at, Map<String, List<List<String>>> phrases) {
        List<List<String>> starting = phrases.get(text.word(at).replace('\u2019', '\''));
        if (starting == null) {
            return null;
        }
        for (List<String> phrase : starting) {
            if (at + phrase.size() > text.size) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < phrase.size() && all; k++) {
                all = text.word(at + k).replace('\u2019', '\'').equals(phrase.get(k));
            }
            if (all) {
                return phrase;
            }
        }
        return null;
    }

    /**
     * A person at risk and something done to them or withheld from them within the same or the next sentence,
     * quoted as written ("dementia … left without a drink"), or null.
     */
    String atRiskAndHarmed(AnalysedText text) {
        List<int[]> atRisk = new ArrayList<>();
        List<int[]> harmed = new ArrayList<>();
        for (int i = 0; i < text.size; i++) {
            List<String> who = phraseAt(text, i, vocabularies.atRisk);
            if (who != null && !notAtRiskHere(text, i, who)) {
                atRisk.add(new int[] {i, i + who.size()});
            } else if (anAgeAtRisk(text, i)) {
                atRisk.add(new int[] {i, Math.min(text.size, i + 3)});
            }
            List<String> what = phraseAt(text, i, vocabularies.harmed);
            if (what != null
                    && !doneToStaffAt(text, i, i + what.size())
                    && !anApproximation(text, i, what)
                    && !notAHarmHere(text, i, what)) {
                harmed.add(new int[] {i, i + what.size()});
            }
        }
        for (int[] who : atRisk) {
            for (int[] what : harmed) {
                if (Math.abs(text.sentences[who[0]] - text.sentences[what[0]]) <= 1) {
                    return text.quote(who[0], who[1]) + " … " + text.quote(what[0], what[1]);
                }
            }
        }
        return null;
    }

    /**
     * Pronouns up to three before a money word ({@link Vocabularies#money}) that make it someone's own ("his cash",
     * "their savings"); the verbs that say it was taken or handed over are {@link Vocabularies#moneyTakenBefore}.
     */
    private static final Set<String> MONEY_OWNERS = WordSet.of("his", "her", "their", "my", "your");

    /** Whether the money word at {@code at} is someone's own ("mum's savings") or taken, given or missing. */
    private boolean someonesOwnOrTaken(AnalysedText text, int at) {
        for (int j = at - 1; j >= Math.max(0, at - 3) && text.clauses[j] == text.clauses[at]; j--) {
            String word = text.word(j);
            if (MONEY_OWNERS.contains(word)
                    || vocabularies.moneyTakenBefore.contains(word)
                    || word.endsWith("'s")
                    || word.endsWith("s'")) {
                return true;
            }
        }
        return text.next(at, 3, vocabularies.moneyTakenAfter, Scope.CLAUSE) >= 0;
    }

    /**
     * Whether the harm phrase at {@code at} is, here, not a harm: an injury nobody explains with no injury told
     * within a sentence of it, or a word that the words after it make into something else ("tied up with the
     * audit": {@link Vocabularies#notHarmed}).
     */
    private boolean notAHarmHere(AnalysedText text, int at, List<String> phrase) {
        if (phrase.size() == 1 && vocabularies.money.contains(phrase.getFirst()) && !someonesOwnOrTaken(text, at)) {
            return true;
        }
        if (vocabularies.unaccounted.contains(phrase)) {
            for (int k = at; k >= 0 && text.sentences[k] >= text.sentences[at] - 1; k--) {
                if (vocabularies.injuries.contains(text.word(k))) {
                    return false;
                }
            }
            for (int k = at + 1; k < text.size && text.sentences[k] <= text.sentences[at] + 1; k++) {
                if (vocabularies.injuries.contains(text.word(k))) {
                    return false;
                }
            }
            return true;
        }
        return phrase.size() == 1 && startsAny(text, at, vocabularies.notHarmed.get(phrase.getFirst()));
    }

    /** Whether the words from {@code at} are those of one of these phrases (none when null), as written. */
    private static boolean startsAny(AnalysedText text, int at, @Nullable List<List<String>> phrases) {
        if (phrases != null) {
            for (List<String> phrase : phrases) {
                if (startsAt(text, at, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Weight a sedative given to keep people quiet, told within a sentence, adds to SAFEGUARDING: "gives them
     * lorazepam at 8pm so we get a quiet night", "midazolam so the night is quiet". Chemical restraint is abuse
     * whoever the patient is; a sedative alone is a treatment and a quiet ward alone is nothing.
     */
    static final double SEDATED_TO_QUIET_WEIGHT = 1;

    /**
     * A sedative and, in the same sentence, quiet as its purpose ("so the floor stays quiet", not "she had a quiet
     * night"), quoted as written ("lorazepam … quiet"), or null.
     */
    String sedatedToQuiet(AnalysedText text) {
        int sedative = -1;
        int quiet = -1;
        for (int i = 0; i < text.size; i++) {
            if (i > 0 && text.sentences[i] != text.sentences[i - 1]) {
                sedative = -1;
                quiet = -1;
            }
            String word = text.word(i);
            if (vocabularies.sedatives.contains(word)) {
                sedative = i;
            } else if (vocabularies.quiet.contains(word)
                    && text.previous(i, 4, vocabularies.forQuiet, Scope.SENTENCE) >= 0) {
                quiet = i;
            }
            if (sedative >= 0 && quiet >= 0) {
                return text.quote(Math.min(sedative, quiet), Math.min(sedative, quiet) + 1)
                        + " … "
                        + text.quote(Math.max(sedative, quiet), Math.max(sedative, quiet) + 1);
            }
        }
        return null;
    }

    /**
     * Words a word or two before "confused" that make the confusion the reporter's: "I was confused". Grammar (the
     * reporter and their colleagues as subject), so kept here.
     */
    private static final Set<String> CONFUSED_OURSELVES = WordSet.of("i", "i'm", "im", "we", "we're", "staff");

    /**
     * Whether the word of risk at {@code at} is, here, an idiom or said of someone else: the reporter's own
     * confusion (see above), or the words after it make it something else ("turned a blind eye", "resident doctors":
     * {@link Vocabularies#notAtRisk}).
     */
    private boolean notAtRiskHere(AnalysedText text, int at, List<String> phrase) {
        if (phrase.size() != 1) {
            return false;
        }
        String word = phrase.getFirst();
        if (word.equals("confused")) {
            return CONFUSED_OURSELVES.contains(text.word(at - 1).replace('\u2019', '\''))
                    || CONFUSED_OURSELVES.contains(text.word(at - 2).replace('\u2019', '\''));
        }
        return startsAny(text, at, vocabularies.notAtRisk.get(word));
    }

    /**
     * Whether the number at {@code at} is the age of a child or of an old person ("a 15 year old", "Mrs P (91)"):
     * under 18, or 75 and over.
     */
    private boolean anAgeAtRisk(AnalysedText text, int at) {
        String word = text.surface(at);
        if (word.length() > 3 || !allDigits(word)) {
            return false;
        }
        int age = Integer.parseInt(word);
        if (!(age < 18 || (age >= 75 && age <= 110))) {
            return false;
        }
        boolean inBrackets = text.starts[at] > 0
                && text.text.charAt(text.starts[at] - 1) == '('
                && text.ends[at] < text.text.length()
                && text.text.charAt(text.ends[at]) == ')';
        return (age >= 75 && inBrackets)
                || (at + 1 < text.size && vocabularies.ageWords.contains(text.word(at + 1)))
                || (text.word(at + 1).equals("y") && text.word(at + 2).equals("o"));
    }

    /** Words after "roughly" that make it an approximation: "roughly a third", "roughly once a week". */
    private static final Set<String> BEFORE_AN_AMOUNT = WordSet.of("a", "an", "the", "half", "one", "once", "twice");

    /** Whether "roughly" is an approximation ("roughly ten times the dose"), not a manner of handling. */
    private static boolean anApproximation(AnalysedText text, int at, List<String> phrase) {
        if (!phrase.equals(List.of("roughly")) || at + 1 >= text.size) {
            return false;
        }
        String next = text.word(at + 1);
        return isCount(text, at + 1) || next.chars().anyMatch(Character::isDigit) || BEFORE_AN_AMOUNT.contains(next);
    }

    /** Words that start a noun phrase: what follows them is a thing, not something done to the reporter. */
    private static final Set<String> ARTICLES = WordSet.of("a", "an", "the");

    /** Words after "I" or "we" that make what follows something done to the reporter: "I was shouted at". */
    private static final Set<String> DONE_TO_US = WordSet.of("was", "were", "got", "get", "am", "are", "been", "being");

    /**
     * Whether a harm is done to staff, not to the person at risk: its object, in the next three words of the
     * clause, is staff ("shouted at the carer", "hit me"), or the reporter suffered it ("I was shouted at"). "by"
     * ends the look ("hit by staff" is still done to the patient).
     */
    private boolean doneToStaffAt(AnalysedText text, int from, int after) {
        if (Tallies.aimedAt(text, after, vocabularies.staffHarmed)) {
            return true;
        }
        for (int j = from - 1; j >= Math.max(1, from - 3) && text.sentences[j] == text.sentences[from]; j--) {
            if (ARTICLES.contains(text.word(j))) {
                // A noun, not a verb done to us: "so we get a quiet night".
                break;
            }
            String before = text.word(j - 1);
            if ((before.equals("i") || before.equals("we")) && DONE_TO_US.contains(text.word(j))) {
                return true;
            }
        }
        return false;
    }

    private List<Finding<ConcernSignal>> signals(Tallies tallies, Answers answers) {
        Map<Enum<?>, Tally> found = tallies.of(Kind.SIGNAL);
        List<Finding<ConcernSignal>> signals = new ArrayList<>();
        Tally closedCulture = found.get(ConcernSignal.CLOSED_CULTURE);
        for (ConcernSignal signal : ConcernSignal.values()) {
            Tally tally = found.get(signal);
            if (signal == ConcernSignal.SAFEGUARDING
                    && closedCulture != null
                    && closedCulture.score
                            >= CLOSED_CULTURE_AS_ABUSE * taxonomy.signalMinimum(ConcernSignal.CLOSED_CULTURE)) {
                // The closed-culture signs CQC names (isolation, punitive restrictions, unrecorded restraint) are
                // themselves the abuse of people at risk that the local authority must hear of: told plainly, twice
                // over, they are a safeguarding concern whatever words of harm go with them.
                tally = tally == null ? new Tally() : tally.copy();
                tally.add(
                        taxonomy.signalMinimum(ConcernSignal.SAFEGUARDING),
                        "signal CLOSED_CULTURE suggests SAFEGUARDING (closed-culture signs, told plainly and more than"
                                + " once, are signs of abuse of people at risk)");
            }
            if (signal == ConcernSignal.SAFEGUARDING) {
                String atRisk = atRiskAndHarmed(tallies.text);
                if (atRisk != null) {
                    tally = tally == null ? new Tally() : tally.copy();
                    tally.add(
                            AT_RISK_AND_HARMED_WEIGHT * taxonomy.signalMinimum(ConcernSignal.SAFEGUARDING),
                            "\"" + atRisk + "\" suggests SAFEGUARDING (a person at risk and something done to them or"
                                    + " withheld, within a sentence)");
                }
                String quietened = sedatedToQuiet(tallies.text);
                if (quietened != null) {
                    tally = tally == null ? new Tally() : tally.copy();
                    tally.add(
                            SEDATED_TO_QUIET_WEIGHT * taxonomy.signalMinimum(ConcernSignal.SAFEGUARDING),
                            "\"" + quietened + "\" suggests SAFEGUARDING (a sedative given to keep people quiet)");
                }
            }
            if (signal == ConcernSignal.RECURRING) {
                String count = countInSpan(tallies.text);
                String why = "a count of like events in a stated span";
                if (count == null) {
                    count = countOfLikeCases(tallies.text);
                    why = "a count of three or more like cases";
                }
                if (count == null && tallies.text.hasAny(AGO)) {
                    count = firstMatch(THE_SAME_BEFORE, tallies.text.text);
                    why = "the same failure told of weeks or months before";
                }
                if (count == null && tallies.text.hasAny(SINCE)) {
                    count = firstMatch(SINCE_A_SEASON, tallies.text.text);
                    why = "a state told since a month or season: over time";
                }
                if (count == null && hasAnOrdinal(tallies.text)) {
                    count = firstMatch(vocabularies.nthOfAKind, tallies.text.text);
                    why = "the second, third or another like event told";
                }
                if (count != null) {
                    tally = tally == null ? new Tally() : tally.copy();
                    tally.add(
                            taxonomy.signalMinimum(ConcernSignal.RECURRING),
                            "\"" + count + "\" suggests RECURRING (" + why + ")");
                }
                String ongoing = ongoingAct(tallies.text);
                if (ongoing != null
                        && (tally == null
                                || tally.counted.stream().noneMatch(e -> e.startsWith("\"" + ongoing + "\"")))) {
                    tally = tally == null ? new Tally() : tally.copy();
                    tally.add(
                            ONGOING_ACT_WEIGHT * taxonomy.signalMinimum(ConcernSignal.RECURRING),
                            "\"" + ongoing + "\" suggests RECURRING (an act told as ongoing (with another such cue))");
                }
            }
            String shape = signal == ConcernSignal.CROSS_PROVIDER
                    ? failureBetweenServices(tallies.text)
                    : signal == ConcernSignal.SYSTEM_WIDE ? sameFailureElsewhere(tallies.text) : null;
            if (shape != null) {
                tally = tally == null ? new Tally() : tally.copy();
                tally.add(
                        taxonomy.signalMinimum(signal),
                        "\"" + shape + "\" suggests " + signal
                                + (signal == ConcernSignal.CROSS_PROVIDER
                                        ? " (something not passed on between two kinds of service)"
                                        : " (the same failure at other places of the kind)"));
            }
            String notOnly = signal == ConcernSignal.SYSTEM_WIDE && shape == null ? notOnlyOurs(tallies.text) : null;
            if (notOnly != null) {
                tally = tally == null ? new Tally() : tally.copy();
                tally.add(
                        taxonomy.signalMinimum(signal),
                        "\"" + notOnly + "\" suggests " + signal
                                + " (the reporter doubts the failure is only their own service's)");
            }
            boolean inWords = tally != null && tally.score >= taxonomy.signalMinimum(signal);
            if (signal == ConcernSignal.IMMEDIATE_DANGER && answers.immediateDanger()) {
                List<String> evidence = new ArrayList<>(List.of("the reporter said someone is in danger now"));
                if (inWords) {
                    evidence.addAll(tally.counted);
                }
                signals.add(new Finding<>(signal, taxonomy.formAnswerConfidence(), capped(evidence, List.of())));
            } else if (inWords) {
                signals.add(new Finding<>(signal, tally.confidence(), capped(tally.counted, tally.negated)));
            }
        }
        return signals;
    }

    private static <V extends Enum<V>> Finding<V> best(Tallies tallies, Kind kind, V fallback, String what) {
        return tallies.of(kind).entrySet().stream()
                .filter(e -> e.getValue().score > 0)
                .sorted(Comparator.<Map.Entry<Enum<?>, Tally>>comparingDouble(e -> -e.getValue().score)
                        .thenComparingInt(e -> e.getKey().ordinal()))
                .findFirst()
                .map(e -> new Finding<>(
                        fallback.getDeclaringClass().cast(e.getKey()),
                        e.getValue().confidence(),
                        e.getValue().evidence()))
                .orElseGet(() -> new Finding<>(fallback, NO_CUE_CONFIDENCE, List.of("no " + what + " matched")));
    }

    /** Reasons the words themselves cannot be classified with confidence, as documented in the canvas. */
    private List<String> textReasons(AnalysedText text, Tallies tallies) {
        Language language = taxonomy.language();
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < text.text.length(); ) {
            int codePoint = text.text.codePointAt(i);
            if (Character.isLetter(codePoint)) {
                letters++;
                if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
            i += Character.charCount(codePoint);
        }
        if (letters == 0) {
            return List.of("the description has no words");
        }
        List<String> reasons = new ArrayList<>();
        double latinShare = (double) latin / letters;
        if (latinShare < language.minimumLatinShare()) {
            reasons.add("the description is mostly not in the Latin script (" + percent(latinShare)
                    + " of its letters are Latin): it needs a translation");
        }
        int words = 0;
        int functionWords = 0;
        boolean callsItselfATest = false;
        boolean asksToBeIgnored = false;
        for (int i = 0; i < text.size; i++) {
            if (text.isWord(i)) {
                words++;
                String word = text.word(i);
                // the word already in lower case, so that no copy of it is made for the look-up
                if (taxonomy.isFunctionWord(word)) {
                    functionWords++;
                }
                callsItselfATest |= vocabularies.testWords.contains(word);
                asksToBeIgnored |= vocabularies.ignoreWords.contains(word);
            }
        }
        if (callsItselfATest && asksToBeIgnored && words < TEST_SUBMISSION_MAXIMUM_WORDS) {
            // "test from ward 7, pls ignore": a trial of the form, whatever ward or job it names.
            reasons.add("the description reads as a test of the form (a test it asks to be ignored): nothing to"
                    + " classify");
        }
        int contentWords = words - functionWords;
        if (contentWords < language.minimumContentWords() && !tallies.anyCounted) {
            reasons.add("the description is too short to classify: " + contentWords + " word"
                    + (contentWords == 1 ? "" : "s") + " with meaning and no cue");
        }
        double functionShare = words == 0 ? 0 : (double) functionWords / words;
        if (latinShare >= language.minimumLatinShare()
                && words >= language.minimumWords()
                && functionShare < language.minimumFunctionWordShare()) {
            reasons.add("the description does not read as English (" + percent(functionShare)
                    + " common English words): it may need a translation");
        }
        return reasons;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /**
     * Confidence {@code s / (s + 1)} for the summed weight {@code s} of the distinct phrases matched: one
     * ordinary phrase gives 0.5, each further one adds less, and words alone never reach certainty.
     * Rounded to two places so that what is published is what decided.
     */
    static double confidence(double score) {
        return Math.round(score / (score + 1) * 100) / 100.0;
    }

    private static List<String> capped(List<String> counted, List<String> negated) {
        List<String> evidence = new ArrayList<>(counted.size() + negated.size());
        evidence.addAll(counted);
        evidence.addAll(negated);
        if (evidence.size() <= MAX_EVIDENCE) {
            return evidence;
        }
        List<String> kept = new ArrayList<>(evidence.subList(0, MAX_EVIDENCE));
        kept.add("and " + (evidence.size() - MAX_EVIDENCE) + " more");
        return kept;
    }

    /** The cues found in one text, by kind and value. */
    private static final class Tallies {

        private final Map<Kind, Map<Enum<?>, Tally>> byKind = new EnumMap<>(Kind.class);
        private boolean anyCounted;

        /** Adds the weight and its evidence to what was found for the value, as a reading rule found it. */
        private void add(Kind kind, Enum<?> value, double weight, String evidence) {
            byKind.computeIfAbsent(kind, key -> new LinkedHashMap<>())
                    .computeIfAbsent(value, v -> new Tally())
                    .add(weight, evidence);
        }

        /**
         * Phrases found at least once without a negation before them. Topics are counted even when negated ("none
         * of them came in for end of life care" is still about end-of-life care), but a finding that rests on a
         * topic being the case needs it affirmed.
         */
        private final Set<Phrase> affirmed = Collections.newSetFromMap(new IdentityHashMap<>());

        /** Where each counted job title is, in the order of the text. */
        private final List<Mention> roleMentions = new ArrayList<>();

        /** Each counted conduct cue that may meet the fitness-to-practise threshold, as the terms it spans. */
        private final List<Span> conduct = new ArrayList<>();

        /**
         * The roles whose conduct the conduct cues describe: the job titles in a conduct cue's sentence, except
         * one after the cue behind a preposition ("threw a tray at a staff nurse", "escalated to the reg") or
         * right after it as its object ("ignored the midwives' concerns"), which is whom it was done to or
         * told to; when the sentence names no one ("she wrote in the notes"),
         * the job title named last before it, the one "she" refers back to. Empty when no conduct cue was
         * found or no job title is near one.
         */
        Set<Enum<?>> actors(AnalysedText text, Set<Integer> doneTo) {
            Set<Enum<?>> actors = new java.util.HashSet<>();
            Set<Enum<?>> referredBack = new java.util.HashSet<>();
            for (Span cue : conduct) {
                int at = cue.from();
                boolean named = false;
                Mention before = null;
                for (Mention mention : roleMentions) {
                    if (sentFor(text, mention.at())) {
                        continue;
                    }
                    if (text.sentences[mention.at()] == text.sentences[at]) {
                        if (!doneTo.contains(mention.at()) && !foundOut(text, mention.at(), at)) {
                            actors.add(mention.role());
                            named = true;
                        }
                    } else if (mention.at() < at) {
                        before = mention;
                    }
                }
                // "She was punched by a patient": whom "she" refers back to had it done to them, not did it.
                if (!named && before != null && !doneTo.contains(before.at()) && !passive(text, cue)) {
                    referredBack.add(before.role());
                }
            }
            // "One of our consultants routinely skips the time out. Our ODP stopped him. He said 'I'll have you off
            // my list'": once a sentence names whose conduct it is, a "he" or "she" elsewhere is that person, not
            // whoever was named last.
            if (actors.isEmpty()) {
                actors.addAll(referredBack);
            }
            return actors;
        }

        /**
         * Weight a conduct cue adds when its own sentence names a registrant before it as the one who did it ("the
         * band 6 nurse restrained him", "the locum pharmacist refused to supply it"): the conduct is told of an
         * identifiable registrant, not of no one in particular, so a cue that needs one other cue has it.
         */
        static final double REGISTRANT_BEFORE_CONDUCT_WEIGHT = 0.5;

        /**
         * The words from a registrant's job title, one known person (not {@link #INDEFINITE}, not in the plural), to the
         * conduct cue after it in the same sentence, when the job title is not whom it was done to ({@link #doneTo})
         * nor whoever found it out; else null.
         */
        @Nullable
        String registrantBeforeConduct() {
            Set<Integer> doneTo = null;
            for (int cue : phraseConduct) {
                for (Mention mention : roleMentions) {
                    int at = mention.at();
                    if (at >= cue
                            || text.sentences[at] != text.sentences[cue]
                            || !(mention.role() instanceof ProfessionalRole role)
                            || role.regulator().isEmpty()
                            || sentFor(text, at)
                            || foundOut(text, at, cue)
                            || plurals.contains(at)
                            || indefinite(text, at)) {
                        continue;
                    }
                    if (doneTo == null) {
                        doneTo = doneTo(text);
                    }
                    if (!doneTo.contains(at)) {
                        return text.surface(at) + " … " + text.surface(cue);
                    }
                }
            }
            return null;
        }

        /**
         * Where each conduct phrase of weight 1 or more begins, but for those of {@link #NOT_ACTS}: the
         * conduct cues a registrant named before them in their sentence is told of doing.
         */
        private final List<Integer> phraseConduct = new ArrayList<>();

        /**
         * What the cue groups suggest that tell of no act of the registrant's on their own: private work is lawful,
         * a red flag not referred on or a refusal to come needs serious harm (DOMAIN.md), and "repeatedly" says how
         * often, not what was done. These name groups of the file's MAY_MEET_THRESHOLD cues, not words, and carry a
         * rule of DOMAIN.md, so they stay here: a group renamed in the file loses its exception.
         */
        private static final Set<String> NOT_ACTS = WordSet.of(
                "private work, with one other cue",
                "red flags not referred on",
                "refused to see a sick patient",
                "repeated");

        /**
         * Words before a job title that may point to anyone of a profession ("a locum doctor", "any nurse"), who may
         * be whoever was on the rota that night rather than one known person.
         */
        private static final Set<String> INDEFINITE = WordSet.of("a", "an", "any", "another", "some");

        /** Whether one of {@link #INDEFINITE} stands up to three words before the job title: "a locum pharmacist". */
        private static boolean indefinite(AnalysedText text, int at) {
            int indefinite = text.previous(at, 3, INDEFINITE, Scope.CLAUSE);
            // whichever stands nearer decides, as the word-by-word look back stopped at it; on one word, indefinite
            return indefinite >= 0 && indefinite >= text.previous(at, 3, KNOWN, Scope.CLAUSE);
        }

        /** Words that begin the noun phrase of a job title naming one known person: "the", "our", "her". */
        private static final Set<String> KNOWN =
                WordSet.of("the", "our", "my", "her", "his", "their", "your", "this", "that");

        /** Whether the job title is written as an owner ("the consultant's rule"): what is theirs, not what they did. */
        private static boolean possessive(String title) {
            return title.endsWith("'s") || title.endsWith("\u2019s");
        }

        /**
         * Where the job titles written in the plural ("agency RMNs", "the nurses": no one person) or as an owner
         * ("the consultant's rule": what is theirs, not what they did) are.
         */
        private final Set<Integer> plurals = new java.util.HashSet<>();

        /** Whether a job title's last word is written in the plural. */
        private static boolean plural(String title) {
            return title.length() > 2
                    && (title.endsWith("s") || title.endsWith("S"))
                    && !title.endsWith("ss")
                    && !title.endsWith("'s")
                    && !title.endsWith("\u2019s");
        }

        /**
         * Whether the job title at {@code at} is whoever found out about the conduct cue at {@code cue} later in
         * their sentence ("the health visitor later found that no visit had happened"): the one who found it,
         * not the one who did it.
         */
        private boolean foundOut(AnalysedText text, int at, int cue) {
            for (int j = at + 1; j < cue; j++) {
                if (vocabularies.foundOut.contains(text.word(j))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Where the job titles are that a conduct cue in their sentence was done to: after it behind a preposition
         * ("spat at the paramedic"), as its object ("punched the nurse"), or as the subject of an act on a person
         * told in the passive ("the staff nurse was punched by a patient", "one of our RMNs got assaulted"), whose
         * doer, if named, follows "by".
         */
        Set<Integer> doneTo(AnalysedText text) {
            Set<Integer> doneTo = new java.util.HashSet<>();
            for (Span cue : conduct) {
                Mention subject = null;
                Mention earlier = null;
                for (Mention mention : roleMentions) {
                    if (text.sentences[mention.at()] != text.sentences[cue.from()]) {
                        if (mention.at() < cue.from()) {
                            earlier = mention;
                        }
                        continue;
                    }
                    if (mention.at() > cue.from()
                            && (afterPreposition(text, mention.at()) || objectOf(text, cue.to(), mention.at()))) {
                        doneTo.add(mention.at());
                    } else if (mention.at() < cue.from()) {
                        subject = mention;
                    }
                }
                if (!passive(text, cue)) {
                    continue;
                }
                if (subject != null && cue.from() - subject.at() <= PASSIVE_SUBJECT_REACH) {
                    doneTo.add(subject.at());
                } else if (subject == null && earlier != null && pronounSubject(text, cue)) {
                    // "Our staff nurse was alone. She was slapped by a relative": "she" is the nurse named before
                    doneTo.add(earlier.at());
                }
            }
            return doneTo;
        }

        /** How many terms may stand between a job title and the act it is the passive subject of. */
        private static final int PASSIVE_SUBJECT_REACH = 8;

        private static final Set<String> PERSONAL_PRONOUNS = WordSet.of("he", "she", "they");

        /** Whether the passive cue's subject is "he", "she" or "they", right before its auxiliary. */
        private static boolean pronounSubject(AnalysedText text, Span cue) {
            for (int j = cue.from() - 1; j >= Math.max(1, cue.from() - 2); j--) {
                if (PASSIVE_AUXILIARIES.contains(text.word(j))) {
                    return text.sentences[j - 1] == text.sentences[j] && PERSONAL_PRONOUNS.contains(text.word(j - 1));
                }
            }
            return false;
        }

        /** Past participles of acts on a person that do not end in -ed or -en. */
        private static final Set<String> IRREGULAR_PARTICIPLES =
                WordSet.of("hit", "spat", "struck", "held", "hurt", "thrown", "sworn", "bit", "beat", "shot", "cut");

        private static boolean participle(String word) {
            return word.endsWith("ed") || word.endsWith("en") || IRREGULAR_PARTICIPLES.contains(word);
        }

        /** Words that make what follows passive: "was punched", "were spat at", "got assaulted", "being hit". */
        private static final Set<String> PASSIVE_AUXILIARIES =
                WordSet.of("was", "were", "been", "being", "is", "are", "get", "gets", "got", "getting");

        /**
         * Whether the cue is an act on a person told in the passive: a passive auxiliary right before it, or
         * before one adverb ("was verbally abused"), and the cue a participle ("punched", "hit"). Only acts on a
         * person (abuse, aggression, bullying) turn their subject into whom it was done to; a sanction in the
         * passive ("was struck off", "was warned before") is still about its subject.
         */
        private static boolean passive(AnalysedText text, Span cue) {
            // "has been pocketing", "is in a relationship with", "was abusive": done by the subject
            if (!cue.actOnAPerson() || !participle(text.word(cue.from()))) {
                return false;
            }
            for (int j = cue.from() - 1; j >= Math.max(0, cue.from() - 2); j--) {
                if (text.sentences[j] != text.sentences[cue.from()]) {
                    return false;
                }
                String word = text.word(j);
                if (PASSIVE_AUXILIARIES.contains(word)) {
                    return true;
                }
                if (!(j == cue.from() - 1 && word.endsWith("ly"))) {
                    return false;
                }
            }
            return false;
        }

        /** The roles the words name only as whom conduct was done to ({@link #doneTo}), never otherwise. */
        Set<Enum<?>> onlyDoneTo(Set<Integer> doneTo) {
            Set<Enum<?>> victims = new java.util.HashSet<>();
            Set<Enum<?>> others = new java.util.HashSet<>();
            for (Mention mention : roleMentions) {
                (doneTo.contains(mention.at()) ? victims : others).add(mention.role());
            }
            victims.removeAll(others);
            return victims;
        }

        /** Prepositions before whom something was done or said; not "by", which names who did it. */
        private static final Set<String> PREPOSITIONS =
                WordSet.of("at", "to", "towards", "on", "against", "for", "with", "about");

        /**
         * Whether the job title is the object of the conduct cue that ends at {@code cueEnd}: right after it, or
         * after a determiner only ("ignored the midwives", "slapped a nurse").
         */
        private static boolean objectOf(AnalysedText text, int cueEnd, int at) {
            if (at < cueEnd || at - cueEnd > 1) {
                return false;
            }
            return at == cueEnd || DETERMINERS.contains(text.word(cueEnd));
        }

        /** Whether the job title follows a preposition, directly or after a determiner ("at a staff nurse"). */

        /**
         * Whether the job title at {@code at} is someone sent for ("bleep the reg", "she had called the registrar
         * at 02:10"): the one asked to come, neither whose conduct the sentence tells of nor whom a later "she"
         * refers back to.
         */
        private boolean sentFor(AnalysedText text, int at) {
            for (int j = at - 1; j >= Math.max(0, at - 3); j--) {
                if (text.sentences[j] != text.sentences[at]) {
                    return false;
                }
                String word = text.word(j);
                if (vocabularies.sentFor.contains(word)) {
                    return true;
                }
                if (!DETERMINERS.contains(word) && !word.equals("on-call")) {
                    return false;
                }
            }
            return false;
        }

        private static boolean afterPreposition(AnalysedText text, int at) {
            for (int j = at - 1; j >= Math.max(0, at - 2); j--) {
                if (text.sentences[j] != text.sentences[at]) {
                    return false;
                }
                String word = text.word(j);
                if (PREPOSITIONS.contains(word)) {
                    return true;
                }
                if (!DETERMINERS.contains(word)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * Whether a negation before a fear of detriment asks for it not to happen rather than denying it: "I
         * don't want to lose my job", "please don't say it came from me" tell what the reporter fears. The words of
         * a wish are the taxonomy's {@code wishing}.
         */
        private boolean aWish(AnalysedText text, Hit hit) {
            return vocabularies.wishing.contains(text.word(hit.negationTo()))
                    || (hit.negationFrom() > 0
                            && text.word(hit.negationFrom() - 1).equals("please"));
        }

        /**
         * Whether the words around a signal phrase say it is not that signal: a time clause ("When she didn't…"),
         * the reporter's own workplace named as another organisation, harsh words aimed at staff, or a device
         * word used as a verb.
         */
        private boolean notTheSignal(AnalysedText text, Hit hit, Cue cue) {
            Enum<?> signal = cue.value();
            return temporalWhen(text, hit)
                    || (signal == ConcernSignal.CROSS_PROVIDER && reportersOwnWorkplace(text, hit.from()))
                    || (signal == ConcernSignal.CROSS_PROVIDER && inOpeningHeading(text, hit))
                    || (signal == ConcernSignal.SAFEGUARDING && doneToStaff(text, hit))
                    || (signal == ConcernSignal.DEVICE_OR_IT && cue.weight() < 1 && deviceWordAsAnAct(text, hit));
        }

        /** Sentences either side of a weak cue of another service within which another such cue tells of the same failure. */
        static final int SERVICES_TOLD_TOGETHER = 1;

        /**
         * Whether a weak cue of another service (below one cue: "care home", "CAMHS", "the council", "transferred to")
         * has no other cue of a failure between organisations in its sentence or the sentence either side, that does
         * not share its words: services named far apart in a concern (the care home a resident came from in the first
         * line, the commissioners in the last) are where the story happens, not a failure between them, and "discharged
         * back to" and "to their GP" are one mention of one service. A phrase that alone tells of such a failure needs
         * no other.
         */
        private static boolean serviceNamedAlone(AnalysedText text, Hit hit, Cue cue, List<Hit> hits) {
            if (cue.value() != ConcernSignal.CROSS_PROVIDER || cue.weight() >= 1) {
                return false;
            }
            int sentence = text.sentences[hit.from()];
            for (Hit other : hits) {
                if ((other.to() <= hit.from() || other.from() >= hit.to())
                        && Math.abs(text.sentences[other.from()] - sentence) <= SERVICES_TOLD_TOGETHER
                        && other.phrase().cues().stream()
                                .anyMatch(c -> c.kind() == Kind.SIGNAL && c.value() == ConcernSignal.CROSS_PROVIDER)) {
                    return false;
                }
            }
            return true;
        }

        /** Words at most in a heading that opens the text and says where the reporter works. */
        private static final int OPENING_HEADING_WORDS = 6;

        /**
         * Whether a service is named in a short heading that opens the text ("Tier 4 CAMHS unit.", "Prison
         * pharmacy.", "Registered manager of a residential home.", "Out of area placements team."): it says where
         * the reporter works, not that care failed between organisations, however strongly its words alone would.
         */
        private static boolean inOpeningHeading(AnalysedText text, Hit hit) {
            int[] sentences = text.sentenceStarts();
            return sentences.length > 2 && hit.to() <= sentences[1] && sentences[1] <= OPENING_HEADING_WORDS;
        }

        /**
         * Whether a word that merely names a device or system is written as an act, in its -ing or -ed form: the
         * stem that names the thing also reads the act done by staff ("monitoring her obs", "entered on the
         * system" read as "enteral", "paged the reg"), which is no device or system at all. "The monitor", "the
         * pumps" and a failure phrase ("stops transmitting", "the system crashed") still count.
         */
        private static boolean deviceWordAsAnAct(AnalysedText text, Hit hit) {
            if (hit.to() - hit.from() != 1) {
                return false;
            }
            String word = text.word(hit.from());
            return word.endsWith("ing") || word.endsWith("ed");
        }

        /**
         * The words after "pushed" that make it a push for something, not a push of someone: the particles of a
         * phrasal verb ("pushed back", "pushed for") and "nationally", grammar kept with the rule.
         */
        private static final Pattern FIGURATIVE_PUSH =
                Pattern.compile("\\s+(?:back|through|forward|ahead|nationally|for)\\b", Pattern.CASE_INSENSITIVE);

        /**
         * Whether "pushed" or "push" is said of a plan, a date or a demand, not of a person: "it's being pushed
         * nationally", "my surgery was pushed back", "pushed through without consultation", "we pushed for a
         * review". Such a push is no abuse, no conduct and no harm; "pushed him" or "pushed her back" still count.
         */
        private static boolean pushedFiguratively(AnalysedText text, Hit hit) {
            if (hit.to() - hit.from() != 1) {
                return false;
            }
            String word = text.word(hit.from());
            if (!word.equals("pushed") && !word.equals("push")) {
                return false;
            }
            return FIGURATIVE_PUSH
                    .matcher(text.text)
                    .region(text.ends[hit.from()], text.text.length())
                    .lookingAt();
        }

        /** Words that open a clause about a time or a condition: "when", "after", "if". */
        private static final Set<String> WHEN_OR_IF = WordSet.of("when", "whenever", "after", "if", "once", "until");

        /** Words that name no one in particular: "a", "someone". */
        private static final Set<String> ANYONE = WordSet.of("a", "an", "someone", "somebody", "anyone", "anybody");

        /**
         * Whether a death word is said of no one in particular, as a time or a condition ("when a patient dies
         * the family are told...", "property books aren't filled in after a death", "if someone dies"): it tells
         * when something else happens, not of a death linked to the care (LFPSE grades a death only when it is).
         * "After the death of Mr B" or "when he died" tell of one death and still count.
         */
        private static boolean anyoneDying(AnalysedText text, int at) {
            boolean noOne = false;
            for (int i = at - 1; i >= Math.max(0, at - 3) && text.clauses[i] == text.clauses[at]; i--) {
                String word = text.word(i);
                if (WHEN_OR_IF.contains(word)) {
                    return noOne;
                }
                noOne |= ANYONE.contains(word);
            }
            return false;
        }

        /**
         * Whether a signal phrase of "when" and a negated verb ("when she didn't") opens its sentence: "she signs for
         * doses when she didn't give them" contradicts a record, but "When she didn't move fast enough he swore
         * at her" only says when something happened.
         */
        private static boolean temporalWhen(AnalysedText text, Hit hit) {
            int at = hit.from();
            String last = text.word(hit.to() - 1).replace('\u2019', '\'');
            return text.surface(at).equalsIgnoreCase("when")
                    && hit.to() - at > 1
                    && (last.endsWith("n't") || last.equals("not"))
                    && (at == 0 || text.sentences[at - 1] != text.sentences[at]);
        }

        /**
         * Whether a phrase of one of the given groups (by what they suggest) was counted for the value, at least
         * once without a negation before it.
         */
        boolean counted(Kind kind, Enum<?> value, Set<String> groups) {
            Tally tally = of(kind).get(value);
            return tally != null
                    && tally.countedPhrases.stream()
                            .filter(affirmed::contains)
                            .flatMap(phrase -> phrase.cues().stream())
                            .anyMatch(cue ->
                                    cue.kind() == kind && cue.value() == value && groups.contains(cue.suggests()));
        }

        /** The concern as analysed, for rules on its words' order that phrases cannot say. */
        private final AnalysedText text;

        /** Whether the concern tells of a staff grievance, whose outcome and appeal are no patient's complaint. */
        private final boolean grievance;

        /** The taxonomy's vocabularies, read by the rules below. */
        private final Vocabularies vocabularies;

        Tallies(AnalysedText text, List<Hit> hits, Vocabularies vocabularies) {
            this.text = text;
            this.vocabularies = vocabularies;
            this.grievance = toldOfAGrievance(text);
            for (Hit hit : hits) {
                for (Cue cue : hit.phrase().cues()) {
                    Tally tally = byKind.computeIfAbsent(cue.kind(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(cue.value(), v -> new Tally());
                    if (cue.kind() == Kind.ROLE
                            && (reportersOwn(text, hit.from(), hit.to())
                                    || opensWithSetting(text, hit.from(), hit.to(), hits))) {
                        if (reportersRole == null) {
                            reportersRole = (ProfessionalRole) cue.value();
                        }
                        continue;
                    }
                    if (cue.kind() == Kind.ROLE
                            && (family(text, hit.from(), hit.to()) || headCount(text, hit.from()))) {
                        continue;
                    }
                    if (cue.kind() == Kind.SIGNAL
                            && (notTheSignal(text, hit, cue) || serviceNamedAlone(text, hit, cue, hits))) {
                        continue;
                    }
                    if (pushedFiguratively(text, hit)) {
                        continue;
                    }
                    if (cue.kind() == Kind.PHYSICAL_HARM
                            && cue.value() == HarmLevel.DEATH
                            && (anyoneDying(text, hit.from())
                                    || vocabularies.deathToCome.contains(text.word(hit.from())))) {
                        // "a dying man", "she'd rather die", "someone is going to die", "more likely to die":
                        // a death coming, feared or told of people in general, not one linked to the care (LFPSE
                        // grades a death only when it is)
                        continue;
                    }
                    if (cue.kind() == Kind.ROLE && toldOf(text, hit.from())) {
                        told.add(new Told(hit, cue));
                        continue;
                    }
                    // A signal nobody acted on is still a signal: "no safeguarding referral was made". A heading
                    // answered "none" is not the concern's topic either.
                    if (hit.negated()
                            && (cue.kind().negatable || hit.answeredNo())
                            && !(hit.omission() && cue.kind() == Kind.SIGNAL)
                            && !(cue.value() == ConcernSignal.FEAR_OF_DETRIMENT && aWish(text, hit))
                            && !(cue.kind() == Kind.SIGNAL && !hit.answeredNo() && ABSENCES.contains(cue.value()))) {
                        tally.negate(hit, cue, text);
                    } else {
                        tally.count(hit, cue, text);
                        anyCounted = true;
                        if (!hit.negated()) {
                            affirmed.add(hit.phrase());
                        }
                        if (cue.kind() == Kind.ROLE) {
                            roleMentions.add(new Mention(hit.from(), cue.value()));
                            String last = text.surface(hit.to() - 1);
                            if (plural(last) || possessive(last)) {
                                plurals.add(hit.from());
                            }
                            samePerson(text, hit, cue);
                            ongoingConduct(text, hit, cue);
                        } else if (cue.kind() == Kind.FITNESS_TO_PRACTISE
                                && cue.value() == FitnessToPractise.MAY_MEET_THRESHOLD
                                && cue.weight() >= 1) {
                            conduct.add(new Span(hit.from(), hit.to(), actOnAPerson(hit.phrase())));
                            if (!NOT_ACTS.contains(cue.suggests())) {
                                phraseConduct.add(hit.from());
                            }
                        }
                    }
                }
            }
            colleagues(text);
            toldThenDid(text);
            recordContradicted(text);
            signedWithout(text);
            remarkOnAGroup(text);
            remediationFailed(text);
            drugsGone(text);
            reprisalAfterSpeakingUp(text);
            progressSignedOffByAnother(text);
            threatOnSpeakingUp(text);
            recordedAfterTheFact(text);
            figuresFlattered(text);
            figuresBelied(text);
            noneOfThemRecorded(text);
            toldNotToReport(text);
            restrictionAsPunishment(text);
            howItsAlwaysDone(text);
            brushedOffByManagement(text);
        }

        /**
         * Weight a concern told to someone in charge, then answered with words or not acted on, adds to WELL_LED:
         * "told the lab manager, she said he's our only band 6 on nights", "I told our team lead three weeks ago and
         * he's still seeing her", "mentioned it to the outpatient manager she said he is very popular" tell how
         * speaking up was handled (DOMAIN.md: how speaking up is handled, not acting on concerns), whoever the
         * manager and whatever the answer. As much as a concern not acted on told in a phrase.
         */
        static final double BRUSHED_OFF_BY_MANAGEMENT_WEIGHT = 1;

        /** How many terms after the telling its person in charge may come: "raised it with the practice manager". */
        private static final int TOLD_TO_IN_CHARGE_REACH = 5;

        /** How many terms after the person in charge, in that sentence or the next, the answer may come. */
        private static final int IN_CHARGE_TO_ANSWER_REACH = 15;

        /**
         * "…told … the manager …" (not "told by"), then within reach, in that sentence or the next, "said", "still",
         * "nothing", "laughed"…: see {@link #BRUSHED_OFF_BY_MANAGEMENT_WEIGHT}.
         */
        private void brushedOffByManagement(AnalysedText text) {
            for (int i = 0; i + 1 < text.size; i++) {
                if (!vocabularies.raisedWith.contains(text.word(i))
                        || text.word(i + 1).equals("by")) {
                    continue;
                }
                int inCharge = text.next(i, TOLD_TO_IN_CHARGE_REACH, vocabularies.inCharge, Scope.SENTENCE);
                for (int k = inCharge + 1;
                        inCharge >= 0
                                && k <= inCharge + IN_CHARGE_TO_ANSWER_REACH
                                && k < text.size
                                && text.sentences[k] <= text.sentences[inCharge] + 1;
                        k++) {
                    if (vocabularies.answeredOrLeft.contains(text.word(k))) {
                        add(
                                Kind.DOMAIN,
                                QualityDomain.WELL_LED,
                                BRUSHED_OFF_BY_MANAGEMENT_WEIGHT,
                                "\"" + text.quote(i, inCharge + 1) + " … " + text.surface(k)
                                        + "\" suggests WELL_LED (a concern told to someone in charge, and how it"
                                        + " was answered)");
                        return;
                    }
                }
            }
        }

        /**
         * Weight the way things have always been done, given as the reason, adds to a closed culture: "this is how
         * it's always done on nights", "that's how we've always done nights here" (the labelling guidelines: "that's
         * how we do it here"), whoever does it and whenever. It reaches the signal's minimum alone.
         */
        static final double HOW_ITS_ALWAYS_DONE_WEIGHT = 1;

        /**
         * Done, after "how … always": "how it's always (been) done", "how we've always done nights"; not "how he
         * always did the rota", a habit told, not a reason given.
         */
        private static final Set<String> DOING = WordSet.of("done");

        /** The word after "how" that gives the habit as the reason. */
        private static final Set<String> ALWAYS = WordSet.of("always");

        /** How many terms "always" may come after "how", and the doing after "always": "how it's always done". */
        private static final int HOW_ALWAYS_REACH = 3;

        /** "…how … always … done…" in one clause: see {@link #HOW_ITS_ALWAYS_DONE_WEIGHT}. */
        private void howItsAlwaysDone(AnalysedText text) {
            for (int i = 0; i < text.size; i++) {
                if (!text.word(i).equals("how")) {
                    continue;
                }
                int always = text.next(i, HOW_ALWAYS_REACH, ALWAYS, Scope.CLAUSE);
                int k = always < 0 ? -1 : text.next(always, HOW_ALWAYS_REACH, DOING, Scope.CLAUSE);
                if (k >= 0) {
                    add(
                            Kind.SIGNAL,
                            ConcernSignal.CLOSED_CULTURE,
                            HOW_ITS_ALWAYS_DONE_WEIGHT,
                            "\"" + text.quote(i, k + 1) + "\" suggests CLOSED_CULTURE (the way it has always"
                                    + " been done, given as the reason)");
                    return;
                }
            }
        }

        /**
         * Weight a patient's contact or belongings taken away as a punishment adds to a closed culture: "kids lose
         * phones, family calls and leave for 'not engaging'", "hold back snacks and phone calls as 'consequences'"
         * (the labelling guidelines: punitive restrictions), whatever the thing taken and the reason are called. It
         * reaches the signal's minimum alone.
         */
        static final double RESTRICTION_AS_PUNISHMENT_WEIGHT = 1;

        /** Taking away and a patient's contact or belongings in one clause, a punishment in the sentence: see above. */
        private void restrictionAsPunishment(AnalysedText text) {
            int[] starts = text.sentenceStarts();
            for (int s = 0; s + 1 < starts.length; s++) {
                int taking = -1;
                // The taking away and the thing taken that were found together: a later taking away in the
                // sentence ("…lose their phones as a punishment, and staff held the door") is not theirs.
                int takenFrom = -1;
                int thing = -1;
                boolean punishment = false;
                for (int k = starts[s]; k < starts[s + 1]; k++) {
                    String word = text.word(k);
                    punishment |= vocabularies.asPunishment.contains(word);
                    if (vocabularies.takingAway.contains(word)) {
                        taking = k;
                    } else if (vocabularies.contactOrBelongings.contains(word)
                            && taking >= 0
                            && text.clauses[taking] == text.clauses[k]) {
                        takenFrom = taking;
                        thing = k;
                    }
                }
                if (thing >= 0 && punishment) {
                    add(
                            Kind.SIGNAL,
                            ConcernSignal.CLOSED_CULTURE,
                            RESTRICTION_AS_PUNISHMENT_WEIGHT,
                            "\"" + text.quote(takenFrom, thing + 1) + "\" suggests CLOSED_CULTURE (contact or"
                                    + " belongings taken away as a punishment)");
                    return;
                }
            }
        }

        /** Weight an instruction not to report, however the reporting is named, adds to concealment alone. */
        static final double TOLD_NOT_TO_REPORT_WEIGHT = 1;

        /**
         * "…told us not to refer…", "…instructed the doctors to stop completing…", within four words in one clause:
         * see {@link #TOLD_NOT_TO_REPORT_WEIGHT}.
         */
        private void toldNotToReport(AnalysedText text) {
            for (int i = 0; i < text.size; i++) {
                if (!vocabularies.instructing.contains(text.word(i))) {
                    continue;
                }
                for (int k = i + 1; k < Math.min(text.size - 2, i + 5); k++) {
                    if (text.clauses[k + 2] != text.clauses[i]) {
                        break;
                    }
                    boolean notTo =
                            text.word(k).equals("not") && text.word(k + 1).equals("to");
                    boolean toStop =
                            text.word(k).equals("to") && text.word(k + 1).equals("stop");
                    if ((notTo || toStop)
                            && (vocabularies.reporting.contains(text.word(k + 2)) || reportMade(text, k + 2))) {
                        add(
                                Kind.SIGNAL,
                                ConcernSignal.CONCEALMENT,
                                TOLD_NOT_TO_REPORT_WEIGHT,
                                "\"" + text.quote(i, k + 3) + "\" suggests CONCEALMENT (an instruction not"
                                        + " to report)");
                        return;
                    }
                }
            }
        }

        /** How many terms after the making verb its reporting word may come: "make a safeguarding referral". */
        private static final int MAKING_REACH = 4;

        /**
         * Whether a making verb (the taxonomy's {@code making}) at {@code at} takes a reporting word in its clause:
         * "do an incident report".
         */
        private boolean reportMade(AnalysedText text, int at) {
            if (!vocabularies.making.contains(text.word(at))) {
                return false;
            }
            return text.next(at, MAKING_REACH, vocabularies.reporting, Scope.CLAUSE) >= 0;
        }

        /**
         * Weight a record told as written after (or before) the event adds to concealment: "the obs were filled in
         * afterwards", "the notes were typed up the next day", "the MAR was signed at the end of the shift" (the
         * labelling guidelines: records filled in after the fact), whatever the record and the time are called. It
         * reaches the signal's minimum alone.
         */
        static final double RECORDED_AFTER_THE_FACT_WEIGHT = 1;

        /** "the next day", "the following morning", "the end of the shift". */
        private static final Set<String> NEXT = WordSet.of("next", "following");

        private static final Set<String> DAY_OR_SHIFT = WordSet.of("day", "morning", "shift", "week");

        /** How many terms after the writing its time may come: "the obs chart was filled in for the whole night later". */
        private static final int AFTER_THE_FACT_REACH = 8;

        /** "…written … later", "…signed … the next morning", in one clause: see {@link #RECORDED_AFTER_THE_FACT_WEIGHT}. */
        private void recordedAfterTheFact(AnalysedText text) {
            for (int i = 0; i < text.size; i++) {
                String writing = text.word(i);
                if (!vocabularies.recording.contains(writing)
                        || (text.word(i + 1).equals("to") && writing.startsWith("wr"))
                        || text.word(i + 1).equals("up") && writing.equals("signed")) {
                    continue;
                }
                for (int k = i + 1; k < Math.min(text.size, i + 1 + AFTER_THE_FACT_REACH); k++) {
                    if (text.clauses[k] != text.clauses[i]) {
                        break;
                    }
                    String word = text.word(k);
                    boolean after = vocabularies.notAtTheTime.contains(word)
                            || (NEXT.contains(word) && DAY_OR_SHIFT.contains(text.word(k + 1)))
                            || (word.equals("end")
                                    && text.word(k + 1).equals("of")
                                    && DAY_OR_SHIFT.contains(text.word(k + 3)));
                    if (after) {
                        add(
                                Kind.SIGNAL,
                                ConcernSignal.CONCEALMENT,
                                RECORDED_AFTER_THE_FACT_WEIGHT,
                                "\"" + text.quote(i, k + 1) + "\" suggests CONCEALMENT (a record written at"
                                        + " another time than the event)");
                        return;
                    }
                }
            }
        }

        /**
         * Weight figures told as looking better to those they go to adds to concealment: "the weekly figures that go
         * to the ICB look much better than the list really is", "data going to the ICB looks great", "the board report
         * now shows the position improving" (the labelling guidelines: data filtered for regulators). With neither
         * a body the figures go to nor a word against them ("really", "actually") an improvement is just told. It
         * reaches the signal's minimum alone.
         */
        static final double FIGURES_FLATTERED_WEIGHT = 1;

        /** How many terms after the seeming verb its flattering word may come: "shows the 18-week position improving". */
        private static final int FLATTERING_REACH = 6;

        /** "…figures … look … better", with a body or a word against them, in one sentence: see {@link #FIGURES_FLATTERED_WEIGHT}. */
        private void figuresFlattered(AnalysedText text) {
            int[] starts = text.sentenceStarts();
            for (int s = 0; s + 1 < starts.length; s++) {
                boolean figures = false;
                boolean others = false;
                int looking = -1;
                int flattering = -1;
                for (int k = starts[s]; k < starts[s + 1]; k++) {
                    String word = text.word(k);
                    others |= vocabularies.readByOthers.contains(word);
                    if (vocabularies.figures.contains(word) && looking < 0) {
                        figures = true;
                    } else if (figures && looking < 0 && vocabularies.looking.contains(word)) {
                        looking = k;
                    } else if (looking >= 0
                            && flattering < 0
                            && k - looking <= FLATTERING_REACH
                            && vocabularies.flattering.contains(word)) {
                        flattering = k;
                    }
                }
                if (flattering >= 0 && others) {
                    add(
                            Kind.SIGNAL,
                            ConcernSignal.CONCEALMENT,
                            FIGURES_FLATTERED_WEIGHT,
                            "\"" + text.quote(looking, flattering + 1) + "\" suggests CONCEALMENT (figures"
                                    + " told as looking better to those they go to)");
                    return;
                }
            }
        }

        /**
         * Weight figures shown as a number and then set against the real one adds to concealment: "the reported wait
         * looks like 30 weeks rather than 70+", "the fill rate shows 98% when on my wards it is nearer 70%", "the
         * report to the board shows 98%. The real figure is nearer 60" (the labelling guidelines: data filtered for
         * regulators), whatever the figures and the contrast are called. It reaches the signal's minimum alone.
         */
        static final double FIGURES_BELIED_WEIGHT = 1;

        /** How many terms after the seeming verb the figure shown may come: "shows the fill rate at 98%". */
        private static final int SHOWN_FIGURE_REACH = 5;

        /** How many terms after the word against it the other figure may come: "the real figure is nearer 60". */
        private static final int BELYING_FIGURE_REACH = 4;

        /**
         * "…figures … show … 98 …" in one sentence, then, there or in the next, a {@code figuresBelied} word and
         * another number: see {@link #FIGURES_BELIED_WEIGHT}.
         */
        private void figuresBelied(AnalysedText text) {
            for (int i = 0; i < text.size; i++) {
                if (!vocabularies.figures.contains(text.word(i))) {
                    continue;
                }
                int shown = -1;
                int looking = text.next(i, AnalysedText.ANY_REACH, vocabularies.looking, Scope.SENTENCE);
                for (int n = looking + 1; looking >= 0 && n <= looking + SHOWN_FIGURE_REACH && n < text.size; n++) {
                    if (text.sentences[n] == text.sentences[i] && number(text.word(n))) {
                        shown = n;
                        break;
                    }
                }
                for (int k = shown + 1;
                        shown >= 0 && k < text.size && text.sentences[k] <= text.sentences[i] + 1;
                        k++) {
                    if (!vocabularies.figuresBelied.contains(text.word(k))) {
                        continue;
                    }
                    for (int n = k + 1; n <= k + BELYING_FIGURE_REACH && n < text.size; n++) {
                        if (text.sentences[n] == text.sentences[k] && number(text.word(n))) {
                            add(
                                    Kind.SIGNAL,
                                    ConcernSignal.CONCEALMENT,
                                    FIGURES_BELIED_WEIGHT,
                                    "\"" + text.quote(i, shown + 1) + " … " + text.quote(k, n + 1)
                                            + "\" suggests CONCEALMENT (figures told against the real ones)");
                            return;
                        }
                    }
                }
            }
        }

        /**
         * Weight events told as all kept off the record adds to concealment: "none of the holds are recorded", "none
         * of these were reported to us" (the labelling guidelines: unrecorded restraint, information kept from
         * regulators), whatever the record is called. It reaches the signal's minimum alone.
         */
        static final double NONE_RECORDED_WEIGHT = 1;

        /** How many terms after "none of" its recording word may come: "none of the holds are recorded". */
        private static final int NONE_RECORDED_REACH = 5;

        /**
         * The passive before the recording word: the events were not recorded ("none of these were reported"), not
         * people who recorded nothing ("none of the nurses recorded any concern").
         */
        private static final Set<String> PASSIVE =
                WordSet.of("is", "are", "was", "were", "been", "be", "get", "got", "gets");

        /** "none of … are recorded" in one clause: see {@link #NONE_RECORDED_WEIGHT}. */
        private void noneOfThemRecorded(AnalysedText text) {
            for (int i = 0; i + 1 < text.size; i++) {
                if (!text.word(i).equals("none") || !text.word(i + 1).equals("of")) {
                    continue;
                }
                for (int k = i + 2; k <= i + 1 + NONE_RECORDED_REACH && k < text.size; k++) {
                    if (text.clauses[k] != text.clauses[i]) {
                        break;
                    }
                    if (vocabularies.noneRecorded.contains(text.word(k)) && PASSIVE.contains(text.word(k - 1))) {
                        add(
                                Kind.SIGNAL,
                                ConcernSignal.CONCEALMENT,
                                NONE_RECORDED_WEIGHT,
                                "\"" + text.quote(i, k + 1) + "\" suggests CONCEALMENT (events all kept off the"
                                        + " record)");
                        return;
                    }
                }
            }
        }

        /** Whether a word is a number written in figures: "98" of "98%", "70" of "70+". */
        private static boolean number(String word) {
            return !word.isEmpty() && Character.isDigit(word.charAt(0));
        }

        /**
         * Weight a reporter's speaking up followed by something done to their job adds to fear of detriment: "When I
         * asked about it my manager said I should think about whether I want my contract renewed", "I've said so
         * twice. Now … my hours have been cut", "I went to FTSU, and since then I've been moved off the meeting" tell
         * of reprisal suffered (the labelling guidelines: the reporter fears or has suffered reprisal), whatever
         * words the reporter finds for it; so does a threat on a condition of the reporter's ("I've been told if I
         * carry on 'my sessions might not be needed'"). It reaches the signal's minimum alone.
         */
        static final double REPRISAL_AFTER_SPEAKING_UP_WEIGHT = 1;

        /** The reporter, right before their speaking verb. */
        private static final Set<String> REPORTER =
                WordSet.of("i", "i've", "i’ve", "i'd", "i’d", "we", "we've", "we’ve");

        /** How many terms after "if" a threat to the reporter's livelihood may begin: "if I carry on 'my sessions…". */
        private static final int IF_TO_THREAT = 4;

        /** The reporter's own, before what their livelihood is. */
        private static final Set<String> OWN = WordSet.of("my", "our");

        /** How many terms after what was done to a colleague their livelihood may come: "taken off the labour ward rota". */
        private static final int DONE_TO_LIVELIHOOD_REACH = 5;

        /**
         * Whether a livelihood word follows what was done at {@code at} within reach, in its clause: "been taken off
         * the labour ward rota" is done to a colleague's work, "was moved to a side room" may be a patient's move.
         */
        private boolean livelihoodAfter(AnalysedText text, int at) {
            return text.next(at, DONE_TO_LIVELIHOOD_REACH, vocabularies.livelihood, Scope.CLAUSE) >= 0;
        }

        /** A colleague's own, before what their livelihood is, when it was they who spoke up: "had her hours cut". */
        private static final Set<String> THEIR_OWN = WordSet.of("her", "his", "their");

        /** The reporter as subject of what was done: "I was", "I've been", "I have been". */
        private static final Set<String> REPORTER_WAS = WordSet.of("was", "been");

        /**
         * "…I raised…" then, in that sentence or the next, "my contract / my hours" or "I was moved": see {@link
         * #REPRISAL_AFTER_SPEAKING_UP_WEIGHT}.
         */
        private void reprisalAfterSpeakingUp(AnalysedText text) {
            for (int i = 1; i < text.size; i++) {
                boolean spokeUp = vocabularies.spokeUp.contains(text.word(i))
                        && (REPORTER.contains(text.word(i - 1)) || REPORTER.contains(text.word(i - 2)));
                boolean ifTheReporter = text.word(i).equals("if") && REPORTER.contains(text.word(i + 1));
                // "the last person who complained had her hours cut", "two who raised concerns have since been
                // taken off the rota": a colleague's reprisal, told in the one sentence, is one the reporter fears
                boolean colleagueSpokeUp = vocabularies.spokeUp.contains(text.word(i))
                        && text.word(i - 1).equals("who");
                if (!spokeUp && !ifTheReporter && !colleagueSpokeUp) {
                    continue;
                }
                int reach = text.sentences[i] + (spokeUp ? 1 : 0);
                for (int k = i + 1; k < text.size && text.sentences[k] <= reach; k++) {
                    String word = text.word(k);
                    // "if I change my shifts" is the reporter's own doing: a threat comes after the condition
                    boolean livelihood = (OWN.contains(word) || (colleagueSpokeUp && THEIR_OWN.contains(word)))
                            && vocabularies.livelihood.contains(text.word(k + 1))
                            && (spokeUp || colleagueSpokeUp || k >= i + IF_TO_THREAT);
                    boolean doneTo = REPORTER_WAS.contains(word)
                            && vocabularies.doneToReporter.contains(text.word(k + 1))
                            && (colleagueSpokeUp
                                    ? livelihoodAfter(text, k + 1)
                                    : REPORTER.contains(text.word(k - 1)) || REPORTER.contains(text.word(k - 2)));
                    if (livelihood || doneTo) {
                        add(
                                Kind.SIGNAL,
                                ConcernSignal.FEAR_OF_DETRIMENT,
                                REPRISAL_AFTER_SPEAKING_UP_WEIGHT,
                                "\"" + (spokeUp || colleagueSpokeUp ? text.quote(i - 1, i + 1) : text.quote(i, i + 2))
                                        + " … "
                                        + text.quote(k, k + 2)
                                        + "\" suggests FEAR_OF_DETRIMENT ("
                                        + (colleagueSpokeUp ? "a colleague's" : "the reporter's")
                                        + " job touched after they spoke up)");
                        return;
                    }
                }
            }
        }

        /**
         * Weight the reporter's progress told as signed off by another adds to fear of detriment: "she signs off my
         * practice assessment", "he's the one who signs off our training portfolios", "I need her to sign me off",
         * "my sign-off depends on these people" tell why the reporter dares not speak up against that person (the
         * labelling guidelines: the reporter fears reprisal), whatever the progress is called. It reaches the
         * signal's minimum alone.
         */
        static final double PROGRESS_SIGNED_OFF_WEIGHT = 1;

        /** The reporter, before or after "off": "off my portfolio", "sign me off", "my sign-off". */
        private static final Set<String> REPORTERS_OWN = WordSet.of("my", "our");

        private static final Set<String> REPORTER_AS_OBJECT = WordSet.of("me", "us");

        /**
         * A word of {@code signingOff} with "off" and the reporter's own beside it ("signs off my", "sign me off",
         * "my sign-off", which is read as two words): see {@link #PROGRESS_SIGNED_OFF_WEIGHT}.
         */
        private void progressSignedOffByAnother(AnalysedText text) {
            for (int i = 0; i + 1 < text.size; i++) {
                if (!vocabularies.signingOff.contains(text.word(i))) {
                    continue;
                }
                int end = -1;
                if (text.word(i + 1).equals("off")
                        && (REPORTERS_OWN.contains(text.word(i + 2))
                                || (i > 0 && REPORTERS_OWN.contains(text.word(i - 1))))
                        && text.clauses[i + 1] == text.clauses[i]) {
                    end = i + 2;
                } else if (REPORTER_AS_OBJECT.contains(text.word(i + 1))
                        && text.word(i + 2).equals("off")
                        && !vocabularies.offSick.contains(text.word(i + 3))
                        && text.clauses[i + 2] == text.clauses[i]) {
                    end = i + 3;
                }
                if (end >= 0) {
                    int from = i > 0 && REPORTERS_OWN.contains(text.word(i - 1)) ? i - 1 : i;
                    add(
                            Kind.SIGNAL,
                            ConcernSignal.FEAR_OF_DETRIMENT,
                            PROGRESS_SIGNED_OFF_WEIGHT,
                            "\"" + text.quote(from, Math.min(text.size, end + 1)) + "\" suggests FEAR_OF_DETRIMENT"
                                    + " (the reporter's progress signed off by another)");
                    return;
                }
            }
        }

        /**
         * Weight a threat on whoever speaks up or refuses adds to fear of detriment: "if she refuses she won't get any
         * more shifts", "anyone who goes over her head will be on nights for ever", "people who rock the boat don't
         * get renewed" (the labelling guidelines: the reporter fears reprisal), whatever the work threatened is called.
         * It reaches the signal's minimum alone.
         */
        static final double THREAT_ON_SPEAKING_UP_WEIGHT = 1;

        /** Whoever a threat is on: "anyone who", "those that"; groups named so are the taxonomy's {@code threatenedPeople}. */
        private static final Set<String> WHOEVER = WordSet.of("anyone", "anybody", "those");

        private static final Set<String> WHO = WordSet.of("who", "that");

        /** What a threat says will happen after "if": "she won't get", "you will be", "you'll never". */
        private static final Set<String> THREATENED = WordSet.of("won't", "won’t", "wont", "will", "never");

        /**
         * Whom a threat after "if" is on, right before its threatening word: "if she refuses she won't get…"; not
         * "if the agency cannot cover, the ward will be short on nights", a consequence for the service.
         */
        private static final Set<String> PERSON = WordSet.of("i", "you", "she", "he", "they", "we");

        /** The same, with "will" written on: "if you go to HR you'll never work here again". */
        private static final Set<String> PERSON_WILL = WordSet.of(
                "i'll", "you'll", "she'll", "he'll", "they'll", "we'll", "i’ll", "you’ll", "she’ll", "he’ll", "they’ll",
                "we’ll");

        /** After "who" a habit is a threat too: "people who rock the boat don't get renewed". */
        private static final Set<String> THREATENED_AS_A_HABIT = WordSet.of("don't", "don’t", "dont");

        /** How many terms after the threatening word the work threatened may come: "won't get any more shifts". */
        private static final int THREATENED_WORK_REACH = 4;

        /** "if … won't … shifts", "anyone who … will be on nights", in one sentence: see {@link #THREAT_ON_SPEAKING_UP_WEIGHT}. */
        private void threatOnSpeakingUp(AnalysedText text) {
            for (int i = 0; i + 1 < text.size; i++) {
                String word = text.word(i);
                boolean who = (WHOEVER.contains(word) || vocabularies.threatenedPeople.contains(word))
                                && WHO.contains(text.word(i + 1))
                        || word.equals("whoever");
                if (!who && !word.equals("if")) {
                    continue;
                }
                for (int k = i + 2; k < text.size && text.sentences[k] == text.sentences[i]; k++) {
                    String threat = text.word(k);
                    boolean onAPerson = who
                            ? THREATENED.contains(threat) || THREATENED_AS_A_HABIT.contains(threat)
                            : THREATENED.contains(threat) && PERSON.contains(text.word(k - 1))
                                    || PERSON_WILL.contains(threat);
                    if (!onAPerson) {
                        continue;
                    }
                    int m = text.next(k, THREATENED_WORK_REACH, vocabularies.threatenedWork, Scope.SENTENCE);
                    if (m >= 0) {
                        add(
                                Kind.SIGNAL,
                                ConcernSignal.FEAR_OF_DETRIMENT,
                                THREAT_ON_SPEAKING_UP_WEIGHT,
                                "\"" + text.quote(i, m + 1) + "\" suggests FEAR_OF_DETRIMENT (a threat on"
                                        + " whoever speaks up)");
                        return;
                    }
                }
            }
        }

        /**
         * Weight words quoted about people by their race, religion or origin add to fitness to practise: "makes
         * comments about Black women 'overreacting'", "calls the Somali patients 'frequent flyers'" tell of
         * discrimination (DOMAIN.md section 3: public confidence), whatever the words quoted. It reaches the
         * threshold alone; local handling told of still outweighs it.
         */
        static final double REMARK_ON_A_GROUP_WEIGHT = 2;

        /** A group, a remark and a quotation in one sentence: see {@link #REMARK_ON_A_GROUP_WEIGHT}. */
        private void remarkOnAGroup(AnalysedText text) {
            for (int i = 0; i < text.size; i++) {
                if (!vocabularies.peopleByOrigin.contains(text.word(i))) {
                    continue;
                }
                int first = i;
                while (first > 0 && text.sentences[first - 1] == text.sentences[i]) {
                    first--;
                }
                int last = i;
                while (last + 1 < text.size && text.sentences[last + 1] == text.sentences[i]) {
                    last++;
                }
                int remark = -1;
                for (int j = first; j <= last && remark < 0; j++) {
                    if (vocabularies.remarking.contains(text.word(j))) {
                        remark = j;
                    }
                }
                if (remark < 0 || !quotes(text.text.substring(text.starts[first], text.ends[last]))) {
                    continue;
                }
                add(
                        Kind.FITNESS_TO_PRACTISE,
                        FitnessToPractise.MAY_MEET_THRESHOLD,
                        REMARK_ON_A_GROUP_WEIGHT,
                        "\"" + text.surface(remark) + " … " + text.surface(i)
                                + "\" suggests MAY_MEET_THRESHOLD (words quoted about people by their race,"
                                + " religion or origin)");
                conduct.add(new Span(Math.min(i, remark), Math.max(i, remark) + 1, false));
                return;
            }
        }

        /**
         * Weight local action told as already tried and not working adds to fitness to practise: "he already went
         * through retraining last year for the same thing", "an improvement plan since spring. The plan isn't
         * working", "a remediation plan was agreed. Since then two further injuries" tell of a registrant whom local
         * handling has not made safe (DOMAIN.md section 3: repetition after local action), as "despite retraining"
         * does. It reaches the threshold alone and outweighs the one local-handling word it is told with.
         */
        static final double REMEDIATION_FAILED_WEIGHT = 1.5;

        /**
         * Whether "not", "never", "no" or a word ending in "n't" stands at most three words before the word, in its
         * clause: "it has not happened again", "no problems since then" tell that local action worked.
         */
        private static boolean deniedBefore(AnalysedText text, int at) {
            for (int j = at - 1; j >= Math.max(0, at - 3) && text.clauses[j] == text.clauses[at]; j--) {
                String word = text.word(j);
                if (word.equals("not")
                        || word.equals("never")
                        || word.equals("no")
                        || word.endsWith("n't")
                        || word.endsWith("n\u2019t")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Local action on a person's practice ({@link Vocabularies#remediation}, "an improvement plan") with, in its sentence
         * or the next, a word that it did not stop what it was for ({@link Vocabularies#notStopped}, "since then", "isn't
         * working"): see {@link #REMEDIATION_FAILED_WEIGHT}.
         */
        private void remediationFailed(AnalysedText text) {
            for (int i = 0; i < text.size; i++) {
                String word = text.word(i);
                boolean remediation = vocabularies.remediation.contains(word)
                        || (word.equals("plan") && i > 0 && vocabularies.remediationPlans.contains(text.word(i - 1)));
                if (!remediation) {
                    continue;
                }
                int first = i;
                while (first > 0 && text.sentences[first - 1] == text.sentences[i]) {
                    first--;
                }
                int last = i;
                int sentences = 0;
                while (last + 1 < text.size && (text.sentences[last + 1] == text.sentences[last] || sentences++ == 0)) {
                    last++;
                }
                for (int j = first; j <= last; j++) {
                    String after = text.word(j);
                    boolean notStopped = (vocabularies.notStopped.contains(after)
                                    || (after.equals("since")
                                            && text.word(j + 1).equals("then")))
                            && !deniedBefore(text, j);
                    boolean notWorking = vocabularies.notWorking.contains(after)
                            && (text.word(j - 1).equals("not")
                                    || text.word(j - 1).endsWith("n't")
                                    || text.word(j - 1).endsWith("n\u2019t"));
                    if ((notStopped || notWorking) && j != i) {
                        add(
                                Kind.FITNESS_TO_PRACTISE,
                                FitnessToPractise.MAY_MEET_THRESHOLD,
                                REMEDIATION_FAILED_WEIGHT,
                                "\"" + text.surface(i) + " … " + text.surface(j)
                                        + "\" suggests MAY_MEET_THRESHOLD (local action tried and not"
                                        + " working)");
                        conduct.add(new Span(i, i + 1, false));
                        return;
                    }
                }
            }
        }

        /**
         * Weight of a controlled drug told as gone: taking from the stock is theft (DOMAIN.md), but who took it needs
         * one other cue (a registrant named before it, on the form, or tied to the pattern).
         */
        static final double DRUGS_GONE_WEIGHT = 1;

        /**
         * A controlled drug ({@link Vocabularies#controlledDrugs}) with, up to three words after it in its clause, a
         * word that it is gone ({@link Vocabularies#goneMissing}: "oxycodone liquid missing", "oral morphine has been
         * short"), unless a {@link Vocabularies#notTheDrug} word stands between ("the CD key was missing", "her
         * morphine dose missing from the chart") or the loss is denied before it.
         */
        private void drugsGone(AnalysedText text) {
            for (int i = 0; i < text.size; i++) {
                if (!vocabularies.controlledDrugs.contains(text.word(i))) {
                    continue;
                }
                for (int j = i + 1; j <= i + 4 && j < text.size && text.clauses[j] == text.clauses[i]; j++) {
                    String word = text.word(j);
                    if (vocabularies.notTheDrug.contains(word)) {
                        break;
                    }
                    if (vocabularies.goneMissing.contains(word) && !deniedBefore(text, j)) {
                        add(
                                Kind.FITNESS_TO_PRACTISE,
                                FitnessToPractise.MAY_MEET_THRESHOLD,
                                DRUGS_GONE_WEIGHT,
                                "\"" + text.quote(i, j + 1) + "\" suggests MAY_MEET_THRESHOLD (a controlled drug"
                                        + " gone from the stock: with one other cue)");
                        conduct.add(new Span(i, j + 1, false));
                        phraseConduct.add(i);
                        return;
                    }
                }
            }
        }

        /** Whether a passage quotes someone: double quotes, or a single quote opening a word. */
        private static boolean quotes(String passage) {
            for (int c = 0; c < passage.length(); c++) {
                char ch = passage.charAt(c);
                if (ch == '"'
                        || ch == '\u201c'
                        || ch == '\u2018'
                        || (ch == '\'' && (c == 0 || Character.isWhitespace(passage.charAt(c - 1))))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Weight a registrant's signature for what they did not do adds to fitness to practise: "signs my
         * competencies without watching me", "signed the PRN off without asking", "ticked the checks without
         * doing them" tell of a record that vouches for a check never made, a falsified record (DOMAIN.md section
         * 3), however the check is named. It reaches the threshold alone; local handling told of still outweighs it.
         */
        static final double SIGNED_WITHOUT_WEIGHT = 2;

        /** How many terms after the signing "without" may come: "signs off methotrexate repeats every week without". */
        private static final int SIGNED_WITHOUT_REACH = 10;

        /** "…signs … without…" in one clause, not "signs of": see {@link #SIGNED_WITHOUT_WEIGHT}. */
        private void signedWithout(AnalysedText text) {
            for (int i = 0; i + 1 < text.size; i++) {
                if (!vocabularies.signing.contains(text.word(i))
                        || text.surface(i + 1).equalsIgnoreCase("of")) {
                    continue;
                }
                for (int j = i + 1; j < Math.min(text.size, i + 1 + SIGNED_WITHOUT_REACH); j++) {
                    if (text.clauses[j] != text.clauses[i]) {
                        break;
                    }
                    if (text.surface(j).equalsIgnoreCase("without")) {
                        add(
                                Kind.FITNESS_TO_PRACTISE,
                                FitnessToPractise.MAY_MEET_THRESHOLD,
                                SIGNED_WITHOUT_WEIGHT,
                                "\"" + text.quote(i, j + 1) + "\" suggests MAY_MEET_THRESHOLD (a signature"
                                        + " for a check not made)");
                        conduct.add(new Span(i, j + 1, false));
                        return;
                    }
                }
            }
        }

        /**
         * Weight a record told as saying something the reporter then says did not happen adds to fitness to
         * practise: "the assessment says he agrees to the placement … his family has never been contacted", "the
         * notes say the obs were done, but nobody came" tell of a registrant's record of what was not done, a
         * falsified record (DOMAIN.md section 3), whatever words the reporter finds for it. It reaches the
         * threshold alone; local handling told of still outweighs it.
         */
        static final double RECORD_CONTRADICTED_WEIGHT = 2;

        /** How many terms after a record its saying verb may come: "the AMHP's report from Sunday says". */
        private static final int SAYING_REACH = 6;

        /** "…a record says…" in one sentence, contradicted in it or the next two: see {@link #RECORD_CONTRADICTED_WEIGHT}. */
        private void recordContradicted(AnalysedText text) {
            for (int i = 0; i < text.size; i++) {
                if (!vocabularies.records.contains(text.word(i))) {
                    continue;
                }
                int says = text.next(i, SAYING_REACH, vocabularies.recordSaying, Scope.SENTENCE);
                if (says < 0) {
                    continue;
                }
                for (int k = says + 1; k < text.size && text.sentences[k] <= text.sentences[i] + 2; k++) {
                    if (vocabularies.recordContradicted.contains(text.word(k).replace('\u2019', '\''))) {
                        add(
                                Kind.FITNESS_TO_PRACTISE,
                                FitnessToPractise.MAY_MEET_THRESHOLD,
                                RECORD_CONTRADICTED_WEIGHT,
                                "\"" + text.quote(i, says + 1) + " … " + text.surface(k)
                                        + "\" suggests MAY_MEET_THRESHOLD (a record of what the reporter"
                                        + " says did not happen)");
                        conduct.add(new Span(i, says + 1, false));
                        return;
                    }
                }
            }
        }

        /**
         * Weight a registrant singled out as "the same nurse" or "that same GP" adds to fitness to practise: the
         * reporter ties what happened again to one identifiable person, a pattern local action has not stopped.
         * One other conduct cue is still needed.
         */
        static final double SAME_PERSON_WEIGHT = 1;

        private boolean samePersonCounted;

        /**
         * "…always after the same nurse's night shifts", "all signed by the same GP", "only when one particular
         * technician is on": see {@link #SAME_PERSON_WEIGHT}.
         */
        private void samePerson(AnalysedText text, Hit hit, Cue cue) {
            int before = hit.from() - 1;
            if (samePersonCounted
                    || before < 0
                    || text.clauses[before] != text.clauses[hit.from()]
                    || !vocabularies.singlingOut.contains(text.word(before))) {
                return;
            }
            samePersonCounted = true;
            add(
                    Kind.FITNESS_TO_PRACTISE,
                    FitnessToPractise.MAY_MEET_THRESHOLD,
                    SAME_PERSON_WEIGHT,
                    "\"" + text.quote(before, hit.to()) + "\" suggests MAY_MEET_THRESHOLD (one identifiable "
                            + cue.value() + " the reporter ties the pattern to)");
            conduct.add(new Span(hit.from(), hit.to(), false));
        }

        /**
         * Weight a registrant told of as doing something over time adds to fitness to practise: "the optometrist has
         * been entering results", "a colleague keeps signing charts" tell of one person's own acts, repeated, not of
         * one slip, and so reach the threshold alone (DOMAIN.md section 3: repetition); local handling told of still
         * outweighs it.
         */
        static final double ONGOING_CONDUCT_WEIGHT = 1.5;

        private boolean ongoingConductCounted;

        private static final Set<String> HAS = WordSet.of("has", "have", "had");
        private static final Set<String> KEEPS = WordSet.of("keeps", "kept");

        /**
         * "…a registrant has been doing…", "…keeps doing…", right after the job title in its clause: see {@link
         * #ONGOING_CONDUCT_WEIGHT}.
         */
        private void ongoingConduct(AnalysedText text, Hit hit, Cue cue) {
            if (ongoingConductCounted
                    || !(cue.value() instanceof ProfessionalRole role)
                    || role.regulator().isEmpty()) {
                return;
            }
            int at = hit.to();
            String first = at < text.size ? text.word(at) : "";
            int verb;
            if (HAS.contains(first)
                    && at + 1 < text.size
                    && text.surface(at + 1).equalsIgnoreCase("been")) {
                verb = at + 2;
            } else if (KEEPS.contains(first)) {
                verb = at + 1;
            } else {
                return;
            }
            if (verb >= text.size || text.clauses[verb] != text.clauses[hit.from()]) {
                return;
            }
            String doing = text.word(verb);
            if (!doing.endsWith("ing") || doing.length() < 5 || vocabularies.notConduct.contains(doing)) {
                return;
            }
            ongoingConductCounted = true;
            add(
                    Kind.FITNESS_TO_PRACTISE,
                    FitnessToPractise.MAY_MEET_THRESHOLD,
                    ONGOING_CONDUCT_WEIGHT,
                    "\"" + text.quote(hit.from(), verb + 1) + "\" suggests MAY_MEET_THRESHOLD (what one " + role
                            + " has been doing over time)");
            conduct.add(new Span(hit.from(), verb + 1, false));
        }

        /** Job titles the concern was taken to ("I escalated to the reg"), with their cue, in the order of the text. */
        private final List<Told> told = new ArrayList<>();

        /** Who may refer back to a job title just named: "…to the reg, who refused to come", "…and she said". */
        private static final Set<String> REFERRING_BACK = WordSet.of("who", "he", "she", "they");

        /**
         * Someone the concern was taken to is whom it is about when the same sentence goes on to tell of their
         * conduct, with no other job title between and "who", "he", "she" or "they" referring back to them in the
         * conduct's own clause: "I escalated to the reg, who refused to come in", "I asked the charge nurse and she
         * admitted she had changed the chart".
         */
        private void toldThenDid(AnalysedText text) {
            for (Told mention : told) {
                int at = mention.hit().from();
                for (Span cue : conduct) {
                    if (cue.from() <= at || text.sentences[cue.from()] != text.sentences[at]) {
                        continue;
                    }
                    boolean referredTo = false;
                    boolean someoneElse = false;
                    for (int j = mention.hit().to(); j < cue.from(); j++) {
                        // in the cue's own clause: "who said she's stressed, nothing done" is their answer, not conduct
                        referredTo |=
                                text.clauses[j] == text.clauses[cue.from()] && REFERRING_BACK.contains(text.word(j));
                    }
                    for (Mention other : roleMentions) {
                        someoneElse |= other.at() > at && other.at() < cue.from();
                    }
                    if (referredTo && !someoneElse && !passive(text, cue)) {
                        Cue role = mention.cue();
                        byKind.computeIfAbsent(Kind.ROLE, k -> new LinkedHashMap<>())
                                .computeIfAbsent(role.value(), v -> new Tally())
                                .count(mention.hit(), role, text);
                        int index = 0;
                        while (index < roleMentions.size()
                                && roleMentions.get(index).at() < at) {
                            index++;
                        }
                        roleMentions.add(index, new Mention(at, role.value()));
                        break;
                    }
                }
            }
        }

        /** The reporter's own job, when they gave it ("I'm a midwife", "Matron on a surgical ward."). */
        private @Nullable ProfessionalRole reportersRole;

        /**
         * A registrant who writes of "a colleague" ("I'm a midwife and I want to raise something about a
         * colleague", "one of my colleagues has been…") means someone in their own profession: each such
         * mention names the reporter's role, unless it is someone the concern was taken to ("I told a
         * colleague").
         */
        private void colleagues(AnalysedText text) {
            ProfessionalRole role = reportersRole;
            if (role == null || role.regulator().isEmpty()) {
                return;
            }
            for (int i = 0; i < text.size; i++) {
                if (!text.terms[i].equals("colleague") || toldOf(text, i)) {
                    continue;
                }
                Tally tally = byKind.computeIfAbsent(Kind.ROLE, k -> new LinkedHashMap<>())
                        .computeIfAbsent(role, v -> new Tally());
                if (tally.score == 0) {
                    tally.add(
                            1,
                            "\"" + text.surface(i) + "\" suggests " + role + " (a colleague of the reporter, who"
                                    + " works as one)");
                }
                int at = i;
                int index = 0;
                while (index < roleMentions.size() && roleMentions.get(index).at() < at) {
                    index++;
                }
                roleMentions.add(index, new Mention(at, role));
            }
        }

        /** Words that give where the reporter works after their job title: "Matron on a surgical ward." */
        private static final Set<String> SETTING = WordSet.of("on", "in", "at", "for", "from", "within");

        /**
         * Words that make the clause after an opening job title more than where the reporter works: what someone
         * was or did ("Paramedic from the ambulance service was rude to my dad"), or someone else's people.
         */
        private static final Set<String> NOT_A_SETTING = WordSet.of(
                "was", "were", "is", "are", "has", "had", "have", "did", "does", "who", "told", "said", "my", "me",
                "his", "her", "him", "he", "she", "they", "them", "their");

        /** How many terms the setting after an opening job title may have. */
        private static final int SETTING_REACH = 8;

        /**
         * Whether a job title opens the text followed by where the reporter works and nothing else in its clause
         * ("Matron on a community hospital ward.", "RMN on a PICU.", "Pharmacist at a GP surgery, and…"): no
         * harm, conduct, incident, complaint or other job title is told there, so it introduces the reporter.
         */
        private static boolean opensWithSetting(AnalysedText text, int at, int to, List<Hit> hits) {
            if (at != 0
                    || to >= text.size
                    || text.clauses[to] != text.clauses[at]
                    || !SETTING.contains(text.word(to))) {
                return false;
            }
            int end = to + 1;
            while (end < text.size && text.clauses[end] == text.clauses[at]) {
                end++;
            }
            if (end - to > SETTING_REACH) {
                return false;
            }
            for (int j = to + 1; j < end; j++) {
                if (NOT_A_SETTING.contains(text.word(j))) {
                    return false;
                }
            }
            for (Hit hit : hits) {
                if (hit.from() >= to
                        && hit.from() < end
                        && hit.phrase().cues().stream()
                                .anyMatch(cue -> cue.kind() != Kind.DOMAIN && cue.kind() != Kind.SIGNAL)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the cue is aimed at the reporter or fellow staff ("racially abused me", "shouts at and humiliates
         * juniors"): abuse of staff is bullying or violence at work (disruptive behaviour), not abuse or neglect of
         * a child or an adult at risk that the local authority must hear of. Looks at the next three words of the
         * clause; "by" ends the look ("hit by staff" is still abuse of a patient).
         */
        private boolean doneToStaff(AnalysedText text, Hit hit) {
            return aimedAt(text, hit.to(), vocabularies.staffObjects);
        }

        /**
         * Whether one of these words, in the three words after {@code after} within its clause, is what the words
         * before it are aimed at; "by" ends the look ("hit by staff").
         */
        static boolean aimedAt(AnalysedText text, int after, Set<String> objects) {
            int object = text.next(after - 1, 3, objects, Scope.CLAUSE);
            int by = text.next(after - 1, 3, BY, Scope.CLAUSE);
            return object >= 0 && (by < 0 || object < by);
        }

        /** The word that ends {@link #aimedAt}'s look, even on an object word: "hit by staff". */
        private static final Set<String> BY = WordSet.of("by");

        /**
         * Whether another organisation is named as where the reporter works ("I'm an HCA myself at another
         * hospital", "I'm a nurse myself (community, different trust)", "I work at another trust"): it says who
         * is writing, not that care failed between organisations.
         */
        private boolean reportersOwnWorkplace(AnalysedText text, int at) {
            for (int j = at - 1; j >= Math.max(0, at - 6) && text.sentences[j] == text.sentences[at]; j--) {
                String word = text.word(j);
                if (word.equals("myself") && introducesThemselves(text, j)) {
                    return true;
                }
                if (j >= at - 3
                        && vocabularies.workingAs.contains(word)
                        && j > 0
                        && text.surface(j - 1).equalsIgnoreCase("i")) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the sentence opens, before the given word, with the reporter saying what they are: "I'm", "I am". */
        private static boolean introducesThemselves(AnalysedText text, int before) {
            for (int j = before - 1; j >= 0 && text.sentences[j] == text.sentences[before]; j--) {
                String word = text.word(j).replace('\u2019', '\'');
                if (word.equals("i'm")
                        || word.equals("im")
                        || (word.equals("am") && j > 0 && text.surface(j - 1).equalsIgnoreCase("i"))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a job title is the reporter's own ("I'm a dental nurse", "I was the other midwife", "I
         * work as a pharmacist", "I have been a paramedic for", "as a nurse, I", a title that opens the
         * text on its own: "District nurse. …", "Staff nurse, 10 years qualified."): the concern is not
         * about them.
         */
        private boolean reportersOwn(AnalysedText text, int at, int to) {
            if (opensTheText(text, at, to) || introducedAsOwn(text, at, to)) {
                return true;
            }
            // "practice nurse here." introduces the reporter
            int next = to;
            while (next < text.size && text.sentences[next] == text.sentences[at] && !text.isWord(next)) {
                next++;
            }
            if (next < text.size
                    && text.sentences[next] == text.sentences[at]
                    && text.surface(next).equalsIgnoreCase("here")
                    && (next + 1 >= text.size || text.sentences[next + 1] != text.sentences[at])) {
                return true;
            }
            for (int j = at - 1; j >= Math.max(0, at - 4) && text.sentences[j] == text.sentences[at]; j--) {
                String word = text.word(j).replace('\u2019', '\'');
                if (word.equals("i'm") || word.equals("im")) {
                    return true;
                }
                // "asked me (school nurse) to help", "as a paramedic myself"
                if (j == at - 1 && (word.equals("me") || word.equals("myself"))) {
                    return true;
                }
                if ((word.equals("am") || word.equals("was"))
                        && j > 0
                        && text.surface(j - 1).equalsIgnoreCase("i")) {
                    return true;
                }
            }
            return false;
        }

        /** A title that is the text's first words and stands alone, before a full stop, comma or colon. */
        private static boolean opensTheText(AnalysedText text, int at, int to) {
            if (at > OPENING_MODIFIERS || to >= text.size || !gap(text, to).matches("\\s*[.,:].*")) {
                return false;
            }
            // "Homeless health outreach nurse.", "Band 6 midwife, delivery suite.": words that only describe the title
            for (int j = 0; j < at; j++) {
                String word = text.word(j);
                if (text.clauses[j] != text.clauses[at]
                        || DETERMINERS.contains(word)
                        || NOT_A_MODIFIER.contains(word)
                        || PREPOSITIONS.contains(word)
                        || word.equals("about")
                        || word.equals("re")
                        || word.equals("regarding")) {
                    return false;
                }
            }
            return true;
        }

        /** How many words may describe the job title that opens the text: "Community LD nurse." */
        private static final int OPENING_MODIFIERS = 3;

        /** "work as a …", "have been a …", "as a …, I": the title is introduced as the reporter's. */
        private boolean introducedAsOwn(AnalysedText text, int at, int to) {
            List<String> before = new ArrayList<>();
            for (int j = at - 1; j >= 0 && before.size() < 4 && text.sentences[j] == text.sentences[at]; j--) {
                before.add(text.word(j).replace('\u2019', '\''));
            }
            if (before.size() < 2
                    || !(before.get(0).equals("a") || before.get(0).equals("an"))) {
                return false;
            }
            String third = before.size() > 2 ? before.get(2) : "";
            String fourth = before.size() > 3 ? before.get(3) : "";
            if (before.get(1).equals("as")) {
                // "I work as a pharmacist", or "As a nurse, I …"
                return vocabularies.workingAs.contains(third)
                        || (third.isEmpty()
                                && to < text.size
                                && gap(text, to).contains(",")
                                && text.surface(to).equalsIgnoreCase("i"));
            }
            // "I have been a paramedic for ten years", "I've been a nurse"
            return before.get(1).equals("been")
                    && (third.equals("i've") || third.equals("ive") || (third.equals("have") && fourth.equals("i")));
        }

        /** The text between the term before {@code next} and {@code next}: spaces and punctuation. */
        private static String gap(AnalysedText text, int next) {
            return text.text.substring(text.ends[next - 1], text.starts[next]);
        }

        private static final Set<String> POSSESSIVES = WordSet.of("my", "his", "her", "their", "your", "our");

        /** Whether "sister" is a relative ("my sister", "his sister") rather than the nurse in charge. */
        private static boolean family(AnalysedText text, int from, int to) {
            return to - from == 1
                    && text.terms[from].equals("sister")
                    && from > 0
                    && text.sentences[from - 1] == text.sentences[from]
                    && POSSESSIVES.contains(text.word(from - 1));
        }

        /** How many words before a job title a number makes it a head count: "2 RNs for 26", "8 new ODPs". */
        private static final int COUNT_REACH = 2;

        /**
         * Whether a job title is a head count of staff ("2 RNs for 26 patients", "6 of the last 8 new ODPs have
         * left"): a number of a profession is staffing, not an identifiable registrant whose conduct is in question.
         */
        private boolean headCount(AnalysedText text, int at) {
            for (int j = at - 1; j >= Math.max(0, at - COUNT_REACH) && text.clauses[j] == text.clauses[at]; j--) {
                if (text.surface(j).chars().allMatch(Character::isDigit)) {
                    // "band 7 sister", "the section 12 doctor", "ward 9 nurse": a number that names, not one that
                    // counts
                    return j == 0
                            || text.clauses[j - 1] != text.clauses[j]
                            || !vocabularies.numbered.contains(text.word(j - 1));
                }
            }
            return false;
        }

        private static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "my", "our", "his", "her", "their");

        /**
         * Whether a job title is someone the concern was taken to ("I told the nurse in charge", "she
         * escalated to the reg", "spoke with our practice manager"), not someone it is about.
         */
        private boolean toldOf(AnalysedText text, int at) {
            int j = at - 1;
            // "told the lounge nurse", "bleeped the on-call reg": up to two words describing the job title
            for (int skipped = 0;
                    skipped < TITLE_MODIFIERS
                            && j >= 0
                            && text.clauses[j] == text.clauses[at]
                            && !DETERMINERS.contains(text.word(j))
                            && !NOT_A_MODIFIER.contains(text.word(j));
                    skipped++) {
                j--;
            }
            if (j < 0 || text.clauses[j] != text.clauses[at]) {
                return false;
            }
            if (!DETERMINERS.contains(text.word(j))) {
                return false;
            }
            j--;
            // "two of us asked for the registrar"
            if (j > 0
                    && text.clauses[j] == text.clauses[at]
                    && text.surface(j).equalsIgnoreCase("for")
                    && vocabularies.telling.contains(text.word(j - 1))) {
                j--;
            }
            // In the same clause: "When I asked, the nurse in charge said…" names who answered, and is about them.
            if (j < 0 || text.clauses[j] != text.clauses[at] || !vocabularies.telling.contains(text.word(j))) {
                return false;
            }
            // "I work with a nurse who..." names a colleague the concern is about, not someone it was taken to.
            return !(text.surface(j).equalsIgnoreCase("with")
                    && j > 0
                    && text.sentences[j - 1] == text.sentences[at]
                    && WORKING.contains(text.word(j - 1)));
        }

        /** How many words may describe a job title someone was told of: "the lounge nurse", "the on-call reg". */
        private static final int TITLE_MODIFIERS = 2;

        /** Words that end the description of a job title: "told the ward and the nurse…" is not one title. */
        private static final Set<String> NOT_A_MODIFIER = WordSet.of(
                "and", "or", "but", "who", "then", "was", "were", "is", "are", "that", "it", "he", "she", "they", "i",
                "we", "him", "her", "them", "us", "me", "when", "if", "so", "not", "no");

        /** Verbs of working alongside someone: "I work with a midwife who..." is about that midwife. */
        private static final Set<String> WORKING = WordSet.of("work", "works", "worked", "working");

        Set<Kind> countedKinds() {
            Set<Kind> kinds = java.util.EnumSet.noneOf(Kind.class);
            byKind.forEach((kind, values) -> {
                if (values.values().stream().anyMatch(tally -> tally.score > 0)) {
                    kinds.add(kind);
                }
            });
            return kinds;
        }

        Map<Enum<?>, Tally> of(Kind kind) {
            Map<Enum<?>, Tally> found = byKind.getOrDefault(kind, Map.of());
            Map<Enum<?>, Tally> counted = new LinkedHashMap<>();
            found.forEach((value, tally) -> {
                if (tally.score > 0 || !tally.negated.isEmpty()) {
                    counted.put(value, tally);
                }
            });
            return counted;
        }
    }

    /** A job title counted at a term of the text. */
    private record Mention(int at, Enum<?> role) {}

    /** A job title the concern was taken to, kept aside in case the words go on to tell of its conduct. */
    private record Told(Hit hit, Cue cue) {}

    /**
     * A conduct cue: terms {@code from} to {@code to} (exclusive) of the text, and whether it is an act on a person
     * (its phrase also tells of patient abuse, disruptive behaviour or safeguarding: "punched", "shouted at").
     */
    private record Span(int from, int to, boolean actOnAPerson) {}

    private static boolean actOnAPerson(Phrase phrase) {
        return phrase.cues().stream()
                .anyMatch(cue -> cue.value() == IncidentCategory.PATIENT_ABUSE
                        || cue.value() == IncidentCategory.DISRUPTIVE_BEHAVIOUR
                        || cue.value() == ConcernSignal.SAFEGUARDING);
    }

    /** The cues of one value: each distinct phrase counts once, however often it appears. */
    private static final class Tally {

        private final Set<Phrase> countedPhrases = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<Phrase> negatedPhrases = Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<String> counted = new ArrayList<>();
        private final List<String> negated = new ArrayList<>();
        private double score;
        private double negatedScore;

        void count(Hit hit, Cue cue, AnalysedText text) {
            if (countedPhrases.add(hit.phrase())) {
                score += cue.weight();
                counted.add("\"" + text.quote(hit.from(), hit.to()) + "\" suggests " + cue.value() + " ("
                        + cue.suggests() + ")");
            }
        }

        Tally copy() {
            Tally copy = new Tally();
            copy.countedPhrases.addAll(countedPhrases);
            copy.negatedPhrases.addAll(negatedPhrases);
            copy.counted.addAll(counted);
            copy.negated.addAll(negated);
            copy.score = score;
            copy.negatedScore = negatedScore;
            return copy;
        }

        /** Takes back the weight and evidence of the counted phrases whose cue matches, saying why. */
        void withdraw(Predicate<Cue> which, String why) {
            boolean any = false;
            for (Phrase phrase : List.copyOf(countedPhrases)) {
                for (Cue cue : phrase.cues()) {
                    if (which.test(cue)) {
                        countedPhrases.remove(phrase);
                        score = Math.max(0, score - cue.weight());
                        if (score < 1e-9) {
                            score = 0;
                        }
                        String tail = " suggests " + cue.value() + " (" + cue.suggests() + ")";
                        counted.removeIf(evidence -> evidence.endsWith(tail));
                        any = true;
                        break;
                    }
                }
            }
            if (any) {
                negated.add(why);
            }
        }

        /** Weight from another finding than a phrase, quoted as given. */
        void add(double weight, String evidence) {
            score += weight;
            counted.add(evidence);
        }

        void negate(Hit hit, Cue cue, AnalysedText text) {
            if (negatedPhrases.add(hit.phrase())) {
                negatedScore += cue.weight();
                String quote = hit.answeredNo()
                        ? text.quote(hit.from(), hit.negationTo())
                        : hit.negationTo() == hit.from()
                                ? text.quote(hit.negationFrom(), hit.to())
                                : text.quote(hit.negationFrom(), hit.negationTo()) + " … "
                                        + text.quote(hit.from(), hit.to());
                negated.add(
                        "\"" + quote + "\" is negated: not counted for " + cue.value() + " (" + cue.suggests() + ")");
            }
        }

        double confidence() {
            return Classifier.confidence(score);
        }

        List<String> evidence() {
            return capped(counted, negated);
        }
    }
}
