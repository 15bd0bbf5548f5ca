package org.candour.classification.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.candour.classification.analysis.TermReader.Found;
import org.candour.classification.analysis.TermReader.Model;
import org.candour.classification.analysis.TermReader.Weights;
import org.candour.classification.analysis.taxonomyfile.TaxonomyLoader;
import org.candour.events.ConcernSignal;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.QualityDomain;
import org.candour.events.RaisedBefore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/**
 * How the learnt term reader keeps, drops and adds the signals, the domains besides the primary and the fitness
 * to practise, with hand-set weights so that each case is known; how well the trained model reads is measured on
 * the corpus (the evaluation command), not here.
 */
class TermReaderTest {

    private static final Taxonomy TAXONOMY = TaxonomyLoader.load(new ClassPathResource("taxonomy/taxonomy.json"));

    private static final String TEXT = "Mum was DISCHARGED from the Hospital on a Friday with no care package."
            + " Nobody told her GP, and the hospital never sent the letter.";

    private static final Finding<ConcernSignal> RECURRING =
            new Finding<>(ConcernSignal.RECURRING, 0.75, List.of("\"again\" suggests RECURRING (x)"));
    private static final Finding<ConcernSignal> SAFEGUARDING =
            new Finding<>(ConcernSignal.SAFEGUARDING, 0.5, List.of("\"neglect\" suggests SAFEGUARDING (x)"));
    private static final Finding<ConcernSignal> DANGER =
            new Finding<>(ConcernSignal.IMMEDIATE_DANGER, 0.9, List.of("the reporter said someone is in danger now"));

    /** The primary domain as the domain reader found it. */
    private static final Finding<QualityDomain> PRIMARY =
            new Finding<>(QualityDomain.SAFE, 0.8, List.of("read as a whole (the domain reader)", "\"Hospital\""));

    private static final Finding<QualityDomain> SAFE_BY_RULES =
            new Finding<>(QualityDomain.SAFE, 0.6, List.of("\"DISCHARGED\" suggests SAFE (rules)"));
    private static final Finding<QualityDomain> EFFECTIVE_BY_RULES =
            new Finding<>(QualityDomain.EFFECTIVE, 0.4, List.of("\"care package\" suggests EFFECTIVE (rules)"));
    private static final Finding<QualityDomain> EFFECTIVE_BY_READER =
            new Finding<>(QualityDomain.EFFECTIVE, 0.7, List.of("read as a whole (the domain reader)", "\"letter\""));
    private static final Finding<QualityDomain> WELL_LED_BY_RULES =
            new Finding<>(QualityDomain.WELL_LED, 0.3, List.of("\"never sent\" suggests WELL_LED (rules)"));

    private static final Finding<FitnessToPractise> NO_ONE_REGISTERED =
            new Finding<>(FitnessToPractise.NOT_APPLICABLE, 0.5, List.of("no registered professional identified"));
    private static final Finding<FitnessToPractise> MAY_MEET = new Finding<>(
            FitnessToPractise.MAY_MEET_THRESHOLD, 0.7, List.of("\"GP\" suggests MAY_MEET_THRESHOLD (rules)"));
    private static final Finding<FitnessToPractise> HANDLED_LOCALLY = new Finding<>(
            FitnessToPractise.HANDLED_LOCALLY, 0.5, List.of("no fitness-to-practise cue outweighs local handling"));

    /** The term the taxonomy makes of a word, or the pair it makes of two words, as written. */
    private static String term(String written) {
        AnalysedText analysed = TAXONOMY.analyse(written);
        return String.join(" ", Arrays.copyOf(analysed.terms, analysed.size));
    }

    /** Weights from a threshold of one half: kept or added when the log-odds are at least 0. */
    private static Weights weights(double intercept, double foundByRules, Map<String, Double> terms) {
        return new Weights(0.5, intercept, foundByRules, 0, terms);
    }

    /** Terms in the order given, not by weight or as in the text. */
    private static Map<String, Double> terms(Object... writtenThenWeight) {
        Map<String, Double> terms = new LinkedHashMap<>();
        for (int i = 0; i < writtenThenWeight.length; i += 2) {
            terms.put(term((String) writtenThenWeight[i]), (Double) writtenThenWeight[i + 1]);
        }
        return terms;
    }

    /** Keeps what the rules found, adds nothing. */
    private static final Weights AS_THE_RULES = weights(-10, 20, Map.of());

    private static Model model(
            String taxonomyVersion,
            Set<String> commonTerms,
            Map<ConcernSignal, Weights> signals,
            Weights fitnessToPractise,
            Map<QualityDomain, Weights> domains) {
        return model(taxonomyVersion, commonTerms, signals, fitnessToPractise, domains, Map.of());
    }

    private static Model model(
            String taxonomyVersion,
            Set<String> commonTerms,
            Map<ConcernSignal, Weights> signals,
            Weights fitnessToPractise,
            Map<QualityDomain, Weights> domains,
            Map<Destination, Weights> destinations) {
        return model(taxonomyVersion, commonTerms, signals, fitnessToPractise, domains, destinations, Map.of());
    }

    private static Model model(
            String taxonomyVersion,
            Set<String> commonTerms,
            Map<ConcernSignal, Weights> signals,
            Weights fitnessToPractise,
            Map<QualityDomain, Weights> domains,
            Map<Destination, Weights> destinations,
            Map<HarmLevel, Weights> harm) {
        Map<ConcernSignal, Weights> read = new EnumMap<>(ConcernSignal.class);
        read.putAll(signals);
        Map<QualityDomain, Weights> touched = new EnumMap<>(QualityDomain.class);
        touched.putAll(domains);
        Map<Destination, Weights> like = new EnumMap<>(Destination.class);
        like.putAll(destinations);
        Map<HarmLevel, Weights> graded = new EnumMap<>(HarmLevel.class);
        graded.putAll(harm);
        return new Model(
                "test-model",
                taxonomyVersion,
                "hand-set",
                0,
                commonTerms,
                read,
                fitnessToPractise,
                touched,
                like,
                graded);
    }

    /** A model of the harm levels alone. */
    private static TermReader harmReader(Map<HarmLevel, Weights> harm) {
        return new TermReader(model("test-taxonomy", Set.of(), Map.of(), AS_THE_RULES, Map.of(), Map.of(), harm));
    }

