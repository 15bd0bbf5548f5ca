package org.candour.intake.identity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdentityVaultTest {

    private static final String OLD = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final String NEW = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";
    private static final ContactDetails ADA = new ContactDetails("Ada Lovelace", "ada@nhs.net");

    private final UUID concern = UUID.randomUUID();

    @Test
    void sealedContactDetailsOpenOnlyForTheConcernTheyWereSealedFor() {
        IdentityVault vault = new IdentityVault(List.of(Map.entry("k1", OLD)));

        SealedContact sealed = vault.seal(ADA, concern);

        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(vault.open(sealed, concern)).isEqualTo(ADA);
        assertThatIllegalStateException().isThrownBy(() -> vault.open(sealed, UUID.randomUUID()));
    }

    @Test
    void sealedBytesOpenOnlyWithTheAssociatedDataTheyWereSealedWith() {
        IdentityVault vault = new IdentityVault(List.of(Map.entry("k1", OLD)));
        byte[] plain = "Ada Lovelace".getBytes(UTF_8);

        byte[] sealed = vault.seal(plain, "session-1/draft");

        assertThat(new String(sealed, UTF_8)).doesNotContain("Lovelace").startsWith("\u0002k1");
        assertThat(vault.open(sealed, "session-1/draft")).isEqualTo(plain);
        assertThatExceptionOfType(IdentityVault.UnopenableException.class)
                .isThrownBy(() -> vault.open(sealed, "session-2/draft"));
        assertThatExceptionOfType(IdentityVault.UnopenableException.class)
                .isThrownBy(() -> vault.open(sealed, "session-1/other"));
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThatExceptionOfType(IdentityVault.UnopenableException.class)
                .isThrownBy(() -> vault.open(tampered, "session-1/draft"));
        assertThatExceptionOfType(IdentityVault.UnopenableException.class)
                .isThrownBy(() -> new IdentityVault(List.of(Map.entry("k2", NEW))).open(sealed, "session-1/draft"));
    }

    @Test
    void keyedHashesMatchForTheSameValueAndKeyAndDifferOtherwise() {
        IdentityVault vault = new IdentityVault(List.of(Map.entry("k1", OLD)));

        assertThat(vault.keyedHash("10.0.0.1")).hasSize(32).isEqualTo(vault.keyedHash("10.0.0.1"));
        assertThat(vault.keyedHash("10.0.0.1")).isNotEqualTo(vault.keyedHash("10.0.0.2"));
        assertThat(new IdentityVault(List.of(Map.entry("k2", NEW))).keyedHash("10.0.0.1"))
                .isNotEqualTo(vault.keyedHash("10.0.0.1"));
    }

    @Test
    void sealingTheSameDetailsTwiceGivesDifferentCiphertexts() {
        IdentityVault vault = new IdentityVault(List.of(Map.entry("k1", OLD)));

        assertThat(vault.seal(ADA, concern).ciphertext())
                .isNotEqualTo(vault.seal(ADA, concern).ciphertext());
    }

    @Test
    void tamperedCiphertextIsRefused() {
        IdentityVault vault = new IdentityVault(List.of(Map.entry("k1", OLD)));
        SealedContact sealed = vault.seal(ADA, concern);
        byte[] tampered = sealed.ciphertext().clone();
        tampered[tampered.length - 1] ^= 1;

        assertThatIllegalStateException().isThrownBy(() -> vault.open(new SealedContact("k1", tampered), concern));
    }

    @Test
    void afterRotationTheNewKeySealsAndTheOldStillOpens() {
        SealedContact beforeRotation = new IdentityVault(List.of(Map.entry("k1", OLD))).seal(ADA, concern);
        IdentityVault rotated = new IdentityVault(List.of(Map.entry("k2", NEW), Map.entry("k1", OLD)));

        assertThat(rotated.open(beforeRotation, concern)).isEqualTo(ADA);
        assertThat(rotated.seal(ADA, concern).keyId()).isEqualTo("k2");
    }

    @Test
    void keysThatAreMissingOrNot256BitsAreRefusedAtStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IdentityVault(List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IdentityVault(List.of(Map.entry("short", "AAECAw=="))))
                .withMessageContaining("32 bytes");
    }

    @Test
    void contactDetailsNeverShowInLogs() {
        assertThat(ADA.toString()).doesNotContain("Ada").doesNotContain("nhs.net");
    }
}
