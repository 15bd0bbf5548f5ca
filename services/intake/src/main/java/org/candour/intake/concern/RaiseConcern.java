package org.candour.intake.concern;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.candour.events.AffectedPerson;
import org.candour.events.EventType;
import org.candour.events.HarmLevel;
import org.candour.events.IdentityChoice;
import org.candour.events.Occurred;
import org.candour.events.Professional;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.events.RaisedBefore;
import org.candour.intake.IntakeProperties;
import org.candour.intake.identity.ContactDetails;
import org.candour.intake.identity.IdentityVault;
import org.candour.messaging.Outbox;
import org.candour.organisations.Icb;
import org.candour.organisations.OrganisationDirectory;
import org.candour.organisations.Trust;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final ReceiptCodes receiptCodes;
    private final TransactionTemplate transactions;

    RaiseConcern(
            Concerns concerns,
            IdempotencyKeys idempotencyKeys,
            Outbox outbox,
            IdentityVault vault,
            OrganisationDirectory directory,
            Clock clock,
            ReceiptCodes receiptCodes,
            TransactionTemplate transactions,
            IntakeProperties properties) {
        this.concerns = concerns;
        this.idempotencyKeys = idempotencyKeys;
        this.outbox = outbox;
        this.vault = vault;
        this.directory = directory;
        this.clock = clock;
        this.referencePrefix = properties.referencePrefix();
        this.receiptCodes = receiptCodes;
        this.transactions = transactions;
    }

    /**
     * What the reporter told us.
     *
     * @param provider where it happened
     * @param service the service, ward or department, if given
     * @param occurred when it happened
     * @param description what happened
     * @param affected who was affected
     * @param reportedHarm how badly, in the reporter's judgement
     * @param immediateDanger whether someone is in danger now
     * @param professionals the professionals involved, by role
     * @param raisedBefore whether and how it was raised before
     * @param identity how they want to be known
     * @param contact how to reach a named or confidential reporter; none when anonymous
     */
    public record Command(
            ProviderChoice provider,
            @Nullable String service,
            Occurred occurred,
            String description,
            List<AffectedPerson> affected,
            HarmLevel reportedHarm,
            boolean immediateDanger,
            List<Professional> professionals,
            RaisedBefore raisedBefore,
            IdentityChoice identity,
            @Nullable ContactDetails contact) {

        public Command {
            if ((identity == IdentityChoice.ANONYMOUS) != (contact == null)) {
                throw new ContactDetailsMismatchException(identity);
            }
            affected = List.copyOf(affected);
            professionals = List.copyOf(professionals);
        }

        /** Contact details stay out of logs. */
        @Override
        public String toString() {
            return "Command[provider=" + provider + ", identity=" + identity + "]";
        }

        /**
         * A digest of what was asked, to tell a retry from a different request under the same key.
         * Contact details are left out: an unkeyed hash of an email address could be reversed by
         * guessing, and the key table must hold nothing that identifies the reporter.
         */
        byte[] digest() {
            String canonical = String.join(
                    "\u0000",
                    provider.toString(),
                    String.valueOf(service),
                    occurred.toString(),
                    description.strip(),
                    affected.toString(),
                    reportedHarm.name(),
                    Boolean.toString(immediateDanger),
                    professionals.toString(),
                    raisedBefore.toString(),
                    identity.name());
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
     * @param receiptCode for an anonymous reporter, the code to follow the concern with; shown once
     * @param replayed whether an earlier request with the same Idempotency-Key created it
     */
    public record Raised(Concern concern, @Nullable String receiptCode, boolean replayed) {

        /** The receipt code stays out of logs. */
        @Override
        public String toString() {
            return "Raised[reference=" + concern.reference() + ", replayed=" + replayed + "]";
        }
    }

    /**
     * Raises the concern once per Idempotency-Key: a retry of the same request returns the concern
     * the first one created; a different request under a used key is refused. A retry means the
     * first answer, and the receipt code in it, may never have arrived; the code cannot be shown
     * again because only its hash is kept, so a new one replaces it.
     */
    public Raised raise(Command command, String idempotencyKey) {
        byte[] digest = command.digest();
        Provider provider = resolve(command.provider());
        ReceiptCodes.Issued receipt = issueFor(command.identity());
        return inTransaction(() -> {
            Optional<IdempotencyKeys.Use> earlier = idempotencyKeys.find(idempotencyKey);
            if (earlier.isPresent()) {
                if (!MessageDigest.isEqual(earlier.get().requestDigest(), digest)) {
                    throw new IdempotencyKeyReusedException();
                }
                Concern concern = concerns.withId(earlier.get().concernId()).orElseThrow();
                if (receipt != null) {
                    concerns.replaceReceiptCodeHash(concern.id(), receipt.hash());
                }
                return new Raised(concern, receipt == null ? null : receipt.code(), true);
            }
            Raised raised = store(command, provider, receipt);
            idempotencyKeys.add(
                    idempotencyKey,
                    digest,
                    raised.concern().id(),
                    raised.concern().raisedAt());
            return raised;
        });
    }

    public Raised raise(Command command) {
        Provider provider = resolve(command.provider());
        ReceiptCodes.Issued receipt = issueFor(command.identity());
        return inTransaction(() -> store(command, provider, receipt));
    }

    /**
     * A receipt code for an anonymous reporter, hashed before the transaction opens: the slow
     * hash must not hold a database connection.
     */
    private ReceiptCodes.@Nullable Issued issueFor(IdentityChoice identity) {
        return identity == IdentityChoice.ANONYMOUS ? receiptCodes.issue() : null;
    }

    private Raised inTransaction(Supplier<Raised> work) {
        return Objects.requireNonNull(transactions.execute(status -> work.get()));
    }

    private Raised store(Command command, Provider provider, ReceiptCodes.@Nullable Issued receipt) {
        Instant now = clock.instant();
        Reference reference =
                Reference.of(referencePrefix, now.atZone(ENGLAND).getYear(), concerns.nextReferenceNumber());
        UUID id = UUID.randomUUID();
        ContactDetails contact = command.contact();
        Concern concern = new Concern(
                id,
                reference,
                now,
                provider,
                command.service(),
                command.occurred(),
                command.description().strip(),
                command.affected(),
                command.reportedHarm(),
                command.immediateDanger(),
                command.professionals(),
                command.raisedBefore(),
                command.identity(),
                contact == null ? null : vault.seal(contact, id));
        concerns.add(concern, receipt == null ? null : receipt.hash());
        outbox.append(EventType.CONCERN_RAISED_V1, concern.id(), concern.id().toString(), concern.raised());
        return new Raised(concern, receipt == null ? null : receipt.code(), false);
    }

    /** Checks the provider against the directory; a trust's name comes from there, not the request. */
    private Provider resolve(ProviderChoice choice) {
        if (choice.kind() == ProviderKind.NHS_TRUST) {
            String odsCode = Objects.requireNonNull(choice.odsCode(), "an NHS trust has an ODS code");
            Trust trust = directory.trust(odsCode).orElseThrow(() -> UnknownOrganisationException.trust(odsCode));
            return new Provider(
                    ProviderKind.NHS_TRUST, trust.code(), trust.name(), placeOfCare(trust, choice.icbCode()));
        }
        String icbCode = Objects.requireNonNull(choice.icbCode(), "a provider other than a trust names its ICB");
        Icb icb = directory.icb(icbCode).orElseThrow(() -> UnknownOrganisationException.icb(icbCode));
        String odsCode = choice.odsCode();
        return new Provider(
                choice.kind(),
                odsCode == null ? null : odsCode.strip().toUpperCase(Locale.ROOT),
                Objects.requireNonNull(choice.name(), "a provider other than a trust has a name"),
                icb.code());
    }

    /**
     * The ICB whose area the care at a trust was in, when the reporter gave one: it must be one the trust
     * serves, so that routing can tell that ICB alone. None when not given ("not sure").
     */
    private @Nullable String placeOfCare(Trust trust, @Nullable String icbCode) {
        if (icbCode == null) {
            return null;
        }
        List<Icb> served = directory.icbsServedBy(trust);
        return served.stream()
                .map(Icb::code)
                .filter(code -> code.equals(icbCode.strip().toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> UnknownOrganisationException.icbNotServed(trust, served, icbCode));
    }

    @Transactional(readOnly = true)
    public Optional<Concern> find(String reference) {
        return Reference.looksLikeOne(reference) ? concerns.withReference(new Reference(reference)) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public Optional<Concern> find(UUID id) {
        return concerns.withId(id);
    }
}