    /** The harm of {@link #TEXT} read again, the rules having graded it {@code byRules}. */
    private static Finding<HarmLevel> rereadHarm(Map<HarmLevel, Weights> harm, Finding<HarmLevel> byRules) {
        return reread(
                        harmReader(harm),
                        TEXT,
                        new Found(List.of(SAFE_BY_RULES), List.of(PRIMARY), List.of(), NO_ONE_REGISTERED, byRules))
                .harm();
    }

    private static final Finding<HarmLevel> HARM_NOT_STATED =
            new Finding<>(HarmLevel.UNKNOWN, 0.3, List.of("no harm cue matched; harm not stated"));

    /** The destinations {@link #TEXT} reads like, by destination models alone, beside what the rules found. */
    private static Found readsLike(Map<Destination, Weights> destinations, Set<String> commonTerms) {
        TermReader reader =
                new TermReader(model("test-taxonomy", commonTerms, Map.of(), AS_THE_RULES, Map.of(), destinations));
        return reread(reader, TEXT, new Found(List.of(SAFE_BY_RULES), List.of(PRIMARY), List.of(RECURRING), MAY_MEET));
    }

    /** A model of the signals alone: fitness to practise as the rules found it, no domain but the primary. */
    private static Model model(String taxonomyVersion, Map<ConcernSignal, Weights> signals) {
        return model(taxonomyVersion, Set.of(), signals, AS_THE_RULES, Map.of());
    }

    private static TermReader reader(Map<ConcernSignal, Weights> signals) {
        return new TermReader(model("test-taxonomy", signals));
    }

    private static Found reread(TermReader reader, String text, Found found) {
        return reader.reread(TAXONOMY.analyse(text), found);
    }

    /** The signals read again, beside the primary domain and no one registered. */
    private static List<Finding<ConcernSignal>> reread(
            Map<ConcernSignal, Weights> signals, String text, List<Finding<ConcernSignal>> byRules) {
        return reread(
                        reader(signals),
                        text,
                        new Found(List.of(SAFE_BY_RULES), List.of(PRIMARY), byRules, NO_ONE_REGISTERED))
                .signals();
    }

    /** The domains of {@link #TEXT} read again by domain models alone. */
    private static List<Finding<QualityDomain>> domains(
            Map<QualityDomain, Weights> models,
            List<Finding<QualityDomain>> byRules,
            List<Finding<QualityDomain>> byDomainReader) {
        TermReader reader = new TermReader(model("test-taxonomy", Set.of(), Map.of(), AS_THE_RULES, models));
        return reread(reader, TEXT, new Found(byRules, byDomainReader, List.of(), NO_ONE_REGISTERED))
                .domains();
    }

    /** The fitness to practise of {@link #TEXT} read again by its model alone. */
    private static Finding<FitnessToPractise> fitness(Weights model, Finding<FitnessToPractise> byRules) {
        TermReader reader = new TermReader(model("test-taxonomy", Set.of(), Map.of(), model, Map.of()));
        return reread(reader, TEXT, new Found(List.of(SAFE_BY_RULES), List.of(PRIMARY), List.of(), byRules))
                .fitnessToPractise();
    }

    @Test
    void addsASignalQuotingTheReportersWordsThatWeighMostTowardIt() {
        // in neither the order of the weights nor that of the text
        Map<String, Double> terms = new LinkedHashMap<>();
        terms.put(term("Friday"), 0.5);
        terms.put(term("GP"), 1.0);
        terms.put(term("nobody"), -1.0);
        terms.put(term("the hospital"), 1.5);
        terms.put(term("ambulance"), 3.0);
        terms.put(term("discharged"), 2.0);

        List<Finding<ConcernSignal>> signals =
                reread(Map.of(ConcernSignal.CROSS_PROVIDER, weights(-3, 0, terms)), TEXT, List.of());

        // -3 + 2 + 1.5 + 1 + 0.5 - 1: "ambulance" is not in the text
        double probability = 1 / (1 + Math.exp(-1.0));
        assertThat(signals).hasSize(1);
        Finding<ConcernSignal> added = signals.getFirst();
        assertThat(added.value()).isEqualTo(ConcernSignal.CROSS_PROVIDER);
        assertThat(added.confidence()).isEqualTo(0.73).isCloseTo(probability, within(0.005));
        assertThat(added.evidence())
                .as("the probability, then the heaviest three terms as first written, largest first")
                .containsExactly(
                        "read as a whole, the concern is like those labelled CROSS_PROVIDER in the corpus"
                                + " (probability 0.73)",
                        "\"DISCHARGED\"",
                        "\"the Hospital\"",
                        "\"GP\"");
    }

    @Test
    void anAddedSignalQuotesOnlyTermsThatWeighTowardIt() {
        Map<String, Double> terms = new LinkedHashMap<>();
        terms.put(term("GP"), 12.0);
        terms.put(term("letter"), 0.0);
        terms.put(term("nobody"), -1.0);

        List<Finding<ConcernSignal>> signals =
                reread(Map.of(ConcernSignal.CROSS_PROVIDER, weights(-1, 0, terms)), TEXT, List.of());

        assertThat(signals).hasSize(1);
        assertThat(signals.getFirst().confidence()).isEqualTo(1.0);
        assertThat(signals.getFirst().evidence())
                .containsExactly(
                        "read as a whole, the concern is like those labelled CROSS_PROVIDER in the corpus"
                                + " (probability 1.00)",
                        "\"GP\"");
    }

    @Test
    void dropsASignalTheRulesFoundWhenItsProbabilityIsBelowTheThreshold() {
        List<Finding<ConcernSignal>> signals = reread(
                Map.of(
                        ConcernSignal.RECURRING,
                        weights(-10, 2, Map.of(term("hospital"), 1.0)),
                        ConcernSignal.SAFEGUARDING,
                        AS_THE_RULES),
                TEXT,
                List.of(RECURRING, SAFEGUARDING));

        assertThat(signals).containsExactly(SAFEGUARDING);
    }

