package org.candour.intake.form;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import org.candour.events.AffectedPerson;
import org.candour.events.HarmLevel;
import org.candour.events.IdentityChoice;
import org.candour.events.Occurred;
import org.candour.events.Professional;
import org.candour.events.ProfessionalRole;
import org.candour.events.ProviderKind;
import org.candour.events.RaisedBefore;
import org.candour.events.RaisedRoute;
import org.candour.intake.concern.ProviderChoice;
import org.candour.intake.concern.RaiseConcern;
import org.candour.intake.concern.web.RaiseConcernRequest;
import org.candour.intake.form.ConcernDraft.ProfessionalAnswer;
import org.candour.intake.identity.ContactDetails;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ConcernDraftTest {

    private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
    private static final Validator validator = factory.getValidator();

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void anAnonymousConcernAboutATrustBecomesTheRequestAnApiClientWouldSend() {
        ConcernDraft draft = new ConcernDraft();
        draft.choseTrust("manchester university", "R0A", false);
        draft.answerService("");
        draft.happenedWhenNotSure();
        draft.describe("Insulin was missed on the night shift.\nTwice.");
        draft.answerDanger(false);
        draft.answerAffected(List.of(AffectedPerson.PATIENT));
        draft.answerHarm(HarmLevel.MODERATE);
        draft.answerProfessionalsInvolved(false);
        draft.answerRaisedBefore(List.of(), DateParts.BLANK, null);
        draft.answerIdentity(IdentityChoice.ANONYMOUS, "ignored", "ignored@nhs.net");

        RaiseConcernRequest request = draft.toRequest();

        assertThat(validator.validate(request)).isEmpty();
        assertThat(request.toCommand())
                .usingRecursiveComparison()
                .isEqualTo(new RaiseConcern.Command(
                        ProviderChoice.trust("R0A"),
                        null,
                        Occurred.unknown(),
                        "Insulin was missed on the night shift.\nTwice.",
                        List.of(AffectedPerson.PATIENT),
                        HarmLevel.MODERATE,
                        false,
                        List.of(),
                        RaisedBefore.notRaised(),
                        IdentityChoice.ANONYMOUS,
                        null));
    }

    @Test
    void everyAnswerAboutAGpPracticeIsCarriedOver() {
        ConcernDraft draft = new ConcernDraft();
        draft.choseKind(ProviderKind.GP_PRACTICE);
        draft.describedProvider("Beech House Surgery", "QOP", "P84001");
        draft.answerService("Repeat prescriptions");
        draft.happenedOn(new DateParts("1", "3", "2026"), LocalDate.of(2026, 3, 1));
        draft.describe("Warfarin issued without INR checks.");
        draft.answerDanger(true);
        draft.answerAffected(List.of(AffectedPerson.SEVERAL_PATIENTS, AffectedPerson.STAFF));
        draft.answerHarm(HarmLevel.LOW);
        draft.answerProfessionalsInvolved(true);
        draft.confirmProfessionals(List.of(
                new ProfessionalAnswer(ProfessionalRole.DOCTOR, "Dr A Example"),
                new ProfessionalAnswer(ProfessionalRole.ADMINISTRATOR, "")));
        draft.answerRaisedBefore(
                List.of(RaisedRoute.LINE_MANAGER, RaisedRoute.FORMAL_COMPLAINT),
                new DateParts("1", "4", "2026"),
                LocalDate.of(2026, 4, 1));
        draft.answerIdentity(IdentityChoice.CONFIDENTIAL, "Ada Lovelace", "ada.lovelace@nhs.net");

        RaiseConcernRequest request = draft.toRequest();

        assertThat(validator.validate(request)).isEmpty();
        assertThat(request.toCommand())
                .usingRecursiveComparison()
                .isEqualTo(new RaiseConcern.Command(
                        new ProviderChoice(ProviderKind.GP_PRACTICE, "P84001", "Beech House Surgery", "QOP"),
                        "Repeat prescriptions",
                        new Occurred(LocalDate.of(2026, 3, 1), null),
                        "Warfarin issued without INR checks.",
                        List.of(AffectedPerson.SEVERAL_PATIENTS, AffectedPerson.STAFF),
                        HarmLevel.LOW,
                        true,
                        List.of(
                                new Professional(ProfessionalRole.DOCTOR, "Dr A Example"),
                                new Professional(ProfessionalRole.ADMINISTRATOR, null)),
                        new RaisedBefore(
                                List.of(RaisedRoute.LINE_MANAGER, RaisedRoute.FORMAL_COMPLAINT),
                                LocalDate.of(2026, 4, 1)),
                        IdentityChoice.CONFIDENTIAL,
                        new ContactDetails("Ada Lovelace", "ada.lovelace@nhs.net")));
    }

    @Test
    void aRiskThatAffectedNoOneHasUnknownHarmEvenIfHarmWasAnsweredBeforeTheChange() {
        ConcernDraft draft = new ConcernDraft();
        draft.answerAffected(List.of(AffectedPerson.PATIENT));
        draft.answerHarm(HarmLevel.SEVERE);
        draft.answerAffected(List.of(AffectedPerson.NO_ONE_YET));

        assertThat(draft.toRequest().harm()).isEqualTo(HarmLevel.UNKNOWN);
    }

    @Test
    void professionalsAnsweredBeforeChangingToNoAreNotSent() {
        ConcernDraft draft = new ConcernDraft();
        draft.answerProfessionalsInvolved(true);
        draft.confirmProfessionals(List.of(new ProfessionalAnswer(ProfessionalRole.NURSE, "Jo")));
        draft.answerProfessionalsInvolved(false);

        assertThat(draft.toRequest().professionals()).isEmpty();
    }

    @Test
    void anIncompleteDraftFailsTheApiRulesNamingEachMissingAnswer() {
        assertThat(validator.validate(new ConcernDraft().toRequest()))
                .extracting(violation -> violation.getPropertyPath().toString())
                .contains("provider", "description", "identity");
    }

    @Test
    void theDraftNeverShowsWhatItHoldsInALog() {
        ConcernDraft draft = new ConcernDraft();
        draft.describe("Secret");
        draft.answerIdentity(IdentityChoice.NAMED, "Ada Lovelace", "ada@nhs.net");

        assertThat(draft.toString()).doesNotContain("Secret").doesNotContain("Ada");
    }
}
