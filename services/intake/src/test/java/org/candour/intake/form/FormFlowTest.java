package org.candour.intake.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.candour.events.AffectedPerson;
import org.candour.events.HarmLevel;
import org.candour.events.IdentityChoice;
import org.candour.events.ProviderKind;
import org.junit.jupiter.api.Test;

class FormFlowTest {

    @Test
    void aPageReachedBeforeTheEarlierAnswersSendsToTheFirstMissing() {
        ConcernDraft draft = new ConcernDraft();
        assertThat(FormFlow.canShow(Step.HARM, draft)).isFalse();
        assertThat(FormFlow.firstUnanswered(draft)).isEqualTo(Step.WHERE);

        draft.choseTrust("R0A", "R0A", false);
        draft.answerService("");
        assertThat(FormFlow.firstUnanswered(draft)).isEqualTo(Step.WHEN);
        assertThat(FormFlow.canShow(Step.SERVICE, draft)).isTrue();
        assertThat(FormFlow.canShow(Step.WHAT_HAPPENED, draft)).isFalse();
    }

    @Test
    void aProviderThatIsNotATrustNeedsItsDetailsBeforeAnythingElse() {
        ConcernDraft draft = new ConcernDraft();
        draft.choseKind(ProviderKind.GP_PRACTICE);
        assertThat(FormFlow.firstUnanswered(draft)).isEqualTo(Step.WHERE_PROVIDER);
        draft.describedProvider("Beech House Surgery", "QOP", "");
        assertThat(FormFlow.firstUnanswered(draft)).isEqualTo(Step.SERVICE);
        assertThat(FormFlow.back(Step.SERVICE, draft, false)).isEqualTo("/concern/where/provider");
    }

    @Test
    void aTrustThatServesSeveralIcbsIsFollowedByTheAreaOfTheCareAndOnlyThen() {
        ConcernDraft draft = new ConcernDraft();
        draft.choseTrust("ambulance", "RX7", true);
        assertThat(FormFlow.next(Step.WHERE, draft)).isEqualTo(Step.WHERE_AREA);
        assertThat(FormFlow.next(Step.WHERE_TRUST, draft)).isEqualTo(Step.WHERE_AREA);
        assertThat(FormFlow.firstUnanswered(draft)).isEqualTo(Step.WHERE_AREA);
        assertThat(FormFlow.canShow(Step.SERVICE, draft)).isFalse();

        draft.answerArea(null);
        assertThat(FormFlow.firstUnanswered(draft)).isEqualTo(Step.SERVICE);
        assertThat(FormFlow.back(Step.SERVICE, draft, false)).isEqualTo("/concern/where/area");
        assertThat(FormFlow.back(Step.WHERE_AREA, draft, false)).isEqualTo("/concern/where");
        assertThat(draft.toRequest().provider().icbCode()).isNull();

        draft.answerArea("QOP");
        assertThat(draft.toRequest().provider().icbCode()).isEqualTo("QOP");

        // Choosing a trust again asks again: the answer belonged to the trust chosen before.
        draft.choseTrust("ambulance", "RX7", true);
        assertThat(FormFlow.after(Step.WHERE, draft, true)).isEqualTo("/concern/where/area?change=true");
        draft.choseTrust("R0A", "R0A", false);
        assertThat(FormFlow.canShow(Step.WHERE_AREA, draft)).isFalse();
        assertThat(FormFlow.next(Step.WHERE, draft)).isEqualTo(Step.SERVICE);
        assertThat(draft.toRequest().provider().icbCode()).isNull();
    }

    @Test
    void dangerLeadsToTheWarningAndHarmIsNotAskedOfARiskThatAffectedNoOne() {
        ConcernDraft draft = answeredUpToDanger();
        draft.answerDanger(true);
        assertThat(FormFlow.next(Step.DANGER, draft)).isEqualTo(Step.ACT_NOW);
        assertThat(FormFlow.next(Step.ACT_NOW, draft)).isEqualTo(Step.AFFECTED);

        draft.answerAffected(List.of(AffectedPerson.NO_ONE_YET));
        assertThat(FormFlow.next(Step.AFFECTED, draft)).isEqualTo(Step.PROFESSIONALS);
        assertThat(FormFlow.firstUnanswered(draft)).isEqualTo(Step.PROFESSIONALS);
        assertThat(FormFlow.back(Step.PROFESSIONALS, draft, false)).isEqualTo("/concern/affected");
        assertThat(FormFlow.back(Step.AFFECTED, draft, false)).isEqualTo("/concern/danger");

        draft.answerAffected(List.of(AffectedPerson.PATIENT));
        assertThat(FormFlow.next(Step.AFFECTED, draft)).isEqualTo(Step.HARM);
        assertThat(FormFlow.firstUnanswered(draft)).isEqualTo(Step.HARM);
    }

    @Test
    void aChangeReturnsToTheCheckPageUnlessItNeedsAnotherAnswerFirst() {
        ConcernDraft draft = answeredUpToDanger();
        draft.answerDanger(false);
        draft.answerAffected(List.of(AffectedPerson.NO_ONE_YET));
        draft.answerProfessionalsInvolved(false);
        draft.answerRaisedBefore(List.of(), DateParts.BLANK, null);
        draft.answerIdentity(IdentityChoice.ANONYMOUS, "", "");
        assertThat(FormFlow.firstUnanswered(draft)).isEqualTo(Step.CHECK);
        assertThat(FormFlow.after(Step.SERVICE, draft, true)).isEqualTo("/concern/check");
        assertThat(FormFlow.back(Step.SERVICE, draft, true)).isEqualTo("/concern/check");

        draft.answerAffected(List.of(AffectedPerson.PATIENT));
        assertThat(FormFlow.after(Step.AFFECTED, draft, true)).isEqualTo("/concern/harm?change=true");
        draft.answerHarm(HarmLevel.LOW);

        draft.answerProfessionalsInvolved(true);
        assertThat(FormFlow.after(Step.PROFESSIONALS, draft, true))
                .isEqualTo("/concern/professionals/list?change=true");

        draft.answerProfessionalsInvolved(false);
        draft.answerDanger(true);
        assertThat(FormFlow.after(Step.DANGER, draft, true)).isEqualTo("/concern/danger/act-now?change=true");
        assertThat(FormFlow.after(Step.ACT_NOW, draft, true)).isEqualTo("/concern/check");
    }

    private static ConcernDraft answeredUpToDanger() {
        ConcernDraft draft = new ConcernDraft();
        draft.choseTrust("R0A", "R0A", false);
        draft.answerService("");
        draft.happenedWhenNotSure();
        draft.describe("Insulin was missed.");
        return draft;
    }
}