    @Test
    void aProbabilityThatReachesTheThresholdKeepsTheSignalAndOneJustBelowDropsIt() {
        Map<String, Double> none = Map.of();

        // log-odds of 0: a probability of exactly one half
        assertThat(reread(Map.of(ConcernSignal.RECURRING, new Weights(0.5, -1, 1, 0, none)), TEXT, List.of(RECURRING)))
                .containsExactly(RECURRING);
        assertThat(reread(Map.of(ConcernSignal.RECURRING, new Weights(0.51, -1, 1, 0, none)), TEXT, List.of(RECURRING)))
                .isEmpty();
    }

    @Test
    void theRulesConfidenceInASignalWeighsTowardKeepingIt() {
        // log-odds -2 + 1 + 2 x confidence: 0.5 at 0.75, -0.5 at 0.25
        Weights weighingConfidence = new Weights(0.5, -2, 1, 2, Map.of());
        Finding<ConcernSignal> sure = new Finding<>(ConcernSignal.RECURRING, 0.75, RECURRING.evidence());
        Finding<ConcernSignal> unsure = new Finding<>(ConcernSignal.RECURRING, 0.25, RECURRING.evidence());

        assertThat(reread(Map.of(ConcernSignal.RECURRING, weighingConfidence), TEXT, List.of(sure)))
                .containsExactly(sure);
        assertThat(reread(Map.of(ConcernSignal.RECURRING, weighingConfidence), TEXT, List.of(unsure)))
                .isEmpty();
    }

    @Test
    void aSignalTheRulesFoundAndTheModelKeepsIsTheRulesFindingUnchanged() {
        Map<String, Double> heavy = new LinkedHashMap<>();
        heavy.put(term("discharged"), 5.0);
        heavy.put(term("GP"), 5.0);

        List<Finding<ConcernSignal>> signals =
                reread(Map.of(ConcernSignal.SAFEGUARDING, weights(0, 1, heavy)), TEXT, List.of(SAFEGUARDING));

        assertThat(signals)
                .as("the rules' confidence and evidence, not the model's probability and words")
                .containsExactly(SAFEGUARDING);
        assertThat(signals.getFirst().confidence()).isEqualTo(0.5);
        assertThat(signals.getFirst().evidence()).containsExactly("\"neglect\" suggests SAFEGUARDING (x)");
    }

    @Test
    void aSignalTheModelHasNoWeightsForStandsAsTheRulesFoundIt() {
        Weights dropsEverything = weights(-10, 0, Map.of());

        List<Finding<ConcernSignal>> signals = reread(
                Map.of(ConcernSignal.RECURRING, dropsEverything, ConcernSignal.SAFEGUARDING, dropsEverything),
                TEXT,
                List.of(RECURRING, DANGER));

        assertThat(signals).containsExactly(DANGER);
        assertThat(reread(Map.of(), TEXT, List.of(RECURRING, SAFEGUARDING, DANGER)))
                .as("a model that reads no signal leaves them all")
                .containsExactly(RECURRING, SAFEGUARDING, DANGER);
    }

    @Test
    void theSignalsAreInTheOrderOfConcernSignalWhateverTheOrderTheRulesGave() {
        Weights addsAlways = weights(10, 0, Map.of());

        List<Finding<ConcernSignal>> signals = reread(
                Map.of(
                        ConcernSignal.FEAR_OF_DETRIMENT, addsAlways,
                        ConcernSignal.CROSS_PROVIDER, addsAlways,
                        ConcernSignal.SAFEGUARDING, AS_THE_RULES,
                        ConcernSignal.RECURRING, AS_THE_RULES),
                TEXT,
                List.of(DANGER, SAFEGUARDING, RECURRING));

        assertThat(signals)
                .extracting(Finding::value)
                .containsExactly(
                        ConcernSignal.CROSS_PROVIDER,
                        ConcernSignal.RECURRING,
                        ConcernSignal.SAFEGUARDING,
                        ConcernSignal.IMMEDIATE_DANGER,
                        ConcernSignal.FEAR_OF_DETRIMENT);
    }

    @Test
    void theTermsAreEachWordAndEachPairOfAdjacentWordsWithinASentence() {
        String shortStaff = term("short") + " " + term("staff");

        assertThat(TermReader.terms(TAXONOMY, "The ward was short. Staff left, again."))
                .containsExactly(
                        term("the"),
                        term("the ward"),
                        term("ward"),
                        term("ward was"),
                        term("was"),
                        term("was short"),
                        term("short"),
                        term("staff"),
                        term("staff left"),
                        term("left"),
                        term("left again"),
                        term("again"))
                .as("no pair across a sentence end")
                .doesNotContain(shortStaff);
        assertThat(TermReader.terms(TAXONOMY, "We were short staff, short staff again."))
                .as("each term once")
                .doesNotHaveDuplicates()
                .contains(shortStaff);
    }

    @Test
    void aWeightedPairIsNotReadAcrossASentenceEnd() {
        Map<ConcernSignal, Weights> onThePair =
                Map.of(ConcernSignal.SYSTEM_WIDE, weights(-1, 0, Map.of(term("short staffed"), 2.0)));

        assertThat(reread(onThePair, "The ward was short staffed again.", List.of()))
                .extracting(Finding::value)
                .containsExactly(ConcernSignal.SYSTEM_WIDE);
        assertThat(reread(onThePair, "The ward was short. Staffed by agency nurses again.", List.of()))
                .isEmpty();
    }

    @Test
    void thePrimaryDomainIsKeptAsTheDomainReaderFoundItEvenWhenItsModelIsBelowItsThreshold() {
        assertThat(domains(
                        Map.of(QualityDomain.SAFE, weights(-10, 0, Map.of())),
                        List.of(SAFE_BY_RULES),
                        List.of(PRIMARY)))
                .as("the domain reader's finding, not the rules'")
                .containsExactly(PRIMARY);
        assertThat(domains(
                        Map.of(QualityDomain.SAFE, weights(10, 0, Map.of())), List.of(SAFE_BY_RULES), List.of(PRIMARY)))
                .as("once, when its model reaches the threshold too")
                .containsExactly(PRIMARY);
    }

