package org.candour.intake.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.candour.events.Destination;
import org.candour.organisations.OrganisationDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressWordingTest {

    private static final Instant AT = Instant.parse("2026-11-25T09:14:03Z");
    private final ProgressWording wording = new ProgressWording(OrganisationDirectory.bundled());

    @Test
    void classificationIsAnAssessmentByRulesOrAReviewByAPersonWhenTheRulesWereUnsure() {
        assertThat(wording.words(ProgressStep.assessed(UUID.randomUUID(), UUID.randomUUID(), false, AT)))
                .isEqualTo("Assessed by the quality team's rules");
        assertThat(wording.words(ProgressStep.assessed(UUID.randomUUID(), UUID.randomUUID(), true, AT)))
                .isEqualTo("Being reviewed by a person in the quality team");
    }

    @Test
    void aConcernHeldByRoutingIsBeingCheckedBeforeItIsShared() {
        ProgressStep held = new ProgressStep(
                UUID.randomUUID(), UUID.randomUUID(), ProgressStep.Kind.HELD_FOR_CHECK, null, null, null, AT);

        assertThat(wording.words(held)).isEqualTo("Being checked by a person before it is shared");
    }

    @Test
    void aReviewersCorrectionSaysOnlyThatAPersonCheckedIt() {
        ProgressStep checked = ProgressStep.checked(UUID.randomUUID(), UUID.randomUUID(), AT);

        assertThat(wording.words(checked)).isEqualTo("Checked by a person in the quality team");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            TRUST_BOARD       | R0A | Shared with the trust board and its Freedom to Speak Up guardian
            ICS_QUALITY_GROUP | QOP | Shared with the Greater Manchester integrated care system quality group
            ICS_QUALITY_GROUP | QHG | Shared with the Bedfordshire, Luton and Milton Keynes integrated care system quality group
            CQC               | CQC | Shared with the Care Quality Commission (CQC)
            PHSO              | PHSO | Shared with the Parliamentary and Health Service Ombudsman (PHSO)
            HSSIB             | HSSIB | Shared with the Health Services Safety Investigations Body (HSSIB)
            GMC               | GMC | Shared with the General Medical Council (GMC)
            NMC               | NMC | Shared with the Nursing and Midwifery Council (NMC)
            HCPC              | HCPC | Shared with the Health and Care Professions Council (HCPC)
            GPHC              | GPHC | Shared with the General Pharmaceutical Council (GPhC)
            GDC               | GDC | Shared with the General Dental Council (GDC)
            GOC               | GOC | Shared with the General Optical Council (GOC)
            GOSC              | GOSC | Shared with the General Osteopathic Council (GOsC)
            GCC               | GCC | Shared with the General Chiropractic Council (GCC)
            SWE               | SWE | Shared with Social Work England
            """)
    void sharingNamesTheBodyInFull(Destination destination, String recipientCode, String words) {
        assertThat(wording.words(shared(destination, recipientCode))).isEqualTo(words);
    }

    @Test
    void everyDestinationHasItsOwnWords() {
        assertThat(Arrays.stream(Destination.values())
                        .map(destination -> wording.words(shared(destination, "QOP")))
                        .distinct())
                .hasSize(Destination.values().length);
    }

    @Test
    void anIcbTheDirectoryDoesNotKnowIsNotNamed() {
        assertThat(wording.words(shared(Destination.ICS_QUALITY_GROUP, "Q<script>")))
                .isEqualTo("Shared with an integrated care system quality group");
    }

    private static ProgressStep shared(Destination destination, String recipientCode) {
        return ProgressStep.shared(
                UUID.randomUUID(), UUID.randomUUID(), destination, recipientCode, UUID.randomUUID(), AT);
    }
}
