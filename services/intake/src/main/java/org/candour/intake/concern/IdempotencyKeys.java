package org.candour.intake.concern;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Idempotency-Keys clients sent, each with the digest of its request and the concern it created. */
@Repository
class IdempotencyKeys {

    /** What a key was first used for. */
    record Use(byte[] requestDigest, UUID concernId) {}

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Use> find(String key) {
        return jdbc.sql("select request_digest, concern_id from idempotency_key where key = ?")
                .param(key)
                .query((row, n) -> new Use(row.getBytes("request_digest"), row.getObject("concern_id", UUID.class)))
                .optional();
    }

    /**
     * Records the key. A concurrent request with the same key makes this fail on the primary key,
     * which rolls back that request's concern: only one concern is ever kept per key.
     */
    void add(String key, byte[] requestDigest, UUID concernId, Instant now) {
        jdbc.sql("insert into idempotency_key (key, request_digest, concern_id, created_at) values (?, ?, ?, ?)")
                .params(key, requestDigest, concernId, Timestamp.from(now))
                .update();
    }
}
