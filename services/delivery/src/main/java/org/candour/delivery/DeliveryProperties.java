package org.candour.delivery;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Delivery's settings, under {@code candour.delivery}.
 *
 * @param allowHttp whether endpoints may use plain http; for a receiver on a developer's machine only
 * @param allowList host names, addresses and CIDR blocks the request-forgery guard lets through even
 *     though they are loopback, private or link-local (e.g. {@code localhost}, {@code 10.20.0.0/16});
 *     empty by default, so only public addresses receive webhooks
 * @param secretKey base64 of 32 random bytes: the AES-256 key that seals endpoints' signing secrets at
 *     rest; from the environment or a secret store ({@code ./candour} makes a local one)
 */
@Validated
@ConfigurationProperties("candour.delivery")
public record DeliveryProperties(
        @DefaultValue("false") boolean allowHttp,
        @DefaultValue List<String> allowList,

        @NotBlank(
                message =
                        "must be set (candour.delivery.secret-key, CANDOUR_DELIVERY_SECRETKEY): base64 of 32 random bytes that seal webhook"
                                + " signing secrets at rest")
        String secretKey) {

    @Override
    public String toString() {
        return "DeliveryProperties[allowHttp=" + allowHttp + ", allowList=" + allowList + ", secretKey=hidden]";
    }
}
