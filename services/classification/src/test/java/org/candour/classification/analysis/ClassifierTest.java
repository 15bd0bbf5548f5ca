package org.candour.classification.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.candour.classification.analysis.taxonomyfile.TaxonomyLoader;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernSignal;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.ProfessionalRole;
import org.candour.events.QualityDomain;
import org.candour.events.RaisedBefore;
import org.candour.events.RaisedRoute;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** The shipped taxonomy on realistic concerns: these cases show quality leads what their phrases do. */
class ClassifierTest {

    private static final Classifier CLASSIFIER =
            new Classifier(TaxonomyLoader.load(new ClassPathResource("taxonomy/taxonomy.json")));

    private static Findings classify(String description) {
        return CLASSIFIER.classify(description, Answers.none());
    }

    private static Answers reportedHarm(HarmLevel level) {
        return new Answers(level, false, List.of(), RaisedBefore.notRaised());
    }

    private static Answers raisedBefore(RaisedBefore raisedBefore) {
        return new Answers(HarmLevel.UNKNOWN, false, List.of(), raisedBefore);
    }

    @Nested
    class Domains {

        @Test
        void missedInsulinIsMainlyAboutSafetyQuotingTheWords() {
            Findings findings = classify("On the night shift two patients were not given their insulin because the"
                    + " medicines cabinet key was missing.");

            assertThat(findings.taxonomyVersion()).isEqualTo("taxonomy-2026.40");
            assertThat(findings.primaryDomain().value()).isEqualTo(QualityDomain.SAFE);
            assertThat(findings.primaryDomain().evidence())
                    .containsExactly(
                            "\"insulin\" suggests SAFE (medication)",
                            "\"medicines\" suggests SAFE (medication)",
                            "incident category MEDICATION suggests SAFE (a medicines incident)");
            assertThat(findings.primaryDomain().confidence()).isEqualTo(0.75);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                When I spoke up about unsafe staffing my manager started bullying me.  | WELL_LED
                No interpreter was booked and this is discrimination.                  | EQUITABLE
                The consultant did not follow the guidance and it was a wrong diagnosis. | EFFECTIVE
                The nurses were rude and dismissive and ignored her call bell.         | EXPERIENCE
                Boxes of unused dressings are thrown away every week: a waste.         | SUSTAINABLE
                He had a fall on the ward.                                             | SAFE
                """)
        void strongestDomainIsPrimary(String description, QualityDomain primary) {
            assertThat(classify(description).primaryDomain().value()).isEqualTo(primary);
        }

        /**
         * With no harm graded, a risk told about nearly as strongly as the leadership that ignores it is first a
         * safety concern; the leadership is reported beside it.
         */
        @Test
        void riskToldAsStronglyAsTheLeadershipIgnoringItIsSafeFirst() {
            Findings findings = classify("The manager ignores our concerns about the faulty bed rails.");
            assertThat(findings.domains())
                    .extracting(Finding::value)
                    .containsExactly(QualityDomain.SAFE, QualityDomain.WELL_LED);
        }

        /** Everyday words for each domain, as staff write them, without the textbook term. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                A man with a clot in his leg was scanned too late for treatment.                      | EFFECTIVE
                Nobody has agreed who looks after these people after their operation.                 | EFFECTIVE
                The ambulance crew could not offload for four hours and control was holding calls.    | SUSTAINABLE
                The cleaning hours on the ward were cut to save money.                                | SUSTAINABLE
                My father was left sitting in a wet pad and his visits were cancelled.                | EXPERIENCE
                Fourteen ultrasound machines are still boxed up in the basement store.                | SUSTAINABLE
                If she lived in the town she would have been seen within a week.                      | EQUITABLE
                The girl has waited nine days in a cubicle for a tier 4 bed.                          | SUSTAINABLE
                Caseloads in our team are far beyond what we can visit.                               | SUSTAINABLE
                The practice keeps claiming for courses of treatment it never gave: public money.     | SUSTAINABLE
                """)
        void everydayWordsNameTheDomain(String description, QualityDomain primary) {
            assertThat(classify(description).primaryDomain().value()).isEqualTo(primary);
        }

        /** Guidance not followed, told beside a medicines concern, is kept from a quarter of the leader's score. */
        @Test
        void careAgainstGuidanceToldBesideMedicineWordsIsKept() {
            Findings findings =
                    classify("On nights his insulin was missed. That is not what our local guidelines say.");

            assertThat(findings.domains())
                    .extracting(Finding::value)
                    .startsWith(QualityDomain.SAFE)
                    .contains(QualityDomain.EFFECTIVE);
        }

        /**
         * One guidance word beside a concern crowded with medicine words is below a quarter of the leader's score:
         * EFFECTIVE and EXPERIENCE are kept at the share every other domain needs (at a fifth they were over-found
         * on the blind validation split).
         */
        @Test
        void careAgainstGuidanceToldInPassingIsNotKeptBesideManyMedicineWords() {
            Findings findings = classify("On nights his insulin was missed, the heparin was late, the morphine was late"
                    + " and nobody checked on him. That is not what our local guidelines say.");

            assertThat(findings.domains())
                    .extracting(Finding::value)
                    .startsWith(QualityDomain.SAFE)
                    .doesNotContain(QualityDomain.EFFECTIVE);
        }

        /**
         * A referral not made or a guideline named as not followed (one cue of weight 1.5) is kept beside a leader
         * crowded with many more words than a quarter would allow; one ordinary guidance word is not.
         */
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                He should have been referred to the diabetes team. | true
                The ward policy was ignored.                       | false
                """)
        void aReferralNotMadeIsKeptBesideAnyLeader(String told, boolean kept) {
            Findings findings = classify("On nights his insulin was missed, the heparin was late, the morphine was"
                    + " late, the warfarin was doubled and his antibiotics were skipped, and nobody checked on him. "
                    + told);

            assertThat(findings.primaryDomain().value()).isEqualTo(QualityDomain.SAFE);
            assertThat(findings.domains().stream().anyMatch(d -> d.value() == QualityDomain.EFFECTIVE))
                    .isEqualTo(kept);
        }

        /** A stated staffing ratio is a concern about workforce supply, beside the safety it puts at risk. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Last night it was 1 RN to 16 on the ward and a man fell unwitnessed.
                There was one registered nurse for 22 beds and the obs were late.
                I was the only F1 for six wards overnight and a patient with sepsis waited.
                Our team now has 650 children per health visitor and a baby was missed.
                """)
        void aStaffingRatioAddsWorkforceSupply(String description) {
            assertThat(classify(description).domains())
                    .extracting(Finding::value)
                    .contains(QualityDomain.SUSTAINABLE);
        }

