package org.candour.delivery.endpoint;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecretSealTest {

    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final String OTHER_KEY = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

    private final SecretSeal seal = new SecretSeal(KEY);
    private final UUID endpointId = UUID.randomUUID();
    private final UUID secretId = UUID.randomUUID();

    @Test
    void opensWhatItSealedForTheSameEndpointAndSecret() {
        byte[] plain = "thirty-two bytes of signing key!".getBytes(UTF_8);

        byte[] sealed = seal.seal(plain, endpointId, secretId);

        assertThat(seal.open(sealed, endpointId, secretId)).isEqualTo(plain);
        assertThat(new String(sealed, UTF_8)).doesNotContain("signing key");
    }

    @Test
    void sealsTheSameSecretDifferentlyEachTime() {
        byte[] plain = new byte[32];

        assertThat(seal.seal(plain, endpointId, secretId)).isNotEqualTo(seal.seal(plain, endpointId, secretId));
    }

    @Test
    void refusesToOpenASecretMovedToAnotherEndpointOrRowOrTamperedWithOrUnderAnotherKey() {
        byte[] sealed = seal.seal(new byte[32], endpointId, secretId);
        byte[] tampered = sealed.clone();
        tampered[20] ^= 1;

        assertThatIllegalStateException().isThrownBy(() -> seal.open(sealed, UUID.randomUUID(), secretId));
        assertThatIllegalStateException().isThrownBy(() -> seal.open(sealed, endpointId, UUID.randomUUID()));
        assertThatIllegalStateException().isThrownBy(() -> seal.open(tampered, endpointId, secretId));
        assertThatIllegalStateException()
                .isThrownBy(() -> new SecretSeal(OTHER_KEY).open(sealed, endpointId, secretId))
                .withMessageContaining("candour.delivery.secret-key");
    }

    @Test
    void refusesAKeyThatIsNotBase64Of32Bytes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SecretSeal("not base64!"))
                .withMessageContaining("not base64");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SecretSeal("AAECAwQFBgcICQoLDA0ODw=="))
                .withMessageContaining("32 bytes");
    }
}
