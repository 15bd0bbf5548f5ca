package org.candour.classification.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.candour.classification.analysis.DomainReader.DomainWeights;
import org.candour.classification.analysis.DomainReader.Model;
import org.candour.classification.analysis.taxonomyfile.TaxonomyLoader;
import org.candour.events.QualityDomain;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * How the learnt reader keeps, drops and adds domains, with hand-set weights so that each case is known;
 * how well the trained model reads is measured on the corpus (the evaluation command), not here.
 */
class DomainReaderTest {

    private static final WordVectors VECTORS = WordVectors.bundled();

    private static final String TEXT = "No interpreter was booked, so the family could not follow the consultant.";

    private static final Finding<QualityDomain> SAFE = new Finding<>(QualityDomain.SAFE, 0.8, List.of("\"x\""));
    private static final Finding<QualityDomain> EFFECTIVE =
            new Finding<>(QualityDomain.EFFECTIVE, 0.5, List.of("\"booked\""));

    /** Keeps what the rules found and adds nothing, unless a domain's weights are given. */
    private static Model model(Map<QualityDomain, DomainWeights> overrides) {
        Map<QualityDomain, DomainWeights> domains = new EnumMap<>(QualityDomain.class);
        for (QualityDomain domain : QualityDomain.values()) {
            domains.put(domain, overrides.getOrDefault(domain, weights(-10, 20, new float[128])));
        }
        return new Model("test-model", "test-taxonomy", "hand-set", 0, Set.of("the", "was"), domains);
    }

    private static DomainWeights weights(double intercept, double foundByRules, float[] wordVector) {
        return new DomainWeights(0.5, intercept, foundByRules, 0, wordVector);
    }

    private static DomainReader reader(Map<QualityDomain, DomainWeights> overrides) {
        return new DomainReader(model(overrides), VECTORS);
    }

    @Test
    void keepsTheRulesDomainsInTheirOrderWhenTheModelIsAsSureOfEach() {
        assertThat(reader(Map.of()).reread(TEXT, List.of(EFFECTIVE, SAFE))).containsExactly(EFFECTIVE, SAFE);
    }

    @Test
    void theMostProbableDomainIsPrimary() {
        DomainReader reader = reader(Map.of(QualityDomain.SAFE, weights(-10, 25, new float[128])));

        assertThat(reader.reread(TEXT, List.of(EFFECTIVE, SAFE))).containsExactly(SAFE, EFFECTIVE);
    }

    @Test
    void dropsADomainTheModelDoesNotBearOutAndThePrimaryMovesToTheNextKept() {
        DomainReader reader = reader(Map.of(QualityDomain.EFFECTIVE, weights(-10, 0, new float[128])));

        assertThat(reader.reread(TEXT, List.of(EFFECTIVE, SAFE))).containsExactly(SAFE);
    }

    @Test
    void addsADomainQuotingTheReportersWordsThatMovedItMost() {
        float[] towardInterpreters = VECTORS.vector(VECTORS.words("interpreter"));
        DomainReader reader = reader(Map.of(QualityDomain.EQUITABLE, weights(10, 0, towardInterpreters)));

        List<Finding<QualityDomain>> domains = reader.reread(TEXT, List.of(SAFE));

        assertThat(domains)
                .extracting(Finding::value)
                .as("the more probable first")
                .containsExactly(QualityDomain.EQUITABLE, QualityDomain.SAFE);
        Finding<QualityDomain> added = domains.getFirst();
        assertThat(added.confidence()).isEqualTo(1.0);
        assertThat(added.evidence().getFirst())
                .isEqualTo(
                        "read as a whole, the concern is like those labelled EQUITABLE in the corpus (probability 1.00)");
        assertThat(added.evidence().get(1)).isEqualTo("\"interpreter\"");
        assertThat(added.evidence().subList(1, added.evidence().size()))
                .hasSizeLessThanOrEqualTo(DomainReader.EVIDENCE_WORDS)
                .allSatisfy(quoted -> assertThat(TEXT).contains(quoted.substring(1, quoted.length() - 1)))
                .doesNotContain("\"the\"", "\"was\"", "\",\"", "\".\"");
    }

