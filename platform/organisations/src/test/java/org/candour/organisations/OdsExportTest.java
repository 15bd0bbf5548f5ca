package org.candour.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export written by hand in the shape NHS Digital documents for the ORD API's organisation endpoint
 * ({@code https://directory.spineservices.nhs.uk/ORD/2-0-0/organisations/<ods_code>}).
 */
class OdsExportTest {

    private static final String ROOT =
            "\"root\": \"2.16.840.1.113883.2.1.3.2.4.18.48\", \"assigningAuthorityName\": \"HSCIC\"";

    @TempDir
    Path folder;

    @Test
    void icbsTrustsAndTheIcbsEachServesAreReadFromActiveRolesAndRelationships() {
        OrganisationDirectory directory = OdsExport.read(new StringReader(export(
                region("Y62", "NORTH WEST"),
                region("Y63", "NORTH EAST AND YORKSHIRE"),
                icb("QOP", "NHS GREATER MANCHESTER INTEGRATED CARE BOARD", "Y62"),
                icb("QHM", "NHS NORTH EAST AND NORTH CUMBRIA INTEGRATED CARE BOARD", "Y63"),
                // Closed: neither an ICB of the directory nor a reason to refuse the trusts once linked to it.
                organisation(
                        "Q99", "NHS CLOSED INTEGRATED CARE BOARD", "Inactive", "RO261", rel("RE2", "Y62", "RO209")),
                wrapped(organisation(
                        "R0A",
                        "MANCHESTER UNIVERSITY NHS FOUNDATION TRUST",
                        "Active",
                        "RO197",
                        rel("RE5", "QOP", "RO261"),
                        rel("RE5", "Q99", "RO261", "Inactive"))),
                organisation(
                        "RX7",
                        "NORTH WEST AMBULANCE SERVICE NHS TRUST",
                        "Active",
                        "RO197",
                        rel("RE5", "QOP", "RO261"),
                        rel("RE8", "QHM", "RO261"),
                        rel("RE5", "QOP", "RO261")),
                // A trust closed, and a GP practice linked to an ICB: neither is a trust of the directory.
                organisation("RZZ", "CLOSED NHS TRUST", "Inactive", "RO197", rel("RE5", "QOP", "RO261")),
                organisation("P84001", "BEECH HOUSE SURGERY", "Active", "RO177", rel("RE4", "QOP", "RO261")))));

        assertThat(directory.icbs())
                .containsExactly(
                        new Icb("QOP", "", "NHS Greater Manchester Integrated Care Board", "Y62", "North West"),
                        new Icb(
                                "QHM",
                                "",
                                "NHS North East and North Cumbria Integrated Care Board",
                                "Y63",
                                "North East and Yorkshire"));
        assertThat(directory.trust("r0a"))
                .hasValue(new Trust("R0A", "Manchester University NHS Foundation Trust", java.util.List.of("QOP")));
        assertThat(directory.trust("RX7"))
                .hasValueSatisfying(trust -> assertThat(trust.icbCodes()).containsExactly("QOP", "QHM"));
        assertThat(directory.trust("RZZ")).isEmpty();
        assertThat(directory.trust("P84001")).isEmpty();
        assertThat(directory.trustCount()).isEqualTo(2);
    }

    @Test
    void aListOfOneGivenAsTheItemAloneIsReadAsTheList() {
        String trust = "{\"Organisation\": {\"Name\": \"SALFORD ROYAL NHS FOUNDATION TRUST\", \"OrgId\": {" + ROOT
                + ", \"extension\": \"RM3\"}, \"Status\": \"Active\","
                + " \"Roles\": {\"Role\": {\"id\": \"RO197\", \"primaryRole\": true, \"Status\": \"Active\"}},"
                + " \"Rels\": {\"Rel\": " + rel("RE5", "QOP", "RO261") + "}}}";

        OrganisationDirectory directory = OdsExport.read(new StringReader(export(
                region("Y62", "NORTH WEST"),
                icb("QOP", "NHS GREATER MANCHESTER INTEGRATED CARE BOARD", "Y62"),
                trust)));

        assertThat(directory.trust("RM3"))
                .hasValueSatisfying(found -> assertThat(found.icbCodes()).containsExactly("QOP"));
    }

    @Test
    void namesInCapitalsArePutInTheCasePeopleWriteThem() {
        assertThat(OdsExport.readable("GUY'S AND ST THOMAS' NHS FOUNDATION TRUST"))
                .isEqualTo("Guy's and St Thomas' NHS Foundation Trust");
        assertThat(OdsExport.readable("UNIVERSITY HOSPITALS OF NORTH MIDLANDS NHS TRUST"))
                .isEqualTo("University Hospitals of North Midlands NHS Trust");
        assertThat(OdsExport.readable("THE NEWCASTLE UPON TYNE HOSPITALS NHS FOUNDATION TRUST"))
                .isEqualTo("The Newcastle upon Tyne Hospitals NHS Foundation Trust");
        assertThat(OdsExport.readable("NHS STOKE-ON-TRENT ICB")).isEqualTo("NHS Stoke-on-Trent ICB");
        assertThat(OdsExport.readable("Already Written Well")).isEqualTo("Already Written Well");
    }

    @Test
    void whatTheDirectoryNeedsAndTheExportLacksIsRefusedSayingWhatIsMissing() {
        String region = region("Y62", "NORTH WEST");
        String qop = icb("QOP", "NHS GREATER MANCHESTER INTEGRATED CARE BOARD", "Y62");
        String trust = organisation(
                "R0A", "MANCHESTER UNIVERSITY NHS FOUNDATION TRUST", "Active", "RO197", rel("RE5", "QOP", "RO261"));

        assertThatThrownBy(() -> OdsExport.read(new StringReader(
                        export(region, organisation("QOP", "NHS GREATER MANCHESTER ICB", "Active", "RO261"), trust))))
                .hasMessage("ICB QOP has no active relationship to an NHS England region (an organisation with primary"
                        + " role RO209) in ods-organisations.json, so its region is not known");
        assertThatThrownBy(() -> OdsExport.read(new StringReader(export(qop, trust))))
                .hasMessage("ICB QOP belongs to NHS England region Y62, which ods-organisations.json does not hold:"
                        + " include the regions (primary role RO209) so that they can be named");
        assertThatThrownBy(() -> OdsExport.read(new StringReader(export(
                        region,
                        qop,
                        organisation(
                                "RX7",
                                "NWAS",
                                "Active",
                                "RO197",
                                rel("RE5", "QOP", "RO261"),
                                rel("RE5", "QZZ", "RO261"))))))
                .hasMessage("Trust RX7 is linked to unknown ICB QZZ: ods-organisations.json holds no active"
                        + " organisation QZZ with primary role RO261");
        assertThatThrownBy(() -> OdsExport.read(new StringReader(export(
                        region,
                        qop,
                        organisation("RAL", "ROYAL FREE LONDON NHS FOUNDATION TRUST", "Active", "RO197")))))
                .hasMessage("Trust RAL (Royal Free London NHS Foundation Trust) has no active relationship to an ICB of"
                        + " ods-organisations.json, so no ICB can be told of its concerns");
        assertThatThrownBy(() -> OdsExport.read(new StringReader(export(region, trust))))
                .hasMessageContaining("lists no ICBs");
        assertThatThrownBy(() -> OdsExport.read(new StringReader(export(region, qop))))
                .hasMessageContaining("lists no trusts");
        assertThatThrownBy(() -> OdsExport.read(new StringReader(export(region, qop, qop, trust))))
                .hasMessage("ICB QOP is listed twice in ods-organisations.json");
        assertThatThrownBy(() -> OdsExport.read(new StringReader("{\"Organisation\": {}}")))
                .hasMessageStartingWith("ods-organisations.json must be a JSON array of ODS ORD organisations");
        assertThatThrownBy(() -> OdsExport.read(new StringReader("[{\"Organisation\": {\"Name\": \"X\"}}]")))
                .hasMessage("Organisation 0 of ods-organisations.json has no OrgId.extension (its ODS code)");
        assertThatThrownBy(() -> OdsExport.read(new StringReader("[{\"Organisation\": ")))
                .hasMessageStartingWith("ods-organisations.json is not JSON");
    }

    @Test
    void aFolderWithAnExportIsReadAgainWhenItChangesAndRefusedWhenItHoldsBothShapes() throws IOException {
        String region = region("Y62", "NORTH WEST");
        String qop = icb("QOP", "NHS GREATER MANCHESTER INTEGRATED CARE BOARD", "Y62");
        Path file = folder.resolve("ods-organisations.json");
        Files.writeString(
                file,
                export(
                        region,
                        qop,
                        organisation(
                                "R0A",
                                "MANCHESTER UNIVERSITY NHS FOUNDATION TRUST",
                                "Active",
                                "RO197",
                                rel("RE5", "QOP", "RO261"))));
        DirectoryFolder directories = new DirectoryFolder(folder);
        OrganisationDirectory directory = directories.directory();
        assertThat(directory.trust("R0A")).isPresent();

        Files.writeString(
                file,
                export(
                        region,
                        qop,
                        organisation(
                                "R0A",
                                "MANCHESTER UNIVERSITY NHS FOUNDATION TRUST",
                                "Active",
                                "RO197",
                                rel("RE5", "QOP", "RO261")),
                        organisation(
                                "RM3",
                                "NORTHERN CARE ALLIANCE NHS FOUNDATION TRUST",
                                "Active",
                                "RO197",
                                rel("RE5", "QOP", "RO261"))));
        DirectoryFolder.Change change = directories.refresh().orElseThrow();

        assertThat(change.changes())
                .containsExactly("trust RM3 added: Northern Care Alliance NHS Foundation Trust, serving QOP");
        assertThat(change.digest()).hasSize(64);
        assertThat(directory.trust("RM3")).isPresent();
        assertThat(directories.refresh())
                .as("an unchanged export changes nothing")
                .isEmpty();

        Files.writeString(file, export(region, qop));
        assertThatThrownBy(directories::refresh).hasMessageContaining("lists no trusts");
        Files.writeString(
                file, export(region, qop, organisation("RM3", "X", "Active", "RO197", rel("RE5", "QOP", "RO261"))));
        Files.writeString(folder.resolve("icbs.csv"), "icb_ods_code,icb_ons_code,icb_name,nhser_ods_code,nhser_name\n");
        assertThatThrownBy(directories::refresh)
                .hasMessageContaining("holds both ods-organisations.json and icbs.csv/trust-icb.csv: keep one shape");
        assertThat(directory.trust("R0A")).as("the directory in use stays").isPresent();
    }

    private static String export(String... organisations) {
        return "[\n" + String.join(",\n", organisations) + "\n]";
    }

    private static String region(String code, String name) {
        return organisation(code, name, "Active", "RO209");
    }

    private static String icb(String code, String name, String region) {
        return organisation(code, name, "Active", "RO261", rel("RE2", region, "RO209"));
    }

    private static String wrapped(String organisation) {
        return "{\"Organisation\": " + organisation + "}";
    }

    /** An organisation as the ORD API gives it, without the fields the directory does not read. */
    private static String organisation(String code, String name, String status, String primaryRole, String... rels) {
        return "{\"Name\": \"" + name + "\", \"Date\": [{\"Type\": \"Operational\", \"Start\": \"2022-07-01\"}],"
                + " \"OrgId\": {" + ROOT + ", \"extension\": \"" + code + "\"}, \"Status\": \"" + status + "\","
                + " \"LastChangeDate\": \"2024-04-01\", \"orgRecordClass\": \"RC1\","
                + " \"GeoLoc\": {\"Location\": {\"Town\": \"SOMEWHERE\", \"PostCode\": \"M1 1AA\", \"Country\": \"ENGLAND\"}},"
                + " \"Roles\": {\"Role\": [{\"id\": \"" + primaryRole
                + "\", \"uniqueRoleId\": 1, \"primaryRole\": true,"
                + " \"Status\": \"" + status + "\"}, {\"id\": \"RO57\", \"uniqueRoleId\": 2, \"primaryRole\": false,"
                + " \"Status\": \"Active\"}]}"
                + (rels.length == 0 ? "" : ", \"Rels\": {\"Rel\": [" + String.join(", ", rels) + "]}")
                + "}";
    }

    private static String rel(String id, String target, String targetRole) {
        return rel(id, target, targetRole, "Active");
    }

    private static String rel(String id, String target, String targetRole, String status) {
        return "{\"Date\": [{\"Type\": \"Operational\", \"Start\": \"2022-07-01\"}], \"Status\": \"" + status + "\","
                + " \"Target\": {\"OrgId\": {" + ROOT + ", \"extension\": \"" + target + "\"},"
                + " \"PrimaryRoleId\": {\"id\": \"" + targetRole + "\", \"uniqueRoleId\": 3}},"
                + " \"id\": \"" + id + "\", \"uniqueRelId\": 4}";
    }
}