        /** The ratio is quoted as written, whichever way it is put. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Last night it was 1 RN to 16 on the ward.                  | "1 RN to 16"
                There was a single  agency nurse covering all 30 beds.     | "a single agency nurse covering all 30"
                I was the only F1 for six wards overnight.                 | "the only F1 for six"
                Our team now has 650 children per health visitor.          | "650 children per health visitor"
                We had 28 frail residents to every carer on the late shift. | "28 frail residents to every carer"
                """)
        void aStaffingRatioIsQuotedAsWritten(String description, String quote) {
            assertThat(classify(description).domains())
                    .flatExtracting(Finding::evidence)
                    .contains(quote + " suggests SUSTAINABLE (workforce supply: a staffing ratio)");
        }

        /** One to one care, a ratio broken by a full stop or a count of one is not a shortage of staff. */
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "He was on one to one care with a nurse for 3 days and still fell.",
                    "We had one nurse. For 14 years she has run that ward well and a patient fell.",
                    "There was 1 nurse for 1 patient in recovery and the drain was not checked.",
                })
        void noStaffingRatioWithoutOneForMany(String description) {
            assertThat(classify(description).domains())
                    .flatExtracting(Finding::evidence)
                    .noneMatch(e -> e.contains("a staffing ratio"));
        }

        /** A wait stated in weeks, months or years is a question of capacity, beside the harm or distress. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Powered wheelchair assessment wait is 74 wks and he is now carried up the stairs.   | "wait is 74 wks"
                Their son has waited 26 months for an ADHD assessment and was excluded from school. | "waited 26 months"
                She was referred to the adult service, who have a 9 month wait, and was admitted.   | "9 month wait"
                We have people waiting for assessment, some for 14 months, and one took an overdose. | "waiting for assessment, some for 14 months"
                """)
        void aLongWaitAddsCapacity(String description, String quote) {
            assertThat(classify(description).domains())
                    .flatExtracting(Finding::evidence)
                    .contains(quote + " suggests SUSTAINABLE (capacity and flow: a long wait)");
        }

        /** A wait of hours, the two week wait pathway, or a span that is not a wait, is not a long wait. */
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "He waited 9 hours on a trolley in the corridor and nobody brought him water.",
                    "She was referred on the two week wait pathway and the letter went to the wrong address.",
                    "I have worked here 14 years and never waited so long for a porter.",
                    "He was discharged 6 weeks ago. We are still waiting for the letter.",
                })
        void noLongWaitWithoutAWaitOfWeeksOrMore(String description) {
            assertThat(classify(description).domains())
                    .flatExtracting(Finding::evidence)
                    .noneMatch(e -> e.contains("a long wait"));
        }

        /** A sum of money at a rate is a question of the use of resources. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Ward 5 is paying about £120 an hr for agency nurses off framework.          | "£120 an hr"
                Our waste audit for three wards came to about £11k a month in binned stock.  | "£11k a month"
                I estimate £3,000 to £4,000 a month across the homes goes in the bin.        | "£3,000 to £4,000 a month"
                """)
        void moneyAtARateAddsTheUseOfResources(String description, String quote) {
            assertThat(classify(description).domains())
                    .flatExtracting(Finding::evidence)
                    .contains(quote + " suggests SUSTAINABLE (the use of resources: money at a rate)");
        }

        /** A price paid once or per item, or a rate with no sum of money, is not money at a rate. */
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "The osteopath charged her £55 a session for colic adjustments on her baby.",
                    "She was made to pay £3,200 upfront by card. A week later she did not remember it.",
                    "He is seen 3 times a week by the district nurses and the dressing is still wrong.",
                })
        void noMoneyAtARateWithoutASumSpentOverTime(String description) {
            assertThat(classify(description).domains())
                    .flatExtracting(Finding::evidence)
                    .noneMatch(e -> e.contains("money at a rate"));
        }

        /** A DNACPR or ceiling of care decided without discussion is care against guidance, beside the rest. */
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "A DNACPR was put on my uncle on admission and there was no discussion with him or his wife.",
                    "Nobody discussed it with the family before the doctor set a ward-based ceiling for her.",
                })
        void anUndiscussedTreatmentLimitIsCareAgainstGuidance(String description) {
            assertThat(classify(description).domains())
                    .extracting(Finding::value)
                    .contains(QualityDomain.EFFECTIVE);
        }

        @Test
        void aDiscussedTreatmentLimitIsNotOnItsOwnAgainstGuidance() {
            assertThat(classify("The DNACPR was talked through with her son, and the ceiling was leaking again.")
                            .domains())
                    .extracting(Finding::value)
                    .doesNotContain(QualityDomain.EFFECTIVE);
        }

        /**
         * Words that name someone or something in passing (an agency or a locum, the manager, a bin, a test one
         * patient did not need) do not on their own add WELL_LED or SUSTAINABLE beside a safety concern.
         */
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                He was given penicillin despite his allergy; the agency nurse and the locum missed the band. | SUSTAINABLE
                Patient transport was booked for ten but the transport came at six and she fell off the trolley. | SUSTAINABLE
                The empty morphine ampoule was found in the bin after the wrong patient was given it.    | SUSTAINABLE
                Two patients with the same name were mixed up and one was given an antibiotic she didn't need. | SUSTAINABLE
                The bed rails were left down and he fell and cut his head while the manager was on the ward. | WELL_LED
                """)
        void aWordInPassingDoesNotAddLeadershipOrResources(String description, QualityDomain domain) {
            assertThat(classify(description).domains())
                    .extracting(Finding::value)
                    .doesNotContain(domain);
        }

        /** The same kinds of word, with company or as what the concern is about, still add the domain. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                We have six vacancies and the agency nurses do not know the patients, so a man fell.      | SUSTAINABLE
                Every patient gets unnecessary daily bloods whether they need them or not.               | SUSTAINABLE
                The manager and the director were told the hoist was broken and nothing has changed.     | WELL_LED
                """)
        void theSameWordsWithCompanyStillAddTheDomain(String description, QualityDomain domain) {
            assertThat(classify(description).domains())
                    .extracting(Finding::value)
                    .contains(domain);
        }

        /**
         * A concern told to someone in charge and answered with words, or left as it was, is a question of how
         * speaking up is handled, whoever the manager and whatever the answer.
         */
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "He fell out of bed again. I told the ward manager and she said there is no time to check the rails.",
                    "The sling is torn. I mentioned it to our team lead three weeks ago and it is still in use.",
                    "She was given the wrong dose. I raised it with the practice owner, who laughed it off."
                })
        void aConcernToldToSomeoneInChargeAndBrushedOffIsWellLed(String description) {
            assertThat(classify(description).domains())
                    .filteredOn(domain -> domain.value() == QualityDomain.WELL_LED)
                    .flatExtracting(Finding::evidence)
                    .anyMatch(
                            quote -> quote.contains("(a concern told to someone in charge, and how it was answered)"));
        }

        /** Told by a manager, told to a colleague on shift, or told with no answer given, it is not. */
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "He fell out of bed. I was told by the ward manager that the family said he was fine.",
                    "He fell out of bed. I told the sister and she said she would bleep the doctor.",
                    "He fell out of bed and I told the ward manager straight away."
                })
        void aConcernToldByOrToAColleagueOrUnansweredIsNotWellLed(String description) {
            assertThat(classify(description).domains())
                    .extracting(Finding::value)
                    .doesNotContain(QualityDomain.WELL_LED);
        }

        @Test
        void aLaboratoryCultureIsNotAWorkplaceCulture() {
            assertThat(classify("Repeat cultures positive, so the antibiotics were restarted two days late.")
                            .domains())
                    .extracting(Finding::value)
                    .doesNotContain(QualityDomain.WELL_LED);
        }

        @Test
        void oneToOneCareIsNotAStaffingRatio() {
            assertThat(classify("She had one nurse to 1 patient in recovery and the drain was checked late.")
                            .domains())
                    .extracting(Finding::value)
                    .doesNotContain(QualityDomain.SUSTAINABLE);
        }

        @Test
        void aBrokenSystemIsNotOnItsOwnASafetyConcern() {
            assertThat(classify("Since the new system went live the discharge summaries bounce from the GP mailbox and"
                                    + " the practices never get them.")
                            .primaryDomain()
                            .value())
                    .isEqualTo(QualityDomain.EFFECTIVE);
        }

        @Test
        void aFailingSystemAlsoCountsTowardsPoorCoordination() {
            // An IT failure weighs towards EFFECTIVE as well as SAFE: letters, alerts and results that never arrive
            // are care that is not coordinated.
            Finding<QualityDomain> primary = classify("Since the system upgrade the discharge summary never reaches the"
                            + " GP and the patients on clozapine are not followed up.")
                    .primaryDomain();
            assertThat(primary.value()).isEqualTo(QualityDomain.EFFECTIVE);
            assertThat(primary.evidence()).anyMatch(e -> e.startsWith("signal DEVICE_OR_IT suggests EFFECTIVE"));
        }

        @Test
        void testsRepeatedForCompletenessAreLowValueActivity() {
            assertThat(classify("Nobody vets the requests, so many repeat scans are done for completeness and"
                                    + " change nothing.")
                            .domains())
                    .extracting(Finding::value)
                    .contains(QualityDomain.EFFECTIVE, QualityDomain.SUSTAINABLE);
        }

        @Test
        void aStaffGrievanceTakenToTheOmbudsmanIsNoPatientsComplaint() {
            assertThat(classify("HR rejected my grievance about my shift pattern at the final stage. Can I take it to"
                                    + " the ombudsman?")
                            .domains())
                    .extracting(Finding::value)
                    .doesNotContain(QualityDomain.EXPERIENCE);
            assertThat(classify("The trust rejected my complaint about my father's care at the final stage. Can I"
                                    + " take it to the ombudsman?")
                            .domains())
                    .extracting(Finding::value)
                    .contains(QualityDomain.EXPERIENCE);
        }

        @Test
        void aReferralPathwayNamedForItsWaitIsNoWaitLived() {
            assertThat(classify("The two week wait referral for suspected skin cancer was returned to the practice"
                                    + " for a photo and nobody acted on it.")
                            .domains())
                    .extracting(Finding::value)
                    .doesNotContain(QualityDomain.EXPERIENCE);
            assertThat(classify("She was kept waiting for months and then left on hold for an hour.")
                            .domains())
                    .extracting(Finding::value)
                    .contains(QualityDomain.EXPERIENCE);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                A man on my caseload fell at home and lay on the floor overnight. | SUSTAINABLE
                Patient transport brought him back to the ward and he fell from the trolley. | SUSTAINABLE
                There was a queue at the dispensary and he was handed another patient's insulin. | SUSTAINABLE
                In an audit of the ward we found a man who had fallen twice. | EFFECTIVE
                After her Mental Health Act assessment the nurses laughed at her and called her names. | EFFECTIVE
                """)
        void aServiceACheckOrAnAssessmentNamedInPassingIsNoFailureOfIt(String description, QualityDomain absent) {
            assertThat(classify(description).domains())
                    .extracting(Finding::value)
                    .doesNotContain(absent);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The district nurses have a caseload of 60 patients each and a fall was missed. | SUSTAINABLE
                Her caseload is too big to visit everyone and a fall was missed. | SUSTAINABLE
                The re-audit shows the sepsis screen is still not done and a patient deteriorated. | EFFECTIVE
                """)
        void aCaseloadTooBigOrAnAuditOfGuidanceStillCounts(String description, QualityDomain present) {
            assertThat(classify(description).domains())
                    .extracting(Finding::value)
                    .contains(present);
        }

        @Test
        void adviceAgainstSeekingMedicalCareIsCareAgainstEvidence() {
            assertThat(classify("The therapist told him the numbness was a normal reaction and not to go to A&E.")
                            .domains())
                    .extracting(Finding::value)
                    .contains(QualityDomain.EFFECTIVE);
        }

        @Test
        void aWaitingRoomIsAPlaceNotAWait() {
            assertThat(classify("The osteopath keeps leaflets in the clinic's waiting area claiming he cures asthma.")
                            .domains())
                    .extracting(Finding::value)
                    .doesNotContain(QualityDomain.EXPERIENCE);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                After the clinic she was upset and tearful about how it went.             | true
                Her husband was left distressed and frustrated by the visit.              | true
                He fell on the ward and was upset.                                        | false
                The CTG showed fetal distress and she went for an emergency section.      | false
                """)
        void howTheCareLeftSomeoneFeelingTakesTwoWords(String description, boolean experience) {
            assertThat(classify(description).domains().stream()
                            .map(Finding::value)
                            .anyMatch(domain -> domain == QualityDomain.EXPERIENCE))
                    .isEqualTo(experience);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                He was given a double dose of morphine by the nurse, who also runs a private clinic. | false
                She had a fall on the ward and the physio posted photos of her.                 | false
                He was given a double dose of morphine by the nurse, who also runs a private clinic, and the practice manager knows and nothing has been done. | true
                """)
        void oneWordOfProbityBesideAnotherLeaderIsAPractitionersConductNotLeadership(
                String description, boolean wellLed) {
            assertThat(classify(description).domains().stream()
                            .map(Finding::value)
                            .anyMatch(domain -> domain == QualityDomain.WELL_LED))
                    .isEqualTo(wellLed);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                She was in pain and there are vacancies.                                  | SAFE
                She was in pain and there are vacancies and no beds.                      | SUSTAINABLE
                She was in pain and there are vacancies, no beds and a recruitment freeze. | SUSTAINABLE
                """)
        void harmOutweighsOneWordAboutResourcesButNotAStrongCase(String description, QualityDomain primary) {
            assertThat(classify(description).domains().getFirst().value()).isEqualTo(primary);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                She was in pain and the nurses were rude and dismissive.                  | EXPERIENCE
                She fell and broke her wrist, and the nurse was rude.                     | SAFE
                """)
        void howSomeoneWasTreatedToldAsStronglyAsTheHarmStaysFirst(String description, QualityDomain primary) {
            assertThat(classify(description).domains().getFirst().value()).isEqualTo(primary);
        }

        @Test
        void aRelativeTranslatingForThePatientIsAFailureOfCommunication() {
            assertThat(classify("Her son was translating for her at the pre-op assessment.")
                            .domains())
                    .extracting(Finding::value)
                    .contains(QualityDomain.EXPERIENCE);
        }

        @Test
        void equalScoresMakeSafetyPrimaryBeforeTheOtherDomains() {
            assertThat(classify("Rude staff. A fall.").domains())
                    .extracting(Finding::value)
                    .containsExactly(QualityDomain.SAFE, QualityDomain.EXPERIENCE);
        }

        @Test
        void repeatingAWordDoesNotRaiseTheConfidence() {
            assertThat(classify("Rude. Rude. RUDE. The staff were rude to the patients.")
                            .primaryDomain()
                            .confidence())
                    .isEqualTo(0.5);
        }

        @Test
        void patientSafetyIncidentWithoutADomainCueIsTakenAsSafetyFromItsCategory() {
            Findings findings = classify("He tripped over a cable in the bathroom.");

            assertThat(findings.incidentCategory().value()).isEqualTo(IncidentCategory.PATIENT_ACCIDENT);
            assertThat(findings.primaryDomain())
                    .isEqualTo(new Finding<>(
                            QualityDomain.SAFE,
                            0.5,
                            List.of("incident category PATIENT_ACCIDENT suggests SAFE (a patient accident)")));
            assertThat(findings.triageReasons()).isEmpty();
        }

        @Test
        void harmDoesNotOverturnAStrongCaseForCoordinationOrEquity() {
            // The harm is what the failure led to; the failure (no handover, care that differs by language) is
            // what the reporter most wants fixed, and harm still adds SAFE beside it.
            Findings coordination = CLASSIFIER.classify(
                    "The discharge letter was never sent, so the GP restarted her warfarin and she was"
                            + " admitted with a bleed.",
                    reportedHarm(HarmLevel.MODERATE));
            assertThat(coordination.primaryDomain().value()).isEqualTo(QualityDomain.EFFECTIVE);
            assertThat(coordination.domains()).extracting(Finding::value).contains(QualityDomain.SAFE);
            Findings equity = CLASSIFIER.classify(
                    "No interpreter is ever booked for patients with limited English, so she misunderstood how to"
                            + " take her warfarin and was admitted.",
                    reportedHarm(HarmLevel.MODERATE));
            assertThat(equity.primaryDomain().value()).isEqualTo(QualityDomain.EQUITABLE);
            assertThat(equity.domains()).extracting(Finding::value).contains(QualityDomain.SAFE);
        }

        /** A shortage of staff told at length stays first when it led to harm; harm still adds SAFE beside it. */
        @Test
        void harmDoesNotOverturnAStrongCaseForTheUseOfResources() {
            Findings findings = CLASSIFIER.classify(
                    "We have six vacancies and can't recruit, and the posts are frozen to save money, so her"
                            + " insulin was given late.",
                    reportedHarm(HarmLevel.LOW));
            assertThat(findings.primaryDomain().value()).isEqualTo(QualityDomain.SUSTAINABLE);
            assertThat(findings.domains()).extracting(Finding::value).contains(QualityDomain.SAFE);
        }

        /** One word about resources beside the harm does not put resources first. */
        @Test
        void harmStillMakesSafePrimaryBesideAWordAboutResources() {
            assertThat(CLASSIFIER
                            .classify(
                                    "We have six vacancies, and he was given a tenfold overdose of insulin and went"
                                            + " into cardiac arrest.",
                                    reportedHarm(HarmLevel.SEVERE))
                            .primaryDomain()
                            .value())
                    .isEqualTo(QualityDomain.SAFE);
        }

        @Test
        void harmStillMakesSafePrimaryWhenTheWordsAreMainlyAboutSafety() {
            assertThat(CLASSIFIER
                            .classify(
                                    "He was given a tenfold overdose of insulin after the handover and went into"
                                            + " cardiac arrest.",
                                    reportedHarm(HarmLevel.SEVERE))
                            .primaryDomain()
                            .value())
                    .isEqualTo(QualityDomain.SAFE);
        }

        @Test
        void topicsAreNotNegated() {
            assertThat(classify("He was not given his insulin on the ward.").primaryDomain())
                    .satisfies(domain -> {
                        assertThat(domain.value()).isEqualTo(QualityDomain.SAFE);
                        assertThat(domain.evidence()).startsWith("\"insulin\" suggests SAFE (medication)");
                    });
        }
    }

    @Nested
    class Harm {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                He had a fall on the ward and died two days later.                 | DEATH    | UNKNOWN  | DEATH
                He fractured his hip and needed extra treatment.                   | MODERATE | UNKNOWN  | MODERATE
                She was left with permanent damage to her hand.                    | SEVERE   | UNKNOWN  | SEVERE
                He had a fall on the ward but he wasn't injured.                   | NONE     | UNKNOWN  | NONE
                He wasn’t injured when he had a fall on the ward.                  | NONE     | UNKNOWN  | NONE
                Luckily no harm came to him after the fall on the ward.            | NONE     | UNKNOWN  | NONE
                She did not suffer any injury from the fall on the ward.           | NONE     | UNKNOWN  | NONE
                Nobody checked on him and he died on the ward.                     | DEATH    | UNKNOWN  | DEATH
                The nurse didn't check on him and he died.                         | DEATH    | UNKNOWN  | DEATH
                No. He died on the ward that night.                                | DEATH    | UNKNOWN  | DEATH
                We were not told she had died until the morning.                   | DEATH    | UNKNOWN  | DEATH
                There was no harm or injury from the fall.                         | NONE     | UNKNOWN  | NONE
                She has had nightmares and flashbacks since the birth.             | UNKNOWN  | MODERATE | MODERATE
                She now has PTSD after what happened in the delivery suite.        | UNKNOWN  | SEVERE   | SEVERE
                He was very upset but not injured after the fall.                  | NONE     | LOW      | LOW
                Staff were rude to my mother on the ward.                          | UNKNOWN  | UNKNOWN  | UNKNOWN
                If nobody sorts out the ward she will die before Christmas.        | UNKNOWN  | UNKNOWN  | UNKNOWN
                Her scan sat unread for months and the cancer is now stage 4.      | SEVERE   | UNKNOWN  | SEVERE
                He drove us on blue lights to a cardiac arrest.                    | UNKNOWN  | UNKNOWN  | UNKNOWN
                Two men went out to hospital after overdoses.                      | MODERATE | UNKNOWN  | MODERATE
                He was readmitted to the ward a week later.                        | MODERATE | UNKNOWN  | MODERATE
                He needed a bowel resection.                                       | MODERATE | UNKNOWN  | MODERATE
                The girl came back with a black eye.                               | LOW      | UNKNOWN  | LOW
                At the end of her life she died on a trolley in the corridor.      | MODERATE | UNKNOWN  | MODERATE
                He had not come in for end of life care, and he died that night.   | DEATH    | UNKNOWN  | DEATH
                He was found unresponsive and could not be resuscitated.           | DEATH    | UNKNOWN  | DEATH
                She collapsed in the corridor and they couldn't get her back.      | DEATH    | UNKNOWN  | DEATH
                The baby was found to have a subdural haemorrhage.                 | SEVERE   | UNKNOWN  | SEVERE
                The boy will be left with lasting harm to his hand.                | SEVERE   | UNKNOWN  | SEVERE
                She picked up a chest infection and was put on oral antibiotics.   | LOW      | UNKNOWN  | LOW
                """)
        void mostSevereCueThatIsNotNegatedIsTheGrade(
                String description, HarmLevel physical, HarmLevel psychological, HarmLevel harm) {
            Findings findings = classify(description);

            assertThat(findings.physicalHarm().value()).isEqualTo(physical);
            assertThat(findings.psychologicalHarm().value()).isEqualTo(psychological);
            assertThat(findings.harm().value()).isEqualTo(harm);
        }

        @Test
        void aNegationEndsWithItsListItem() {
            Findings findings = classify("Found on the night round: no obs since 2am \u2022 bruises on both wrists"
                    + " \u2022 call bell out of reach");

            assertThat(findings.physicalHarm().value()).isEqualTo(HarmLevel.LOW);
        }

        @Test
        void aPhraseDoesNotRunOnPastALineBreak() {
            Findings findings =
                    classify("The carer on nights was seen to hit\nBy the time I got there she was crying.");

            assertThat(findings.incidentCategory().value()).isEqualTo(IncidentCategory.PATIENT_ABUSE);
        }

        @Test
        void negatedCueIsQuotedAsNegated() {
            assertThat(classify("He had a fall but he wasn't injured.").physicalHarm())
                    .isEqualTo(new Finding<>(
                            HarmLevel.NONE,
                            0.5,
                            List.of("\"wasn't injured\" is negated: not counted for LOW (minor harm)")));
        }

        @Test
        void negationAFewWordsAwayIsQuotedWithoutTheWordsBetween() {
            assertThat(classify("Mr Jones did not suffer any injury.")
                            .physicalHarm()
                            .evidence())
                    .containsExactly("\"not … injury\" is negated: not counted for LOW (minor harm)");
        }

        @Test
        void severeOrDeathIsUrgent() {
            assertThat(classify("He died after the fall on the ward.").urgent()).isTrue();
            assertThat(classify("He needed extra treatment after the fall.").urgent())
                    .isFalse();
        }

        @Test
        void reportersHarmTakesPrecedenceOverTheWords() {
            Findings findings =
                    CLASSIFIER.classify("He needed extra treatment after the fall.", reportedHarm(HarmLevel.LOW));

            assertThat(findings.harm())
                    .isEqualTo(new Finding<>(HarmLevel.LOW, 0.9, List.of("the reporter chose: LOW")));
            assertThat(findings.physicalHarm().value()).isEqualTo(HarmLevel.MODERATE);
            assertThat(findings.needsTriage()).isFalse();
        }

        @Test
        void reportersHarmFarFromTheWordsIsAConflictForAPersonAndStillUrgent() {
            Findings findings = CLASSIFIER.classify("He had a fall on the ward and died.", reportedHarm(HarmLevel.LOW));

            assertThat(findings.harm().value()).isEqualTo(HarmLevel.LOW);
            assertThat(findings.urgent()).isTrue();
            assertThat(findings.triageReasons())
                    .singleElement()
                    .asString()
                    .startsWith("the reporter chose harm LOW but the words suggest DEATH (\"died\" suggests DEATH");
        }

        @Test
        void reportersHarmGraverThanTheWordsIsNoConflict() {
            // The words tell only a symptom on the way; the graver answer is published, the safe side.
            Findings findings = CLASSIFIER.classify(
                    "She was seen twice for headaches and nobody examined her eyes.", reportedHarm(HarmLevel.SEVERE));

            assertThat(findings.physicalHarm().value()).isEqualTo(HarmLevel.LOW);
            assertThat(findings.harm().value()).isEqualTo(HarmLevel.SEVERE);
            assertThat(findings.needsTriage()).isFalse();
        }
    }

    @Nested
    class IncidentCategories {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                He was discharged home at 2am with no transport.              | ACCESS_ADMISSION_TRANSFER_DISCHARGE
                Routine waits are over a year now for the clinic.             | ACCESS_ADMISSION_TRANSFER_DISCHARGE
                It was a missed diagnosis: nobody read the x-ray.             | CLINICAL_ASSESSMENT
                Her consent was never asked and she was not told anything.    | CONSENT_COMMUNICATION_CONFIDENTIALITY
                A visitor was aggressive and threatening to the staff.        | DISRUPTIVE_BEHAVIOUR
                Missing notes meant nobody knew his history.                  | DOCUMENTATION
                He was not turned and got a pressure sore.                    | IMPLEMENTATION_OF_CARE_AND_MONITORING
                There is an MRSA outbreak and hand hygiene is poor.           | INFECTION_CONTROL
                The ward is understaffed with one nurse for thirty patients.  | INFRASTRUCTURE
                The infusion pump was faulty all week.                        | MEDICAL_DEVICE_EQUIPMENT
                She was given the wrong dose of insulin.                      | MEDICATION
                A carer slapped a resident and there was rough handling.      | PATIENT_ABUSE
                The home manager keeps the residents' debit cards in her desk. | PATIENT_ABUSE
                He slipped in the bathroom.                                   | PATIENT_ACCIDENT
                He was found with a ligature on the ward.                     | SELF_HARM
                It was wrong site surgery on his knee.                        | TREATMENT_PROCEDURE
                The parking was expensive.                                    | OTHER
                """)
        void bestScoringCategoryWins(String description, IncidentCategory category) {
            assertThat(classify(description).incidentCategory().value()).isEqualTo(category);
        }
    }

    @Nested
    class Professionals {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The FY1 did not review him.                     | DOCTOR                            | GMC
                The SHO was called twice.                        | DOCTOR                            | GMC
                The reg said to wait until morning.              | DOCTOR                            | GMC
                Dr Smith never came.                             | DOCTOR                            | GMC
                The consultant refused to see her.               | DOCTOR                            | GMC
                The staff nurse was on her own.                  | NURSE                             | NMC
                An RMN restrained him.                           | NURSE                             | NMC
                The ward sister shouted at her.                  | NURSE                             | NMC
                The midwife left the room.                       | MIDWIFE                           | NMC
                The paramedic was delayed.                       | PARAMEDIC                         | HCPC
                The physio did not come.                         | PHYSIOTHERAPIST                   | HCPC
                The ODP counted the swabs.                       | OPERATING_DEPARTMENT_PRACTITIONER | HCPC
                The pharmacist checked the chart.                | PHARMACIST                        | GPHC
                The dental nurse was rude.                       | DENTAL_NURSE                      | GDC
                The optometrist missed it.                       | OPTOMETRIST                       | GOC
                The osteopath hurt her back.                     | OSTEOPATH                         | GOSC
                The chiropractor hurt his neck.                  | CHIROPRACTOR                      | GCC
                The social worker never visited.                 | SOCIAL_WORKER                     | SWE
                The HCA left him in soiled sheets.               | HEALTHCARE_ASSISTANT              |
                The porter dropped him.                          | PORTER                            |
                The receptionist turned her away.                | ADMINISTRATOR                     |
                """)
        void jobTitlesAndAbbreviationsNameTheRoleAndItsRegulator(
                String description, ProfessionalRole role, @Nullable Destination regulator) {
            assertThat(classify(description).professionals()).singleElement().satisfies(professional -> {
                assertThat(professional.role()).isEqualTo(role);
                assertThat(professional.regulator()).isEqualTo(regulator);
            });
        }

        @Test
        void abbreviationIsQuotedAsWritten() {
            assertThat(classify("The FY1 did not review him.")
                            .professionals()
                            .getFirst()
                            .evidence())
                    .containsExactly("\"FY1\" suggests DOCTOR (abbreviation FY1)");
        }

        @Test
        void reportersAnswerSaysWhoTheConcernIsAboutSoOtherJobTitlesAreOnlyMentioned() {
            Answers answers =
                    new Answers(HarmLevel.UNKNOWN, false, List.of(ProfessionalRole.NURSE), RaisedBefore.notRaised());

            assertThat(CLASSIFIER
                            .classify("The staff nurse called the doctor.", answers)
                            .professionals())
                    .containsExactly(new ProfessionalFinding(
                            ProfessionalRole.NURSE,
                            Destination.NMC,
                            0.9,
                            List.of("the reporter chose: NURSE", "\"staff nurse\" suggests NURSE (nurse)")));
        }

        @Test
        void aColleagueTheReporterWorksWithIsAProfessionalOfTheConcern() {
            Findings findings = classify("I work with a midwife who lied to the family about the CTG.");

            assertThat(findings.professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(ProfessionalRole.MIDWIFE);
            assertThat(findings.fitnessToPractise().value()).isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
            assertThat(classify("I spoke with a midwife on the unit.").professionals())
                    .isEmpty();
        }

        @Test
        void aJobTitleRightAfterTheConductIsWhomItWasDoneTo() {
            Findings findings = classify("The consultant repeatedly ignored the midwives and went home.");

            assertThat(findings.fitnessToPractise().value()).isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
            assertThat(findings.professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(ProfessionalRole.DOCTOR);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                A patient punched the nurse in the face on the night shift.    |
                A drunk man spat at the paramedic and threatened the doctor.   |
                The consultant shouted at the nurse and threw a tray.          | DOCTOR
                The patient was hit by the nurse on nights.                     | NURSE
                On the night shift a staff nurse was kicked by a confused patient. |
                One of our RMNs got assaulted by a relative in the corridor.   |
                The physio was verbally abused by a visitor and left in tears. |
                The staff nurse was assaulted by the HCA while turning him.    | HEALTHCARE_ASSISTANT
                The midwife was punched by the registrar during the handover.  | DOCTOR
                Our staff nurse was alone in the bay. She was slapped by a relative. |
                """)
        void staffTheConductWasDoneToAreNotWhomTheConcernIsAbout(String description, @Nullable ProfessionalRole actor) {
            assertThat(classify(description).professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactlyElementsOf(actor == null ? List.of() : List.of(actor));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Staff nurse on a busy orthopaedic ward. The porter left a patient in the corridor for an hour.",
                    "Pharmacist at a health centre, and the receptionist reads blood results out loud at the desk.",
                    "Paramedic in the rapid response car. The handover queue outside ED was eleven crews long.",
                    "Homeless health outreach nurse. This practice refused to register two of our clients."
                })
        void aJobTitleOpeningTheTextWithOnlyWhereTheReporterWorksIsTheReporters(String description) {
            assertThat(classify(description).professionals())
                    .extracting(ProfessionalFinding::role)
                    .doesNotContain(ProfessionalRole.NURSE, ProfessionalRole.PHARMACIST, ProfessionalRole.PARAMEDIC);
        }

        @Test
        void aJobTitleOpeningASentenceThatTellsWhatTheyDidIsAProfessionalOfTheConcern() {
            Findings findings = classify("Nurse on ward 9 slapped a confused patient during the night.");

            assertThat(findings.professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(ProfessionalRole.NURSE);
            assertThat(findings.fitnessToPractise().value()).isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
            assertThat(classify("Paramedic from the ambulance service was rude to my dad.")
                            .professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(ProfessionalRole.PARAMEDIC);
        }

        @Test
        void aColleagueOfARegisteredReporterIsOfTheirProfession() {
            Findings findings =
                    classify("I'm a paramedic and a colleague on my station turns up for shifts smelling of alcohol.");

            assertThat(findings.professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(ProfessionalRole.PARAMEDIC);
            assertThat(findings.professionals().getFirst().evidence())
                    .containsExactly(
                            "\"colleague\" suggests PARAMEDIC (a colleague of the reporter, who works as one)");
            assertThat(findings.fitnessToPractise().value()).isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I'm a pharmacist and I told a colleague that the receptionist reads results out loud.",
                    "I'm a healthcare assistant and a colleague turns up for shifts smelling of alcohol.",
                    "A colleague turns up for shifts smelling of alcohol."
                })
        void aColleagueIsNoProfessionWhenTheReporterGaveNoRegisteredOneOrWasTellingThem(String description) {
            assertThat(classify(description).professionals())
                    .extracting(ProfessionalFinding::role)
                    .doesNotContain(ProfessionalRole.PHARMACIST, ProfessionalRole.HEALTHCARE_ASSISTANT);
            assertThat(classify(description).fitnessToPractise().value()).isEqualTo(FitnessToPractise.NOT_APPLICABLE);
        }

        @Test
        void someoneTheConcernWasTakenToIsAboutWhomItIsWhenTheSentenceGoesOnToTheirConduct() {
            assertThat(classify("I escalated to the reg, who refused to come and review him until the morning.")
                            .professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(ProfessionalRole.DOCTOR);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                I told the ward sister, who said she was busy, and nothing was done.  |
                I told the nurse in charge that the HCA had slapped a resident.       | HEALTHCARE_ASSISTANT
                I rang the SHO, who was stuck in ED for an hour.                      |
                I told the lounge nurse that the transport driver was rough with her.  |
                Two of us asked for the registrar and the coordinator said to wait.    |
                """)
        void someoneTheConcernWasTakenToIsNotAboutWhomItIsOtherwise(
                String description, @Nullable ProfessionalRole actor) {
            assertThat(classify(description).professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactlyElementsOf(actor == null ? List.of() : List.of(actor));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                We had 2 RNs for 26 patients and the turning charts were falsified afterwards.  |
                Six of the last 8 new ODPs were shouted at and left within a year.               |
                The band 7 sister falsified the turning charts afterwards.                       | NURSE
                The section 12 doctor falsified the medical recommendation.                     | DOCTOR
                """)
        void aHeadCountOfStaffIsNoIdentifiableRegistrant(String description, @Nullable ProfessionalRole actor) {
            assertThat(classify(description).professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactlyElementsOf(actor == null ? List.of() : List.of(actor));
        }

        @Test
        void whoAnsweredAfterTheReporterAskedInAnotherClauseIsWhomTheConcernIsAbout() {
            assertThat(classify("When I asked, the nurse in charge said that's how we manage him here.")
                            .professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(ProfessionalRole.NURSE);
        }

        @Test
        void heOrSheInALaterSentenceIsWhoseConductWasAlreadyToldNotWhoeverWasNamedLast() {
            Findings findings = classify("One of our consultant surgeons routinely skips the time out. Our ODP stopped"
                    + " him. He threatened the scrub nurse.");

            assertThat(findings.professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(ProfessionalRole.DOCTOR);
            assertThat(findings.fitnessToPractise().value()).isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
        }

        @Test
        void aSanctionToldInThePassiveIsStillAboutItsSubject() {
            Findings findings = classify("The staff nurse was struck off last year and is still working on our ward.");

            assertThat(findings.professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(ProfessionalRole.NURSE);
            assertThat(findings.fitnessToPractise().value()).isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
        }

        @Test
        void familyMembersAreNotStaff() {
            assertThat(classify("My sister and my mother visited every day.").professionals())
                    .isEmpty();
        }
    }

    @Nested
    class FitnessToPractiseThreshold {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The nurse slapped my mother.                                         | MAY_MEET_THRESHOLD
                The doctor falsified the notes after the operation.                  | MAY_MEET_THRESHOLD
                The pharmacist stole controlled drugs.                               | MAY_MEET_THRESHOLD
                The consultant made racist remarks to the patient.                   | MAY_MEET_THRESHOLD
                The SHO repeatedly missed the deterioration and the patient died.    | MAY_MEET_THRESHOLD
                The pharmacist made a one-off honest mistake and apologised.         | HANDLED_LOCALLY
                The nurse gave the wrong dose.                                       | HANDLED_LOCALLY
                The nurse forgot the dose again.                                     | HANDLED_LOCALLY
                The nurse was not dishonest about the wrong dose.                    | HANDLED_LOCALLY
                The HCA stole money from the patient.                                | NOT_APPLICABLE
                Someone stole money from the patient.                                | NOT_APPLICABLE
                The same locum doctor refused to help on three night shifts.         | MAY_MEET_THRESHOLD
                A locum doctor refused to help on three night shifts.                | HANDLED_LOCALLY
                One particular locum doctor refused to help on three night shifts.   | MAY_MEET_THRESHOLD
                The optometrist has been copying the field results from the last visit. | MAY_MEET_THRESHOLD
                The optometrist copied the field results from the last visit.        | HANDLED_LOCALLY
                The optometrist has been trying to get the field results copied.     | HANDLED_LOCALLY
                The optometrist has been entering field results from the last visit. | MAY_MEET_THRESHOLD
                The optometrist has been entering field results from the last visit, but she owned up and apologised. | HANDLED_LOCALLY
                The osteopath's website says he treats colic in newborns.            | MAY_MEET_THRESHOLD
                Her chiropractor told her to stop the inhaler.                       | MAY_MEET_THRESHOLD
                The dentist gives the sedation alone with nobody else in the room.   | MAY_MEET_THRESHOLD
                The social worker says she saw the family at home, but no visit took place. | MAY_MEET_THRESHOLD
                The psychologist sees a patient for extra sessions in the evening and says they are in a relationship. | MAY_MEET_THRESHOLD
                The ODP signs the swab count in advance.                             | MAY_MEET_THRESHOLD
                The sister calls the overseas nurses 'you people' at handover.       | MAY_MEET_THRESHOLD
                The night nurse filled in the obs at 5am and said 'you didn't see this'. | MAY_MEET_THRESHOLD
                The man paid up front for 48 sessions, and the chiropractor collects him in his car. | MAY_MEET_THRESHOLD
                The Oramorph bottle held less than the register says after the nurse's shift. | MAY_MEET_THRESHOLD
                The AMHP wrote that she saw him at home, and I have seen her do this once before. | MAY_MEET_THRESHOLD
                The PA has been told by two consultants not to see babies alone, and it happened again anyway. | MAY_MEET_THRESHOLD
                Staff hold the door shut on him and the nurse in charge says it isn't written down as seclusion. | MAY_MEET_THRESHOLD
                The physio's notes record reviews that never happened, and the team lead said to leave it with her. | MAY_MEET_THRESHOLD
                The surgeon starts before the time out is done, and he has been warned. | MAY_MEET_THRESHOLD
                The matron regraded the incident and has done this before.           | MAY_MEET_THRESHOLD
                The nurse's entry says the family were told. Nobody rang them.        | MAY_MEET_THRESHOLD
                The social worker's assessment says he agrees to the move, but he hasn't been asked. | MAY_MEET_THRESHOLD
                The charge nurse signs the students' skills off without watching them. | MAY_MEET_THRESHOLD
                The nurse saw no signs of infection without a dressing change.       | HANDLED_LOCALLY
                The optometrist says Polish customers 'never pay on time'.           | MAY_MEET_THRESHOLD
                The optometrist says Polish customers were given leaflets in Polish.  | HANDLED_LOCALLY
                The nurse gave the dose without checking the chart, then reported it straight away and explained to the patient. | HANDLED_LOCALLY
                The podiatrist missed two ulcers. He was put on an improvement plan in May and the plan isn't working. | MAY_MEET_THRESHOLD
                The BMS issued the units unchecked and went through retraining last year for the same thing already. | MAY_MEET_THRESHOLD
                The surgeon agreed a remediation plan in 2025. Since then two further bile duct injuries have occurred. | MAY_MEET_THRESHOLD
                The podiatrist missed an ulcer. He was put on an improvement plan in May and it is working well. | HANDLED_LOCALLY
                The BMS issued the units unchecked, went through retraining and it has not happened again. | HANDLED_LOCALLY
                Everyone on the unit is doing a refresher on the new pumps because the old ones are still in use. | NOT_APPLICABLE
                The locum pharmacist sent her away without the emergency contraception.  | MAY_MEET_THRESHOLD
                Our band 6 physio touching her during the transfer made her cry.     | MAY_MEET_THRESHOLD
                A locum pharmacist sent her away without the emergency contraception.    | HANDLED_LOCALLY
                The agency nurses sent her away without the emergency contraception.     | HANDLED_LOCALLY
                The locum pharmacist sent her away without it, but apologised the next day. | HANDLED_LOCALLY
                The practice nurse said the dressing was fine and that I could pay privately. | HANDLED_LOCALLY
                """)
        void conductThatCouldCallFitnessToPractiseIntoQuestion(String description, FitnessToPractise expected) {
            assertThat(classify(description).fitnessToPractise().value()).isEqualTo(expected);
        }

        @Test
        void localActionToldAsTriedAndNotWorkingIsQuotedInTheEvidence() {
            assertThat(classify(
                                    "The podiatrist missed two ulcers. He was put on an improvement plan in May and the plan"
                                            + " isn't working.")
                            .fitnessToPractise()
                            .evidence())
                    .contains("\"plan … working\" suggests MAY_MEET_THRESHOLD (local action tried and not working)");
        }

        @Test
        void conductToldOfTheRegistrantItsSentenceNamesIsQuotedInTheEvidence() {
            assertThat(classify("The locum pharmacist sent her away without the emergency contraception.")
                            .fitnessToPractise()
                            .evidence())
                    .contains("\"pharmacist … sent\" suggests MAY_MEET_THRESHOLD (conduct told of the registrant its"
                            + " sentence names)");
        }

        @Test
        void whoeverFoundTheConductOutIsNotWhoseConductItIs() {
            Findings findings = classify("The social worker recorded that she had seen the children at home. The"
                    + " health visitor later found that no visit had happened.");
            assertThat(findings.professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(ProfessionalRole.SOCIAL_WORKER);
            assertThat(findings.fitnessToPractise().value()).isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
        }

        @Test
        void seriousHarmDoesNotMakeWeakWordsAboutASystemIntoSomeonesConduct() {
            assertThat(CLASSIFIER
                            .classify(
                                    "The crew could not see the form, which the GP holds; only the hospice can access"
                                            + " it and his wife keeps a paper copy.",
                                    reportedHarm(HarmLevel.DEATH))
                            .fitnessToPractise()
                            .value())
                    .isEqualTo(FitnessToPractise.HANDLED_LOCALLY);
        }

        @Test
        void avoidableSeriousHarmCountsAndIsNamedInTheEvidence() {
            assertThat(classify("The SHO repeatedly missed the deterioration and the patient died.")
                            .fitnessToPractise()
                            .evidence())
                    .containsExactly(
                            "\"repeatedly\" suggests MAY_MEET_THRESHOLD (repeated)",
                            "harm graded DEATH: avoidable serious harm, if the care caused it");
        }

        /**
         * Abuse or neglect of someone at risk, told where a registrant is named, adds to one other conduct cue
         * however the abuse is worded; a registrant beside it with no conduct of their own stays below.
         */
        @Test
        void safeguardingToldBesideARegistrantAddsToTheirConductButIsNotEnoughAlone() {
            Findings restrained = classify("On the learning disability ward a young man was restrained face down by"
                    + " three staff for refusing his tea. The nurse in charge told me not to write it up.");
            assertThat(restrained.has(ConcernSignal.SAFEGUARDING)).isTrue();
            assertThat(restrained.fitnessToPractise().value()).isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
            assertThat(restrained.fitnessToPractise().evidence())
                    .contains("signal SAFEGUARDING suggests MAY_MEET_THRESHOLD (abuse or neglect of someone at risk,"
                            + " told of where a registrant is named: with one other cue)");

            Findings missed = classify("A 15 year old girl came in for emergency contraception with a man in his"
                    + " thirties who answered for her. The nurse seeing her did not fill in the CSE proforma.");
            assertThat(missed.has(ConcernSignal.SAFEGUARDING)).isTrue();
            assertThat(missed.fitnessToPractise().value()).isEqualTo(FitnessToPractise.HANDLED_LOCALLY);
        }
    }

    @Nested
    class LocalComplaint {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                I made a formal complaint to the trust last month.              | IN_PROGRESS
                I went to PALS about it.                                        | NONE
                I received the final response in May and it did not help.       | FINAL_RESPONSE
                I complained but I have not had a final response.               | IN_PROGRESS
                I have not complained yet.                                      | NONE
                The ward was dirty.                                             | NONE
                """)
        void wordsGiveTheStatusWhenTheFormDoesNot(String description, ComplaintStatus status) {
            assertThat(classify(description).complaintStatus().value()).isEqualTo(status);
        }

        @Test
        void finalResponseDateOnTheFormTakesPrecedence() {
            Findings findings = CLASSIFIER.classify(
                    "I am still waiting for a response.",
                    raisedBefore(new RaisedBefore(List.of(RaisedRoute.FORMAL_COMPLAINT), LocalDate.of(2026, 5, 1))));

            assertThat(findings.complaintStatus())
                    .isEqualTo(new Finding<>(
                            ComplaintStatus.FINAL_RESPONSE,
                            0.9,
                            List.of("the reporter gave the date of the final response: 2026-05-01")));
        }

        @Test
        void wordsFillTheFinalResponseTheFormLeftOpen() {
            Findings findings = CLASSIFIER.classify(
                    "The final response letter came last week.",
                    raisedBefore(new RaisedBefore(List.of(RaisedRoute.FORMAL_COMPLAINT), null)));

            assertThat(findings.complaintStatus().value()).isEqualTo(ComplaintStatus.FINAL_RESPONSE);
            assertThat(findings.complaintStatus().evidence())
                    .containsExactly(
                            "the reporter chose: FORMAL_COMPLAINT, with no final response date",
                            "\"final response\" suggests FINAL_RESPONSE (final response received)");
        }

        @Test
        void complaintInTheWordsAgainstTheFormIsAConflictForAPerson() {
            Findings findings = CLASSIFIER.classify(
                    "I made a formal complaint about the rude staff.",
                    raisedBefore(new RaisedBefore(List.of(RaisedRoute.LINE_MANAGER), null)));

            assertThat(findings.complaintStatus().value()).isEqualTo(ComplaintStatus.NONE);
            assertThat(findings.triageReasons())
                    .singleElement()
                    .asString()
                    .startsWith("the reporter raised it before only through [LINE_MANAGER]");
        }

        @Test
        void theOutcomeOfAGrievanceIsNoConflictWithTheForm() {
            Findings findings = CLASSIFIER.classify(
                    "I put in a grievance about my manager. The outcome letter said not upheld.",
                    raisedBefore(new RaisedBefore(List.of(RaisedRoute.LINE_MANAGER), null)));

            assertThat(findings.complaintStatus().value()).isEqualTo(ComplaintStatus.NONE);
            assertThat(findings.needsTriage()).isFalse();
        }
    }

    @Nested
    class Reporter {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                My mother was left on a trolley for hours.           | ACTING_FOR_PATIENT
                I am raising this on behalf of the family.           | ACTING_FOR_PATIENT
                I was the patient and nobody explained the surgery.  | PATIENT
                The patient in bed four was left on a trolley.       | NOT_STATED
                I work at the hospital but this is my own complaint about the practice. | PATIENT
                The trust's final response to their complaint was not accurate.         | NOT_STATED
                I am helping Mr B's sons with their complaint about his care.          | ACTING_FOR_PATIENT
                """)
        void reporterIsThePatientOrActsForThem(String description, ReporterStanding standing) {
            assertThat(classify(description).reporter().value()).isEqualTo(standing);
        }

        /**
         * Staff say in their own ways that they help a patient or family with a complaint, tell it with their
         * leave, or tell it as the patient or a relative; staff who tell of a family's complaint, help with a
         * patient's care, or write as their own job do not act for them.
         */
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Support worker at the carers' centre, helping a father with this.                  | ACTING_FOR_PATIENT
                Link worker, supporting a Deaf BSL user with her complaint.                        | ACTING_FOR_PATIENT
                Bereavement midwife, writing with the parents' permission.                         | ACTING_FOR_PATIENT
                I am writing with the consent of a family I have supported.                        | ACTING_FOR_PATIENT
                I work in the trust as a ward clerk but I'm writing this as a mum.                 | ACTING_FOR_PATIENT
                I work here as a sonographer but I'm writing as a patient.                         | PATIENT
                The final response to my complaint came in February.                               | PATIENT
                I'm the carer and a retired HCA.                                                   | ACTING_FOR_PATIENT
                I've been helping Mrs Anne Bellamy with her complaint.                             | ACTING_FOR_PATIENT
                I'm the social worker supporting Mr R, whose daughter is on the unit.              | ACTING_FOR_PATIENT
                The paramedic who came, at his request, wrote it up with him.                      | ACTING_FOR_PATIENT
                I work here as an HCA and I was also a patient.                                    | PATIENT
                The family complained and have accepted the trust's final response.               | NOT_STATED
                We help patients who are fasting with their mouth care.                            | NOT_STATED
                She was well supported and nobody blames her for the fall.                         | NOT_STATED
                The HCA went to help with her airway.                                              | NOT_STATED
                Writing this as the nurse in charge that night.                                    | NOT_STATED
                The final outcome of my complaint about my grievance hearing came in June.         | NOT_STATED
                I'm a support worker, a patient on the ward was left in a wet bed.                 | NOT_STATED
                The consent form was written with the wrong side on it.                            | NOT_STATED
                """)
        void staffSayInTheirOwnWaysThatTheyActForThePatient(String description, ReporterStanding standing) {
            assertThat(classify(description).reporter().value()).isEqualTo(standing);
        }
    }

    @Nested
    class Signals {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                This keeps happening on the ward.                              | RECURRING
                The same pump design flaw will be in every hospital.           | SYSTEM_WIDE
                He was discharged to a care home with no handover.             | CROSS_PROVIDER
                The ePMA system crashed and doses were missed.                 | DEVICE_OR_IT
                Residents are being neglected and there is no safeguarding.    | SAFEGUARDING
                He is still at risk tonight.                                   | IMMEDIATE_DANGER
                Dad is shouting in the unit, security 20 mins. please someone  | IMMEDIATE_DANGER
                only 2 of us on with him tonight pls someone come              | IMMEDIATE_DANGER
                There is a culture of fear on the ward.                        | CLOSED_CULTURE
                The managers tried to cover it up.                             | CONCEALMENT
                I am worried about my job if I speak up.                       | FEAR_OF_DETRIMENT
                The manager holds three tenants' bank cards in the office.     | SAFEGUARDING
                He writes that he reviewed the patient when he didn't.         | CONCEALMENT
                """)
        void signalIsFound(String description, ConcernSignal signal) {
            assertThat(classify(description).has(signal)).isTrue();
        }

        /**
         * Joins between services, risks shared beyond one provider and repetition, as staff outside the
         * taxonomy's own wording tell them: delayed discharge, transfer agreements, referrals bounced or
         * downgraded, a supplier's design for all its customers, colleagues elsewhere reporting the same.
         */
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Half our beds hold patients with no criteria to reside.                     | CROSS_PROVIDER
                Patients wait weeks for packages or placements.                             | CROSS_PROVIDER
                Door-in-door-out times for thrombectomy are now over three hours.           | CROSS_PROVIDER
                There is no agreed transfer protocol with the local trust.                  | CROSS_PROVIDER
                The referral was downgraded without telling the GP.                         | CROSS_PROVIDER
                The pharmacy and the surgery blame each other for the orders.               | CROSS_PROVIDER
                The contract between the council and the trust says nothing about collections. | CROSS_PROVIDER
                The transfer form said skin intact and they arrive with no MAR chart.       | CROSS_PROVIDER
                The night carer sent her to A&E without her medication list.                | CROSS_PROVIDER
                I referred her to her GP and the practice bounced it.                       | CROSS_PROVIDER
                We waited all night for the AMHP, the police and the council.               | CROSS_PROVIDER
                Paramedic friends in other counties report the same delays.                 | SYSTEM_WIDE
                There was no bed anywhere in the region for him.                            | SYSTEM_WIDE
                We use the same oximeters as most of the region.                            | SYSTEM_WIDE
                Same in the other homes in our group, the manager says.                     | SYSTEM_WIDE
                Every DGH relies on that link for scans.                                    | SYSTEM_WIDE
                The company says it is built that way for all their customers.              | SYSTEM_WIDE
                This is a pathway problem for the whole county.                             | SYSTEM_WIDE
                Other hospices in the network have the same gap.                            | SYSTEM_WIDE
                We keep discharging people late at night.                                   | RECURRING
                Three lists in a row were cancelled on the day.                             | RECURRING
                Twice in a month the probe read normal while the gas was low.               | RECURRING
                They keep sending us patients without notes.                                | RECURRING
                His missing ECGs were flagged in previous audits.                           | RECURRING
                This is the third patient from that practice.                               | RECURRING
                Something similar happened on another ward.                                 | RECURRING
                Four falls on the unit in three weeks, and no review of the bed rails.      | RECURRING
                Five babies grew MRSA in the last month, all from one incubator bay.        | RECURRING
                Two this quarter went out by 999 in cardiac arrest.                         | RECURRING
                Overnight the mattress pump failed and he lay flat for hours.               | DEVICE_OR_IT
                The autoclave is back on its test cycle while we use the spare kit.         | DEVICE_OR_IT
                Residents wait hours lying down waiting for an ambulance; managers I know have stories like this. | SYSTEM_WIDE
                The pathway never asks about BP, and I don't think this is only our problem. | SYSTEM_WIDE
                The ePMA defaults to the full dose; I doubt it's just us.                   | SYSTEM_WIDE
                """)
        void reachAndRepetitionToldInOtherWordsAreFound(String description, ConcernSignal signal) {
            assertThat(classify(description).has(signal)).isTrue();
        }

        /**
         * Read by shape, not by phrase: something not passed on with two different kinds of service named around
         * it is a failure between organisations; other places of the kind said to have the same failure is a
         * failure likely beyond one provider.
         */
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The hospice never received the GP's referral.                          | CROSS_PROVIDER
                Paramedics were not told by 111 that he was on warfarin.               | CROSS_PROVIDER
                Nurses at several nearby hospitals have the same rota problem.         | SYSTEM_WIDE
                Most practices in our town have the same gap in cover.                 | SYSTEM_WIDE
                The same thing happens at every prison I have worked in.               | SYSTEM_WIDE
                Pretty sure it is the same at other branches in the chain.             | SYSTEM_WIDE
                Every acute trust in the region is doing the same thing.               | SYSTEM_WIDE
                He came from police custody to the prison and nothing was passed on.   | CROSS_PROVIDER
                Hospital letters to the GP had not been actioned for months.           | CROSS_PROVIDER
                The MASH has not contacted the community trust about him.              | CROSS_PROVIDER
                The same decision support system is used by every 111 provider in England. | SYSTEM_WIDE
                """)
        void failuresBetweenServicesAndElsewhereAreReadByShape(String description, ConcernSignal signal) {
            assertThat(classify(description).signals().stream()
                            .filter(finding -> finding.value() == signal)
                            .flatMap(finding -> finding.evidence().stream()))
                    .anyMatch(evidence ->
                            evidence.contains("two kinds of service") || evidence.contains("other places of the kind"));
        }

        /**
         * Read by shape, not by phrase: the same (or a similar) failure told of weeks or months before, or a state
         * told since a month or season, is a repetition; a single event told with a time word is not. An act told as
         * ongoing ("has been pocketing") is a weak cue, counted once beside the taxonomy's own such phrases.
         */
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The lift stuck between floors; the same fault was reported two weeks ago.    | RECURRING | true
                He fell at night two weeks ago and broke his wrist.                          | RECURRING | false
                It is the 3rd or 4th time in a year the tube was misplaced.                 | RECURRING | true
                The bay has had no working call bells since March.                           | RECURRING | true
                Night staff have been short of a nurse since the summer.                     | RECURRING | true
                The locum has been pocketing the tips and it is ongoing.                     | RECURRING | true
                The porter has been pocketing sweets from the trolley.                       | RECURRING | false
                She has been signing for doses on the ward.                                  | RECURRING | false
                """)
        void theSameFailureWeeksBeforeIsARepetition(String description, ConcernSignal signal, boolean found) {
            assertThat(classify(description).has(signal)).isEqualTo(found);
        }

        /**
         * A word saying which of the kind ("acute", "111") may stand between "every" and the place, but "every" before
         * something that is not a place of a kind names no other provider, whatever "the same" says.
         */
        @Test
        void aWordBetweenEveryAndSomethingNotAPlaceIsNoFailureElsewhere() {
            assertThat(classify("Every acute admission is seen by a consultant the same day.")
                            .has(ConcernSignal.SYSTEM_WIDE))
                    .isFalse();
        }

        /**
         * A denial before "only our" that goes on with "but" adds people, not places; "only" not followed by the
         * reporter's own is no doubt about where the failure is.
         */
        @Test
        void notOnlyOurStaffIsNoFailureElsewhere() {
            assertThat(classify("It is not only our nurses who are exhausted but the doctors too.")
                            .has(ConcernSignal.SYSTEM_WIDE))
                    .isFalse();
            assertThat(classify("We don't only see him on nights, he is on days as well.")
                            .has(ConcernSignal.SYSTEM_WIDE))
                    .isFalse();
        }

        /** Something not passed on within one kind of service (a prison and its officers) is no failure between two. */
        @Test
        void somethingNotPassedOnWithinOneServiceIsNoFailureBetweenServices() {
            assertThat(classify("The prison officers on the wing were not told about the new lockdown rota.")
                            .has(ConcernSignal.CROSS_PROVIDER))
                    .isFalse();
            assertThat(classify("The police were called and his results were not back yet.")
                            .has(ConcernSignal.CROSS_PROVIDER))
                    .isFalse();
        }

        /** Two services named near a "no" that is not about anything passed between them is no failure between them. */
        @Test
        void aNegationFarFromAnythingPassedOnIsNoFailureBetweenServices() {
            assertThat(classify("The GP told us that the hospital car park by the main entrance is closed at night"
                                    + " with no lighting.")
                            .has(ConcernSignal.CROSS_PROVIDER))
                    .isFalse();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Crews sit on the ramp for hours with no space to offload.                   | CROSS_PROVIDER
                The transport company left the dialysis patients waiting until 9pm.         | CROSS_PROVIDER
                Skin referrals are returned to referrer and sit unseen for months.          | CROSS_PROVIDER
                The clinician sent it back to referrer asking for a photo.                  | CROSS_PROVIDER
                Patients transferred in from the district hospitals get every scan repeated. | CROSS_PROVIDER
                She has waited two days in ED for a mental health bed the mental health trust cannot find. | CROSS_PROVIDER
                His hoist is still with the equipment provider so he cannot go home.        | CROSS_PROVIDER
                No one owns the follow-up of the scans sent in from outside.                | CROSS_PROVIDER
                Clinic slots for the men keep being lost between the prison and the commissioners. | CROSS_PROVIDER
                I asked myself why he was sent to another hospital without his notes.       | CROSS_PROVIDER
                The care home says the tertiary centre lost his scans.                      | CROSS_PROVIDER
                The care home rang us about his breathing. The hospice said it was for someone else. | CROSS_PROVIDER
                The night nurse is sleeping on shift and nobody ever checks.                | RECURRING
                Every pharmacy in the area has run out of it.                               | SYSTEM_WIDE
                Twelve patients on the corridor again and the hospital is on OPEL 4.        | SYSTEM_WIDE
                Results now appear in the NHS App at once and it is being rolled out nationally. | SYSTEM_WIDE
                Other EDs have children waiting like this too.                              | SYSTEM_WIDE
                The remote monitoring hub runs on the same platform as every other ward.    | SYSTEM_WIDE
                The dashboard was rolled out nationally last spring.                        | SYSTEM_WIDE
                There are no beds in the region and the nearest bed is 200 miles away.      | SYSTEM_WIDE
                Control had nothing to send for hours, as most nights in the region.        | SYSTEM_WIDE
                Since the falls service was decommissioned, the ambulance crew lifts every fall. | CROSS_PROVIDER
                The ambulance crew now lifts every care home resident who slides to the floor. | CROSS_PROVIDER
                The two wrong-site blocks were recategorised as near misses.                | CONCEALMENT
                The risk was rescored to 12 though nothing had changed.                     | CONCEALMENT
                Ten days of turning charts are in the same pen and handwriting.             | CONCEALMENT
                This quarter's outcomes were not submitted to the registry.                 | CONCEALMENT
                The figures going to the board look better than reality.                    | CONCEALMENT
                The codes didn't come across when the practice changed system.              | DEVICE_OR_IT
                Returned referrals sit in a worklist nobody monitors.                       | DEVICE_OR_IT
                Requests only go through an online form on the practice app.                | DEVICE_OR_IT
                The drug library on the pumps has no neonatal strength.                   | DEVICE_OR_IT
                The locum nurse could not log on so the screening was done on paper.         | DEVICE_OR_IT
                Rejected letters go to an error queue that no one checks.                   | DEVICE_OR_IT
                The scheduling system dropped her visit after her address changed.          | DEVICE_OR_IT
                The therapist started a sexual relationship with his client.                | SAFEGUARDING
                I am scared that putting my name on this finishes me at the station.        | FEAR_OF_DETRIMENT
                He said if I do not like it I know where the door is.                        | FEAR_OF_DETRIMENT
                He told the scrub nurse she is off my list if she stops him again.         | FEAR_OF_DETRIMENT
                Everyone in theatres is frightened of him since the grievance.                    | FEAR_OF_DETRIMENT
                The closing count was signed off in advance of the count.                     | CONCEALMENT
                The technician is initialling the check box for the pharmacist.             | CONCEALMENT
                She was found at handover sitting in her own urine.                         | SAFEGUARDING
                His daughter saw fingertip bruising on both of his upper arms.              | SAFEGUARDING
                Mr B hadn't been fed since breakfast and the tray had gone.                 | SAFEGUARDING
                He was roughly handled during personal care on the late shift.              | SAFEGUARDING
                The boy flinches when his stepfather comes in and has burn marks on his hands. | SAFEGUARDING
                The evening doses were signed as given though the pot was still full.       | CONCEALMENT
                Her obs were ticked as done for the whole night.                            | CONCEALMENT
                Sister made me change what I wrote in the statement.                        | CONCEALMENT
                My hours were cut the week after I went to the guardian.                    | FEAR_OF_DETRIMENT
                The monitor and the pump on bed 4 both went blank overnight.                | DEVICE_OR_IT
                Abnormal results go to the consultant's inbox on the results system.        | DEVICE_OR_IT
                Ward sister here. She was transferred to a nursing home and back to hospital. | CROSS_PROVIDER
                Ward nurse here. He was sent to an out of area placement last week.         | CROSS_PROVIDER
                I challenged the charge nurse and a week later I was moved to another unit. | FEAR_OF_DETRIMENT
                When I questioned the figures the manager asked how much I valued my post.  | FEAR_OF_DETRIMENT
                The turning charts were completed at the end of the shift.                  | CONCEALMENT
                His obs were charted later by the student.                                  | CONCEALMENT
                The waiting list figures we send the ICB look much healthier than the list. | CONCEALMENT
                The matron instructed us not to refer the bruising to anyone.                | CONCEALMENT
                The doctors were told to stop completing the reports on detainees.          | CONCEALMENT
                We were told if we keep on about the staffing our rota would change.        | FEAR_OF_DETRIMENT
                The last person who complained about him had her hours cut.                 | FEAR_OF_DETRIMENT
                Two midwives who raised concerns have since been taken off the labour ward rota. | FEAR_OF_DETRIMENT
                Residents who refuse a shower lose their TV and snacks as a consequence.    | CLOSED_CULTURE
                Patients lose their phones as a punishment, and staff held the door shut.   | CLOSED_CULTURE
                I don't want to lose my job over this.                                      | FEAR_OF_DETRIMENT
                Please don't say it came from the night staff.                              | FEAR_OF_DETRIMENT
                The ward manager told me not to make a safeguarding referral.               | CONCEALMENT
                We were told not to do an incident report for the missed dose.              | CONCEALMENT
                Team leader said dont put the breach on datix.                              | CONCEALMENT
                The harm was downgraded and hidden from the review panel.                   | CONCEALMENT
                The death was left out of the board report and kept from the family.        | CONCEALMENT
                Staff say this is how it's always done on nights.                           | CLOSED_CULTURE
                She said thats how weve always done nights here.                            | CLOSED_CULTURE
                The midwife I was with signs off my practice assessment.                    | FEAR_OF_DETRIMENT
                I need her to sign me off at the end of the placement.                      | FEAR_OF_DETRIMENT
                I'm a trainee and my sign-off depends on these people.                      | FEAR_OF_DETRIMENT
                When she asked for a mask she was told if she refuses she won't get any more shifts. | FEAR_OF_DETRIMENT
                She told us anyone who goes over her head will be on nights for ever.       | FEAR_OF_DETRIMENT
                The reported wait looks like 30 weeks rather than 70 for most children.     | CONCEALMENT
                The fill rate shows 98% when on my wards it is nearer 70%.                  | CONCEALMENT
                The report shows 98% trained. The real figure is nearer 60.                 | CONCEALMENT
                The manager said not to datix the fall because it was a near miss.          | CONCEALMENT
                Sister keeps telling us not to escalate the scores at night.                | CONCEALMENT
                He is held down most days and none of the holds are recorded.               | CONCEALMENT
                """)
        void signalIsFoundInEverydayWords(String description, ConcernSignal signal) {
            assertThat(classify(description).has(signal)).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The sexual health clinic closed when the contract was cut.                  | SAFEGUARDING
                He was on the alcohol withdrawal protocol on the wing.                      | SAFEGUARDING
                She was restrained in ED when she tried to leave.                           | SAFEGUARDING
                The plain film backlog grew after the contract was cut to save money.       | SAFEGUARDING
                AMU borrows a scanner from ED while ones bought with spare money sit boxed.           | SAFEGUARDING
                During a crash section the consultant shouted across theatre.               | DEVICE_OR_IT
                Commodes labelled clean were soiled underneath.                             | DEVICE_OR_IT
                The four-hour numbers look better when patients go to the lounge early.     | CONCEALMENT
                Patients are sent to an independent sector scanner at double the price.     | CROSS_PROVIDER
                The consultant covers theatres at the other site ten miles away.            | SYSTEM_WIDE
                The unreported plain film backlog is eleven thousand.                       | CONCEALMENT
                The first initial of the mother was in the post.                              | CONCEALMENT
                When she didn't eat her lunch the carer took the tray away.                 | CONCEALMENT
                The osteopath came back from lunch and saw three more patients.             | CROSS_PROVIDER
                The discharge letter said he was fit and well.                              | CROSS_PROVIDER
                I'm a staff nurse myself at another hospital and her care here was poor.    | CROSS_PROVIDER
                I work at another trust, so I know the ward should have a hoist.            | CROSS_PROVIDER
                The locum who missed it now does shifts at another hospital.                | CROSS_PROVIDER
                The family were told to ring NHS 111 if she got worse.                      | CROSS_PROVIDER
                The tertiary centre agreed with our plan and she went home well.            | CROSS_PROVIDER
                Patients who cannot manage the stairs are discharged back to their GP.      | CROSS_PROVIDER
                She lives in a care home. Her sats fell on the ward. Nobody came for an hour. The hospice nurse was kind. | CROSS_PROVIDER
                Nobody ever told us that she is going home today.                          | RECURRING
                The wound is bleeding through the dressing.                                | RECURRING
                New beds went onto the dementia ward and one man has bruising from the rails. | SAFEGUARDING
                A patient threatened the nurse and she is worried about going back.         | FEAR_OF_DETRIMENT
                We have to be careful with his fluids and I am worried about his kidneys.   | FEAR_OF_DETRIMENT
                We were monitoring her obs hourly and entered them on the chart.            | DEVICE_OR_IT
                The complaint letter landed in my inbox this morning.                       | DEVICE_OR_IT
                Tier 4 CAMHS unit. A nurse gave a girl on the ward her own mobile number.   | CROSS_PROVIDER
                Out of area placement team. Our manager shouts at the night staff.          | CROSS_PROVIDER
                Every prison officer on the wing was kind to him.                           | SYSTEM_WIDE
                The family complained and the nurse was moved to another ward.              | FEAR_OF_DETRIMENT
                The patient who complained was moved to a side room the same day.           | FEAR_OF_DETRIMENT
                The nurse who reported the fall was moved to the lounge with the patient.   | FEAR_OF_DETRIMENT
                I was moved to the stroke unit in May and raised the staffing there.        | FEAR_OF_DETRIMENT
                I wrote to PALS and later to the chief executive.                           | CONCEALMENT
                We were told not to register anyone without ID.                             | CONCEALMENT
                If I change my shifts I can visit him more often.                           | FEAR_OF_DETRIMENT
                She lost her phone on the ward and security helped her find it.             | CLOSED_CULTURE
                The infection figures look better this year since the new cleaning contract. | CONCEALMENT
                The manager said I won't lose my job over the error.                        | FEAR_OF_DETRIMENT
                The GP asked us not to do the bloods until Monday.                          | CONCEALMENT
                I dont worry about my job here, the manager backs us.                       | FEAR_OF_DETRIMENT
                She made up the syringe exactly as the label printed.                       | CONCEALMENT
                He told me he has a blade hidden somewhere on the ward.                     | CONCEALMENT
                The leaflet was misleading about the side effects.                          | CONCEALMENT
                Her apixaban was withheld the night before the procedure.                   | CONCEALMENT
                His evening dose was left off the drug chart after the transfer.            | CONCEALMENT
                The wound looks worse today and I didn't know what to say to his wife.      | CONCEALMENT
                I asked how he always did the rota so quickly.                              | CLOSED_CULTURE
                Nobody knows how the work is always done before the ward round.             | CLOSED_CULTURE
                My GP signed me off sick for two weeks after the night shifts.              | FEAR_OF_DETRIMENT
                The pharmacist signs off the discharge medicines on our ward.               | FEAR_OF_DETRIMENT
                If the agency cannot cover, the ward will be short on nights again.         | FEAR_OF_DETRIMENT
                The audit figures show 98% compliance, the real work was the night team's.  | CONCEALMENT
                The report shows 12 falls this month, nearer the end of the week.           | CONCEALMENT
                The consultant said not to give the insulin until she had eaten.            | CONCEALMENT
                None of the nurses recorded any concern about her, she was settled all night. | CONCEALMENT
                """)
        void aWordWithAnotherSenseIsNotASignalAlone(String description, ConcernSignal signal) {
            assertThat(classify(description).has(signal)).isFalse();
        }

        @Test
        void aClosedCultureToldPlainlyIsASafeguardingConcern() {
            Findings findings =
                    classify("Staff sit in the office all shift with the door shut and visitors are not allowed.");

            assertThat(findings.has(ConcernSignal.CLOSED_CULTURE)).isTrue();
            assertThat(findings.has(ConcernSignal.SAFEGUARDING)).isTrue();
            assertThat(classify("There is no CCTV in the lounge of the unit.").has(ConcernSignal.SAFEGUARDING))
                    .isFalse();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "He was held face down on the lounge floor by two staff.",
                    "She is often sitting in a wet pad and the carers are in and out in five minutes."
                })
        void restraintFaceDownAndCareNotGivenAreSafeguarding(String description) {
            assertThat(classify(description).has(ConcernSignal.SAFEGUARDING)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "The lady with dementia in bay 3 was left without a drink all afternoon.",
                    "An autistic lad on the unit was locked in the side room overnight.",
                    "Mr K (88) says the night carer takes his cash. He keeps asking us where it goes.",
                    "A 4 year old came in with a burn on her back. The story about the iron didn't match.",
                    "A resident from the nursing home came in with a grade 4 pressure ulcer down to bone.",
                    "The senior ties Mrs B (dementia) into her chair at night so she won't wander.",
                    "Mr S (84) is written up as refused meal on his food chart every day.",
                    "He lives alone and the agency carer has been taking his pension card to the shop.",
                    "Money has gone missing again from residents' rooms on the dementia unit.",
                    "Mum was drunk when she brought the 4 month old in at 2am and could not say who had him.",
                    "At the home visit the toddler was alone with his father, who smelt of alcohol."
                })
        void aPersonAtRiskAndSomethingDoneToThemIsSafeguarding(String description) {
            Findings findings = classify(description);

            assertThat(findings.has(ConcernSignal.SAFEGUARDING)).isTrue();
            assertThat(findings.signals().stream()
                            .filter(found -> found.value() == ConcernSignal.SAFEGUARDING)
                            .flatMap(found -> found.evidence().stream()))
                    .anyMatch(evidence -> evidence.contains("a person at risk and something done to them"));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "The resident fell in the lounge and hit her head on the table.",
                    "A resident shouted at the carer when she was moved to a new room.",
                    "The baby got roughly ten times the dose because the pump was in basic mode.",
                    "The child with a fever waited in the main ED next to a man shouting at reception.",
                    "I was shouted at by the manager in front of the residents.",
                    "Our dementia lead ties up most of her week with the audit.",
                    "He lives alone and was sent home with the wrong discharge letter.",
                    "A man on the surgical ward developed a pressure ulcer after a long operation.",
                    "The care home cut a night carer to save money and the residents' call bells go unanswered.",
                    "There is no money for extra clinics, so autistic children wait two years to be seen.",
                    "A drunk man waited nine hours on a trolley in the ED corridor for a medical bed.",
                    "The baby was delivered by caesarean at 2am and is well. The theatre was short of staff."
                            + " Later that night a drunk visitor was removed from the car park."
                })
        void aPersonAtRiskWithAnAccidentOrAStaffGrievanceIsNotSafeguarding(String description) {
            assertThat(classify(description).has(ConcernSignal.SAFEGUARDING)).isFalse();
        }

        @Test
        void practisingPrivilegesAreNotAClosedCulture() {
            assertThat(classify("The surgeon has practising privileges at the private hospital.")
                            .has(ConcernSignal.CLOSED_CULTURE))
                    .isFalse();
        }

        @Test
        void negatedSignalIsNotFound() {
            assertThat(classify("There were no safeguarding concerns on the ward.")
                            .has(ConcernSignal.SAFEGUARDING))
                    .isFalse();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Mum has a black eye again and no safeguarding referral has gone in.",
                    "He told us his son takes his pension but he was never referred to safeguarding.",
                    "Nobody raised a safeguarding alert for the resident on the dementia unit.",
                    "Checklist from the ward audit:\n- no safeguarding referral\n- care plan not updated"
                })
        void aSafeguardingActionNotTakenIsStillASafeguardingConcern(String description) {
            Findings findings = classify(description);

            assertThat(findings.has(ConcernSignal.SAFEGUARDING)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Nobody raised any safeguarding concerns and the discharge went to plan apart from the late TTOs.",
                    "No safeguarding referral was needed as he has capacity, but his discharge letter went astray.",
                    "Safeguarding concerns: none. The discharge letter was sent to the wrong GP surgery.",
                    "Safeguarding - nil\nThe discharge letter was sent to the wrong GP surgery.",
                    "Safeguarding: no concerns. The discharge letter was sent to the wrong GP surgery."
                })
        void aSafeguardingHeadingAnsweredNoneOrConcernsDeniedAreNotASignal(String description) {
            assertThat(classify(description).has(ConcernSignal.SAFEGUARDING)).isFalse();
        }

        @Test
        void aHeadingAnsweredNoneIsNotTheConcernsTopicEither() {
            Findings findings = classify("Safeguarding concerns: none. The discharge letter was sent to the wrong GP.");

            assertThat(findings.incidentCategory().value()).isNotEqualTo(IncidentCategory.PATIENT_ABUSE);
            assertThat(findings.domains())
                    .flatExtracting(Finding::evidence)
                    .noneMatch(quote -> quote.startsWith("\"Safeguarding\" suggests"));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "The new bed rails leave a gap and a patient got bruising on her arm from the frame.",
                    "The baby's child protection plan was not in the discharge letter so the health visitor was never told."
                })
        void aBruiseARestraintOrASafeguardingProcessIsNotOnItsOwnPatientAbuse(String description) {
            // An injury, a clinical restraint or a safeguarding process is as often another kind of incident: on its
            // own such a word yields to a stronger sign of that incident (a device, a communication, a transfer).
            assertThat(classify(description).incidentCategory().value()).isNotEqualTo(IncidentCategory.PATIENT_ABUSE);
        }

        @Test
        void aSlipPutRightBeforeAnythingWasGivenByAnOpenColleagueStaysWithTheEmployer() {
            // A plan rewritten to correct it before anything was given, by someone open about it, is a one-off honest
            // error, not a record falsified.
            Findings findings = classify("The nurse worked the fluid rate out on the wrong weight and the chart was"
                    + " rewritten before anything was given. She has been open about it.");

            assertThat(findings.fitnessToPractise().value()).isNotEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
        }

        @Test
        void oneTeamsOwnPatchIsNotOnItsOwnAFailureAtOtherProviders() {
            // "Across the patch" is the area one community team covers: with nothing else pointing beyond the
            // provider it is not a failure likely elsewhere.
            assertThat(classify("We have forty wound care visits a day across the patch and two were missed yesterday"
                                    + " because the rota was short.")
                            .has(ConcernSignal.SYSTEM_WIDE))
                    .isFalse();
        }

        @Test
        void oneWeekendIsATimeNotAPattern() {
            // "Over the weekend" dates one event; only "at weekends" tells of something that keeps happening.
            assertThat(classify("Over the weekend two patients on the ward missed their evening antibiotics.")
                            .has(ConcernSignal.RECURRING))
                    .isFalse();
        }

        @Test
        void aHeadingAnsweredNoneIsQuotedAsNegatedAndReachesNoFurther() {
            Findings findings = classify("Injuries: none. The wrong leaflet was given to the family.");

            assertThat(findings.physicalHarm().value()).isEqualTo(HarmLevel.NONE);
            assertThat(findings.physicalHarm().evidence())
                    .anyMatch(quote -> quote.startsWith("\"Injuries: none\" is negated"));
            assertThat(classify("Safeguarding: nil. Later that night he was abused by the agency staff.")
                            .has(ConcernSignal.SAFEGUARDING))
                    .isTrue();
        }

        @Test
        void immediateDangerInTheWordsIsUrgent() {
            assertThat(classify("He is still at risk tonight on the ward.").urgent())
                    .isTrue();
        }

        @Test
        void immediateDangerOnTheFormIsASignalAndUrgent() {
            Findings findings = CLASSIFIER.classify(
                    "Staff were rude on the ward.",
                    new Answers(HarmLevel.UNKNOWN, true, List.of(), RaisedBefore.notRaised()));

            assertThat(findings.signals())
                    .containsExactly(new Finding<>(
                            ConcernSignal.IMMEDIATE_DANGER,
                            0.9,
                            List.of("the reporter said someone is in danger now")));
            assertThat(findings.urgent()).isTrue();
        }
    }

    @Nested
    class Triage {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                test                                                                   | the description is too short to classify: 1 word with meaning and no cue
                asdf                                                                   | the description is too short to classify: 1 word with meaning and no cue
                🙂                                                                     | the description has no words
                '...  !!!'                                                             | the description has no words
                Cafodd fy nhad ei adael ar y llawr am oriau a doedd neb yn gwrando arno | the description does not read as English
                Mój ojciec leżał na podłodze przez kilka godzin i nikt mu nie pomógł    | the description does not read as English
                تُرك والدي على الأرض لساعات ولم يساعده أحد                               | the description is mostly not in the Latin script
                There were delays in the clinic.                                       | the primary domain's confidence 0.33 is below the triage threshold 0.5
                Something went wrong on the ward yesterday evening.                    | no quality domain cue matched; the domain is a guess
                'testing the form from the ward 3 ipad, please ignore'                | the description reads as a test of the form
                """)
        void needsTriageWithAReason(String description, String reason) {
            Findings findings = classify(description);

            assertThat(findings.needsTriage()).isTrue();
            assertThat(findings.triageReasons())
                    .anySatisfy(found -> assertThat(found).startsWith(reason));
        }

        @Test
        void wordsTheClassifierFailsOnLeaveTheFormsAnswersForAPersonToRead() {
            Answers answers =
                    new Answers(HarmLevel.SEVERE, true, List.of(ProfessionalRole.NURSE), RaisedBefore.notRaised());

            Findings findings = CLASSIFIER.failedOn(answers, new StringIndexOutOfBoundsException("range"));

            assertThat(findings.needsTriage()).isTrue();
            assertThat(findings.triageReasons().getFirst())
                    .isEqualTo(Classifier.FAILED_ON_THE_WORDS + " (StringIndexOutOfBoundsException), so only the"
                            + " form's answers were read: a person must read the concern");
            assertThat(findings.harm().value()).isEqualTo(HarmLevel.SEVERE);
            assertThat(findings.urgent()).isTrue();
            assertThat(findings.professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(ProfessionalRole.NURSE);
            assertThat(findings.readsLike()).isEmpty();
        }

        @Test
        void clearConcernInEnglishNeedsNoTriage() {
            Findings findings = classify("On the night shift two patients were not given their insulin because the"
                    + " medicines cabinet key was missing. One patient needed extra treatment.");

            assertThat(findings.needsTriage()).isFalse();
            assertThat(findings.triageReasons()).isEmpty();
        }

        @Test
        void aConcernAboutTestsThatWereIgnoredIsNoTestOfTheForm() {
            assertThat(classify("The blood test results were ignored for a week.")
                            .triageReasons())
                    .isEmpty();
        }

        @Test
        void shortConcernWithACueIsNotTooShort() {
            assertThat(classify("Insulin missed.").triageReasons()).isEmpty();
        }

        @Test
        void veryLongConcernIsClassifiedWithItsEvidenceCapped() {
            String paragraph = "The staff nurse gave the wrong dose of insulin again and the patient was rude"
                    + " about the delays, the infection, the fall, the bruise and the discharge. ";
            String description =
                    paragraph.repeat(20_000 / paragraph.length() + 1).substring(0, 20_000);

            Findings findings = classify(description);

            assertThat(findings.primaryDomain().value()).isEqualTo(QualityDomain.SAFE);
            assertThat(findings.triageReasons()).isEmpty();
            assertThat(findings.primaryDomain().evidence()).hasSizeLessThanOrEqualTo(Classifier.MAX_EVIDENCE + 1);
            assertThat(findings.professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(ProfessionalRole.NURSE);
        }
    }

    /** General fixes found on the development corpus, each shown on a sentence of its own. */
    @Nested
    class Tuning {

        @Test
        void lightStemmingKeepsMedicalApartFromMedicationAndCommunityFromCommunication() {
            Findings findings = classify("I raised it with the medical director and the community team.");

            assertThat(findings.domains())
                    .flatExtracting(Finding::evidence)
                    .noneMatch(quote -> quote.contains("(medication)") || quote.contains("(communication"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The patient fell. I datixed it and the ward manager knows.                  | WELL_LED
                The patient fell and was exhausted. The ward manager knows.                 | WELL_LED
                The nurse took photos of the pressure sore. The ward manager knows.         | WELL_LED
                Her care coordinator from the community team visited her after the fall.    | EFFECTIVE
                Staff keep losing patients' property on transfers and nobody owns it.       | EFFECTIVE
                """)
        void ordinaryCareIsNoSignOfItsDomain(String description, QualityDomain domain) {
            // Reporting an incident, a tired patient, wound photos and a named care coordinator are the care
            // working as it should, not a question of leadership or coordination.
            assertThat(classify(description).domains())
                    .extracting(Finding::value)
                    .doesNotContain(domain);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The locum put it down to a pulled muscle.                                   | EFFECTIVE
                Nobody keeps a failsafe log at the practice.                                | EFFECTIVE
                There was no safety-netting before she went home.                          | EFFECTIVE
                His medication review is two years overdue.                                 | EFFECTIVE
                The man had been sleeping rough for a month.                                | EQUITABLE
                The notes record a home visit, but none of it happened.                     | WELL_LED
                She signed the charts for visits she didn't make.                           | WELL_LED
                """)
        void everydayWordsForADomainAreHeard(String description, QualityDomain domain) {
            // A symptom explained away, a missing failsafe, no safety-netting and an overdue medication review
            // are care against guidance (EFFECTIVE); sleeping rough is inclusion health (EQUITABLE); care written
            // up that never took place is a question of record integrity (WELL_LED).
            assertThat(classify(description).domains())
                    .extracting(Finding::value)
                    .contains(domain);
        }

        @Test
        void signedOffSickIsStaffWellbeingNotARecordSignedOff() {
            Findings findings = classify("The sister shouts at me every shift and now I'm signed off sick.");

            assertThat(findings.domains())
                    .flatExtracting(Finding::evidence)
                    .noneMatch(quote -> quote.contains("(candour and concealment)"))
                    .anyMatch(quote -> quote.contains("(workforce wellbeing)"));
        }

        @Test
        void terseClinicalEnglishWithAnyCueIsNotSentToTriage() {
            Findings findings = classify("pt on 1:1 obs, no HCA, bank never filled. #NOF, now for theatre.");

            assertThat(findings.needsTriage()).isFalse();
            assertThat(findings.harm().value()).isEqualTo(HarmLevel.SEVERE);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Afterwards the midwife wrote in the notes that she had escalated it.     | NMC
                The pharmacist came on shift smelling of drink twice now.                | GPHC
                The physio is logging therapy sessions that didn't happen.               | HCPC
                The social worker is in a relationship with a service user.              | SWE
                The dentist changed the chart after taking out the wrong tooth.          | GDC
                """)
        void conductCuesRaiseFitnessToPractise(String description, Destination regulator) {
            Findings findings = classify(description);

            assertThat(findings.fitnessToPractise().value()).isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
            assertThat(findings.professionals())
                    .extracting(ProfessionalFinding::regulator)
                    .contains(regulator);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The staff nurse tells patients who ask for the commode to go in your pad.            | NMC
                The night nurse gives extra sedation so the ward stays quiet.                        | NMC
                The nurse in charge restrains patients on the floor and laughs about it.             | NMC
                The pharmacist has been back-dating the batch release forms.                         | GPHC
                The CD stock keeps coming up short after the pharmacy technician's shifts and I heard nothing back. | GPHC
                Our physio lead changed my own entries after I had logged off.                       | HCPC
                The podiatrist's entries were edited after the patient was admitted.                 | HCPC
                The radiographer has been reminded of the protocol and keeps doing it.               | HCPC
                The optometrist copied the last readings forward when no test was run.               | GOC
                The osteopath has taken money out of his account for sessions.             | GOSC
                The dentist calls the families gypsies.                                              | GDC
                The GP makes comments about what we're wearing.                                      | GMC
                The social worker signed a capacity assessment when no assessment took place, and she was moved against her wishes. | SWE
                """)
        void conductToldInPlainWordsRaisesFitnessToPractise(String description, Destination regulator) {
            Findings findings = classify(description);

            assertThat(findings.fitnessToPractise().value()).isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
            assertThat(findings.professionals())
                    .extracting(ProfessionalFinding::regulator)
                    .contains(regulator);
        }

        @Test
        void socialInAJobTitleIsNotARelationshipOutsideTheCareRole() {
            assertThat(classify("The social prescribing link worker left the GP a message about her smear results.")
                            .fitnessToPractise()
                            .value())
                    .isNotEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
            assertThat(classify("The physio sees her socially and sends her messages at night.")
                            .fitnessToPractise()
                            .value())
                    .isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
        }

        @Test
        void reporterIntroducingThemselvesIsNotAProfessionalOfTheConcern() {
            Findings findings = classify("practice nurse here. her chiropractor told her not to bother with A&E.");

            assertThat(findings.professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(ProfessionalRole.CHIROPRACTOR);
            assertThat(findings.fitnessToPractise().value()).isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
        }

        /**
         * A registrant the reporter names on the form is identifiable, and an act the words tell is theirs: that is
         * the other cue an act that needs one ("aggressive") waits for. Never alone, not for a cue that tells of no act
         * (private work, a refusal to come), and not where local handling is told.
         */
        @Test
        void aRegistrantNamedOnTheFormIsTheOtherCueAnActNeeds() {
            String aggressive = "Worried about our locum. Patients at the counter say the way he speaks to them is"
                    + " aggressive.";
            Answers named = new Answers(
                    HarmLevel.UNKNOWN,
                    false,
                    List.of(ProfessionalRole.PHARMACIST),
                    new RaisedBefore(List.of(RaisedRoute.LINE_MANAGER), null));

            Findings findings = CLASSIFIER.classify(aggressive, named);
            assertThat(findings.fitnessToPractise().value()).isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
            assertThat(findings.fitnessToPractise().evidence())
                    .contains("the reporter named [PHARMACIST] as whom the concern is about: with other cues");
            assertThat(CLASSIFIER
                            .classify(
                                    "Worried about our locum pharmacist. Patients at the counter say the way he"
                                            + " speaks to them is aggressive.",
                                    Answers.none())
                            .fitnessToPractise()
                            .value())
                    .as("the same act with no one named on the form stays below the threshold")
                    .isEqualTo(FitnessToPractise.HANDLED_LOCALLY);
            assertThat(CLASSIFIER
                            .classify(
                                    "Worried about our locum. Patients at the counter say the way he spoke to them"
                                            + " was aggressive. He has been supported and it has not happened since.",
                                    named)
                            .fitnessToPractise()
                            .value())
                    .as("local handling told")
                    .isEqualTo(FitnessToPractise.HANDLED_LOCALLY);
            assertThat(CLASSIFIER
                            .classify(
                                    "Worried about our locum. He tells patients at the counter he sees them"
                                            + " privately too.",
                                    named)
                            .fitnessToPractise()
                            .value())
                    .as("private work tells of no act alone")
                    .isEqualTo(FitnessToPractise.HANDLED_LOCALLY);
            assertThat(CLASSIFIER
                            .classify("Worried about our locum.", named)
                            .fitnessToPractise()
                            .value())
                    .as("the naming alone")
                    .isEqualTo(FitnessToPractise.HANDLED_LOCALLY);
        }

        /**
         * A controlled drug told as gone from the stock is taking from it (theft), with one other cue such as the
         * registrant named on the form; a missing key or a missed dose is not, nor a loss denied, nor the loss alone
         * where a registrant is only mentioned on the way.
         */
        @Test
        void aControlledDrugGoneFromTheStockIsTheftWithOneOtherCue() {
            Answers nurse = new Answers(
                    HarmLevel.UNKNOWN,
                    false,
                    List.of(ProfessionalRole.NURSE),
                    new RaisedBefore(List.of(RaisedRoute.LINE_MANAGER), null));

            Findings gone = CLASSIFIER.classify(
                    "Over two months fentanyl patches and oxycodone liquid have been missing from three patients'"
                            + " homes after visits.",
                    nurse);
            assertThat(gone.fitnessToPractise().value()).isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
            assertThat(gone.fitnessToPractise().evidence())
                    .contains("\"oxycodone liquid have been missing\" suggests MAY_MEET_THRESHOLD (a controlled drug"
                            + " gone from the stock: with one other cue)");
            assertThat(CLASSIFIER
                            .classify("Our oral morphine stock has been short at the weekly check.", nurse)
                            .fitnessToPractise()
                            .value())
                    .isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
            for (String notTaken : List.of(
                    "The CD key was missing at the start of the night shift.",
                    "Her morphine dose was missing from the chart when we checked.",
                    "We counted the CDs twice and the oxycodone was not short.")) {
                assertThat(CLASSIFIER
                                .classify(notTaken, nurse)
                                .fitnessToPractise()
                                .value())
                        .as(notTaken)
                        .isEqualTo(FitnessToPractise.HANDLED_LOCALLY);
            }
            assertThat(CLASSIFIER
                            .classify(
                                    "Oxycodone liquid has gone missing from the ward. I rang the nurse in charge of the"
                                            + " next ward for the key.",
                                    Answers.none())
                            .fitnessToPractise()
                            .value())
                    .as("the loss alone, with a registrant only mentioned on the way")
                    .isNotEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
        }

        @Test
        void harmTheReporterSaysANamedRegistrantDidMayMeetTheThreshold() {
            Answers chiropractor = new Answers(
                    HarmLevel.SEVERE, false, List.of(ProfessionalRole.CHIROPRACTOR), RaisedBefore.notRaised());
            Answers nurse =
                    new Answers(HarmLevel.MODERATE, false, List.of(ProfessionalRole.NURSE), RaisedBefore.notRaised());

            assertThat(CLASSIFIER
                            .classify(
                                    "She had a manipulation of her spine and came in with two fractures.", chiropractor)
                            .fitnessToPractise()
                            .value())
                    .isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
            assertThat(CLASSIFIER
                            .classify(
                                    "The nurse gave the wrong dose; a one-off, she apologised and has reflected.",
                                    nurse)
                            .fitnessToPractise()
                            .value())
                    .isEqualTo(FitnessToPractise.HANDLED_LOCALLY);
            assertThat(CLASSIFIER
                            .classify(
                                    "Two of us for 30 patients, the nurse couldn't get round to his obs and he went"
                                            + " to HDU with sepsis.",
                                    nurse)
                            .fitnessToPractise()
                            .value())
                    .as("moderate harm alone, in a staffing failure, is not the named nurse's fitness to practise")
                    .isNotEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                DENTIST          | My root canal treatment dragged on for eight months and the dentist saw me twice.
                NURSE            | He told the nurse he drank two bottles of vodka a day and no withdrawal scoring was started.
                """)
        void aTreatmentThatDraggedOnOrAPatientsDrinkingIsNotMisconduct(ProfessionalRole role, String description) {
            Answers named = new Answers(HarmLevel.LOW, false, List.of(role), RaisedBefore.notRaised());
            assertThat(CLASSIFIER
                            .classify(description, named)
                            .fitnessToPractise()
                            .value())
                    .as("a treatment that 'dragged on' and a patient's drinking history are not force or impairment")
                    .isNotEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
        }

        @Test
        void honestOneOffErrorStaysLocal() {
            Findings findings = classify("The radiographer scanned the wrong patient, reported it herself straight"
                    + " away and was mortified.");

            assertThat(findings.fitnessToPractise().value()).isEqualTo(FitnessToPractise.HANDLED_LOCALLY);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "District nurse. The GP practice keeps sending the wrong dressings and nobody answers the phone.",
                    "Staff nurse, 10 years qualified. The receptionist read a diagnosis out loud.",
                    "I work as a pharmacist and the receptionist read a diagnosis out loud.",
                    "I have been a paramedic for twelve years and the receptionist read a diagnosis out loud.",
                    "As a nurse, I watched the receptionist read a diagnosis out loud."
                })
        void theReportersOwnJobSaidAtTheStartOrAsTheirWorkIsNotAProfessionalOfTheConcern(String description) {
            assertThat(classify(description).professionals())
                    .extracting(ProfessionalFinding::role)
                    .doesNotContain(ProfessionalRole.NURSE, ProfessionalRole.PHARMACIST, ProfessionalRole.PARAMEDIC);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Nurse gave the wrong dose to the patient in bed 4 and then changed the chart.",
                    "The pharmacist, I think, dispensed the wrong strength."
                })
        void aTitleThatIsTheSubjectStaysAProfessionalOfTheConcern(String description) {
            assertThat(classify(description).professionals()).isNotEmpty();
        }

        @Test
        void reportersOwnJobTitleIsNotAProfessionalOfTheConcern() {
            Findings findings = classify("I'm a dental nurse. The receptionist read a diagnosis out loud.");

            assertThat(findings.professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(ProfessionalRole.ADMINISTRATOR);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                She fell and has a fractured hip.                  | SEVERE
                He went to ITU in the morning.                      | MODERATE
                He ended up septic.                                 | MODERATE
                She had a cardiac arrest on the ward.               | SEVERE
                The scan showed a missed miscarriage.               | MODERATE
                He was back in 10 hours with hypothermia.           | MODERATE
                She was left in wet sheets all morning.             | LOW
                """)
        void commonClinicalOutcomesAreGraded(String description, HarmLevel harm) {
            assertThat(classify(description).harm().value()).isEqualTo(harm);
        }

        @Test
        void harmMakesSafetyPrimaryOverLanguage() {
            Findings findings = classify("No interpreter was booked and she was admitted with a GI bleed.");

            assertThat(findings.primaryDomain().value()).isEqualTo(QualityDomain.SAFE);
            assertThat(findings.domains()).extracting(Finding::value).contains(QualityDomain.EQUITABLE);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Nobody answers the call bells every night.                          | RECURRING
                This is the third time the pump has alarmed.                        | RECURRING
                The ward manager told us not to datix the pressure ulcers.          | CONCEALMENT
                The obs were all filled in for times she wasn't there.              | CONCEALMENT
                The 4 month old had a bruise on the ear and no skeletal survey.     | SAFEGUARDING
                He gets held down face down and it never goes on the restraint forms. | SAFEGUARDING
                """)
        void signalsFromEverydayWords(String description, ConcernSignal signal) {
            assertThat(classify(description).has(signal)).isTrue();
        }

        @Test
        void cultureAndUnheededConcernsAreAboutLeadership() {
            Findings findings =
                    classify("The culture in theatres is toxic, new starters get frozen out and nothing" + " changes.");

            assertThat(findings.primaryDomain().value()).isEqualTo(QualityDomain.WELL_LED);
        }
    }

    /** Rules of taxonomy-2026.4 that carry a concern beyond the words of the corpus. */
    @Nested
    class Generalisation {

        private List<QualityDomain> domains(String description) {
            return classify(description).domains().stream().map(Finding::value).toList();
        }

        @Test
        void samplesOrReportsNobodyLooksAtAreCareNotActedOn() {
            assertThat(domains("The urine samples from the clinic weren't looked at for a fortnight."))
                    .contains(QualityDomain.EFFECTIVE);
        }

        @Test
        void aMissedDiagnosisStaysBesideAConcernCrowdedWithMedicineWords() {
            assertThat(domains("She was on insulin, warfarin, morphine, gentamicin, digoxin and methotrexate,"
                            + " the doses were wrong and she had an overdose and a fall, and the sepsis was a"
                            + " missed diagnosis."))
                    .startsWith(QualityDomain.SAFE)
                    .contains(QualityDomain.EFFECTIVE);
        }

        @Test
        void concealmentMakesItAQuestionOfLeadershipToo() {
            Findings findings =
                    classify("Staff on the unit were made to keep quiet about the wrong blood being given.");

            assertThat(findings.has(ConcernSignal.CONCEALMENT)).isTrue();
            assertThat(findings.domains())
                    .filteredOn(domain -> domain.value() == QualityDomain.WELL_LED)
                    .singleElement()
                    .satisfies(domain -> assertThat(domain.evidence())
                            .contains("signal CONCEALMENT suggests WELL_LED"
                                    + " (hiding or altering records is a question of candour and governance)"));
        }

        @Test
        void aFalsifiedRecordAddsLeadershipHoweverCrowdedWithHarmTheConcernIs() {
            Findings findings = classify("He was given a double dose of insulin, had a hypo and a fall, fractured"
                    + " his hip and died on the ward, and every hourly check on his chart is in the same pen.");

            assertThat(findings.has(ConcernSignal.CONCEALMENT)).isTrue();
            assertThat(findings.domains().stream().map(Finding::value))
                    .startsWith(QualityDomain.SAFE)
                    .contains(QualityDomain.WELL_LED);
        }

        @Test
        void aRiskRaisedForMonthsWithoutActionIsAQuestionOfLeadershipToo() {
            assertThat(domains("The hoist on the ward has been broken since June and we have raised it for months."))
                    .contains(QualityDomain.WELL_LED);
        }

        @Test
        void aCarParkWhereSomethingHappenedIsNotInequity() {
            assertThat(domains("After the meeting with my line manager I sat in the car park and cried."))
                    .doesNotContain(QualityDomain.EQUITABLE);
        }

        @Test
        void sayingWhoThePatientIsDoesNotMakeItInequity() {
            assertThat(domains("An autistic man with a learning disability on our ward was given the wrong dose of"
                            + " insulin and needed glucose."))
                    .doesNotContain(QualityDomain.EQUITABLE);
            assertThat(domains("Two elderly women on the ward were left in wet pads all night and nobody turned"
                            + " them."))
                    .doesNotContain(QualityDomain.EQUITABLE);
        }

        @Test
        void careThatDifferedBecauseOfWhoThePatientIsStaysInequity() {
            assertThat(domains("An autistic man with a learning disability was given the wrong dose of insulin;"
                            + " no reasonable adjustments were made for him."))
                    .contains(QualityDomain.EQUITABLE);
            assertThat(domains("The sister told the patient's family 'you people always complain' and left him"
                            + " in a wet bed all night."))
                    .contains(QualityDomain.EQUITABLE);
        }

        @Test
        void fearOfReprisalMakesItAQuestionOfCulture() {
            assertThat(domains("I can't say more in case they know it was me who wrote this."))
                    .contains(QualityDomain.WELL_LED);
        }

        @Test
        void aSingleWeakWordDoesNotAddASecondDomain() {
            assertThat(domains("He had a fall in the bathroom and it was weeks before physio saw him."))
                    .containsExactly(QualityDomain.SAFE);
        }

        @Test
        void aDomainWithAnOrdinaryCueIsStillAdded() {
            assertThat(domains("He had a fall in the bathroom and the nurse was rude to his wife about it."))
                    .containsExactly(QualityDomain.SAFE, QualityDomain.EXPERIENCE);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The surgical reg left theatre before closing.                     | DOCTOR
                The pre-reg pharmacist counted the controlled drugs wrongly.      | OTHER_UNREGISTERED
                A student nurse gave the wrong dose to the wrong bed.             | OTHER_UNREGISTERED
                Two of the FY1s left the ward uncovered overnight.                | DOCTOR
                The OTs on the ward never checked the home before discharge.      | OCCUPATIONAL_THERAPIST
                The orthodontic therapist fitted the brace without consent.       | DENTAL_HYGIENIST_OR_THERAPIST
                Our hearing aid dispenser charged for batteries that are free.    | OTHER_ALLIED_HEALTH_PROFESSIONAL
                The health visitor never visited the baby.                        | NURSE
                """)
        void jobTitlesAsStaffWriteThem(String description, ProfessionalRole role) {
            assertThat(classify(description).professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(role);
        }

        @Test
        void aJobTitleInBracketsAfterMeIsTheReportersOwn() {
            assertThat(classify("A dad asked me (school nurse) to help him raise the dentist's conduct.")
                            .professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(ProfessionalRole.DENTIST);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The optometrist has been pocketing cash that patients hand over for repairs.   | GOC
                A locum GP came in slurring his words and smelling of last night.              | GMC
                The physio texts female patients late at night asking them out.               | HCPC
                The social worker recorded a home visit she never went in for.                | SWE
                The consultant walked out mid-list and left the trainee alone; he has done this before. | GMC
                """)
        void conductThatMayMeetTheThreshold(String description, Destination regulator) {
            Findings findings = classify(description);

            assertThat(findings.fitnessToPractise().value()).isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
            assertThat(findings.professionals())
                    .extracting(ProfessionalFinding::regulator)
                    .contains(regulator);
        }

        @Test
        void aOneOffErrorPutRightLocallyStaysWithTheEmployer() {
            Findings findings = classify("The new midwife mislabelled a sample; she owned up, did extra training"
                    + " and is on a supported preceptorship.");

            assertThat(findings.fitnessToPractise().value()).isEqualTo(FitnessToPractise.HANDLED_LOCALLY);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Sister asked me not to write the medication error in the notes.             | CONCEALMENT
                The error was downgraded before the inspection team came.                   | CONCEALMENT
                I'm worried they'll know it was me if this gets out.                        | FEAR_OF_DETRIMENT
                Since I raised it my shifts have been cut.                                  | FEAR_OF_DETRIMENT
                It happens week after week on nights.                                       | RECURRING
                He was discharged to a residential home with no medication list.            | CROSS_PROVIDER
                The two strengths look identical in the new packaging.                      | SYSTEM_WIDE
                She has unexplained bruising on both arms after the weekend.                | SAFEGUARDING
                """)
        void signalsInOtherWords(String description, ConcernSignal signal) {
            assertThat(classify(description).has(signal)).isTrue();
        }

        @Test
        void anInstructionNotToReportDoesNotNegateWhatHappened() {
            Findings findings = classify("We were told not to record the pressure ulcer on the system.");

            assertThat(findings.harm().value()).isEqualTo(HarmLevel.MODERATE);
        }

        @Test
        void aNegationDoesNotReachPastAComma() {
            assertThat(classify("Nobody helped, he was crying in the bay.")
                            .harm()
                            .value())
                    .isEqualTo(HarmLevel.LOW);
        }

        @Test
        void aNamedOutcomeOfNoHarmIsNone() {
            assertThat(classify("Her warfarin was given twice last night; she's fine today.")
                            .harm()
                            .value())
                    .isEqualTo(HarmLevel.NONE);
        }

        @Test
        void wastedResourcesWithNoHarmDescribedAreNoHarmNotUnknown() {
            Findings findings = classify("Unopened boxes of dressings are binned every month when they expire.");

            assertThat(findings.primaryDomain().value()).isEqualTo(QualityDomain.SUSTAINABLE);
            assertThat(findings.harm().value()).isEqualTo(HarmLevel.NONE);
        }

        @Test
        void aGapInStaffOrBedsWithNoHarmDescribedIsARiskNotNoHarm() {
            Findings findings = classify(
                    "The ward has had six nurse vacancies since spring and the waiting list keeps" + " growing.");

            assertThat(findings.primaryDomain().value()).isEqualTo(QualityDomain.SUSTAINABLE);
            assertThat(findings.harm().value()).isEqualTo(HarmLevel.UNKNOWN);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The stroke unit shuts at night so ambulances drive past us.               | UNKNOWN
                Her dad had a stroke on the ward while the bleep went unanswered.         | SEVERE
                The wrong bag was hung and only noticed at the bedside check.             | NONE
                """)
        void aNamedConditionIsNotAnOutcomeButAnEventIs(String description, HarmLevel harm) {
            assertThat(classify(description).harm().value()).isEqualTo(harm);
        }

        @Test
        void aRiskWithNoEventStaysUnknown() {
            assertThat(classify("There is only one nurse for thirty patients on nights.")
                            .harm()
                            .value())
                    .isEqualTo(HarmLevel.UNKNOWN);
        }
    }

    /** Rules of taxonomy-2026.5, each phrased unlike the corpus. */
    @Nested
    class Generalisation2026_5 {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The complaints team is short of staff and slow to pick up the phone.      | NONE
                I want to complain about how long the lifts take.                         | NONE
                He complained of chest pain overnight and nobody came.                    | NONE
                Her son lodged a complaint in March and is still waiting for a response.  | IN_PROGRESS
                We complained to the hospital and they are investigating our complaint.   | IN_PROGRESS
                Their final letter came last week and did not answer the questions.       | FINAL_RESPONSE
                """)
        void aComplaintIsInProgressOnlyWhenOneWasMade(String description, ComplaintStatus status) {
            assertThat(classify(description).complaintStatus().value()).isEqualTo(status);
        }

        @Test
        void aPassingMentionOfComplaintsIsQuotedAsTooWeak() {
            assertThat(classify("Ask the complaints team.").complaintStatus().evidence())
                    .anySatisfy(quote -> assertThat(quote).endsWith("too weak alone"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Her NEWS2 went up to 8 overnight and nobody escalated it until the day team came.  | IMPLEMENTATION_OF_CARE_AND_MONITORING
                There is black mould on the ceiling of bay 2 and water drips onto the beds.        | INFRASTRUCTURE
                A receptionist read his diagnosis out loud in front of everyone at the desk.       | CONSENT_COMMUNICATION_CONFIDENTIALITY
                The sling on the mobile hoist tore while we were moving him.                       | MEDICAL_DEVICE_EQUIPMENT
                The theatre lead keeps bullying the newly qualified scrub staff.                   | DISRUPTIVE_BEHAVIOUR
                An agency carer has been taking cash from residents' purses.                       | PATIENT_ABUSE
                The rehab unit gave him a double dose of his enoxaparin.                           | MEDICATION
                """)
        void theCategoryIsTheEventItself(String description, IncidentCategory category) {
            assertThat(classify(description).incidentCategory().value()).isEqualTo(category);
        }

        @Test
        void theProfessionalAConductCueIsToldOfIsTheOneAssessed() {
            Findings findings =
                    classify("The locum consultant hurled a kidney dish at a charge nurse during the list.");

            assertThat(findings.professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(ProfessionalRole.DOCTOR);
            assertThat(findings.fitnessToPractise().value()).isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
        }

        @Test
        void aPronounRefersBackToTheLastJobTitleBeforeTheConduct() {
            Findings findings = classify("The night charge nurse never did the two-hourly turns. She backdated the"
                    + " turning charts in the morning. The registrar saw the pressure ulcer on the ward round.");

            assertThat(findings.professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(ProfessionalRole.NURSE);
        }

        @Test
        void anUnregisteredActorLeavesTheBystandingRegistrantOut() {
            Findings findings =
                    classify("A support worker stole a resident's bank card. The physio noticed it missing.");

            assertThat(findings.professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(ProfessionalRole.SUPPORT_WORKER);
            assertThat(findings.fitnessToPractise().value()).isEqualTo(FitnessToPractise.NOT_APPLICABLE);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The ST4 on nights was slurring and smelt of drink at handover.             | DOCTOR | MAY_MEET_THRESHOLD
                Our NIC backdated the fluid balance charts after the patient went to ITU.  | NURSE  | MAY_MEET_THRESHOLD
                The staff nurse still leaves drips unchecked despite being warned.         | NURSE  | MAY_MEET_THRESHOLD
                The CNS gave the wrong dose once, put it right within the hour and said sorry. | NURSE | HANDLED_LOCALLY
                """)
        void registrantsNamedByAbbreviationAndTheirConduct(
                String description, ProfessionalRole role, FitnessToPractise expected) {
            Findings findings = classify(description);

            assertThat(findings.professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(role);
            assertThat(findings.fitnessToPractise().value()).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                A section 42 enquiry has been opened about the man in bed 4.
                The police think the 15-year-old on our ward is being drawn into county lines.
                A carer has been withdrawing money from a resident's account.
                """)
        void safeguardingInTheWordsSafeguardingLeadsUse(String description) {
            assertThat(classify(description).signals())
                    .extracting(Finding::value)
                    .contains(ConcernSignal.SAFEGUARDING);
        }

        @Test
        void aStrayWordOfAnotherDomainInAStrongSafetyConcernAddsNoDomain() {
            assertThat(classify("Bed 9 was given a tenfold overdose of morphine from the wrong drug chart, arrested and"
                                    + " went to ITU with sepsis after the missed dose of antibiotics. Rude.")
                            .domains())
                    .extracting(Finding::value)
                    .containsExactly(QualityDomain.SAFE);
            assertThat(classify("Rude staff. A fall.").domains())
                    .extracting(Finding::value)
                    .containsExactly(QualityDomain.SAFE, QualityDomain.EXPERIENCE);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The district nurses on our patch missed his insulin visit on Sunday.            | false
                A student on placement was left to run the bay alone.                           | false
                He was discharged to a nursing home at midnight without his tablets.            | true
                CAMHS closed her case and the adult services team had no referral.              | true
                """)
        void aServiceNamedInPassingIsNotAFailureBetweenOrganisations(String description, boolean crossProvider) {
            assertThat(classify(description).signals())
                    .extracting(Finding::value)
                    .matches(signals -> signals.contains(ConcernSignal.CROSS_PROVIDER) == crossProvider);
        }

        @Test
        void aDomainGuessedWithoutAnythingToRestOnAlwaysNeedsTriage() {
            Findings read = classify("Same again tonight, the third time this week.");

            assertThat(read.needsTriage()).isFalse();
            assertThat(read.primaryDomain().evidence().getFirst()).startsWith("no domain cue matched; SAFE");
            for (String text : List.of("asdf", "Something went wrong on the ward yesterday evening.")) {
                Findings guessed = classify(text);
                if (guessed.primaryDomain().evidence().contains("no domain cue matched; needs a person to confirm")) {
                    assertThat(guessed.needsTriage()).as(text).isTrue();
                }
            }
        }
    }

    /** Rules of taxonomy-2026.6, each phrased unlike the corpus. */
    @Nested
    class Generalisation2026_6 {

        private Findings classifyAbout(ProfessionalRole role, String description) {
            return CLASSIFIER.classify(
                    description, new Answers(HarmLevel.UNKNOWN, false, List.of(role), RaisedBefore.notRaised()));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                OPTOMETRIST   | The optometrist charged them for a contact lens fitting that was never done.
                CHIROPRACTOR  | He charged her for twelve sessions up front and then cancelled most of them.
                SOCIAL_WORKER | She wrote up three home visits she had not made.
                PHARMACIST    | The locum pharmacist refused to serve a man because of his turban.
                DENTIST       | Our associate has claimed for crowns on patients where the work never took place.
                """)
        void conductNamedOnTheFormCanMeetTheThreshold(ProfessionalRole role, String description) {
            assertThat(classifyAbout(role, description).fitnessToPractise().value())
                    .isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
        }

        @Test
        void aRedFlagNotReferredOnMeetsTheThresholdOnlyWithSeriousHarm() {
            assertThat(classifyAbout(
                                    ProfessionalRole.OPTOMETRIST,
                                    "Sudden shadow in his vision and the optometrist did not refer him. He has lost"
                                            + " the sight in that eye.")
                            .fitnessToPractise()
                            .value())
                    .isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
            assertThat(classifyAbout(ProfessionalRole.OPTOMETRIST, "The optometrist did not refer him to eye casualty.")
                            .fitnessToPractise()
                            .value())
                    .isEqualTo(FitnessToPractise.HANDLED_LOCALLY);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                I am helping a patient on our ward with her complaint about the discharge.  | ACTING_FOR_PATIENT
                I've been supporting the family since their father died on the unit.       | ACTING_FOR_PATIENT
                My patient asked me to send this for her as she cannot use a computer.      | ACTING_FOR_PATIENT
                His wife rang me in tears about how he was spoken to.                       | ACTING_FOR_PATIENT
                I was a patient on the surgical ward in May.                                | PATIENT
                The drug round started an hour late.                                        | NOT_STATED
                """)
        void theReporterActsForThePatient(String description, ReporterStanding standing) {
            assertThat(classify(description).reporter().value()).isEqualTo(standing);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The footage from the corridor camera was wiped the next morning.
                Our matron pressured me to change my statement for the panel.
                The band 7 closed the incident before anyone looked at it.
                We were told not to escalate it and to leave it for days.
                """)
        void hidingWhatHappenedIsConcealment(String description) {
            assertThat(classify(description).has(ConcernSignal.CONCEALMENT)).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The previous sister who spoke out was managed out within the year.
                I'm sending this anonymous because of what happened to the last person.
                After raising it I was disciplined over a timesheet.
                I'm frightened to raise it with my own manager.
                """)
        void reprisalOrItsFearIsFearOfDetriment(String description) {
            assertThat(classify(description).has(ConcernSignal.FEAR_OF_DETRIMENT))
                    .isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The echo was requested in March and nobody followed it up until he collapsed.  | EFFECTIVE
                His blood results were never acted on by the surgical team.                  | EFFECTIVE
                We weren't kept informed and no one explained why the scan was moved.         | EXPERIENCE
                Two bays have been closed beds since Easter while patients queue in ED.      | SUSTAINABLE
                Sealed packs of dressings are discarded every time a side room is cleaned.    | SUSTAINABLE
                """)
        void whatDidNotHappenOrWhatWasLostNamesTheDomain(String description, QualityDomain domain) {
            assertThat(classify(description).domains())
                    .extracting(Finding::value)
                    .contains(domain);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                NURSE          | On nights the staff nurse told a confused man to shut up and pulled his arm back into bed.
                PHYSIOTHERAPIST | The physio keeps making remarks about her body during the sessions.
                PARAMEDIC      | The crew mate had pinpoint pupils and was nodding off in the cab.
                DENTAL_NURSE   | She has been chairside for months although she is not on the register.
                """)
        void conductOfTheNamedRegistrantMeetsTheThreshold(ProfessionalRole role, String description) {
            assertThat(classifyAbout(role, description).fitnessToPractise().value())
                    .isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                It wasn't the first time the bed rails had been left down on him.
                The sluice door lock has been broken since the summer.
                The same gap in the weekend rota has been flagged two years running.
                """)
        void repetitionWrittenAnotherWayIsRecurring(String description) {
            assertThat(classify(description).has(ConcernSignal.RECURRING)).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                I have reported twice before that the hoist sling is frayed.
                The night HCA has left him in a wet pad four times now.
                On at least three occasions this month the bank nurse did not turn up.
                """)
        void aCountOfTimesAlreadyToldIsRecurring(String description) {
            assertThat(classify(description).has(ConcernSignal.RECURRING)).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                I ran a search and found 14 patients on methotrexate with no blood tests.
                Nine residents have had their pressure areas recorded as checked when they were not.
                The audit found over 200 patients whose medication reviews were overdue.
                """)
        void aCountOfThreeOrMoreLikeCasesIsRecurring(String description) {
            assertThat(classify(description).has(ConcernSignal.RECURRING)).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The consultant broke the news while five other patients in the bay could hear.
                Caseloads in the team are over 700 children per health visitor.
                The night nurse on the ward looks after 14 patients with one HCA.
                At 9 people were still waiting in the corridor for the ward round.
                """)
        void aCountOfBystandersOrOfACaseloadIsNotAPattern(String description) {
            assertThat(classify(description).has(ConcernSignal.RECURRING)).isFalse();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The visits were left to the partner agencies and then stopped.
                The multi-agency plan for the boy fell apart over the weekend.
                The safeguarding partnership is asking what each service knew.
                He went home on Friday with no discharge summary at all.
                The hospital never sent her new doses through to us.
                """)
        void aJoinBetweenAgenciesOrADischargeNotPassedOnIsCrossProvider(String description) {
            assertThat(classify(description).has(ConcernSignal.CROSS_PROVIDER)).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The locum left the drain clamped. It happened once before, in the spring.
                Leaving the hoist unchecked is not a one-off for this team.
                It's the second wrong-blood-in-tube from the unit this quarter.
                The manager had a word with him and it's carried on.
                Two other families on the ward had the same from the discharge team.
                The same happened to my neighbour at that practice.
                The agency has done this with at least one other resident.
                She rang the surgery at eight three days running and got no appointment.
                He is still running his clinic like this after the audit.
                """)
        void aPatternToldAsAnEarlierOrAnotherCaseIsRecurring(String description) {
            assertThat(classify(description).has(ConcernSignal.RECURRING)).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                She died of sepsis on the ward and we want her care looked at again.
                The second checker caught the error this week.
                She is still on ITU and the ward has been short this week.
                Every bed on the unit was full this week.
                The regular paracetamol used to be checked by the pharmacist.
                He was reviewed on Monday and on Wednesday and both times the drain was left in.
                Each bay has one HCA and the fall happened this week.
                The leg ulcer left after his stay is now dressed three times a week by the district nurses.
                As a nurse I know what should have happened after her fall on the ward.
                """)
        void aSingleAgainOrAWordNotAboutRepetitionIsNotAPattern(String description) {
            assertThat(classify(description).has(ConcernSignal.RECURRING)).isFalse();
        }

        @Test
        void anEverydayWordThatMayBeAbuseYieldsToAPlainerKindOfIncident() {
            assertThat(classify("The infusion pump registers 50 if you hit the decimal point too quickly.")
                            .incidentCategory()
                            .value())
                    .isEqualTo(IncidentCategory.MEDICAL_DEVICE_EQUIPMENT);
            assertThat(classify("The carer hit him across the face.")
                            .incidentCategory()
                            .value())
                    .isEqualTo(IncidentCategory.PATIENT_ABUSE);
        }

        @Test
        void aRecordOfSomethingThatDidNotHappenIsConcealmentButARecordAloneIsNot() {
            assertThat(classify("The dietitian signed off the review on the portal; the ward says she never turned up.")
                            .has(ConcernSignal.CONCEALMENT))
                    .isTrue();
            assertThat(classify("The registrar signed off the discharge summary before lunch.")
                            .has(ConcernSignal.CONCEALMENT))
                    .isFalse();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Nobody dares question the clinical lead in theatres.
                I just keep my head down on that unit now.
                I daren't put this through the incident system.
                """)
        void silenceOutOfFearIsFearOfDetriment(String description) {
            assertThat(classify(description).has(ConcernSignal.FEAR_OF_DETRIMENT))
                    .isTrue();
        }

        @Test
        void refusingToSeeASickPatientMeetsTheThresholdWhenSeriousHarmFollowed() {
            Answers aboutTheDoctor =
                    new Answers(HarmLevel.DEATH, false, List.of(ProfessionalRole.DOCTOR), RaisedBefore.notRaised());
            assertThat(CLASSIFIER
                            .classify(
                                    "The on-call surgical reg refused to come and see her overnight despite two calls.",
                                    aboutTheDoctor)
                            .fitnessToPractise()
                            .value())
                    .isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
            assertThat(classifyAbout(ProfessionalRole.DOCTOR, "The on-call reg refused to come to the ward at 3am.")
                            .fitnessToPractise()
                            .value())
                    .isEqualTo(FitnessToPractise.HANDLED_LOCALLY);
        }
    }

    /** Blind writers tell conduct that meets the threshold in plain words, naming the registrant by role once. */
    @Nested
    class RegulatorsInPlainWords {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The community nurse recorded insulin visits she didn't make.                | NMC
                The AMHP signed the application saying she saw him, when she was elsewhere. | SWE
                Patients' own sleeping tablets keep disappearing after the pharmacist's round. | GPHC
                The GP issues prescriptions under the names of care home residents.         | GMC
                The pharmacist takes the leftover tramadol for his own use.                 | GPHC
                The social worker is in a sexual relationship with a woman she supports.    | SWE
                The consultant often talks about their accents in front of patients.        | GMC
                The dentist was told after the audit that this has to stop, and carries on. | GDC
                She had three courses of antibiotics from the dentist without ever being examined. | GDC
                The ward manager told the team to re-label the pressure ulcers in the records. | NMC
                The RMN in charge said don't datix it.                                      | NMC
                """)
        void plainConductMeetsTheThresholdForTheRegulatorOfWhoeverDidIt(String description, Destination regulator) {
            Findings findings = classify(description);

            assertThat(findings.fitnessToPractise().value()).isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
            assertThat(findings.professionals())
                    .extracting(ProfessionalFinding::regulator)
                    .containsExactly(regulator);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The social worker's records show home visits on days she was on leave.  | SEVERE
                The consultant's rule is that anyone over 90 gets no escalation.        | DEATH
                """)
        void weakerSignsMeetTheThresholdOnlyWithSeriousHarm(String description, HarmLevel harm) {
            assertThat(CLASSIFIER
                            .classify(description, reportedHarm(harm))
                            .fitnessToPractise()
                            .value())
                    .isEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
            assertThat(classify(description).fitnessToPractise().value()).isEqualTo(FitnessToPractise.HANDLED_LOCALLY);
        }

        @Test
        void aReporterSayingThisHasToStopIsNotSomeoneElsesWarningIgnored() {
            assertThat(classify("The nurse in charge is exhausted every night and this has to stop.")
                            .fitnessToPractise()
                            .value())
                    .isEqualTo(FitnessToPractise.HANDLED_LOCALLY);
        }
    }

    /** Safeguarding, concealment, closed culture, danger and reprisal as writers outside the team put them. */
    @Nested
    class SignalsInOtherVoices {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The older men are left in wet pads all night and one said he feels like an animal.
                A locum has been messaging a 15 year old patient and asking to meet up.
                The home care worker got her to sign a form for the work and she doesn't remember agreeing to it.
                Each morning his bed was soaked and his food not touched.
                A nurse was taking photos of sedated patients and the others laugh along.
                Staff mock the young men and hold back their snacks when they are loud.
                They held her in the chair for the procedure with no capacity assessment and no best interests record.
                """)
        void neglectAndAbuseInEverydayWordsAreSafeguarding(String description) {
            assertThat(classify(description).has(ConcernSignal.SAFEGUARDING)).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The lead physio tells us to round up the therapy minutes and changed my own entries afterwards.
                The pressures were typed after the clinic had finished.
                She recorded a home visit on Tuesday but the family say she never came.
                The register has entries overwritten in a different ink.
                The body camera footage was not retained.
                The audit log shows the entries were edited after the incident.
                He told us to fill in the cleaning log as done so it looks fine if CQC come.
                The themes were taken out of the report before it went in the board pack.
                """)
        void recordsChangedOrMadeUpInOtherWordsAreConcealment(String description) {
            assertThat(classify(description).has(ConcernSignal.CONCEALMENT)).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The manager said my hours will be cut if I keep on about it.
                I'm on the bank and I won't be booked again after this.
                Please don't let them know it was me who wrote this.
                When I objected I was reminded my fixed-term contract is up soon.
                I haven't said anything because the nurse in charge is close with the matron.
                I'm worried going to the guardian will make things worse.
                Since I put it in writing I was moved to a different team.
                """)
        void threatsAndSilenceInOtherWordsAreFearOfDetriment(String description) {
            assertThat(classify(description).has(ConcernSignal.FEAR_OF_DETRIMENT))
                    .isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Families aren't allowed past the front door of the unit.
                The lead said that's how we do things here and I'd better not make waves.
                They lock him in his room as a time out and call it the sin bin.
                Nothing goes on the restraint log and staff who question it are moved.
                New staff are told what happens on nights stays on nights.
                """)
        void hiddenRestrictionsInOtherWordsAreAClosedCulture(String description) {
            assertThat(classify(description).has(ConcernSignal.CLOSED_CULTURE)).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The wound was soaked through so the nurse changed the dressing.
                I took a photo of the broken hoist for the estates team.
                He said the rota is on her list of things to sort out.
                """)
        void everydayUsesOfTheNewWordsAloneAreNotTheseSignals(String description) {
            Findings findings = classify(description);
            assertThat(findings.has(ConcernSignal.SAFEGUARDING)).isFalse();
            assertThat(findings.has(ConcernSignal.CONCEALMENT)).isFalse();
            assertThat(findings.has(ConcernSignal.FEAR_OF_DETRIMENT)).isFalse();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The manager said we don't need to write it down, it's always been like that.
                Sister told us to keep it in the department and not make a fuss.
                The family have never been told the scan was missed.
                Matron said we'd deal with it in house.
                The carers signed the log book for visits that didn't happen.
                The social worker recorded that she had assessed him, but he says he never met her.
                We were told to re-label the pressure ulcers so they don't count.
                """)
        void recordsOfWhatDidNotHappenAndThingsKeptInsideAreConcealment(String description) {
            assertThat(classify(description).has(ConcernSignal.CONCEALMENT)).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The nurse set the pump as if the rate were in mg, and the baby got too much.
                The feeding plan was rewritten before the feed started and nobody was harmed.
                The whiteboard is wiped every time the patient's status changes.
                The patients all tell the same story about waiting for a call back.
                She said she'd visit, but the visit didn't happen because of the snow.
                """)
        void ordinaryWordsAloneAreNotConcealment(String description) {
            assertThat(classify(description).has(ConcernSignal.CONCEALMENT)).isFalse();
        }

        @Test
        void restraintWithNoFormIsAClosedCulture() {
            assertThat(classify("She was restrained in the lounge again and there was no restraint form afterwards.")
                            .has(ConcernSignal.CLOSED_CULTURE))
                    .isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                I'm on the bank and I won't get shifts if this comes back to me.
                When we objected we were told to think about our futures.
                """)
        void threatsToShiftsOrFuturesAreFearOfDetriment(String description) {
            assertThat(classify(description).has(ConcernSignal.FEAR_OF_DETRIMENT))
                    .isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                A carer took a photo of a patient on the commode and they were making fun of him.
                A salesman took payments on her card while he was there, her son saw it on the bank statement.
                """)
        void degradingPhotosAndTakingMoneyAreSafeguarding(String description) {
            assertThat(classify(description).has(ConcernSignal.SAFEGUARDING)).isTrue();
        }

        @Test
        void privateMessagesToAChildAreSafeguardingButNotToAnAdultAlone() {
            assertThat(classify(
                                    "A therapist on the unit has been messaging a 15 year old patient on Snapchat at night.")
                            .has(ConcernSignal.SAFEGUARDING))
                    .isTrue();
            assertThat(classify("The physio messaged her on Snapchat to move her appointment.")
                            .has(ConcernSignal.SAFEGUARDING))
                    .isFalse();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                A 6 week old came in with metaphyseal fractures and has gone into foster care.
                A 15 year old said the locum commented on her body and asked for her number.
                The resident was left in her room without a drink all afternoon and came in with a kidney injury.
                """)
        void harmToAChildOrNeglectOfAnAdultInEverydayWordsIsSafeguarding(String description) {
            assertThat(classify(description).has(ConcernSignal.SAFEGUARDING)).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The registrar shouts at and humiliates juniors on every ward round.
                A relative racially abused me on the ward and the visit was just moved to someone else.
                """)
        void harshWordsAimedAtStaffAreNotSafeguarding(String description) {
            assertThat(classify(description).has(ConcernSignal.SAFEGUARDING)).isFalse();
        }

        @Test
        void harshWordsAimedAtAPatientByStaffAreStillSafeguarding() {
            assertThat(classify("The resident was hit by staff and racially abused by a carer.")
                            .has(ConcernSignal.SAFEGUARDING))
                    .isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                She gives the residents lorazepam at 8pm so we get a quiet night.
                The night nurse gives midazolam to patients who ring their bell a lot so the night is quiet.
                """)
        void aSedativeGivenToKeepPeopleQuietIsSafeguarding(String description) {
            assertThat(classify(description).has(ConcernSignal.SAFEGUARDING)).isTrue();
        }

        @Test
        void aSedativeAndAQuietNightAloneAreNotSafeguarding() {
            assertThat(classify("He was given lorazepam for agitation at 10pm and had a quiet night.")
                            .has(ConcernSignal.SAFEGUARDING))
                    .isFalse();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The optician sold them glasses at £400 a pair, paid from the personal allowances of residents with dementia.
                A 14 y/o girl told her mum the dental therapist put his hand on her thigh during treatment.
                Mr T is paraplegic and was in a wet pad for 18 hours with no call.
                """)
        void sellingToTouchingOrLeavingSomeoneAtRiskInEverydayWordsIsSafeguarding(String description) {
            assertThat(classify(description).has(ConcernSignal.SAFEGUARDING)).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The child death review was told the collapse was unexplained rather than expected.
                The fridge stock count for the care home residents doesn't match the chart.
                An older man was left on the floor for four hours at home waiting for an ambulance.
                The nurses are tied up with the elderly patients so the call bells wait.
                She is 80 and twisted her ankle on the kerb outside the hospital.
                """)
        void aPersonAtRiskBesideAWordThatHereIsNoHarmIsNotSafeguarding(String description) {
            assertThat(classify(description).has(ConcernSignal.SAFEGUARDING)).isFalse();
        }

        @Test
        void anInjuryNobodyExplainsOnAPersonAtRiskIsStillSafeguarding() {
            assertThat(classify("The 3 year old has bruises on his back and the story didn't match.")
                            .has(ConcernSignal.SAFEGUARDING))
                    .isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The porter pushed her round to X-ray and the fracture was missed for two days.
                She had injuries from the fall and there was no food offered in the nine hours she waited.
                """)
        void aFractureOrInjuriesFromAnAccidentAreNotSafeguarding(String description) {
            assertThat(classify(description).has(ConcernSignal.SAFEGUARDING)).isFalse();
        }

        @Test
        void aFractureWithASignOfAbuseIsStillSafeguarding() {
            assertThat(classify("The baby has a fracture and bruising to the ribs that nobody can explain.")
                            .has(ConcernSignal.SAFEGUARDING))
                    .isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Management turned a blind eye while the patients in bay 4 went without pain relief.
                The resident doctors were shouted at on the ward round in front of patients.
                I was confused by the rota and went without a break for the whole shift.
                """)
        void anIdiomOrAStaffWordThatLooksLikeAPersonAtRiskIsNotSafeguarding(String description) {
            assertThat(classify(description).has(ConcernSignal.SAFEGUARDING)).isFalse();
        }

        @Test
        void aBlindResidentShoutedAtIsStillSafeguarding() {
            assertThat(classify("One of the residents is blind and the night carer shouted at her for ringing.")
                            .has(ConcernSignal.SAFEGUARDING))
                    .isTrue();
        }

        @Test
        void aPleaForActionNowIsImmediateDanger() {
            assertThat(classify("The GP is drunk and out on visits tonight, please someone do something.")
                            .has(ConcernSignal.IMMEDIATE_DANGER))
                    .isTrue();
        }
    }

    /** Over-reach: an external body sent a concern because a word was read out of its sense. */
    @Nested
    class OverReach {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "The new app setting is being pushed nationally, and a patient read her result alone at night.",
                    "Her hip operation was pushed back a third time and the ward doctor would not say why.",
                    "We pushed for a review of the rota, but the nurse in charge said there was no money."
                })
        void aPushForAPlanOrADateIsNoAbuse(String description) {
            Findings findings = classify(description);
            assertThat(findings.incidentCategory().value()).isNotEqualTo(IncidentCategory.PATIENT_ABUSE);
            assertThat(findings.fitnessToPractise().evidence()).noneMatch(quote -> quote.contains("\"pushed\""));
        }

        @Test
        void aPushOfAPatientStillCounts() {
            assertThat(classify("The carer pushed him back into the chair and he cried.")
                            .incidentCategory()
                            .value())
                    .isEqualTo(IncidentCategory.PATIENT_ABUSE);
        }

        @Test
        void aPrivateHospitalIsNotPrivateWork() {
            Findings findings = CLASSIFIER.classify(
                    "RMO at a private hospital. A patient was sent to the NHS hospital by ambulance and died.",
                    reportedHarm(HarmLevel.DEATH));
            assertThat(findings.fitnessToPractise().value()).isNotEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
        }

        @Test
        void verifyingADeathIsATaskNotADeath() {
            assertThat(classify("One nurse covers the whole patch at night, doing insulin visits and verifying a"
                                    + " death on her own.")
                            .harm()
                            .value())
                    .isNotEqualTo(HarmLevel.DEATH);
        }

        @Test
        void aDeathOfNoOneInParticularTellsWhenNotWhatHappened() {
            assertThat(classify("When a resident dies the home bins all her unused dressings. Nobody checks the"
                                    + " store cupboard either, and after a death the stock just piles up.")
                            .harm()
                            .value())
                    .isNotEqualTo(HarmLevel.DEATH);
            assertThat(classify("After the death of Mr B on the ward we found his fluid chart blank for two days.")
                            .harm()
                            .value())
                    .isEqualTo(HarmLevel.DEATH);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "A dying man at home waited nine hours for his syringe driver to be refilled.",
                    "Families of dying patients have nowhere quiet to go since the room was locked.",
                    "Nobody answers the bleep overnight and someone is going to die."
                })
        void aDeathStillToComeIsNotGradedDeath(String description) {
            assertThat(classify(description).harm().value()).isNotEqualTo(HarmLevel.DEATH);
        }

        @Test
        void aDeathThatHappenedIsStillGradedDeath() {
            assertThat(classify("He was dying for hours with nobody checking him and he died before the reg came.")
                            .harm()
                            .value())
                    .isEqualTo(HarmLevel.DEATH);
        }

        @Test
        void aColleaguesReprisalForSpeakingUpIsFearOfDetriment() {
            assertThat(classify("The last person who complained about him had her hours cut.")
                            .signals())
                    .filteredOn(signal -> signal.value() == ConcernSignal.FEAR_OF_DETRIMENT)
                    .flatExtracting(Finding::evidence)
                    .anyMatch(quote -> quote.contains("a colleague's job touched after they spoke up"));
        }

        @Test
        void aDoctorSentForIsNotWhoseConductItIs() {
            assertThat(classify("The midwife in charge refused to bleep the reg. Later she wrote a retrospective"
                                    + " entry saying she had called the registrar.")
                            .professionals())
                    .extracting(ProfessionalFinding::role)
                    .containsExactly(ProfessionalRole.MIDWIFE);
        }

        @Test
        void aScanThePatientPaidForIsNotPrivateWork() {
            Findings findings = classify("The GP said it was probably hormonal. A different GP said the same and"
                    + " didn't refer me. I paid for a private scan and it was cancer.");
            assertThat(findings.fitnessToPractise().value()).isNotEqualTo(FitnessToPractise.MAY_MEET_THRESHOLD);
        }

        @Test
        void cultureTakenFromAPatientIsNotAWorkplaceCulture() {
            assertThat(classify("No antibiotics were given until lactate, cultures and bloods were back, and the"
                                    + " patient waited four hours.")
                            .domains())
                    .extracting(Finding::value)
                    .doesNotContain(QualityDomain.WELL_LED);
        }

        @Test
        void aSystemThatDoesNotAddUpDosesIsNotAFalseRecord() {
            assertThat(classify("The prescribing system doesn't add up the paracetamol across the two lines, so a"
                                    + " patient got 6g in a day.")
                            .domains())
                    .extracting(Finding::value)
                    .doesNotContain(QualityDomain.WELL_LED);
        }
    }

    @Nested
    class NegationScope {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                No CAMHS beds in the region, or in the county.                               | SYSTEM_WIDE
                """)
        void aShortageEverywhereSaidAsAbsenceIsStillSystemWide(String description, ConcernSignal signal) {
            assertThat(classify(description).has(signal)).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Our practice no longer does shared care for these patients.               | CROSS_PROVIDER
                There is no doubt the carer grabbed her and pushed her.                    | SAFEGUARDING
                Not only safeguarding concerns: the bruising keeps coming back.            | SAFEGUARDING
                """)
        void wordsThatOnlyLookLikeANegationDoNotNegateWhatFollows(String description, ConcernSignal signal) {
            assertThat(classify(description).has(signal)).isTrue();
        }
    }
}
