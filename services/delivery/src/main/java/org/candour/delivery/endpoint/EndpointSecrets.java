package org.candour.delivery.endpoint;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.candour.delivery.webhook.WebhookSecret;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Endpoints' signing secrets, sealed at rest. An endpoint has one current secret; a rotated-out one
 * keeps signing until its grace period ends, so that a receiver can switch over without missing a
 * message. Secrets are opened only to sign, and only here.
 */
@Repository
public class EndpointSecrets {

    private final JdbcClient jdbc;
    private final SecretSeal seal;

    EndpointSecrets(JdbcClient jdbc, SecretSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    /**
     * The secrets that sign the endpoint's messages at {@code now}: the current one first, then the
     * rotated-out ones still in their grace period, newest first. Empty for an unknown endpoint.
     */
    public List<WebhookSecret> signingSecrets(UUID endpointId, Instant now) {
        return jdbc.sql("""
                        select id, sealed from endpoint_secret
                         where endpoint_id = ? and (expires_at is null or expires_at > ?)
                         order by expires_at is not null, created_at desc, id
                        """)
                .params(endpointId, Timestamp.from(now))
                .query((row, number) -> WebhookSecret.ofKey(
                        seal.open(row.getBytes("sealed"), endpointId, row.getObject("id", UUID.class))))
                .list();
    }

    /** Makes a new current secret for the endpoint, sealed, and returns it: the only time it is seen. */
    WebhookSecret issue(UUID endpointId, Instant now) {
        WebhookSecret secret = WebhookSecret.generate();
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into endpoint_secret (id, endpoint_id, sealed, created_at) values (?, ?, ?, ?)")
                .params(id, endpointId, seal.seal(secret.key(), endpointId, id), Timestamp.from(now))
                .update();
        return secret;
    }

    /**
     * Rotates: the current secret signs until {@code expiresAt} alongside a new current one, which is
     * returned. Secrets already rotated out keep their own expiry. The caller holds the endpoint's lock.
     */
    WebhookSecret rotate(UUID endpointId, Instant now, Instant expiresAt) {
        jdbc.sql("update endpoint_secret set expires_at = ? where endpoint_id = ? and expires_at is null")
                .params(Timestamp.from(expiresAt), endpointId)
                .update();
        return issue(endpointId, now);
    }
}
