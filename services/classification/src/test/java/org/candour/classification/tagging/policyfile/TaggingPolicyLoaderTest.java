package org.candour.classification.tagging.policyfile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.candour.classification.ClassificationProperties;
import org.candour.classification.tagging.InvalidTaggingPolicyException;
import org.candour.classification.tagging.TaggingPolicy;
import org.candour.events.HarmLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class TaggingPolicyLoaderTest {

    private static final String VALID = """
            {
              "version": "test-2026.1",
              "about": ["A policy for tests."],
              "domains": {
                "SAFE": [{ "suggests": "medication", "weight": 2, "phrases": ["insulin"] }],
                "EFFECTIVE": [{ "suggests": "guidance", "phrases": ["guidance"] }],
                "EXPERIENCE": [{ "suggests": "compassion", "phrases": ["rude*"], "note": "for people" }],
                "WELL_LED": [{ "suggests": "culture", "phrases": ["bullying"] }],
                "SUSTAINABLE": [{ "suggests": "waste", "phrases": ["waste"] }],
                "EQUITABLE": [{ "suggests": "language", "phrases": ["interpreter"] }]
              },
              "harm": {
                "DEATH": ["died"],
                "SEVERE": ["permanent damage"],
                "MODERATE": ["extra treatment"],
                "LOW": ["minor"],
                "NONE": ["near miss"]
              }
            }
            """;

    @Test
    void shippedPolicyIsValid() {
        TaggingPolicy policy = TaggingPolicyLoader.load(new ClassPathResource("policy/tagging-policy.json"), 0.5);

        assertThat(policy.version()).isEqualTo("tagging-2026.1");
    }

    @Test
    void validPolicyIsLoadedWithItsWeights() {
        TaggingPolicy policy = TaggingPolicyLoader.load(file(VALID), 0.5);

        assertThat(policy.version()).isEqualTo("test-2026.1");
        assertThat(policy.tag("insulin", false, HarmLevel.UNKNOWN).primaryConfidence())
                .isEqualTo(0.67);
    }

    @Test
    void unknownDomainIsRejectedNamingTheKnownOnes() {
        assertRejected(
                VALID.replace("\"WELL_LED\"", "\"WELL_LEAD\""),
                "unknown domain \"WELL_LEAD\"; known: [SAFE, EFFECTIVE, EXPERIENCE, WELL_LED, SUSTAINABLE, EQUITABLE]");
    }

    @Test
    void unknownHarmLevelIsRejected() {
        assertRejected(VALID.replace("\"LOW\"", "\"MILD\""), "unknown harm level \"MILD\"");
    }

    @Test
    void emptyPhraseIsRejected() {
        assertRejected(
                VALID.replace("[\"guidance\"]", "[\"guidance\", \" \"]"),
                "domain EFFECTIVE, group \"guidance\" has an empty phrase");
    }

    @Test
    void emptyHarmPhraseIsRejected() {
        assertRejected(VALID.replace("[\"minor\"]", "[\"minor\", \"\"]"), "harm level LOW has an empty phrase");
    }

    @Test
    void domainWithoutPhrasesIsRejected() {
        assertRejected(
                VALID.replace(
                        "\"EQUITABLE\": [{ \"suggests\": \"language\", \"phrases\": [\"interpreter\"] }]",
                        "\"EQUITABLE\": []"),
                "domain EQUITABLE has no phrases");
    }

    @Test
    void misspeltFieldIsRejectedRatherThanIgnored() {
        assertRejected(VALID.replace("\"phrases\": [\"waste\"]", "\"phrase\": [\"waste\"]"), "\"phrase\"");
    }

    @Test
    void domainListedTwiceIsRejectedRatherThanOverwritten() {
        assertRejected(
                VALID.replace(
                        "\"SAFE\": [",
                        "\"SAFE\": [{ \"suggests\": \"falls\", \"phrases\": [\"fall\"] }],\n    \"SAFE\": ["),
                "Duplicate Object property \"SAFE\"");
    }

    @Test
    void brokenJsonIsRejectedWithItsPosition() {
        assertRejected(VALID.replace("\"version\": \"test-2026.1\",", "\"version\": \"test-2026.1\""), "(line 3, ");
    }

    @Test
    void missingVersionIsRejected() {
        assertRejected(VALID.replace("\"version\": \"test-2026.1\",", ""), "\"version\" is missing");
    }

    @Test
    void missingFileIsRejectedNamingIt() {
        assertThatThrownBy(() -> TaggingPolicyLoader.load(new ClassPathResource("policy/nowhere.json"), 0.5))
                .isInstanceOf(InvalidTaggingPolicyException.class)
                .hasMessageStartingWith("Cannot read the tagging policy class path resource [policy/nowhere.json]");
    }

    @Test
    void serviceReadsThePolicyFromTheConfiguredLocation(@TempDir Path directory) throws Exception {
        Path edited = Files.writeString(directory.resolve("edited.json"), VALID.replace("test-2026.1", "edited-2"));

        contextWith("candour.classification.policy-location=" + edited.toUri())
                .run(context -> assertThat(context.getBean(TaggingPolicy.class).version())
                        .isEqualTo("edited-2"));
    }

    @Test
    void serviceDoesNotStartWithAnInvalidPolicy(@TempDir Path directory) throws Exception {
        Path broken = Files.writeString(directory.resolve("broken.json"), VALID.replace("\"LOW\"", "\"MILD\""));

        contextWith("candour.classification.policy-location=" + broken.toUri())
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(InvalidTaggingPolicyException.class)
                        .hasMessageContaining("broken.json")
                        .hasMessageContaining("unknown harm level \"MILD\""));
    }

    private static ApplicationContextRunner contextWith(String property) {
        return new ApplicationContextRunner()
                .withUserConfiguration(Properties.class, TaggingPolicyConfiguration.class)
                .withPropertyValues(property);
    }

    @EnableConfigurationProperties(ClassificationProperties.class)
    static class Properties {}

    private static void assertRejected(String json, String reason) {
        assertThatThrownBy(() -> TaggingPolicyLoader.load(file(json), 0.5))
                .isInstanceOf(InvalidTaggingPolicyException.class)
                .hasMessageStartingWith("Tagging policy Byte array resource [test policy] is not valid: ")
                .hasMessageContaining(reason);
    }

    private static ByteArrayResource file(String json) {
        return new ByteArrayResource(json.getBytes(UTF_8), "test policy");
    }
}
