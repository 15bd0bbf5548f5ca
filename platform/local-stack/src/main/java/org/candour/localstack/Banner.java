package org.candour.localstack;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a developer needs once everything is up: where each part listens, where the logs are, and
 * where the handling team's local token, the triage reviewer's local password and the OAuth2
 * clients' local credentials are.
 */
final class Banner {

    private Banner() {}

    static String text(
            Duration startup,
            List<Service> services,
            int kafkaPort,
            int postgresPort,
            String logs,
            String handlingTeamToken,
            String reviewerPassword,
            String clientCredentials) {
        var text = new StringBuilder()
                .append(String.format(
                        Locale.ROOT, "Candour is running (started in %.1f s)%n", startup.toMillis() / 1000.0));
        for (Service service : services) {
            String url = "http://127.0.0.1:" + service.port();
            text.append(row(service.name(), service.hint().isEmpty() ? url : "%-24s%s".formatted(url, service.hint())));
        }
        return text.append(row("Kafka", "127.0.0.1:" + kafkaPort))
                .append(row(
                        "PostgreSQL", "jdbc:postgresql://127.0.0.1:" + postgresPort + "/<service>  (user postgres)"))
                .append(row("logs", logs))
                .append(row(
                        "handling team",
                        "token in " + handlingTeamToken
                                + "  (Authorization: Bearer, for /api/v1/concerns/{reference}/questions)"))
                .append(row(
                        "triage reviewer",
                        LocalStack.REVIEWER + ", password in " + reviewerPassword
                                + "  (sign in at /triage; HTTP Basic for /api/v1/triage)"))
                .append(row(
                        "OAuth2 clients",
                        "icb-<ICB code> (e.g. icb-QOP) and body-<code> (e.g. body-CQC), id and secret in "
                                + clientCredentials))
                .append("Press Ctrl-C to stop.")
                .append(System.lineSeparator())
                .toString();
    }

    private static String row(String label, String value) {
        return "  %-21s%s%n".formatted(label, value);
    }
}
