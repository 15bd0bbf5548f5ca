package org.candour.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class OrganisationDirectoryTest {

    private final OrganisationDirectory directory = OrganisationDirectory.bundled();

    @Test
    void bundledFactsHoldEveryIcbAndTrust() {
        assertThat(directory.icbCount()).isEqualTo(42);
        assertThat(directory.trustCount()).isEqualTo(207);
    }

    @Test
    void findsATrustByOdsCodeWhateverItsCaseAndTheIcbItServes() {
        Trust trust = directory.trust(" r0a ").orElseThrow();

        assertThat(trust.name()).isEqualTo("Manchester University NHS Foundation Trust");
        assertThat(directory.icbsServedBy(trust))
                .extracting(Icb::name)
                .containsExactly("NHS Greater Manchester Integrated Care Board");
    }

    @Test
    void aTrustServingSeveralIcbsListsThemAll() {
        Trust ambulance = directory.searchTrusts("North West Ambulance", 1).getFirst();

        assertThat(ambulance.icbCodes()).hasSizeGreaterThan(1);
        assertThat(directory.icbsServedBy(ambulance)).hasSameSizeAs(ambulance.icbCodes());
    }

    @Test
    void unknownCodeIsNotATrust() {
        assertThat(directory.trust("ZZZ99")).isEmpty();
        assertThat(directory.trust("QOP")).as("an ICB is not a trust").isEmpty();
    }

    @Test
    void quotedNamesWithCommasAreReadWhole() {
        assertThat(directory.icb("QOX").orElseThrow().name())
                .isEqualTo("NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board");
    }

    @Test
    void linkToAnUnknownIcbIsRejected() {
        var icbs = new StringReader("icb_ods_code,ons_code,name,nhse_region_code,nhse_region\nQOP,E1,GM,Y62,NW\n");
        var links = new StringReader("trust_ods_code,trust_name,icb_ods_code\nR0A,Manchester,QXX\n");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> OrganisationDirectory.read(icbs, links))
                .withMessage("Trust R0A is linked to unknown ICB QXX");
    }

    @Test
    void listsEveryIcbByName() {
        OrganisationDirectory directory = OrganisationDirectory.bundled();

        assertThat(directory.icbs()).hasSize(42).isSortedAccordingTo(java.util.Comparator.comparing(Icb::name));
        assertThat(directory.icbs()).extracting(Icb::code).contains("QOP");
        assertThat(directory.icb("QOP").orElseThrow().shortName()).isEqualTo("Greater Manchester");
    }
}
