package org.candour.intake.concern;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import org.candour.events.IdentityChoice;
import org.candour.intake.identity.IdentityVault;
import org.candour.intake.identity.SealedContact;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets a reporter back to their own concern: with the reference and the receipt code when
 * anonymous, or the reference and their email when named or confidential. A wrong secret and an
 * unknown reference look the same from outside, in answer and in time, so that guessing tells no
 * one which references exist.
 */
@Service
public class ReporterAccess {

    private final Concerns concerns;
    private final ReceiptCodes receiptCodes;
    private final IdentityVault vault;

    ReporterAccess(Concerns concerns, ReceiptCodes receiptCodes, IdentityVault vault) {
        this.concerns = concerns;
        this.receiptCodes = receiptCodes;
        this.vault = vault;
    }

    /** The concern, when the secret is the one its reporter holds. */
    @Transactional(readOnly = true)
    public Optional<Concern> open(String reference, String secret) {
        String typed = reference.strip().toUpperCase(Locale.ROOT);
        Optional<Concern> concern =
                Reference.looksLikeOne(typed) ? concerns.withReference(new Reference(typed)) : Optional.empty();
        if (concern.isEmpty()) {
            receiptCodes.matchNothing(secret);
            return Optional.empty();
        }
        return holds(concern.get(), secret) ? concern : Optional.empty();
    }

    private boolean holds(Concern concern, String secret) {
        if (concern.identity() == IdentityChoice.ANONYMOUS) {
            return concerns.receiptCodeHash(concern.id())
                    .map(hash -> receiptCodes.matches(secret, hash))
                    .orElseGet(() -> {
                        receiptCodes.matchNothing(secret);
                        return false;
                    });
        }
        // As slow as a receipt code check, so the time taken does not tell how the reporter chose to be known.
        receiptCodes.matchNothing(secret);
        SealedContact contact =
                java.util.Objects.requireNonNull(concern.contact(), "named reporters have contact details");
        byte[] given = secret.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        byte[] known = vault.open(contact, concern.id())
                .email()
                .toLowerCase(Locale.ROOT)
                .getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, known);
    }
}
