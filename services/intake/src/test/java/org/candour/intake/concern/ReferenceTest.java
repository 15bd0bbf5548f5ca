package org.candour.intake.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ReferenceTest {

    @Test
    void referenceCarriesThePrefixTheYearAndAZeroPaddedNumber() {
        assertThat(Reference.of("QC", 2026, 123).value()).isEqualTo("QC-2026-000123");
        assertThat(Reference.of("QC", 2026, 1_234_567).value()).isEqualTo("QC-2026-1234567");
    }

    @Test
    void onlyWellFormedReferencesAreAccepted() {
        assertThat(Reference.looksLikeOne("QC-2026-000123")).isTrue();
        assertThat(Reference.looksLikeOne("QC-2026-123")).isFalse();
        assertThat(Reference.looksLikeOne("qc-2026-000123")).isFalse();
        assertThat(Reference.looksLikeOne("QC-2026-000123'; drop table concern"))
                .isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new Reference("../../etc/passwd"));
    }
}
