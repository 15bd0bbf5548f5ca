package org.candour.delivery.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSecretTest {

    @Test
    void aGeneratedSecretIsWhsecAndTheBase64OfThirtyTwoRandomBytes() {
        WebhookSecret first = WebhookSecret.generate();
        WebhookSecret second = WebhookSecret.generate();

        assertThat(first.encoded()).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(first.encoded().substring(6))).hasSize(32);
        assertThat(first.key()).hasSize(32);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void anEncodedSecretParsesBackToTheSameKey() {
        WebhookSecret secret = WebhookSecret.generate();

        WebhookSecret parsed = WebhookSecret.parse(secret.encoded());

        assertThat(parsed).isEqualTo(secret).hasSameHashCodeAs(secret);
        assertThat(parsed.key()).isEqualTo(secret.key());
        assertThat(parsed.encoded()).isEqualTo(secret.encoded());
    }

    @Test
    void aSecretWithoutThePrefixIsRefusedSayingSo() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookSecret.parse(Base64.getEncoder().encodeToString(new byte[32])))
                .withMessage("A webhook secret must start with \"whsec_\".");
    }

    @Test
    void aSecretThatIsNotBase64IsRefusedWithoutQuotingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookSecret.parse("whsec_not*base64*at*all*secretpart"))
                .withMessageStartingWith("A webhook secret must be base64 after \"whsec_\"")
                .withMessageNotContaining("secretpart");
    }

    @Test
    void aSecretOutsideTwentyFourToSixtyFourBytesIsRefusedNamingItsLength() {
        String tooShort = "whsec_" + Base64.getEncoder().encodeToString(new byte[23]);
        String tooLong = "whsec_" + Base64.getEncoder().encodeToString(new byte[65]);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookSecret.parse(tooShort))
                .withMessage("A webhook secret must hold 24 to 64 bytes, not 23.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookSecret.parse(tooLong))
                .withMessage("A webhook secret must hold 24 to 64 bytes, not 65.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookSecret.ofKey(new byte[0]))
                .withMessage("A webhook secret must hold 24 to 64 bytes, not 0.");
        assertThat(WebhookSecret.ofKey(new byte[24]).key()).hasSize(24);
        assertThat(WebhookSecret.ofKey(new byte[64]).key()).hasSize(64);
    }

    @Test
    void theKeyIsCopiedInAndOutSoNobodyCanChangeTheSecret() {
        byte[] bytes = new byte[32];
        WebhookSecret secret = WebhookSecret.ofKey(bytes);

        bytes[0] = 1;
        secret.key()[1] = 1;

        assertThat(secret.key()).isEqualTo(new byte[32]);
    }

    @Test
    void theSecretNeverAppearsInItsStringForm() {
        WebhookSecret secret = WebhookSecret.generate();

        assertThat(secret.toString())
                .isEqualTo("WebhookSecret[redacted]")
                .doesNotContain(secret.encoded().substring(6));
    }

    @Test
    void secretsAreEqualOnlyWhenTheirKeysAre() {
        byte[] key = new byte[32];
        byte[] other = new byte[32];
        other[31] = 1;

        assertThat(WebhookSecret.ofKey(key)).isEqualTo(WebhookSecret.ofKey(key.clone()));
        assertThat(WebhookSecret.ofKey(key)).isNotEqualTo(WebhookSecret.ofKey(other));
        assertThat(WebhookSecret.ofKey(key)).isNotEqualTo(WebhookSecret.ofKey(new byte[33]));
    }
}
