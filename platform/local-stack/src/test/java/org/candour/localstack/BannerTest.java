package org.candour.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BannerTest {

    @Test
    void listsWhereEverythingListensInAlignedColumns() {
        String banner = Banner.text(
                Duration.ofMillis(41_234),
                Service.all(),
                9092,
                15432,
                ".candour/logs/",
                ".candour/secrets/handling-team-token",
                ".candour/secrets/triage-reviewer-password");

        assertThat(banner.lines())
                .containsExactly(
                        "Candour is running (started in 41.2 s)",
                        "  intake          http://127.0.0.1:8080   (the form; API: POST /api/v1/concerns)",
                        "  classification  http://127.0.0.1:8081   (triage queue: /triage)",
                        "  routing         http://127.0.0.1:8082   (timeline: GET /api/v1/concerns/{reference}/timeline)",
                        "  delivery        http://127.0.0.1:8083",
                        "  Kafka           127.0.0.1:9092",
                        "  PostgreSQL      jdbc:postgresql://127.0.0.1:15432/<service>  (user postgres)",
                        "  logs            .candour/logs/",
                        "  handling team   token in .candour/secrets/handling-team-token  (Authorization: Bearer, for"
                                + " /api/v1/concerns/{reference}/questions)",
                        "  triage reviewer quality-lead, password in .candour/secrets/triage-reviewer-password  (sign in"
                                + " at /triage; HTTP Basic for /api/v1/triage)",
                        "Press Ctrl-C to stop.");
    }
}