    @Test
    void addsAnotherDomainQuotingTheReportersWordsThatWeighMostTowardIt() {
        // -1 + 1.5 + 1 + 0.5 - 1: "ambulance" is not in the text
        Map<String, Double> terms =
                terms("Friday", 0.5, "GP", 1.5, "nobody", -1.0, "ambulance", 3.0, "the hospital", 1.0);

        List<Finding<QualityDomain>> domains = domains(
                Map.of(QualityDomain.EQUITABLE, weights(-1, 0, terms)), List.of(SAFE_BY_RULES), List.of(PRIMARY));

        assertThat(domains).hasSize(2);
        assertThat(domains.getFirst()).isEqualTo(PRIMARY);
        Finding<QualityDomain> added = domains.get(1);
        assertThat(added.value()).isEqualTo(QualityDomain.EQUITABLE);
        assertThat(added.confidence()).isEqualTo(0.73);
        assertThat(added.evidence())
                .containsExactly(
                        "read as a whole, the concern is like those labelled EQUITABLE in the corpus"
                                + " (probability 0.73)",
                        "\"GP\"",
                        "\"the Hospital\"",
                        "\"Friday\"");
    }

    @Test
    void dropsAnotherDomainWhoseProbabilityIsBelowItsThreshold() {
        // found by the rules: log-odds -1 + 0.5
        Weights below = weights(-1, 0.5, Map.of());

        assertThat(domains(
                        Map.of(QualityDomain.EFFECTIVE, below, QualityDomain.WELL_LED, below),
                        List.of(SAFE_BY_RULES, EFFECTIVE_BY_RULES, WELL_LED_BY_RULES),
                        List.of(PRIMARY, EFFECTIVE_BY_READER)))
                .as("one the domain reader kept and one the rules alone found")
                .containsExactly(PRIMARY);
        // log-odds of 0: a probability of exactly one half
        assertThat(domains(
                        Map.of(QualityDomain.EFFECTIVE, new Weights(0.5, -1, 1, 0, Map.of())),
                        List.of(SAFE_BY_RULES, EFFECTIVE_BY_RULES),
                        List.of(PRIMARY, EFFECTIVE_BY_READER)))
                .containsExactly(PRIMARY, EFFECTIVE_BY_READER);
        assertThat(domains(
                        Map.of(QualityDomain.EFFECTIVE, new Weights(0.51, -1, 1, 0, Map.of())),
                        List.of(SAFE_BY_RULES, EFFECTIVE_BY_RULES),
                        List.of(PRIMARY, EFFECTIVE_BY_READER)))
                .containsExactly(PRIMARY);
    }

    @Test
    void aDomainKeptKeepsTheDomainReadersFindingElseTheRules() {
        List<Finding<QualityDomain>> domains = domains(
                Map.of(QualityDomain.EFFECTIVE, AS_THE_RULES, QualityDomain.WELL_LED, weights(-10, 21, Map.of())),
                List.of(SAFE_BY_RULES, EFFECTIVE_BY_RULES, WELL_LED_BY_RULES),
                List.of(PRIMARY, EFFECTIVE_BY_READER));

        assertThat(domains)
                .as("WELL_LED, which the domain reader dropped, back as the rules found it")
                .containsExactly(PRIMARY, WELL_LED_BY_RULES, EFFECTIVE_BY_READER);
    }

    @Test
    void foundByTheRulesIsTheRulesOwnFindingNotTheDomainReaders() {
        Weights onTheRules = weights(-1, 2, Map.of());
        Finding<QualityDomain> equitableByReader =
                new Finding<>(QualityDomain.EQUITABLE, 0.9, List.of("read as a whole (the domain reader)"));

        assertThat(domains(
                        Map.of(QualityDomain.EQUITABLE, onTheRules, QualityDomain.WELL_LED, onTheRules),
                        List.of(SAFE_BY_RULES, WELL_LED_BY_RULES),
                        List.of(PRIMARY, equitableByReader)))
                .containsExactly(PRIMARY, WELL_LED_BY_RULES);
    }

    @Test
    void theOtherDomainsFollowThePrimaryMostProbableFirst() {
        Finding<QualityDomain> primary = new Finding<>(QualityDomain.WELL_LED, 0.6, List.of("the domain reader"));
        Finding<QualityDomain> safeByReader = new Finding<>(QualityDomain.SAFE, 0.9, List.of("the domain reader"));

        List<Finding<QualityDomain>> domains = domains(
                Map.of(
                        QualityDomain.SAFE, weights(1, 0, Map.of()),
                        QualityDomain.EFFECTIVE, weights(2, 0, Map.of()),
                        QualityDomain.EXPERIENCE, weights(3, 0, Map.of()),
                        QualityDomain.WELL_LED, weights(-5, 0, Map.of()),
                        QualityDomain.SUSTAINABLE, weights(-1, 0, Map.of()),
                        QualityDomain.EQUITABLE, weights(4, 0, Map.of())),
                List.of(),
                List.of(primary, safeByReader));

        assertThat(domains)
                .extracting(Finding::value)
                .as("the primary, though least probable, then neither the domain reader's order nor the enum's")
                .containsExactly(
                        QualityDomain.WELL_LED,
                        QualityDomain.EQUITABLE,
                        QualityDomain.EXPERIENCE,
                        QualityDomain.EFFECTIVE,
                        QualityDomain.SAFE);
        assertThat(domains).extracting(Finding::confidence).containsExactly(0.6, 0.98, 0.95, 0.88, 0.9);
    }

    @Test
    void theFitnessToPractiseStandsWhenTheRulesFoundNoOneRegistered() {
        assertThat(fitness(weights(10, 0, terms("GP", 5.0)), NO_ONE_REGISTERED)).isEqualTo(NO_ONE_REGISTERED);
        assertThat(fitness(weights(-10, 0, Map.of()), NO_ONE_REGISTERED)).isEqualTo(NO_ONE_REGISTERED);
    }

    @Test
    void theFitnessToPractiseStandsAsTheRulesFoundItWhenTheModelAgrees() {
        // found by the rules (only a finding that it may meet the threshold): -1 + 0.5 + 2 + 4 x 0.7; else -1 + 0.5
        Weights model = new Weights(0.5, -1, 2, 4, terms("discharged", 0.5));

        assertThat(fitness(model, MAY_MEET)).isEqualTo(MAY_MEET);
        assertThat(fitness(model, HANDLED_LOCALLY)).isEqualTo(HANDLED_LOCALLY);
    }

