package org.candour.delivery.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every signature is checked by the independent Standard Webhooks implementation
 * ({@code com.standardwebhooks:standardwebhooks}), as a receiver would check it.
 */
class WebhookSignatureTest {

    private static final String BODY =
            "{\"type\":\"case.routed\",\"caseId\":\"4debd00b-61c2-3ddd-a634-1c2b421c4826\",\"summary\":\"Café — 28 pts\"}";

    private final Instant now = Instant.now();

    @Test
    void theHeadersAreIdTimestampInEpochSecondsAndSignatureInThatOrder() {
        WebhookSecret secret = WebhookSecret.generate();

        Map<String, String> headers = WebhookSignature.headers("msg_1", now, bytes(BODY), List.of(secret));

        assertThat(headers.keySet()).containsExactly("webhook-id", "webhook-timestamp", "webhook-signature");
        assertThat(headers.get("webhook-id")).isEqualTo("msg_1");
        assertThat(headers.get("webhook-timestamp")).isEqualTo(Long.toString(now.getEpochSecond()));
        assertThat(headers.get("webhook-signature")).matches("v1,[A-Za-z0-9+/]{43}=");
    }

    @Test
    void aReceiverHoldingTheSecretVerifiesTheSignature() throws Exception {
        WebhookSecret secret = WebhookSecret.generate();

        Map<String, String> headers = WebhookSignature.headers("msg_2", now, bytes(BODY), List.of(secret));

        assertThatCode(() -> receiver(secret).verify(BODY, asHeaders(headers))).doesNotThrowAnyException();
    }

    @Test
    void theSignatureIsTheOneTheReferenceImplementationComputes() throws Exception {
        WebhookSecret secret = WebhookSecret.generate();

        String ours = WebhookSignature.sign("msg_3", now, bytes(BODY), List.of(secret));

        assertThat(ours).isEqualTo(receiver(secret).sign("msg_3", now.getEpochSecond(), BODY));
    }

    @Test
    void aTamperedBodyFailsVerification() {
        WebhookSecret secret = WebhookSecret.generate();
        Map<String, String> headers = WebhookSignature.headers("msg_4", now, bytes(BODY), List.of(secret));

        assertThatThrownBy(() -> receiver(secret).verify(BODY.replace("28 pts", "29 pts"), asHeaders(headers)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void aTamperedTimestampOrIdFailsVerification() {
        WebhookSecret secret = WebhookSecret.generate();
        Map<String, String> headers = WebhookSignature.headers("msg_5", now, bytes(BODY), List.of(secret));
        Map<String, String> laterTimestamp = Map.of(
                "webhook-id", "msg_5",
                "webhook-timestamp", Long.toString(now.getEpochSecond() + 1),
                "webhook-signature", headers.get("webhook-signature"));
        Map<String, String> otherId = Map.of(
                "webhook-id", "msg_6",
                "webhook-timestamp", headers.get("webhook-timestamp"),
                "webhook-signature", headers.get("webhook-signature"));

        assertThatThrownBy(() -> receiver(secret).verify(BODY, asHeaders(laterTimestamp)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> receiver(secret).verify(BODY, asHeaders(otherId)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void aReceiverWithAnotherSecretCannotVerify() {
        Map<String, String> headers =
                WebhookSignature.headers("msg_7", now, bytes(BODY), List.of(WebhookSecret.generate()));

        assertThatThrownBy(() -> receiver(WebhookSecret.generate()).verify(BODY, asHeaders(headers)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void duringARotationBothSecretsSignAndAReceiverHoldingEitherVerifies() throws Exception {
        WebhookSecret current = WebhookSecret.generate();
        WebhookSecret previous = WebhookSecret.generate();

        Map<String, String> headers = WebhookSignature.headers("msg_8", now, bytes(BODY), List.of(current, previous));

        String[] signatures = headers.get("webhook-signature").split(" ");
        assertThat(signatures).hasSize(2);
        assertThat(signatures[0]).isEqualTo(WebhookSignature.sign("msg_8", now, bytes(BODY), List.of(current)));
        assertThat(signatures[1]).isEqualTo(WebhookSignature.sign("msg_8", now, bytes(BODY), List.of(previous)));
        assertThatCode(() -> receiver(current).verify(BODY, asHeaders(headers))).doesNotThrowAnyException();
        assertThatCode(() -> receiver(previous).verify(BODY, asHeaders(headers)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> receiver(WebhookSecret.generate()).verify(BODY, asHeaders(headers)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void aMessageCannotBeSignedWithoutASecretOrAnId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookSignature.sign("msg_9", now, bytes(BODY), List.of()))
                .withMessage("Message msg_9 cannot be signed without a secret.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookSignature.sign(" ", now, bytes(BODY), List.of(WebhookSecret.generate())))
                .withMessage("A webhook message id must not be blank.");
    }

    private static Webhook receiver(WebhookSecret secret) throws Exception {
        return new Webhook(secret.encoded());
    }

    private static Map<String, List<String>> asHeaders(Map<String, String> headers) {
        return headers.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> List.of(entry.getValue())));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
