package org.candour.intake.concern;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.candour.events.EventType;
import org.candour.events.IdentityChoice;
import org.candour.intake.IntakeProperties;
import org.candour.messaging.Outbox;
import org.candour.organisations.OrganisationDirectory;
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
    private final Outbox outbox;
    private final OrganisationDirectory directory;
    private final Clock clock;
    private final String referencePrefix;

    RaiseConcern(
            Concerns concerns,
            Outbox outbox,
            OrganisationDirectory directory,
            Clock clock,
            IntakeProperties properties) {
        this.concerns = concerns;
        this.outbox = outbox;
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
     */
    public record Command(
            String organisationCode, String description, IdentityChoice identity, boolean immediateDanger) {}

    @Transactional
    public Concern raise(Command command) {
        String organisationCode = directory
                .trust(command.organisationCode())
                .orElseThrow(() -> new UnknownOrganisationException(command.organisationCode()))
                .code();
        Instant now = clock.instant();
        Reference reference =
                Reference.of(referencePrefix, now.atZone(ENGLAND).getYear(), concerns.nextReferenceNumber());
        Concern concern = new Concern(
                UUID.randomUUID(),
                reference,
                organisationCode,
                command.description().strip(),
                command.identity(),
                command.immediateDanger(),
                now);
        concerns.add(concern);
        outbox.append(EventType.CONCERN_RAISED_V1, concern.id(), concern.id().toString(), concern.raised());
        return concern;
    }

    @Transactional(readOnly = true)
    public Optional<Concern> find(String reference) {
        return Reference.looksLikeOne(reference) ? concerns.withReference(new Reference(reference)) : Optional.empty();
    }
}