    @Test
    void theModelFindsTheFitnessToPractiseMayMeetTheThresholdWhereTheRulesFoundItForTheEmployer() {
        // -2 + 2 + 1 + 0.5 - 1
        Weights model = weights(-2, 0, terms("nobody", -1.0, "Friday", 0.5, "discharged", 2.0, "GP", 1.0));

        Finding<FitnessToPractise> fitness = fitness(model, HANDLED_LOCALLY);

        assertThat(fitness.value()).isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
        assertThat(fitness.confidence()).isEqualTo(0.62);
        assertThat(fitness.evidence())
                .as("the words that weigh toward the threshold")
                .containsExactly(
                        "read as a whole, the conduct told is like that labelled in the corpus as possibly meeting"
                                + " a regulator's threshold (probability 0.62)",
                        "\"DISCHARGED\"",
                        "\"GP\"",
                        "\"Friday\"");
    }

    @Test
    void theModelFindsTheFitnessToPractiseForTheEmployerWhereTheRulesFoundItMayMeetTheThreshold() {
        // 1 + 0 - 2 - 1.5 + 1 - 0.5 + 0.5, though found by the rules
        Weights model = weights(
                1, 0, terms("nobody", -2.0, "the hospital", -1.5, "discharged", 1.0, "Friday", -0.5, "GP", 0.5));

        Finding<FitnessToPractise> fitness = fitness(model, MAY_MEET);

        assertThat(fitness.value()).isEqualTo(FitnessToPractise.HANDLED_LOCALLY);
        assertThat(fitness.confidence()).as("one less the probability 0.18").isEqualTo(0.82);
        assertThat(fitness.evidence())
                .as("the words that weigh away from the threshold, most first")
                .containsExactly(
                        "read as a whole, the conduct told is like that labelled in the corpus as for the employer"
                                + " to handle (probability 0.18 that it may meet a regulator's threshold)",
                        "\"Nobody\"",
                        "\"the Hospital\"",
                        "\"Friday\"");
    }

    @Test
    void evidenceThatCitesASignalDroppedIsRemovedAndThatCitingOneKeptStays() {
        Finding<ConcernSignal> safeguarding = new Finding<>(
                ConcernSignal.SAFEGUARDING,
                0.5,
                List.of("signal RECURRING suggests SAFEGUARDING (x)", "\"neglect\" suggests SAFEGUARDING (x)"));
        Finding<QualityDomain> wellLed = new Finding<>(
                QualityDomain.WELL_LED,
                0.6,
                List.of("signal RECURRING suggests WELL_LED (a pattern)", "\"never sent\" suggests WELL_LED (x)"));
        Finding<QualityDomain> experience =
                new Finding<>(QualityDomain.EXPERIENCE, 0.4, List.of("signal SAFEGUARDING suggests EXPERIENCE (y)"));
        Finding<FitnessToPractise> mayMeet = new Finding<>(
                FitnessToPractise.MAY_MEET_THRESHOLD,
                0.7,
                List.of(
                        "signal RECURRING suggests MAY_MEET_THRESHOLD (repetition)",
                        "signal SAFEGUARDING suggests MAY_MEET_THRESHOLD (abuse)",
                        "\"GP\" suggests MAY_MEET_THRESHOLD (rules)"));
        TermReader reader = new TermReader(model(
                "test-taxonomy",
                Set.of(),
                Map.of(ConcernSignal.RECURRING, weights(-10, 0, Map.of()), ConcernSignal.SAFEGUARDING, AS_THE_RULES),
                AS_THE_RULES,
                Map.of(QualityDomain.WELL_LED, AS_THE_RULES, QualityDomain.EXPERIENCE, weights(-10, 21, Map.of()))));

        Found reread = reread(
                reader,
                TEXT,
                new Found(
                        List.of(SAFE_BY_RULES, wellLed, experience),
                        List.of(PRIMARY, wellLed, experience),
                        List.of(RECURRING, safeguarding),
                        mayMeet));

        assertThat(reread.signals())
                .containsExactly(new Finding<>(
                        ConcernSignal.SAFEGUARDING, 0.5, List.of("\"neglect\" suggests SAFEGUARDING (x)")));
        assertThat(reread.domains())
                .containsExactly(
                        PRIMARY,
                        experience,
                        new Finding<>(QualityDomain.WELL_LED, 0.6, List.of("\"never sent\" suggests WELL_LED (x)")));
        assertThat(reread.fitnessToPractise())
                .isEqualTo(new Finding<>(
                        FitnessToPractise.MAY_MEET_THRESHOLD,
                        0.7,
                        List.of(
                                "signal SAFEGUARDING suggests MAY_MEET_THRESHOLD (abuse)",
                                "\"GP\" suggests MAY_MEET_THRESHOLD (rules)")));
    }

    @Test
    void aDomainLeftWithNoEvidenceRestsOnTheWordsThatWeighMostTowardIt() {
        Finding<QualityDomain> primary =
                new Finding<>(QualityDomain.WELL_LED, 0.6, List.of("signal RECURRING suggests WELL_LED (a pattern)"));
        Finding<QualityDomain> experience = new Finding<>(
                QualityDomain.EXPERIENCE, 0.4, List.of("signal RECURRING suggests EXPERIENCE (a pattern)"));
        TermReader reader = new TermReader(model(
                "test-taxonomy",
                Set.of(),
                Map.of(ConcernSignal.RECURRING, weights(-10, 0, Map.of())),
                AS_THE_RULES,
                Map.of(
                        // -1 + 1.5 + 1 - 2: the primary, kept below its threshold
                        QualityDomain.WELL_LED, weights(-1, 0, terms("never", 1.5, "nobody", 1.0, "GP", -2.0)),
                        // 1 + 1
                        QualityDomain.EXPERIENCE, weights(1, 0, terms("letter", 1.0)))));

        List<Finding<QualityDomain>> domains = reread(
                        reader,
                        TEXT,
                        new Found(
                                List.of(primary, experience),
                                List.of(primary, experience),
                                List.of(RECURRING),
                                NO_ONE_REGISTERED))
                .domains();

        assertThat(domains)
                .containsExactly(
                        new Finding<>(
                                QualityDomain.WELL_LED,
                                0.38,
                                List.of(
                                        "read as a whole, the concern is like those labelled WELL_LED in the corpus"
                                                + " (probability 0.38)",
                                        "\"never\"",
                                        "\"Nobody\"")),
                        new Finding<>(
                                QualityDomain.EXPERIENCE,
                                0.88,
                                List.of(
                                        "read as a whole, the concern is like those labelled EXPERIENCE in the"
                                                + " corpus (probability 0.88)",
                                        "\"letter\"")));
    }