    @Test
    void whenNoDomainIsKeptOrAddedTheLikeliestIsPrimary() {
        DomainReader reader = reader(Map.of(
                QualityDomain.SAFE, weights(-10, 0, new float[128]),
                QualityDomain.WELL_LED, weights(-1, 0, new float[128])));

        assertThat(reader.reread(TEXT, List.of(SAFE)))
                .extracting(Finding::value)
                .containsExactly(QualityDomain.WELL_LED);
    }

    @Test
    void aModelMustCoverEveryDomainWithWeightsForEveryDimensionAndAProbabilityThreshold() {
        Map<QualityDomain, DomainWeights> five = new EnumMap<>(model(Map.of()).domains());
        five.remove(QualityDomain.EQUITABLE);
        Model missing = new Model("m", "t", "x", 0, Set.of(), five);

        assertThatThrownBy(() -> new DomainReader(missing, VECTORS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a model for each of the six domains");
        assertThatThrownBy(() -> reader(Map.of(QualityDomain.SAFE, weights(0, 0, new float[3]))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the SAFE model has 3 word-vector weights, the word vectors 128");
        assertThatThrownBy(() -> reader(Map.of(QualityDomain.SAFE, new DomainWeights(1.5, 0, 0, 0, new float[128]))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the SAFE model's threshold must be a probability, was 1.5");
    }

    @Test
    void aModelFileWithAnUnknownOrMissingFieldIsRefusedNamingIt() throws Exception {
        String valid = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(model(Map.of()));

        assertThat(TaxonomyLoader.readDomainModel(json(valid)).version()).isEqualTo("test-model");
        assertThatThrownBy(
                        () -> TaxonomyLoader.readDomainModel(json(valid.replaceFirst("\\{", "{\"colour\":\"red\","))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the domain model file is not valid")
                .hasMessageContaining("colour");
        assertThatThrownBy(
                        () -> TaxonomyLoader.readDomainModel(json(valid.replaceFirst("\"regularisation\":0\\.0,", ""))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the domain model file is not valid")
                .hasMessageContaining("regularisation");
        assertThatThrownBy(() -> TaxonomyLoader.readDomainModel(
                        json(valid.replaceFirst("\"taxonomyVersion\":\"test-taxonomy\",", ""))))
                .as("a name left out, not only a number")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the domain model file is not valid")
                .hasMessageContaining("taxonomyVersion");
        assertThatThrownBy(() -> TaxonomyLoader.readDomainModel(json("not json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the domain model file is not valid");
    }

    @Test
    void aClassifierRefusesAModelTrainedBesideAnotherTaxonomy() {
        Taxonomy taxonomy = TaxonomyLoader.load(new ClassPathResource("taxonomy/taxonomy.json"));

        assertThatThrownBy(() -> new Classifier(taxonomy, reader(Map.of()), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "the domain model test-model was trained beside test-taxonomy, not " + taxonomy.version());
    }

    @Test
    void theShippedClassifierReadsTheDomainsAgainButNotAConcernTheTextSendsToTriage() {
        Classifier shipped = TaxonomyLoader.classifier(new ClassPathResource("taxonomy/taxonomy.json"));
        Classifier rules = new Classifier(TaxonomyLoader.load(new ClassPathResource("taxonomy/taxonomy.json")));

        assertThat(shipped.domainReaderVersion())
                .hasValueSatisfying(version ->
                        assertThat(version).startsWith(shipped.taxonomyVersion().replace("taxonomy-", "domains-")));
        assertThat(rules.domainReaderVersion()).isEmpty();
        assertThat(shipped.classify("asdf", Answers.none())).isEqualTo(rules.classify("asdf", Answers.none()));
    }

    private static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
