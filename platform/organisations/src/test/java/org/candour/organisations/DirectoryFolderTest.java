package org.candour.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryFolderTest {

    @TempDir
    Path folder;

    @Test
    void newerFilesAreSwappedIntoTheSameDirectoryWithEachChangeSaid() throws IOException {
        write(
                "QOP,E54000057,NHS Greater Manchester Integrated Care Board,Y62,North West\n"
                        + "QHL,E54000055,NHS Birmingham and Solihull Integrated Care Board,Y60,Midlands\n",
                "R0A,Manchester University NHS Foundation Trust,QOP\nRRK,University Hospitals Birmingham,QHL\n");
        DirectoryFolder directories = new DirectoryFolder(folder);
        OrganisationDirectory directory = directories.directory();
        assertThat(directory.trust("RZZ")).isEmpty();

        Files.writeString(
                folder.resolve("trust-icb.csv"),
                "RZZ,New Community Trust,QOP\nRZZ,New Community Trust,QHL\n",
                StandardOpenOption.APPEND);
        Files.writeString(
                folder.resolve("trust-icb.csv"),
                Files.readString(folder.resolve("trust-icb.csv"))
                        .replace("RRK,University Hospitals Birmingham,QHL\n", ""));

        var change = directories.refresh().orElseThrow();

        assertThat(change.changes())
                .containsExactly(
                        "trust RZZ added: New Community Trust, serving QOP, QHL",
                        "trust RRK removed: University Hospitals Birmingham, serving QHL");
        assertThat(change.digest()).hasSize(64);
        assertThat(directory.trust("RZZ"))
                .hasValueSatisfying(trust -> assertThat(trust.icbCodes()).containsExactly("QOP", "QHL"));
        assertThat(directory.trust("RRK")).isEmpty();
        assertThat(directories.refresh()).as("unchanged files change nothing").isEmpty();
    }

    @Test
    void filesThatDoNotMakeADirectoryAreRefusedAndTheDirectoryInUseStays() throws IOException {
        write(
                "QOP,E54000057,NHS Greater Manchester Integrated Care Board,Y62,North West\n",
                "R0A,Manchester University NHS Foundation Trust,QOP\n");
        DirectoryFolder directories = new DirectoryFolder(folder);

        Files.writeString(
                folder.resolve("trust-icb.csv"),
                "trust_ods_code,trust_name,icb_ods_code\nR0A,Manchester University NHS Foundation Trust,QZZ\n");
        assertThatThrownBy(directories::refresh).hasMessageContaining("unknown ICB QZZ");
        Files.writeString(folder.resolve("trust-icb.csv"), "trust_ods_code,trust_name,icb_ods_code\n");
        assertThatThrownBy(directories::refresh).hasMessageContaining("lists no trusts");

        assertThat(directories.directory().trust("R0A"))
                .hasValueSatisfying(trust -> assertThat(trust.icbCodes()).containsExactly("QOP"));
    }

    @Test
    void anIcbRenamedIsSaidWithItsOldAndNewName() throws IOException {
        write(
                "QOP,E54000057,NHS Greater Manchester Integrated Care Board,Y62,North West\n",
                "R0A,Manchester University NHS Foundation Trust,QOP\n");
        DirectoryFolder directories = new DirectoryFolder(folder);

        Files.writeString(
                folder.resolve("icbs.csv"),
                "icb_ods_code,icb_ons_code,icb_name,nhser_ods_code,nhser_name\n"
                        + "QOP,E54000057,NHS Greater Manchester ICB,Y62,North West\n");

        assertThat(directories.refresh().orElseThrow().changes())
                .containsExactly(
                        "ICB QOP changed: NHS Greater Manchester Integrated Care Board → NHS Greater Manchester ICB");
    }

    private void write(String icbs, String trusts) throws IOException {
        Files.writeString(
                folder.resolve("icbs.csv"), "icb_ods_code,icb_ons_code,icb_name,nhser_ods_code,nhser_name\n" + icbs);
        Files.writeString(folder.resolve("trust-icb.csv"), "trust_ods_code,trust_name,icb_ods_code\n" + trusts);
    }
}
