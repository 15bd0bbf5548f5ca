package org.candour.delivery.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code "v1,"} and the base64 HMAC-SHA256 of
 * {@code "<webhook-id>.<webhook-timestamp>.<body>"}, one for each secret in force, so that a
 * receiver still holding the old secret during a rotation can verify the message too.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "webhook-id";

    public static final String TIMESTAMP_HEADER = "webhook-timestamp";

    public static final String SIGNATURE_HEADER = "webhook-signature";

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {}

    /**
     * {@code "v1,<signature>"} for each secret, separated by a space, in the order given (the
     * current secret first).
     *
     * @param messageId the {@code webhook-id}, the same for every attempt of one message
     * @param timestamp when this attempt is signed; sent as whole epoch seconds
     * @param body the exact bytes that will be sent
     * @param secrets the endpoint's secrets in force, at least one
     */
    public static String sign(String messageId, Instant timestamp, byte[] body, List<WebhookSecret> secrets) {
        if (messageId.isBlank()) {
            throw new IllegalArgumentException("A webhook message id must not be blank.");
        }
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("Message " + messageId + " cannot be signed without a secret.");
        }
        byte[] signedContent = signedContent(messageId, timestamp, body);
        StringJoiner signatures = new StringJoiner(" ");
        for (WebhookSecret secret : secrets) {
            signatures.add("v1," + Base64.getEncoder().encodeToString(hmac(secret, signedContent)));
        }
        return signatures.toString();
    }

    /**
     * The {@code webhook-id}, {@code webhook-timestamp} (epoch seconds) and {@code webhook-signature}
     * headers, in that order.
     */
    public static Map<String, String> headers(
            String messageId, Instant timestamp, byte[] body, List<WebhookSecret> secrets) {
        String signature = sign(messageId, timestamp, body, secrets);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID_HEADER, messageId);
        headers.put(TIMESTAMP_HEADER, Long.toString(timestamp.getEpochSecond()));
        headers.put(SIGNATURE_HEADER, signature);
        return Collections.unmodifiableMap(headers);
    }

    private static byte[] signedContent(String messageId, Instant timestamp, byte[] body) {
        byte[] prefix = (messageId + "." + timestamp.getEpochSecond() + ".").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, content, 0, prefix.length);
        System.arraycopy(body, 0, content, prefix.length, body.length);
        return content;
    }

    private static byte[] hmac(WebhookSecret secret, byte[] content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.keyBytes(), ALGORITHM));
            return mac.doFinal(content);
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            // Every Java runtime must provide HmacSHA256, and any non-empty key is valid for it.
            throw new IllegalStateException("HMAC-SHA256 is not available", impossible);
        }
    }
}
