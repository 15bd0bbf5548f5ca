package org.candour.classification.analysis.taxonomyfile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.candour.classification.ClassificationProperties;
import org.candour.classification.analysis.Answers;
import org.candour.classification.analysis.Classifier;
import org.candour.classification.analysis.InvalidTaxonomyException;
import org.candour.classification.analysis.Taxonomy;
import org.candour.events.ConcernSignal;
import org.candour.events.Destination;
import org.candour.events.QualityDomain;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class TaxonomyLoaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String VALID = """
            {
              "version": "test-2026.1",
              "about": ["A taxonomy for tests."],
              "triageThreshold": 0.5,
              "formAnswerConfidence": 0.9,
              "negation": { "window": 4, "cues": ["not"], "scopeEnds": ["but"] },
              "language": {
                "minimumContentWords": 3, "minimumLatinShare": 0.5, "minimumWords": 6,
                "minimumFunctionWordShare": 0.12, "functionWords": ["the", "a"]
              },
              "domains": {
                "SAFE": [{ "suggests": "medication", "weight": 2, "phrases": ["insulin"] }],
                "EFFECTIVE": [{ "suggests": "guidance", "phrases": ["guidance"] }],
                "EXPERIENCE": [{ "suggests": "compassion", "phrases": ["rude"], "note": "for people" }],
                "WELL_LED": [{ "suggests": "culture", "phrases": ["bullying"] }],
                "SUSTAINABLE": [{ "suggests": "waste", "phrases": ["waste"] }],
                "EQUITABLE": [{ "suggests": "language", "phrases": ["interpreter"] }]
              },
              "physicalHarm": { "DEATH": [{ "suggests": "death", "phrases": ["died"] }] },
              "psychologicalHarm": { "LOW": [{ "suggests": "distress", "phrases": ["upset"] }] },
              "incidentCategories": { "MEDICATION": [{ "suggests": "medication", "phrases": ["insulin"] }] },
              "roles": { "NURSE": [{ "suggests": "nurse", "phrases": ["nurse"] }] },
              "abbreviations": { "RMN": "NURSE" },
              "fitnessToPractise": { "threshold": 1.5, "seriousHarmWeight": 1, "cues": {} },
              "complaintStatus": { "IN_PROGRESS": [{ "suggests": "complaint", "phrases": ["complaint"] }] },
              "reporter": { "PATIENT": [{ "suggests": "patient", "phrases": ["my care"] }] },
              "signals": { "RECURRING": [{ "suggests": "again", "phrases": ["again"] }] },
              "vocabularies": VOCABULARIES
            }
            """.replace("VOCABULARIES", testVocabularies());

    /**
     * The shipped file's vocabularies, every one of which the reading rules need, with those that name groups
     * naming this file's groups.
     */
    private static String testVocabularies() {
        ObjectNode vocabularies = (ObjectNode) JSON.readTree(read(new ClassPathResource("taxonomy/taxonomy.json")))
                .get("vocabularies");
        vocabularies.set("namedInPassing", JSON.readTree("{\"groups\": {\"SUSTAINABLE\": [\"waste\"]}}"));
        vocabularies.set("endOfLife", JSON.readTree("{\"groups\": {\"EXPERIENCE\": [\"compassion\"]}}"));
        vocabularies.set("gapsThatPutPatientsAtRisk", JSON.readTree("{\"groups\": {\"SUSTAINABLE\": [\"waste\"]}}"));
        return JSON.writeValueAsString(vocabularies);
    }

    private static String read(ClassPathResource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid file with one vocabulary replaced, added (the JSON of it) or removed (null). */
    private static String withVocabulary(String name, @Nullable String vocabulary) {
        ObjectNode root = (ObjectNode) JSON.readTree(VALID);
        ObjectNode vocabularies = (ObjectNode) root.get("vocabularies");
        if (vocabulary == null) {
            vocabularies.remove(name);
        } else {
            vocabularies.set(name, JSON.readTree(vocabulary));
        }
        return JSON.writeValueAsString(root);
    }

    @Test
    void shippedTaxonomyIsValid() {
        Taxonomy taxonomy = TaxonomyLoader.load(new ClassPathResource("taxonomy/taxonomy.json"));

        assertThat(taxonomy.version()).isEqualTo("taxonomy-2026.40");
    }

    @Test
    void validTaxonomyIsLoadedWithItsWeightsAndAbbreviations() {
        Classifier classifier = new Classifier(TaxonomyLoader.load(file(VALID)));

        var findings = classifier.classify("The RMN forgot the insulin.", Answers.none());

        assertThat(findings.taxonomyVersion()).isEqualTo("test-2026.1");
        assertThat(findings.primaryDomain().value()).isEqualTo(QualityDomain.SAFE);
        assertThat(findings.primaryDomain().confidence()).isEqualTo(0.67);
        assertThat(findings.professionals().getFirst().regulator()).isEqualTo(Destination.NMC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "WELL_LED"                         | "WELL_LEAD"                      | unknown value in domains "WELL_LEAD"; known: [SAFE, EFFECTIVE, EXPERIENCE, WELL_LED, SUSTAINABLE, EQUITABLE]
            "DEATH"                            | "FATAL"                          | unknown value in physicalHarm "FATAL"
            "RMN": "NURSE"                     | "RMN": "NURSEY"                  | unknown role for abbreviation RMN "NURSEY"
            "MEDICATION"                       | "MEDICINES"                      | unknown value in incidentCategories "MEDICINES"
            "RECURRING"                        | "REPEATING"                      | unknown value in signals "REPEATING"
            ["guidance"]                       | ["guidance", " "]                | domains EFFECTIVE, group "guidance" has an empty phrase
            ["waste"]                          | ["waste", "!!!"]                 | domains SUSTAINABLE, group "waste": phrase "!!!" has no words
            ["rude"]                           | ["rude", "RUDE"]                 | domains EXPERIENCE, group "compassion": phrase "RUDE" reads the same as domains EXPERIENCE, group "compassion" ("rude")
            ["bullying"]                       | ["bullying", "bullied"]          | phrase "bullied" reads the same as
            "phrases": ["interpreter"]         | "phrase": ["interpreter"]        | "phrase"
            "weight": 2                        | "weight": 0                      | domains SAFE, group "medication": weight must be above 0 and at most 10, was 0.0
            "window": 4                        | "window": 0                      | negation.window must be from 1 to 10, was 0
            "triageThreshold": 0.5             | "triageThreshold": 1.5           | triageThreshold must be from 0 to 1, was 1.5
            "triageThreshold": 0.5             | "triageThreshold": 0.5, "secondaryDomainShare": 1.2 | secondaryDomainShare must be from 0 to 1, was 1.2
            "triageThreshold": 0.5             | "triageThreshold": 0.5, "signalMinimums": { "CONCEALMENT": 0 } | signalMinimums CONCEALMENT must be above 0 and at most 10, was 0.0
            "triageThreshold": 0.5             | "triageThreshold": 0.5, "signalMinimums": { "HIDING": 1 } | unknown value in signalMinimums "HIDING"
            "triageThreshold": 0.5             | "triageThreshold": 0.5, "complaintMinimum": 0 | complaintMinimum must be above 0 and at most 10, was 0.0
            "physicalHarm": {                  | "physicalHarm": { "UNKNOWN": [{ "suggests": "x", "phrases": ["maybe"] }], | physicalHarm UNKNOWN takes no cues
            "incidentCategories": {            | "incidentCategories": { "OTHER": [{ "suggests": "x", "phrases": ["other"] }], | incidentCategories OTHER takes no cues
            "version": "test-2026.1",          | ''                               | "version" is missing
            "version": "test-2026.1",          | "version": "test-2026.1"         | (line 3,
            """)
    void invalidEntryIsRejectedNamingTheFileAndTheEntry(String valid, String invalid, String reason) {
        assertThat(VALID).contains(valid);

        assertThatThrownBy(() -> TaxonomyLoader.load(file(VALID.replaceFirst(
                        java.util.regex.Pattern.quote(valid), java.util.regex.Matcher.quoteReplacement(invalid)))))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageStartingWith("Taxonomy Byte array resource [test taxonomy] is not valid: ")
                .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            places      | {"note": "x", "words": []}                          | vocabularies places is empty
            places      | {"words": ["trusts", "hospitals", "Trusts"]}        | vocabularies places: "Trusts" appears twice
            places      | {"words": ["trusts", " "]}                          | vocabularies places has an empty entry
            places      | {"words": ["trusts", "care homes"]}                 | vocabularies places: "care homes" is not one word as the text is read (it reads as [care, homes])
            ageWords    | {"words": ["years", "y/o"]}                         | vocabularies ageWords: "y/o" is not one word as the text is read (it reads as [y, o])
            atRisk      | {"phrases": ["child", "non-verbal"]}                | vocabularies atRisk: "non-verbal" is not one word as the text is read (it reads as [non, verbal])
            atRisk      | {"phrases": ["young person", "young  person"]}      | vocabularies atRisk: "young  person" appears twice
            places      | {"phrases": ["other trusts"]}                       | vocabularies places must be given as "words", not "phrases"
            places      | {"note": "no list"}                                 | vocabularies places needs one of "words", "phrases", "kinds" or "groups"
            places      | {"words": ["trusts"], "phrases": ["trusts"]}        | vocabularies places needs one of "words", "phrases", "kinds" or "groups", not [words, phrases]
            places      | {"word": ["trusts"]}                                | "word"
            services    | {"kinds": {"GP": ["GP"], "HOSPITAL": []}}           | vocabularies services "HOSPITAL" is empty
            services    | {"kinds": {"GP": ["GP", "GP"]}}                     | vocabularies services: "GP" appears twice
            services    | {"kinds": {"GP": ["gp*"]}}                          | vocabularies services: "gp*": only a word after the first may end in "*"
            endOfLife   | {"groups": {"EXPERIENCE": ["dying"]}}               | vocabularies endOfLife: "dying" is not what any group of domains EXPERIENCE suggests
            endOfLife   | {"groups": {"SAFE": ["medication"]}}                | vocabularies endOfLife: unknown domain "SAFE"; allowed: [EXPERIENCE]
            unaccounted | {"phrases": ["unexplained", "unexplained bruising"]} | vocabularies unaccounted: "unexplained bruising" is not one of harmed, which it qualifies
            money       | {"words": ["money", "wages"]}                       | vocabularies money: "wages" is not one of harmed, which it qualifies
            remediation | {"words": ["retraining", "re-training"]}      | vocabularies remediation: "re-training" is not one word as the text is read (it reads as [re, training])
            notAtRisk   | {"phrases": ["blind eye", "blind"]}                 | vocabularies notAtRisk: "blind" must be a one-word phrase of atRisk and the words after it
            notHarmed   | {"phrases": ["strapped for", "tied up in knots", "hit the roof"]} | vocabularies notHarmed: "hit the roof" must be a one-word phrase of harmed and the words after it
            placez      | {"words": ["trusts"]}                               | unknown vocabularies [placez]; known: [testWords,
            """)
    void invalidVocabularyIsRejectedNamingTheFileAndTheEntry(String name, String vocabulary, String reason) {
        assertThatThrownBy(() -> TaxonomyLoader.load(file(withVocabulary(name, vocabulary))))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageStartingWith("Taxonomy Byte array resource [test taxonomy] is not valid: ")
                .hasMessageContaining(reason);
    }

    /**
     * Every vocabulary of the shipped file is one the reading rules need: without any one of them the file is
     * refused (and the loader refuses a name the rules do not read, so the file names them all).
     */
    @ParameterizedTest
    @MethodSource("shippedVocabularies")
    void everyVocabularyTheRulesReadIsRequired(String name) {
        assertThat(VALID).contains("\"" + name + "\"");

        assertThatThrownBy(() -> TaxonomyLoader.load(file(withVocabulary(name, null))))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("vocabularies \"" + name + "\" is missing: the reading rules use it");
    }

    static List<String> shippedVocabularies() throws IOException {
        try (InputStream in = new ClassPathResource("taxonomy/taxonomy.json").getInputStream()) {
            return List.copyOf(JSON.readTree(in).path("vocabularies").propertyNames());
        }
    }

    @Test
    void vocabularyTheRulesNeedIsRequired() {
        assertThatThrownBy(() -> TaxonomyLoader.load(file(withVocabulary("places", null))))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("vocabularies \"places\" is missing: the reading rules use it");
        assertThatThrownBy(() -> TaxonomyLoader.load(file(VALID.replace("\"vocabularies\"", "\"vocabularie\""))))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("Unrecognized property \"vocabularie\"");
        ObjectNode root = (ObjectNode) JSON.readTree(VALID);
        root.remove("vocabularies");
        assertThatThrownBy(() -> TaxonomyLoader.load(file(JSON.writeValueAsString(root))))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("\"vocabularies\" is missing");
    }

    @Test
    void wordAddedToAVocabularyIsRead() {
        String sameElsewhere = "Other clinics report the same problem.";
        Classifier shipped = new Classifier(TaxonomyLoader.load(file(VALID)));
        Classifier edited = new Classifier(TaxonomyLoader.load(
                file(withVocabulary("places", "{\"note\": \"with clinics\", \"words\": [\"trusts\", \"Clinics\"]}"))));

        assertThat(shipped.classify(sameElsewhere, Answers.none()).signals()).isEmpty();
        assertThat(edited.classify(sameElsewhere, Answers.none()).signals())
                .extracting(finding -> finding.value())
                .containsExactly(ConcernSignal.SYSTEM_WIDE);
    }

    @Test
    void kindOfServiceAddedToTheVocabularyIsRead() {
        String notPassedOn = "The dentist never sent the letter to the hospital.";
        Classifier shipped = new Classifier(TaxonomyLoader.load(file(VALID)));
        Classifier edited = new Classifier(TaxonomyLoader.load(file(
                withVocabulary("services", "{\"kinds\": {\"HOSPITAL\": [\"hospital\"], \"DENTAL\": [\"dentist\"]}}"))));

        assertThat(shipped.classify(notPassedOn, Answers.none()).signals()).isEmpty();
        assertThat(edited.classify(notPassedOn, Answers.none()).signals())
                .extracting(finding -> finding.value())
                .containsExactly(ConcernSignal.CROSS_PROVIDER);
    }

    @Test
    void ordinalAddedToTheVocabularyIsReadByThePatternBuiltFromIt() {
        String counted = "This is the seventh fall this month.";
        Classifier shipped = new Classifier(TaxonomyLoader.load(file(VALID)));
        Classifier edited = new Classifier(TaxonomyLoader.load(
                file(withVocabulary("ordinals", "{\"words\": [\"second\", \"another\", \"seventh\"]}"))));

        assertThat(shipped.classify(counted, Answers.none()).signals()).isEmpty();
        assertThat(edited.classify(counted, Answers.none()).signals())
                .extracting(finding -> finding.evidence())
                .containsExactly(List.of(
                        "\"seventh fall this\" suggests RECURRING (the second, third or another like event told)"));
    }

    @Test
    void impliedDomainAddsWeightWhenItsFindingIsFound() {
        Classifier classifier = new Classifier(TaxonomyLoader.load(file(VALID.replace(
                "\"formAnswerConfidence\": 0.9,",
                "\"formAnswerConfidence\": 0.9, \"secondaryDomainMinimum\": 1, \"impliedDomains\": [{\"when\":"
                        + " \"signals RECURRING\", \"domain\": \"WELL_LED\", \"weight\": 2, \"suggests\": \"a"
                        + " pattern\"}],"))));

        var findings = classifier.classify("The insulin was late again.", Answers.none());

        assertThat(findings.domains())
                .extracting(finding -> finding.value())
                .containsExactly(QualityDomain.SAFE, QualityDomain.WELL_LED);
        assertThat(findings.domains().get(1).evidence())
                .containsExactly("signal RECURRING suggests WELL_LED (a pattern)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            signals REPEATING   | WELL_LED  | unknown value in impliedDomains "signals REPEATING"
            roles NURSE         | WELL_LED  | unknown section "roles"
            signals RECURRING   | WELL_LEAD | unknown domain in impliedDomains "signals RECURRING" "WELL_LEAD"
            """)
    void invalidImpliedDomainIsRejected(String when, String domain, String reason) {
        String json = VALID.replace(
                "\"formAnswerConfidence\": 0.9,",
                "\"formAnswerConfidence\": 0.9, \"impliedDomains\": [{\"when\": \"" + when + "\", \"domain\": \""
                        + domain + "\", \"suggests\": \"x\"}],");
        assertThatThrownBy(() -> TaxonomyLoader.load(file(json)))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void domainWithoutCuesIsRejected() {
        assertThatThrownBy(() -> TaxonomyLoader.load(file(VALID.replace(
                        "\"EQUITABLE\": [{ \"suggests\": \"language\", \"phrases\": [\"interpreter\"] }]",
                        "\"EQUITABLE\": []"))))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("domains EQUITABLE has no cues");
    }

    @Test
    void sectionListedTwiceIsRejectedRatherThanOverwritten() {
        assertThatThrownBy(() -> TaxonomyLoader.load(file(VALID.replace(
                        "\"SAFE\": [", "\"SAFE\": [{ \"suggests\": \"f\", \"phrases\": [\"fall\"] }],\n\"SAFE\": ["))))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("Duplicate Object property \"SAFE\"");
    }

    @Test
    void missingFileIsRejectedNamingIt() {
        assertThatThrownBy(() -> TaxonomyLoader.load(new ClassPathResource("taxonomy/nowhere.json")))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageStartingWith("Cannot read the taxonomy class path resource [taxonomy/nowhere.json]");
    }

    @Test
    void serviceReadsTheTaxonomyFromTheConfiguredLocation(@TempDir Path directory) throws Exception {
        Path edited = Files.writeString(directory.resolve("edited.json"), VALID.replace("test-2026.1", "edited-2"));

        contextWith("candour.classification.taxonomy-location=" + edited.toUri())
                .run(context -> {
                    assertThat(context.getBean(Classifier.class).taxonomyVersion())
                            .isEqualTo("edited-2");
                    assertThat(context.getBean(Classifier.class).domainReaderVersion())
                            .as("no domain model beside it: the rules alone")
                            .isEmpty();
                    assertThat(context.getBean(Classifier.class).termReaderVersion())
                            .as("no term model beside it: the rules alone")
                            .isEmpty();
                });
    }

    @Test
    void theServiceReadsTheShippedDomainModelBesideTheShippedTaxonomy() {
        contextWith("candour.classification.taxonomy-location=classpath:taxonomy/taxonomy.json")
                .run(context -> assertThat(context.getBean(Classifier.class).domainReaderVersion())
                        .hasValueSatisfying(version -> assertThat(version).startsWith("domains-2026.40-")));
    }

    @Test
    void aDomainModelBesideTheTaxonomyMustBeTrainedBesideIt(@TempDir Path directory) throws Exception {
        Path taxonomy = Files.writeString(directory.resolve("taxonomy.json"), VALID);
        String shipped = read(new ClassPathResource("taxonomy/" + TaxonomyLoader.DOMAIN_MODEL));
        Files.writeString(directory.resolve(TaxonomyLoader.DOMAIN_MODEL), shipped);

        assertThatThrownBy(() -> TaxonomyLoader.classifier(new FileSystemResource(taxonomy)))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("does not fit it: the domain model domains-2026.40-")
                .hasMessageContaining("was trained beside taxonomy-2026.40, not test-2026.1");

        Files.writeString(
                directory.resolve(TaxonomyLoader.DOMAIN_MODEL),
                shipped.replace("\"taxonomyVersion\" : \"taxonomy-2026.40\"", "\"taxonomyVersion\" : \"test-2026.1\""));
        assertThat(TaxonomyLoader.classifier(new FileSystemResource(taxonomy)).domainReaderVersion())
                .isPresent();
    }

    @Test
    void theServiceReadsTheShippedTermModelBesideTheShippedTaxonomy() {
        contextWith("candour.classification.taxonomy-location=classpath:taxonomy/taxonomy.json")
                .run(context -> assertThat(context.getBean(Classifier.class).termReaderVersion())
                        .hasValueSatisfying(version -> assertThat(version).startsWith("terms-2026.40-")));
    }

    /** Only the term model beside the edited taxonomy: the shipped domain model would be refused first. */
    @Test
    void aTermModelBesideTheTaxonomyMustBeTrainedBesideIt(@TempDir Path directory) throws Exception {
        Path taxonomy = Files.writeString(directory.resolve("taxonomy.json"), VALID);
        String shipped = read(new ClassPathResource("taxonomy/" + TaxonomyLoader.TERM_MODEL));
        Files.writeString(directory.resolve(TaxonomyLoader.TERM_MODEL), shipped);

        assertThatThrownBy(() -> TaxonomyLoader.classifier(new FileSystemResource(taxonomy)))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("does not fit it: the term model terms-2026.40-")
                .hasMessageContaining("was trained beside taxonomy-2026.40, not test-2026.1");

        Files.writeString(
                directory.resolve(TaxonomyLoader.TERM_MODEL),
                shipped.replace("\"taxonomyVersion\" : \"taxonomy-2026.40\"", "\"taxonomyVersion\" : \"test-2026.1\""));
        Classifier classifier = TaxonomyLoader.classifier(new FileSystemResource(taxonomy));
        assertThat(classifier.termReaderVersion()).isPresent();
        assertThat(classifier.domainReaderVersion()).isEmpty();
    }

    @Test
    void aTermModelBesideTheTaxonomyThatIsNotValidIsRefusedNamingIt(@TempDir Path directory) throws Exception {
        Path taxonomy = Files.writeString(directory.resolve("taxonomy.json"), VALID);
        Files.writeString(directory.resolve(TaxonomyLoader.TERM_MODEL), "not json");

        assertThatThrownBy(() -> TaxonomyLoader.classifier(new FileSystemResource(taxonomy)))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining(TaxonomyLoader.TERM_MODEL + "] is not valid: the term model file is not valid");
    }

    @Test
    void serviceDoesNotStartWithAnInvalidTaxonomy(@TempDir Path directory) throws Exception {
        Path broken = Files.writeString(directory.resolve("broken.json"), VALID.replace("\"DEATH\"", "\"FATAL\""));

        contextWith("candour.classification.taxonomy-location=" + broken.toUri())
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(InvalidTaxonomyException.class)
                        .hasMessageContaining("broken.json")
                        .hasMessageContaining("unknown value in physicalHarm \"FATAL\""));
    }

    private static ApplicationContextRunner contextWith(String property) {
        return new ApplicationContextRunner()
                .withUserConfiguration(Properties.class, TaxonomyConfiguration.class)
                .withPropertyValues(property);
    }

    @EnableConfigurationProperties(ClassificationProperties.class)
    static class Properties {}

    private static ByteArrayResource file(String json) {
        return new ByteArrayResource(json.getBytes(UTF_8), "test taxonomy");
    }
}
