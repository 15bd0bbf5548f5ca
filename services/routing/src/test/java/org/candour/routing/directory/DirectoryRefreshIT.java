package org.candour.routing.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.routing.ClassifiedConcerns.classified;
import static org.candour.routing.ClassifiedConcerns.trust;
import static org.candour.routing.RoutedCases.destinations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.candour.events.ConcernClassifiedV2;
import org.candour.organisations.OrganisationDirectory;
import org.candour.routing.cases.RouteConcern;
import org.candour.testsupport.Infrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An operator's directory folder, changed while routing runs, on a real PostgreSQL. */
@SpringBootTest(properties = "candour.routing.organisation-directory-refresh=1h")
class DirectoryRefreshIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final Path folder = bundledCopy();

    @Autowired
    DirectoryRefresh refresh;

    @Autowired
    RouteConcern routeConcern;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("routing_directory_it", registry);
        registry.add("candour.routing.organisation-directory", folder::toString);
    }

    @Test
    void aTrustAddedToTheFolderIsRoutedWithoutARestartAndABrokenFileIsRefusedAndRecorded() throws IOException {
        ConcernClassifiedV2 before = classified(trust("RZZ"));
        routeConcern.route(before);
        assertThat(destinations(jdbc, before.concernId()))
                .as("an unknown trust waits for a person")
                .isEmpty();

        Files.writeString(
                folder.resolve("trust-icb.csv"), "RZZ,New Community Health NHS Trust,QOP\n", StandardOpenOption.APPEND);
        refresh.refresh();
        ConcernClassifiedV2 after = classified(trust("RZZ"));
        routeConcern.route(after);

        assertThat(destinations(jdbc, after.concernId()))
                .containsExactlyInAnyOrder("TRUST_BOARD RZZ", "ICS_QUALITY_GROUP QOP");
        assertThat(changes("APPLIED"))
                .singleElement()
                .asString()
                .contains("trust RZZ added: New Community Health NHS Trust, serving QOP");

        Files.writeString(folder.resolve("icbs.csv"), "icb_ods_code,ons_code,name,nhse_region_code,nhse_region\n");
        refresh.refresh();
        ConcernClassifiedV2 still = classified(trust("RZZ"));
        routeConcern.route(still);

        assertThat(changes("REFUSED")).singleElement().asString().contains("linked to unknown ICB QOP");
        assertThat(destinations(jdbc, still.concernId())).contains("TRUST_BOARD RZZ");
    }

    private List<String> changes(String outcome) {
        return jdbc.sql("select changes::text from directory_change where outcome = ? order by position")
                .param(outcome)
                .query(String.class)
                .list();
    }

    /** The bundled reference files, copied to a folder an operator could change. */
    private static Path bundledCopy() {
        try {
            Path copy = Files.createTempDirectory("candour-directory-it");
            for (String file : List.of("icbs.csv", "trust-icb.csv")) {
                try (InputStream in = OrganisationDirectory.class.getResourceAsStream(file)) {
                    Files.copy(in, copy.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