    @Test
    void anotherDomainTheModelDoesNotReadStandsAsFound() {
        Finding<QualityDomain> primary = new Finding<>(QualityDomain.SAFE, 0.8, List.of("\"fell\" suggests SAFE"));
        Finding<QualityDomain> unread =
                new Finding<>(QualityDomain.WELL_LED, 0.6, List.of("\"matron\" suggests WELL_LED"));

        List<Finding<QualityDomain>> reread = domains(
                Map.of(QualityDomain.EQUITABLE, weights(10, 0, Map.of())), List.of(primary), List.of(primary, unread));

        assertThat(reread)
                .extracting(Finding::value)
                .containsExactly(QualityDomain.SAFE, QualityDomain.EQUITABLE, QualityDomain.WELL_LED);
        assertThat(reread.get(2)).isEqualTo(unread);
    }

    @Test
    void aPrimaryDomainTheModelDoesNotReadIsNotReadByAnotherModel() {
        Finding<QualityDomain> primary =
                new Finding<>(QualityDomain.SAFE, 0.8, List.of("signal RECURRING suggests SAFE (x)"));
        TermReader reader = new TermReader(model(
                "test-taxonomy",
                Set.of(),
                Map.of(ConcernSignal.RECURRING, weights(-10, 0, Map.of())),
                // were SAFE read by the fitness-to-practise model: probability 1.00, quoting "GP"
                weights(10, 0, terms("GP", 1.0)),
                Map.of(QualityDomain.EQUITABLE, weights(-10, 0, Map.of()))));

        Finding<QualityDomain> reread = reread(
                        reader,
                        TEXT,
                        new Found(List.of(primary), List.of(primary), List.of(RECURRING), NO_ONE_REGISTERED))
                .domains()
                .getFirst();

        assertThat(reread.value()).isEqualTo(QualityDomain.SAFE);
        assertThat(reread.confidence()).as("no model's probability").isEqualTo(0.8);
        assertThat(reread.evidence())
                .as("the line citing RECURRING removed, and no model's words in its place")
                .noneMatch(line -> line.contains("RECURRING") || line.startsWith("read as a whole"))
                .doesNotContain("\"GP\"");
    }

    @Test
    void aCommonTermWeighsButIsNeverQuoted() {
        // -5 + 3 + 2 + 1 + 0.5, "GP" and "the hospital" common
        Map<String, Double> terms = terms("GP", 3.0, "the hospital", 2.0, "discharged", 1.0, "Friday", 0.5);
        Set<String> common = Set.of(term("GP"), term("the hospital"));
        TermReader reader = new TermReader(model(
                "test-taxonomy",
                common,
                Map.of(ConcernSignal.CROSS_PROVIDER, weights(-5, 0, terms)),
                weights(-5, 0, terms),
                Map.of(QualityDomain.EQUITABLE, weights(-5, 0, terms))));

        Found reread =
                reread(reader, TEXT, new Found(List.of(SAFE_BY_RULES), List.of(PRIMARY), List.of(), HANDLED_LOCALLY));

        assertThat(reread.signals().getFirst().confidence()).isEqualTo(0.82);
        assertThat(reread.fitnessToPractise().value()).isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
        for (List<String> evidence : List.of(
                reread.signals().getFirst().evidence(),
                reread.domains().get(1).evidence(),
                reread.fitnessToPractise().evidence())) {
            assertThat(evidence.subList(1, evidence.size()))
                    .as("the heaviest terms but the common ones")
                    .containsExactly("\"DISCHARGED\"", "\"Friday\"");
        }
    }

    @Test
    void aQuoteCollapsesWhiteSpaceAsTheRulesQuotesDo() {
        List<Finding<ConcernSignal>> signals = reread(
                Map.of(ConcernSignal.CROSS_PROVIDER, weights(-1, 0, terms("the hospital", 3.0, "hospital on", 2.0))),
                "Mum was discharged from the   Hospital \t on a Friday.",
                List.of());

        assertThat(signals.getFirst().evidence()).endsWith("\"the Hospital\"", "\"Hospital on\"");
    }

