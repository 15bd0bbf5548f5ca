package org.candour.intake.concern;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.candour.events.EventType;
import org.candour.events.IdentityChoice;
import org.candour.intake.IntakeProperties;
import org.candour.intake.identity.ContactDetails;
import org.candour.intake.identity.IdentityVault;
import org.candour.messaging.Outbox;
import org.candour.organisations.OrganisationDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts a concern: checks where it happened, gives it a reference, and keeps it together with the
 * event that announces it, in one transaction. Once this returns the concern is durable, whether or
 * not Kafka is reachable.
 */
@Service
public class RaiseConcern {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final Concerns concerns;
    private final IdempotencyKeys idempotencyKeys;
    private final Outbox outbox;
    private final IdentityVault vault;
    private final OrganisationDirectory directory;
    private final Clock clock;
    private final String referencePrefix;

    RaiseConcern(
            Concerns concerns,
            IdempotencyKeys idempotencyKeys,
            Outbox outbox,
            IdentityVault vault,
            OrganisationDirectory directory,
            Clock clock,
            IntakeProperties properties) {
        this.concerns = concerns;
        this.idempotencyKeys = idempotencyKeys;
        this.outbox = outbox;
        this.vault = vault;
        this.directory = directory;
        this.clock = clock;
        this.referencePrefix = properties.referencePrefix();
    }

    /**
     * What the reporter told us.
     *
     * @param organisationCode ODS code of the trust
     * @param description what happened
     * @param identity how they want to be known
     * @param immediateDanger whether someone is in danger now
     * @param contact how to reach a named or confidential reporter; none when anonymous
     */
    public record Command(
            String organisationCode,
            String description,
            IdentityChoice identity,
            boolean immediateDanger,
            @Nullable ContactDetails contact) {

        public Command {
            if ((identity == IdentityChoice.ANONYMOUS) != (contact == null)) {
                throw new ContactDetailsMismatchException(identity);
            }
        }

        /** Contact details stay out of logs. */
        @Override
        public String toString() {
            return "Command[organisationCode=" + organisationCode + ", identity=" + identity + "]";
        }

        /**
         * A digest of what was asked, to tell a retry from a different request under the same key.
         * Contact details are left out: an unkeyed hash of an email address could be reversed by
         * guessing, and the key table must hold nothing that identifies the reporter.
         */
        byte[] digest() {
            String canonical = String.join(
                    "\u0000",
                    organisationCode.strip().toUpperCase(Locale.ROOT),
                    description.strip(),
                    identity.name(),
                    Boolean.toString(immediateDanger));
            try {
                return MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java platform has SHA-256", e);
            }
        }
    }

    /**
     * The outcome of raising a concern.
     *
     * @param concern the concern
     * @param replayed whether an earlier request with the same Idempotency-Key created it
     */
    public record Raised(Concern concern, boolean replayed) {}

    /**
     * Raises the concern once per Idempotency-Key: a retry of the same request returns the concern
     * the first one created; a different request under a used key is refused.
     */
    @Transactional
    public Raised raise(Command command, String idempotencyKey) {
        byte[] digest = command.digest();
        Optional<IdempotencyKeys.Use> earlier = idempotencyKeys.find(idempotencyKey);
        if (earlier.isPresent()) {
            if (!MessageDigest.isEqual(earlier.get().requestDigest(), digest)) {
                throw new IdempotencyKeyReusedException();
            }
            return new Raised(concerns.withId(earlier.get().concernId()).orElseThrow(), true);
        }
        Concern concern = raise(command);
        idempotencyKeys.add(idempotencyKey, digest, concern.id(), concern.raisedAt());
        return new Raised(concern, false);
    }

    @Transactional
    public Concern raise(Command command) {
        String organisationCode = directory
                .trust(command.organisationCode())
                .orElseThrow(() -> new UnknownOrganisationException(command.organisationCode()))
                .code();
        Instant now = clock.instant();
        Reference reference =
                Reference.of(referencePrefix, now.atZone(ENGLAND).getYear(), concerns.nextReferenceNumber());
        UUID id = UUID.randomUUID();
        ContactDetails contact = command.contact();
        Concern concern = new Concern(
                id,
                reference,
                organisationCode,
                command.description().strip(),
                command.identity(),
                command.immediateDanger(),
                now,
                contact == null ? null : vault.seal(contact, id));
        concerns.add(concern);
        outbox.append(EventType.CONCERN_RAISED_V1, concern.id(), concern.id().toString(), concern.raised());
        return concern;
    }

    @Transactional(readOnly = true)
    public Optional<Concern> find(String reference) {
        return Reference.looksLikeOne(reference) ? concerns.withReference(new Reference(reference)) : Optional.empty();
    }
}
