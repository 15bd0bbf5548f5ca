package org.candour.routing.directory;

import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.candour.organisations.DirectoryFolder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the operator's directory folder again every {@code candour.routing.organisation-directory-refresh}
 * (30 s) and, when its files changed, swaps them in and records what changed; files that do not make a
 * valid directory are refused, recorded with the reason, and the directory in use stays. Concerns
 * already routed are not routed again: each decision keeps the facts it was made on.
 */
@Component
@ConditionalOnProperty("candour.routing.organisation-directory")
public class DirectoryRefresh {

    private static final Logger log = LoggerFactory.getLogger(DirectoryRefresh.class);

    private final DirectoryFolder folder;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    DirectoryRefresh(DirectoryFolder folder, JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.folder = folder;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${candour.routing.organisation-directory-refresh:30s}",
            fixedDelayString = "${candour.routing.organisation-directory-refresh:30s}")
    public void refresh() {
        try {
            folder.refresh().ifPresent(change -> {
                record("APPLIED", change.digest(), change.changes());
                log.info("Organisation directory in {} changed: {}", folder.folder(), change.changes());
            });
        } catch (IllegalArgumentException | UncheckedIOException e) {
            log.error(
                    "Organisation directory in {} refused; the directory in use stays: {}",
                    folder.folder(),
                    e.getMessage());
            record("REFUSED", null, List.of(e.getMessage()));
        }
    }

    private void record(String outcome, @Nullable String digest, List<String> changes) {
        jdbc.sql("""
                        insert into directory_change (outcome, folder, digest, changes, recorded_at)
                        values (?, ?, ?, cast(? as jsonb), ?)
                        """)
                .params(
                        outcome,
                        folder.folder().toString(),
                        digest,
                        json.writeValueAsString(changes),
                        Timestamp.from(clock.instant()))
                .update();
    }
}
