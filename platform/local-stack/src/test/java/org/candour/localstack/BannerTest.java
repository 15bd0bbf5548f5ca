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
                ".candour/secrets/triage-reviewer-password",
                ".candour/secrets/oauth-clients");

        assertThat(banner.lines())
                .containsExactly(
                        "Candour is running (started in 41.2 s)",
                        "  intake               http://127.0.0.1:8080   (the form; API: POST /api/v1/concerns)",
                        "  classification       http://127.0.0.1:8081   (triage queue: /triage)",
                        "  routing              http://127.0.0.1:8082   (timeline: GET /api/v1/concerns/{reference}/timeline;"
                                + " ICB feed: /api/v1/icbs)",
                        "  delivery             http://127.0.0.1:8083",
                        "  authorisation-server http://127.0.0.1:9000   (OAuth2 tokens: POST /oauth2/token)",
                        "  Kafka                127.0.0.1:9092",
                        "  PostgreSQL           jdbc:postgresql://127.0.0.1:15432/<service>  (user postgres)",
                        "  logs                 .candour/logs/",
                        "  handling team        token in .candour/secrets/handling-team-token  (Authorization: Bearer, for"
                                + " /api/v1/concerns/{reference}/questions)",
                        "  triage reviewer      quality-lead, password in .candour/secrets/triage-reviewer-password  (sign in"
                                + " at /triage; HTTP Basic for /api/v1/triage)",
                        "  OAuth2 clients       icb-<ICB code> (e.g. icb-QOP) and body-<code> (e.g. body-CQC), id and"
                                + " secret in .candour/secrets/oauth-clients",
                        "Press Ctrl-C to stop.");
    }
}
