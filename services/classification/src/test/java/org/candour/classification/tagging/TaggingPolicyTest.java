package org.candour.classification.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.candour.classification.tagging.policyfile.TaggingPolicyLoader;
import org.candour.events.ConcernClassifiedV1.DomainTag;
import org.candour.events.ConcernClassifiedV1.HarmGrade;
import org.candour.events.HarmLevel;
import org.candour.events.QualityDomain;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class TaggingPolicyTest {

    /** The policy the service ships with: these cases show quality leads what their phrases do. */
    @Nested
    class ShippedPolicy {

        private final TaggingPolicy policy =
                TaggingPolicyLoader.load(new ClassPathResource("policy/tagging-policy.json"), 0.5);

        @Test
        void missedInsulinNeedingExtraTreatmentIsAMedicationIncidentWithModerateHarm() {
            Tags tags = policy.tag(
                    "On the night shift two patients on the ward were not given their insulin because the medicines"
                            + " cabinet key was missing. One patient's blood sugar went dangerously high and they"
                            + " needed extra treatment.",
                    false,
                    HarmLevel.UNKNOWN);

            assertThat(tags.policyVersion()).isEqualTo("tagging-2026.1");
            assertThat(tags.primaryDomain()).isEqualTo(QualityDomain.SAFE);
            assertThat(tags.domains()).extracting(DomainTag::domain).containsExactly(QualityDomain.SAFE);
            assertThat(tags.domains().getFirst().evidence())
                    .containsExactly(
                            "\"insulin\" suggests SAFE (medication)", "\"medicines\" suggests SAFE (medication)");
            assertThat(tags.domains().getFirst().confidence()).isEqualTo(0.67);
            assertThat(tags.harm().level()).isEqualTo(HarmLevel.MODERATE);
            assertThat(tags.harm().evidence()).containsExactly("\"extra treatment\" suggests MODERATE harm");
            assertThat(tags.urgent()).isFalse();
            assertThat(tags.needsTriage()).isFalse();
        }

        @Test
        void deathAfterMissedDeteriorationIsUrgent() {
            Tags tags = policy.tag(
                    "My father's early warning score was high all night but nobody escalated it. He Deteriorated"
                            + " quickly and died of sepsis the next morning.",
                    false,
                    HarmLevel.UNKNOWN);

            assertThat(tags.primaryDomain()).isEqualTo(QualityDomain.SAFE);
            assertThat(tags.domains().getFirst().evidence())
                    .containsExactly(
                            "\"early warning score\" suggests SAFE (missed deterioration)",
                            "\"deteriorated\" suggests SAFE (missed deterioration)",
                            "\"sepsis\" suggests SAFE (missed deterioration)");
            assertThat(tags.harm().level()).isEqualTo(HarmLevel.DEATH);
            assertThat(tags.harm().evidence()).containsExactly("\"died\" suggests death (DEATH)");
            assertThat(tags.urgent()).isTrue();
        }

        @Test
        void bullyingAfterSpeakingUpAndAlteredRecordsAreMainlyAboutLeadershipAndAlsoSafety() {
            Tags tags = policy.tag(
                    "When I spoke up about unsafe staffing my manager started bullying me, and the incident"
                            + " records were altered afterwards.",
                    false,
                    HarmLevel.UNKNOWN);

            assertThat(tags.primaryDomain()).isEqualTo(QualityDomain.WELL_LED);
            assertThat(tags.domains())
                    .extracting(DomainTag::domain)
                    .containsExactly(QualityDomain.WELL_LED, QualityDomain.SAFE);
            assertThat(tags.domains().getFirst().evidence())
                    .containsExactly(
                            "\"spoke up\" suggests WELL_LED (how speaking up is handled)",
                            "\"manager\" suggests WELL_LED (management)",
                            "\"bullying\" suggests WELL_LED (bullying or closed culture)",
                            "\"records were altered\" suggests WELL_LED (record integrity)");
            assertThat(tags.harm().level()).isEqualTo(HarmLevel.UNKNOWN);
            assertThat(tags.urgent()).isFalse();
            assertThat(tags.needsTriage()).isFalse();
        }

        @Test
        void noInterpreterForAPatientIsMainlyAboutEquityAndAlsoExperience() {
            Tags tags = policy.tag(
                    "This is discrimination: no interpreter was booked for a patient who does not speak English,"
                            + " so she was not told what the operation involved.",
                    false,
                    HarmLevel.UNKNOWN);

            assertThat(tags.domains())
                    .extracting(DomainTag::domain)
                    .containsExactly(QualityDomain.EQUITABLE, QualityDomain.EXPERIENCE);
            assertThat(tags.domains().getFirst().evidence())
                    .contains(
                            "\"discrimination\" suggests EQUITABLE (discrimination)",
                            "\"interpreter\" suggests EQUITABLE (language)");
        }

        @Test
        void wrongDoseCaughtInTimeIsANearMissWithNoHarm() {
            Tags tags = policy.tag(
                    "A wrong dose of morphine was written up but the pharmacist caught it in time. A near-miss.",
                    false,
                    HarmLevel.UNKNOWN);

            assertThat(tags.primaryDomain()).isEqualTo(QualityDomain.SAFE);
            assertThat(tags.harm().level()).isEqualTo(HarmLevel.NONE);
            assertThat(tags.harm().evidence()).containsExactly("\"near-miss\" suggests no harm (NONE)");
            assertThat(tags.urgent()).isFalse();
        }

        @Test
        void wholeWordPhraseDoesNotMatchInsideALongerWord() {
            Tags tags = policy.tag("We rely on agency staff on most nights.", false, HarmLevel.UNKNOWN);

            assertThat(tags.domains()).extracting(DomainTag::domain).containsExactly(QualityDomain.SUSTAINABLE);
        }

        @Test
        void textWithoutAnyCueNeedsAPersonToConfirm() {
            Tags tags =
                    policy.tag("The car park machine by the main entrance takes coins only.", false, HarmLevel.UNKNOWN);

            assertThat(tags.primaryDomain()).isEqualTo(QualityDomain.EXPERIENCE);
            assertThat(tags.domains())
                    .containsExactly(new DomainTag(
                            QualityDomain.EXPERIENCE,
                            0.2,
                            List.of("no domain cue matched; needs a person to confirm")));
            assertThat(tags.harm().level()).isEqualTo(HarmLevel.UNKNOWN);
            assertThat(tags.needsTriage()).isTrue();
            assertThat(tags.urgent()).isFalse();
        }

        @Test
        void harmWithoutAnyDomainCueIsTreatedAsSafetyUntilAPersonConfirms() {
            Tags tags = policy.tag(
                    "After the operation he was left with permanent damage to his hand.", false, HarmLevel.UNKNOWN);

            assertThat(tags.primaryDomain()).isEqualTo(QualityDomain.SAFE);
            assertThat(tags.primaryConfidence()).isEqualTo(0.2);
            assertThat(tags.harm().level()).isEqualTo(HarmLevel.SEVERE);
            assertThat(tags.needsTriage()).isTrue();
            assertThat(tags.urgent()).isTrue();
        }

        @Test
        void immediateDangerIsUrgentWhateverTheHarm() {
            Tags tags = policy.tag("Staff on the night shift are rude to the residents.", true, HarmLevel.UNKNOWN);

            assertThat(tags.harm().level()).isEqualTo(HarmLevel.UNKNOWN);
            assertThat(tags.urgent()).isTrue();
        }

        @Test
        void dangerNowWithNoDomainCueIsASafetyQuestionForAPersonToConfirm() {
            Tags tags = policy.tag("Please come to bay four.", true, HarmLevel.UNKNOWN);

            assertThat(tags.primaryDomain()).isEqualTo(QualityDomain.SAFE);
            assertThat(tags.needsTriage()).isTrue();
            assertThat(tags.urgent()).isTrue();
        }

        @Test
        void oneWeakCueAloneNeedsAPersonToConfirm() {
            Tags tags = policy.tag("I asked to speak to the ward manager.", false, HarmLevel.UNKNOWN);

            assertThat(tags.primaryDomain()).isEqualTo(QualityDomain.WELL_LED);
            assertThat(tags.primaryConfidence()).isEqualTo(0.33);
            assertThat(tags.needsTriage()).isTrue();
        }

        @Test
        void evidenceQuotesOnlyTheMatchedWordsNeverTheDescription() {
            Tags tags = policy.tag(
                    "Mrs Jones in bay 4 had a fall at 3am and was found on the floor; nobody checked her for an hour.",
                    false,
                    HarmLevel.UNKNOWN);

            assertThat(tags.domains().getFirst().evidence())
                    .containsExactly(
                            "\"fall\" suggests SAFE (patient accident)",
                            "\"found on the floor\" suggests SAFE (patient accident)")
                    .noneMatch(evidence -> evidence.contains("Jones"));
        }
    }

    /** How the rules apply, on a small policy written for the purpose. */
    @Nested
    class Rules {

        @Test
        void highestScoringDomainIsPrimary() {
            TaggingPolicy policy = policy(0.5);

            Tags tags =
                    policy.tag("She was ignored and spoken to rudely, then she had a fall.", false, HarmLevel.UNKNOWN);

            assertThat(tags.primaryDomain()).isEqualTo(QualityDomain.EXPERIENCE);
            assertThat(tags.domains())
                    .extracting(DomainTag::domain)
                    .containsExactly(QualityDomain.EXPERIENCE, QualityDomain.SAFE);
        }

        @Test
        void equalScoresMakeSafetyPrimaryBeforeTheOtherDomains() {
            TaggingPolicy policy = policy(0.5);

            Tags tags = policy.tag("Rude staff. A fall.", false, HarmLevel.UNKNOWN);

            assertThat(tags.domains())
                    .extracting(DomainTag::domain)
                    .containsExactly(QualityDomain.SAFE, QualityDomain.EXPERIENCE);
        }

        @Test
        void confidenceGrowsWithEachFurtherCueButNeverReachesCertainty() {
            TaggingPolicy policy = policy(0.5);

            assertThat(policy.tag("rude", false, HarmLevel.UNKNOWN).primaryConfidence())
                    .isEqualTo(0.5);
            assertThat(policy.tag("rude and ignored", false, HarmLevel.UNKNOWN).primaryConfidence())
                    .isEqualTo(0.67);
            assertThat(policy.tag("rude, ignored, no dignity", false, HarmLevel.UNKNOWN)
                            .primaryConfidence())
                    .isEqualTo(0.75);
            assertThat(policy.tag("a never event", false, HarmLevel.UNKNOWN).primaryConfidence())
                    .isEqualTo(0.75);
        }

        @Test
        void repeatingAWordDoesNotRaiseTheConfidence() {
            TaggingPolicy policy = policy(0.5);

            assertThat(policy.tag("Rude. Rude. RUDE.", false, HarmLevel.UNKNOWN).primaryConfidence())
                    .isEqualTo(0.5);
        }

        @Test
        void mostSevereHarmMentionedIsTheGrade() {
            TaggingPolicy policy = policy(0.5);

            Tags tags = policy.tag("Not a near miss: he had a fall and died.", false, HarmLevel.UNKNOWN);

            assertThat(tags.harm().level()).isEqualTo(HarmLevel.DEATH);
            assertThat(tags.urgent()).isTrue();
        }

        @Test
        void reportersHarmIsTheGradeWhenTheWordsGiveNoHarmCue() {
            Tags tags = policy(0.5).tag("She was spoken to rudely.", false, HarmLevel.MODERATE);

            assertThat(tags.harm())
                    .isEqualTo(
                            new HarmGrade(HarmLevel.MODERATE, 0.5, List.of("the reporter said the harm was MODERATE")));
            assertThat(tags.urgent()).isFalse();
        }

        @Test
        void reporterSayingNoHarmIsTakenAsNoHarm() {
            Tags tags = policy(0.5).tag("rude", false, HarmLevel.NONE);

            assertThat(tags.harm().level()).isEqualTo(HarmLevel.NONE);
            assertThat(tags.harm().evidence()).containsExactly("the reporter said the harm was NONE");
        }

        @Test
        void harmTheWordsDescribeOutranksTheReportersHarm() {
            Tags tags = policy(0.5).tag("He had a fall and died.", false, HarmLevel.LOW);

            assertThat(tags.harm().level()).isEqualTo(HarmLevel.DEATH);
            assertThat(tags.harm().evidence()).containsExactly("\"died\" suggests death (DEATH)");
        }

        @Test
        void reportersSevereHarmMakesTheConcernUrgent() {
            assertThat(policy(0.5).tag("rude", false, HarmLevel.SEVERE).urgent())
                    .isTrue();
            assertThat(policy(0.5).tag("rude", false, HarmLevel.DEATH).urgent()).isTrue();
            assertThat(policy(0.5).tag("rude", false, HarmLevel.MODERATE).urgent())
                    .isFalse();
        }

        @Test
        void reportersHarmWithoutAnyDomainCueIsTreatedAsSafetyUntilAPersonConfirms() {
            Tags tags = policy(0.5).tag("Something went wrong on the ward.", false, HarmLevel.LOW);

            assertThat(tags.primaryDomain()).isEqualTo(QualityDomain.SAFE);
            assertThat(tags.harm().level()).isEqualTo(HarmLevel.LOW);
            assertThat(tags.needsTriage()).isTrue();
        }

        @Test
        void reportersUnknownHarmLeavesTheHarmNotStated() {
            Tags tags = policy(0.5).tag("rude", false, HarmLevel.UNKNOWN);

            assertThat(tags.harm())
                    .isEqualTo(new HarmGrade(HarmLevel.UNKNOWN, 0.2, List.of("no harm cue matched; harm not stated")));
        }

        @Test
        void primaryConfidenceBelowTheConfiguredThresholdNeedsTriage() {
            assertThat(policy(0.5).tag("rude", false, HarmLevel.UNKNOWN).needsTriage())
                    .isFalse();
            assertThat(policy(0.6).tag("rude", false, HarmLevel.UNKNOWN).needsTriage())
                    .isTrue();
        }

        @Test
        void domainWithoutPhrasesIsRejected() {
            Map<QualityDomain, List<CueGroup>> domains = domains();
            domains.remove(QualityDomain.EQUITABLE);

            assertThatThrownBy(() -> new TaggingPolicy("test-1", domains, harm(), 0.5))
                    .isInstanceOf(InvalidTaggingPolicyException.class)
                    .hasMessage("domain EQUITABLE has no phrases");
        }

        @Test
        void phraseWithoutWordsIsRejected() {
            Map<QualityDomain, List<CueGroup>> domains = domains();
            domains.put(QualityDomain.SAFE, List.of(new CueGroup("patient accident", 1, List.of("fall", "*"))));

            assertThatThrownBy(() -> new TaggingPolicy("test-1", domains, harm(), 0.5))
                    .isInstanceOf(InvalidTaggingPolicyException.class)
                    .hasMessage("domain SAFE, group \"patient accident\": phrase \"*\" has no words");
        }

        @Test
        void harmPhrasesForUnknownAreRejected() {
            Map<HarmLevel, List<String>> harm = harm();
            harm.put(HarmLevel.UNKNOWN, List.of("not sure"));

            assertThatThrownBy(() -> new TaggingPolicy("test-1", domains(), harm, 0.5))
                    .isInstanceOf(InvalidTaggingPolicyException.class)
                    .hasMessageContaining("UNKNOWN takes no phrases");
        }

        private static TaggingPolicy policy(double triageThreshold) {
            return new TaggingPolicy("test-1", domains(), harm(), triageThreshold);
        }

        private static Map<QualityDomain, List<CueGroup>> domains() {
            Map<QualityDomain, List<CueGroup>> domains = new EnumMap<>(QualityDomain.class);
            domains.put(
                    QualityDomain.SAFE,
                    List.of(
                            new CueGroup("patient accident", 1, List.of("fall")),
                            new CueGroup("serious incident", 3, List.of("never event*"))));
            domains.put(
                    QualityDomain.EXPERIENCE,
                    List.of(new CueGroup("compassion", 1, List.of("rude*", "ignored", "dignity"))));
            domains.put(QualityDomain.EFFECTIVE, List.of(new CueGroup("guidance", 1, List.of("guidance"))));
            domains.put(QualityDomain.WELL_LED, List.of(new CueGroup("culture", 1, List.of("bullying"))));
            domains.put(QualityDomain.SUSTAINABLE, List.of(new CueGroup("waste", 1, List.of("waste"))));
            domains.put(QualityDomain.EQUITABLE, List.of(new CueGroup("language", 1, List.of("interpreter"))));
            return domains;
        }

        private static Map<HarmLevel, List<String>> harm() {
            Map<HarmLevel, List<String>> harm = new EnumMap<>(HarmLevel.class);
            harm.put(HarmLevel.DEATH, List.of("died"));
            harm.put(HarmLevel.SEVERE, List.of("permanent damage"));
            harm.put(HarmLevel.MODERATE, List.of("extra treatment"));
            harm.put(HarmLevel.LOW, List.of("minor"));
            harm.put(HarmLevel.NONE, List.of("near miss"));
            return harm;
        }
    }
}
