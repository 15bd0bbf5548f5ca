package org.candour.classification.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.candour.classification.triage.ProposedReview.StatedProfessional;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.ConcernClassifiedV2.CategoryTag;
import org.candour.events.ConcernClassifiedV2.ComplaintTag;
import org.candour.events.ConcernClassifiedV2.DomainTag;
import org.candour.events.ConcernClassifiedV2.HarmGrade;
import org.candour.events.ConcernClassifiedV2.ProfessionalTag;
import org.candour.events.ConcernClassifiedV2.ReadsLikeTag;
import org.candour.events.ConcernClassifiedV2.SignalTag;
import org.candour.events.ConcernSignal;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.ProfessionalRole;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.events.QualityDomain;
import org.candour.events.RaisedRoute;
import org.junit.jupiter.api.Test;

class ReviewPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final String REASON = "The notes were written after the event.";
    private static final String CORRECTED = "corrected by lead@trust.example: " + REASON;

    private static final ConcernClassifiedV2 CLASSIFIER = new ConcernClassifiedV2(
            UUID.randomUUID(),
            "QC-2026-000123",
            new Provider(ProviderKind.NHS_TRUST, "R0A", "Manchester University NHS Foundation Trust", null),
            1,
            Instant.parse("2026-11-25T09:00:00Z"),
            "taxonomy-2026.3",
            null,
            QualityDomain.SAFE,
            List.of(new DomainTag(QualityDomain.SAFE, 0.5, List.of("\"insulin\" suggests SAFE"))),
            new HarmGrade(HarmLevel.LOW, 0.5, List.of("\"extra observation\" suggests LOW")),
            new CategoryTag(IncidentCategory.MEDICATION, 0.5, List.of("\"insulin\" suggests MEDICATION")),
            List.of(new ProfessionalTag(ProfessionalRole.NURSE, false, 0.9, List.of("the reporter chose: NURSE"))),
            new ComplaintTag(ComplaintStatus.NONE, null, true, List.of("no complaint cue matched")),
            List.of(),
            false,
            true,
            List.of("the primary domain's confidence 0.5 is below the triage threshold 0.6"),
            List.of(RaisedRoute.LINE_MANAGER),
            List.of(new ReadsLikeTag(
                    Destination.CQC,
                    0.64,
                    List.of("read as a whole, the concern is like those the corpus sent to CQC (probability 0.64)"))));

    @Test
    void keptTagsKeepTheirEvidenceAndChangedOnesCarryTheReviewersReason() {
        var revised = ReviewPolicy.revise(
                CLASSIFIER,
                ReviewPolicy.check(proposal(
                        QualityDomain.SAFE,
                        List.of(QualityDomain.WELL_LED, QualityDomain.SAFE),
                        HarmLevel.LOW,
                        List.of(new StatedProfessional(ProfessionalRole.NURSE, true)),
                        List.of(ConcernSignal.CONCEALMENT))),
                "lead@trust.example",
                NOW);

        ConcernClassifiedV2 next = revised.next();
        assertThat(next.revision()).isEqualTo(2);
        assertThat(next.review()).isEqualTo(new ConcernClassifiedV2.Review("lead@trust.example", REASON));
        assertThat(next.classifiedAt()).isEqualTo(NOW);
        assertThat(next.raisedBefore())
                .as("where it was raised before is a fact of the concern, not a tag to correct")
                .containsExactly(RaisedRoute.LINE_MANAGER);
        assertThat(next.readsLike())
                .as("how the words read is no tag a reviewer corrects")
                .isEqualTo(CLASSIFIER.readsLike());
        assertThat(next.domains())
                .containsExactly(
                        CLASSIFIER.domains().getFirst(),
                        new DomainTag(QualityDomain.WELL_LED, 1.0, List.of(CORRECTED)));
        assertThat(next.harm()).isEqualTo(CLASSIFIER.harm());
        assertThat(next.incidentCategory()).isEqualTo(CLASSIFIER.incidentCategory());
        assertThat(next.professionals())
                .containsExactly(new ProfessionalTag(ProfessionalRole.NURSE, true, 1.0, List.of(CORRECTED)));
        assertThat(next.complaint()).isEqualTo(CLASSIFIER.complaint());
        assertThat(next.signals()).containsExactly(new SignalTag(ConcernSignal.CONCEALMENT, 1.0, List.of(CORRECTED)));
        assertThat(next.needsTriage()).isFalse();
        assertThat(next.triageReasons()).isEmpty();
        assertThat(revised.review().changes())
                .containsExactly(
                        new Change("domains", "SAFE", "SAFE, WELL_LED"),
                        new Change(
                                "professionals", "NURSE (NMC)", "NURSE (NMC): fitness to practise may be in question"),
                        new Change("signals", "none", "CONCEALMENT"),
                        new Change("needsTriage", "true", "false"));
    }

    @Test
    void severeHarmStatedByTheReviewerMakesTheConcernUrgent() {
        var revised = ReviewPolicy.revise(
                CLASSIFIER,
                ReviewPolicy.check(proposal(
                        QualityDomain.SAFE, List.of(QualityDomain.SAFE), HarmLevel.SEVERE, List.of(), List.of())),
                "lead@trust.example",
                NOW);

        assertThat(revised.next().urgent()).isTrue();
        assertThat(revised.review().changes())
                .contains(new Change("harm", "LOW", "SEVERE"), new Change("urgent", "false", "true"));
    }

    @Test
    void reviewOfARevisionNoLongerCurrentIsStale() {
        ProposedReview stale = new ProposedReview(
                2,
                REASON,
                QualityDomain.SAFE,
                List.of(QualityDomain.SAFE),
                HarmLevel.LOW,
                IncidentCategory.MEDICATION,
                List.of(),
                ComplaintStatus.NONE,
                List.of());

        assertThatThrownBy(() -> ReviewPolicy.revise(CLASSIFIER, ReviewPolicy.check(stale), "lead@trust.example", NOW))
                .isInstanceOf(StaleRevisionException.class);
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        assertThatThrownBy(() ->
                        ReviewPolicy.check(new ProposedReview(null, null, null, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidReviewException.class, e -> {
                    assertThat(e.onlyBreaksRules()).isFalse();
                    assertThat(e.violations())
                            .extracting(Violation::field)
                            .containsExactly(
                                    "basedOnRevision",
                                    "reason",
                                    "primaryDomain",
                                    "domains",
                                    "harm",
                                    "incidentCategory",
                                    "professionals",
                                    "complaintStatus",
                                    "signals");
                });
    }

    @Test
    void fitnessToPractiseOfAnUnregisteredRoleBreaksARule() {
        assertThatThrownBy(() -> ReviewPolicy.check(proposal(
                        QualityDomain.SAFE,
                        List.of(QualityDomain.SAFE),
                        HarmLevel.LOW,
                        List.of(new StatedProfessional(ProfessionalRole.PORTER, true)),
                        List.of())))
                .isInstanceOfSatisfying(InvalidReviewException.class, e -> {
                    assertThat(e.onlyBreaksRules()).isTrue();
                    assertThat(e.violations())
                            .extracting(Violation::field)
                            .containsExactly("professionals[0].fitnessToPractise");
                });
    }

    @Test
    void reasonIsPlainTextOfTenToTwoThousandCharacters() {
        assertThat(invalidReason("  too short ")).contains("at least 10");
        assertThat(invalidReason("x".repeat(2001))).contains("2000 characters or fewer");
        assertThat(invalidReason("A reason with a \u0007 bell in it")).contains("control");
        assertThat(invalidReason("A reason \u2066hiding\u2069 its order")).contains("text-direction");
        assertThat(ReviewPolicy.check(proposal(
                                QualityDomain.SAFE, List.of(QualityDomain.SAFE), HarmLevel.LOW, List.of(), List.of()))
                        .reason())
                .isEqualTo(REASON);
    }

    private static String invalidReason(String reason) {
        ProposedReview review = new ProposedReview(
                1,
                reason,
                QualityDomain.SAFE,
                List.of(QualityDomain.SAFE),
                HarmLevel.LOW,
                IncidentCategory.MEDICATION,
                List.of(),
                ComplaintStatus.NONE,
                List.of());
        try {
            ReviewPolicy.check(review);
        } catch (InvalidReviewException e) {
            return e.violations().toString();
        }
        throw new AssertionError("reason accepted: " + reason);
    }

    private static ProposedReview proposal(
            QualityDomain primary,
            List<QualityDomain> domains,
            HarmLevel harm,
            List<StatedProfessional> professionals,
            List<ConcernSignal> signals) {
        return new ProposedReview(
                1,
                "  " + REASON + "\n",
                primary,
                List.copyOf(domains),
                harm,
                IncidentCategory.MEDICATION,
                List.copyOf(professionals),
                ComplaintStatus.NONE,
                List.copyOf(signals));
    }
}
