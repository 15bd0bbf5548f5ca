package org.candour.authorisation;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.candour.events.Destination;
import org.candour.organisations.Icb;
import org.candour.organisations.OrganisationDirectory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The development clients: one per ICB in the organisation directory ({@code icb-<ICB code>}, reading
 * and acknowledging that ICB's cases) and one per national body a case can go to ({@code body-<code>},
 * reading its cases and delivery log from delivery and managing its webhook endpoints), and the quality team's ({@code quality-team}, trying a candidate routing
 * policy). Each token names its organisation in a claim, which resource servers
 * use to scope what the client sees. Each client's secret is derived from one key, so that one local
 * secret serves them all while no two clients share a secret.
 */
final class Clients {

    /** The claim naming the ICB a client acts for; routing's feed reads it (candour.routing.feed.icb-claim). */
    static final String ICB_CLAIM = "icb";
    /** The claim naming the national body a client acts for. */
    static final String BODY_CLAIM = "body";
    /** The claim naming the team a client acts for. */
    static final String TEAM_CLAIM = "team";

    static final String ORGANISATION_SETTING = "candour.organisation";
    static final String CLAIM_SETTING = "candour.organisation-claim";

    /** Secrets are long and random, so a low bcrypt cost keeps start-up quick without weakening them. */
    private static final BCryptPasswordEncoder HASHES = new BCryptPasswordEncoder(4);

    /** A client and its secret in plain, for the developers' credentials file only. */
    record Credentials(String clientId, String secret, RegisteredClient registered) {}

    private Clients() {}

    static List<Credentials> all(OrganisationDirectory directory, AuthorisationProperties properties) {
        List<Credentials> clients = new ArrayList<>();
        for (Icb icb : directory.icbs()) {
            clients.add(client(
                    "icb-" + icb.code(),
                    icb.name(),
                    ICB_CLAIM,
                    icb.code(),
                    properties,
                    "cases.read",
                    "cases.acknowledge"));
        }
        Stream.of(Destination.values())
                .filter(destination ->
                        destination != Destination.TRUST_BOARD && destination != Destination.ICS_QUALITY_GROUP)
                .forEach(body -> clients.add(client(
                        "body-" + body.name(),
                        body.name(),
                        BODY_CLAIM,
                        body.name(),
                        properties,
                        "notifications.read",
                        "webhooks.manage")));
        clients.add(client("quality-team", "Quality team", TEAM_CLAIM, "quality", properties, "policy.dry-run"));
        return clients;
    }

    private static Credentials client(
            String clientId,
            String name,
            String claim,
            String organisation,
            AuthorisationProperties properties,
            String... scopes) {
        String secret = secret(properties.clientSecretKey(), clientId);
        RegisteredClient registered = RegisteredClient.withId(
                        UUID.nameUUIDFromBytes(clientId.getBytes(UTF_8)).toString())
                .clientId(clientId)
                .clientName(name)
                .clientSecret("{bcrypt}" + HASHES.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(granted -> granted.addAll(List.of(scopes)))
                .clientSettings(ClientSettings.builder()
                        .setting(CLAIM_SETTING, claim)
                        .setting(ORGANISATION_SETTING, organisation)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(properties.tokenLifetime())
                        .build())
                .build();
        return new Credentials(clientId, secret, registered);
    }

    /** base64url(HMAC-SHA256(key, client id)): stable across restarts, different for every client. */
    static String secret(String key, String clientId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(clientId.getBytes(UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot compute HMAC-SHA256", e);
        }
    }
}