    @Test
    void aThresholdMustBeAProbability() {
        for (double threshold : new double[] {-0.01, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> reader(Map.of(
                            ConcernSignal.RECURRING,
                            AS_THE_RULES,
                            ConcernSignal.SAFEGUARDING,
                            new Weights(threshold, 0, 0, 0, Map.of()))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the SAFEGUARDING model's threshold must be a probability, was " + threshold);
            Weights bad = new Weights(threshold, 0, 0, 0, Map.of());
            assertThatThrownBy(() -> new TermReader(model("t", Set.of(), Map.of(), bad, Map.of())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the fitness-to-practise model's threshold must be a probability, was " + threshold);
            assertThatThrownBy(() -> new TermReader(
                            model("t", Set.of(), Map.of(), AS_THE_RULES, Map.of(QualityDomain.EQUITABLE, bad))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the EQUITABLE model's threshold must be a probability, was " + threshold);
        }
        assertThat(reader(Map.of(
                                ConcernSignal.RECURRING, new Weights(0, 0, 0, 0, Map.of()),
                                ConcernSignal.SAFEGUARDING, new Weights(1, 0, 0, 0, Map.of())))
                        .version())
                .isEqualTo("test-model");
    }

    @Test
    void aConcernReadsLikeEachDestinationWhoseModelReachesItsThresholdWithTheWordsThatWeighMostTowardIt() {
        Found found = readsLike(
                Map.of(
                        Destination.ICS_QUALITY_GROUP,
                        weights(-1, 0, terms("her GP", 0.8, "care package", 0.5, "letter", 0.3, "friday", -0.2)),
                        Destination.CQC,
                        weights(-3, 0, terms("hospital", 1.0)),
                        Destination.HSSIB,
                        weights(-1, 0, terms("never sent", 1.2))),
                Set.of());

        assertThat(found.readsLike())
                .extracting(Finding::value)
                .containsExactly(Destination.ICS_QUALITY_GROUP, Destination.HSSIB);
        Finding<Destination> ics = found.readsLike().getFirst();
        // -1 + 0.8 + 0.5 + 0.3 - 0.2 = 0.4: "Friday" weighs against it, so it is weighed but not quoted
        assertThat(ics.confidence()).isEqualTo(0.6);
        assertThat(ics.evidence())
                .containsExactly(
                        "read as a whole, the concern is like those the corpus sent to ICS_QUALITY_GROUP (probability"
                                + " 0.60)",
                        "\"her GP\"",
                        "\"care package\"",
                        "\"letter\"");
        assertThat(found.readsLike().get(1).evidence())
                .containsExactly(
                        "read as a whole, the concern is like those the corpus sent to HSSIB (probability 0.55)",
                        "\"never sent\"");
    }

    @Test
    void readingTheDestinationsChangesNoFindingAndAModelOfNoneReadsNone() {
        Found withDestinations =
                readsLike(Map.of(Destination.CQC, weights(5, 0, terms("hospital", 1.0))), Set.of("hospital"));
        Found without = readsLike(Map.of(), Set.of());

        assertThat(withDestinations.readsLike()).singleElement().satisfies(cqc -> {
            assertThat(cqc.value()).isEqualTo(Destination.CQC);
            // a common term weighs but is never quoted
            assertThat(cqc.evidence())
                    .containsExactly("read as a whole, the concern is like those the corpus sent"
                            + " to CQC (probability 1.00)");
        });
        assertThat(without.readsLike()).isEmpty();
        assertThat(withDestinations.signals()).isEqualTo(without.signals()).containsExactly(RECURRING);
        assertThat(withDestinations.domains()).isEqualTo(without.domains());
        assertThat(withDestinations.fitnessToPractise()).isEqualTo(without.fitnessToPractise());
    }

    @Test
    void theHarmIsTheMostProbableLevelWithTheWordsThatWeighMostTowardIt() {
        Finding<HarmLevel> harm = rereadHarm(
                Map.of(
                        HarmLevel.UNKNOWN, weights(0, 0, terms("friday", 0.2)),
                        HarmLevel.MODERATE, weights(-1, 0, terms("care package", 1.5, "discharged", 0.5)),
                        HarmLevel.SEVERE, weights(-1, 0, terms("discharged", 1.0))),
                HARM_NOT_STATED);

        // MODERATE: -1 + 1.5 + 0.5 = 1.0; SEVERE: -1 + 1.0 = 0; UNKNOWN: 0.2
        assertThat(harm.value()).isEqualTo(HarmLevel.MODERATE);
        assertThat(harm.confidence()).isEqualTo(0.73);
        assertThat(harm.evidence())
                .containsExactly(
                        "read as a whole, the concern is like those whose harm the corpus grades MODERATE"
                                + " (probability 0.73)",
                        "\"care package\"",
                        "\"DISCHARGED\"");
    }

    @Test
    void theRulesGradingWeighsTowardItsLevelAndStandsAsTheyFoundItWhenMostProbable() {
        Finding<HarmLevel> low = new Finding<>(HarmLevel.LOW, 0.6, List.of("\"Friday\" suggests LOW (x)"));
        Map<HarmLevel, Weights> harm = Map.of(
                HarmLevel.LOW, weights(-1, 1.5, Map.of()),
                HarmLevel.MODERATE, weights(-1, 1.5, terms("discharged", 1.0)));

        // LOW: -1 + 1.5 = 0.5 against MODERATE's 0: the rules' grading tips it, and their finding stands
        assertThat(rereadHarm(harm, low)).isSameAs(low);
        // with no grading of LOW by the rules, LOW has -1 against MODERATE's 0
        assertThat(rereadHarm(harm, HARM_NOT_STATED).value()).isEqualTo(HarmLevel.MODERATE);
    }

    @Test
    void aHarmTheFormChoseIsNotReadAndAModelOfNoLevelLeavesTheRulesGrading() {
        TermReader reader = harmReader(Map.of(HarmLevel.DEATH, weights(10, 0, Map.of())));
        Found chosenOnTheForm =
                reread(reader, TEXT, new Found(List.of(SAFE_BY_RULES), List.of(PRIMARY), List.of(), NO_ONE_REGISTERED));

        assertThat(chosenOnTheForm.harm()).isNull();
        assertThat(rereadHarm(Map.of(), HARM_NOT_STATED)).isSameAs(HARM_NOT_STATED);
    }

    @Test
    void aClassifierReadsTheHarmOnlyWhereTheFormLeftItToTheWords() {
        Classifier gradesDeath = new Classifier(
                TAXONOMY,
                null,
                new TermReader(model(
                        TAXONOMY.version(),
                        Set.of(),
                        Map.of(),
                        AS_THE_RULES,
                        Map.of(),
                        Map.of(),
                        Map.of(HarmLevel.DEATH, weights(10, 0, Map.of())))));

        assertThat(gradesDeath.classify(TEXT, Answers.none()).harm().value()).isEqualTo(HarmLevel.DEATH);
        Answers chosen = new Answers(HarmLevel.LOW, false, List.of(), RaisedBefore.notRaised());
        assertThat(gradesDeath.classify(TEXT, chosen).harm())
                .isEqualTo(new Classifier(TAXONOMY).classify(TEXT, chosen).harm())
                .extracting(Finding::value)
                .isEqualTo(HarmLevel.LOW);
    }

    /** A model file as training writes it, with a model of each kind. */
    private static String validModelFile() {
        return tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .writeValueAsString(model(
                        "test-taxonomy",
                        Set.of("with"),
                        Map.of(ConcernSignal.RECURRING, new Weights(0.5, -1, 2, 1, Map.of("again", 1.0))),
                        new Weights(0.4, -2, 1, 1, Map.of("struck", 2.0)),
                        Map.of(QualityDomain.EQUITABLE, new Weights(0.3, -3, 1, 1, Map.of("interpret", 2.0))),
                        Map.of(Destination.CQC, new Weights(0.5, -1, 0, 0, Map.of("cover", 1.5))),
                        Map.of(HarmLevel.SEVERE, new Weights(0.5, -2, 1, 1, Map.of("ventilated", 2.5)))));
    }

    @Test
    void aModelFileWithAnUnknownOrMissingFieldIsRefusedNamingIt() {
        String valid = validModelFile();

        Model read = TaxonomyLoader.readTermModel(json(valid));
        assertThat(read.version()).isEqualTo("test-model");
        assertThat(read.commonTerms()).containsExactly("with");
        assertThat(read.signals().get(ConcernSignal.RECURRING).terms()).containsExactly(Map.entry("again", 1.0));
        assertThat(read.fitnessToPractise().terms()).containsExactly(Map.entry("struck", 2.0));
        assertThat(read.domains().get(QualityDomain.EQUITABLE).threshold()).isEqualTo(0.3);
        assertThat(read.destinations().get(Destination.CQC).terms()).containsExactly(Map.entry("cover", 1.5));
        assertThat(read.harm().get(HarmLevel.SEVERE).terms()).containsExactly(Map.entry("ventilated", 2.5));
        assertThatThrownBy(() -> TaxonomyLoader.readTermModel(json(valid.replaceFirst("\\{", "{\"colour\":\"red\","))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the term model file is not valid")
                .hasMessageContaining("colour");
        assertThatThrownBy(
                        () -> TaxonomyLoader.readTermModel(json(valid.replaceFirst("\"regularisation\":0\\.0,", ""))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the term model file is not valid")
                .hasMessageContaining("regularisation");
        assertThatThrownBy(() -> TaxonomyLoader.readTermModel(json(valid.replace("RECURRING", "REPEATING"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the term model file is not valid")
                .hasMessageContaining("REPEATING");
        assertThatThrownBy(() -> TaxonomyLoader.readTermModel(json(valid.replace("EQUITABLE", "EQUITY"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the term model file is not valid")
                .hasMessageContaining("EQUITY");
        assertThatThrownBy(() -> TaxonomyLoader.readTermModel(json(valid.replace("\"CQC\"", "\"THE_PRESS\""))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the term model file is not valid")
                .hasMessageContaining("THE_PRESS");
        assertThatThrownBy(() -> TaxonomyLoader.readTermModel(json("not json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the term model file is not valid");
    }

    /**
     * A name, a map or a weight left out or null, not only a number: read as null, it would fail later as a
     * NullPointerException that names neither the file nor the field.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "taxonomyVersion":"test-taxonomy",  | ''                            | taxonomyVersion
            "version":"test-model",             | ''                            | version
            "trainedOn":"hand-set"              | "trainedOn":null              | trainedOn
            "commonTerms":\\["with"],           | ''                            | commonTerms
            \\["with"]                          | [null]                        | commonTerms
            ,"signals":\\{"RECURRING":\\{[^}]*}}} | ''                          | signals
            ,"fitnessToPractise":\\{[^}]*}}     | ''                            | fitnessToPractise
            "fitnessToPractise":\\{[^}]*}}      | "fitnessToPractise":null      | fitnessToPractise
            ,"domains":\\{"EQUITABLE":\\{[^}]*}}} | ''                          | domains
            ,"destinations":\\{"CQC":\\{[^}]*}}} | ''                           | destinations
            ,"harm":\\{.*}$                      | }                             | harm
            ,"terms":\\{"again":1.0}            | ''                            | terms
            "again":1.0                         | "again":null                  | again
            """)
    void aModelFileWithAFieldLeftOutOrNullIsRefusedNamingIt(String field, String replacement, String named) {
        String valid = validModelFile();
        String invalid = valid.replaceFirst(field, replacement);
        assertThat(invalid).isNotEqualTo(valid);

        assertThatThrownBy(() -> TaxonomyLoader.readTermModel(json(invalid)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the term model file is not valid")
                .hasMessageContaining(named);
    }

    @Test
    void aClassifierRefusesAModelTrainedBesideAnotherTaxonomy() {
        assertThatThrownBy(() -> new Classifier(TAXONOMY, null, reader(Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "the term model test-model was trained beside test-taxonomy, not " + TAXONOMY.version())
                .hasMessageContaining("./candour train-terms");
    }

    @Test
    void theShippedClassifierReadsTheTermsAgainButNotAConcernTheTextSendsToTriage() {
        Classifier shipped = TaxonomyLoader.classifier(new ClassPathResource("taxonomy/taxonomy.json"));
        Classifier rules = new Classifier(TAXONOMY);

        assertThat(shipped.termReaderVersion())
                .hasValueSatisfying(version ->
                        assertThat(version).startsWith(shipped.taxonomyVersion().replace("taxonomy-", "terms-")));
        assertThat(rules.termReaderVersion()).isEmpty();
        assertThat(shipped.classify("asdf", Answers.none())).isEqualTo(rules.classify("asdf", Answers.none()));
    }

    @Test
    void aClassifierRereadsAConcernItHasReadButNotOneTheTextSendsToTriage() {
        Classifier addsSafeguardingAndEquitable = new Classifier(
                TAXONOMY,
                null,
                new TermReader(model(
                        TAXONOMY.version(),
                        Set.of(),
                        Map.of(ConcernSignal.SAFEGUARDING, weights(10, 0, Map.of())),
                        AS_THE_RULES,
                        Map.of(QualityDomain.EQUITABLE, weights(10, 0, Map.of())))));
        Classifier rules = new Classifier(TAXONOMY);

        Findings reread = addsSafeguardingAndEquitable.classify(TEXT, Answers.none());
        Findings byRules = rules.classify(TEXT, Answers.none());
        assertThat(reread.signals()).extracting(Finding::value).contains(ConcernSignal.SAFEGUARDING);
        assertThat(byRules.signals()).extracting(Finding::value).doesNotContain(ConcernSignal.SAFEGUARDING);
        assertThat(reread.domains().getFirst()).isEqualTo(byRules.domains().getFirst());
        assertThat(reread.domains()).extracting(Finding::value).contains(QualityDomain.EQUITABLE);
        assertThat(byRules.domains()).extracting(Finding::value).doesNotContain(QualityDomain.EQUITABLE);

        Findings sentToTriage = addsSafeguardingAndEquitable.classify("asdf", Answers.none());
        assertThat(sentToTriage.needsTriage()).isTrue();
        assertThat(sentToTriage).isEqualTo(rules.classify("asdf", Answers.none()));
    }

    private static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
