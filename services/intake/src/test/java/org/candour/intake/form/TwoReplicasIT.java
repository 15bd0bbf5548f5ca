package org.candour.intake.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.testsupport.SessionTables.cookieFor;
import static org.candour.testsupport.SessionTables.sessionIdIn;
import static org.candour.testsupport.SessionTables.storedSessionIds;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.candour.intake.IntakeApplication;
import org.candour.intake.form.FormBrowser.Page;
import org.candour.intake.identity.IdentityVault;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.Replicas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two intake replicas, each its own application context on its own port, sharing one PostgreSQL
 * database and one broker as replicas in a deployment do: a browser's requests may reach either,
 * and neither the form nor the limits may notice.
 */
class TwoReplicasIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final String DRAFT = ConcernDraft.class.getName();
    private static final int API_LIMIT = 4;
    private static final int REFERENCE_LIMIT = 3;
    private static final int CLIENT_SIGN_IN_LIMIT = 5;
    private static final String SESSION_COOKIE = "JSESSIONID";
    private static final Pattern RECEIPT = Pattern.compile("\"reference\":\"([^\"]+)\".*\"receiptCode\":\"([^\"]+)\"");

    private static Replicas replicas;
    private static ConfigurableApplicationContext a;
    private static int portA;
    private static int portB;
    private static JdbcClient jdbc;

    @BeforeAll
    static void startTwoReplicas() {
        replicas = Replicas.start(
                infrastructure,
                "intake_replicas_it",
                IntakeApplication.class,
                Map.of(
                        "candour.messaging.relay.interval",
                        "50ms",
                        "candour.intake.rate-limit.requests-per-minute",
                        API_LIMIT,
                        "candour.intake.sign-in-limit.per-client-per-minute",
                        CLIENT_SIGN_IN_LIMIT,
                        "candour.intake.sign-in-limit.per-reference-per-minute",
                        REFERENCE_LIMIT,
                        "candour.intake.identity-keys[0].id",
                        "test",
                        "candour.intake.identity-keys[0].secret",
                        "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="));
        a = replicas.a();
        portA = replicas.portA();
        portB = replicas.portB();
        jdbc = a.getBean(JdbcClient.class);
    }

    @AfterAll
    static void stopBoth() {
        if (replicas != null) {
            replicas.close();
        }
    }

    @BeforeEach
    void noSessionsNorTriesYet() {
        jdbc.sql("delete from spring_session").update();
        jdbc.sql("delete from rate_limit_window").update();
    }

    @Test
    void aFormStartedOnOneReplicaIsContinuedAndSentOnTheOtherAndStoredOnce() {
        FormBrowser onA = new FormBrowser(portA);
        FormBrowser onB = onA.at(portB);
        long before = concerns();

        Page where = onA.get("/concern/where");
        assertThat(where.headers().firstValue("Set-Cookie"))
                .as("the container's name; withheld from other sites' forms, as classification's (ADR 0026)")
                .hasValueSatisfying(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("; Path=/", "; HttpOnly", "; SameSite=Lax")
                        .doesNotContain("Max-Age", "Expires"));
        Page provider = onB.submit(where, "kind", "GP_PRACTICE", "trustQuery", "");
        assertThat(provider.path()).isEqualTo("/concern/where/provider");
        Page service = onA.submit(
                provider, "providerName", "Beech House Surgery", "icbCode", "QOP", "providerOdsCode", "P84001");
        Page when = onB.submit(service, "service", "Repeat prescriptions");
        Page whatHappened = onA.submit(when, "when", "OVER_A_PERIOD", "period", "over the last few weeks");
        Page danger = onB.submit(whatHappened, "description", "Warfarin is issued without INR checks.");
        Page affected = onA.submit(danger, "danger", "no");
        Page professionals = onB.submit(affected, "affected", "NO_ONE_YET");
        Page raisedBefore = onA.submit(professionals, "involved", "no");
        Page identity = onB.submit(raisedBefore, "raisedBefore", "FIRST_TIME");
        Page check = onA.submit(
                identity,
                "identity",
                "CONFIDENTIAL",
                "namedName",
                "",
                "namedEmail",
                "",
                "confidentialName",
                "Ada Lovelace",
                "confidentialEmail",
                "ada.lovelace@nhs.net");
        assertThat(check.path()).isEqualTo("/concern/check");
        assertThat(onB.get("/concern/check").text())
                .as("the other replica shows the same answers")
                .contains("Beech House Surgery", "Warfarin is issued without INR checks.", "Ada Lovelace");

        Page confirmation = onB.submit(check);

        assertThat(confirmation.path()).isEqualTo("/concern/confirmation");
        String reference = confirmation.byId("reference").text();
        assertThat(concerns()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from concern where reference = ? and provider_name = ?")
                        .params(reference, "Beech House Surgery")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        onA.submit(check);
        assertThat(concerns())
                .as("sending again from the first replica raises nothing more")
                .isEqualTo(before + 1);
    }

    @Test
    void theSessionTableHoldsTheDraftSealedNeverTheReportersNameEmailOrConcern() {
        FormBrowser onA = new FormBrowser(portA);
        Page identity = reachIdentity(onA);
        onA.at(portB)
                .submit(
                        identity,
                        "identity",
                        "NAMED",
                        "namedName",
                        "Grace Hopper",
                        "namedEmail",
                        "grace.hopper@nhs.net",
                        "confidentialName",
                        "",
                        "confidentialEmail",
                        "");

        List<Map<String, Object>> attributes = jdbc.sql(
                        "select attribute_name, attribute_bytes from spring_session_attributes")
                .query()
                .listOfRows();
        assertThat(attributes).extracting(row -> row.get("attribute_name")).contains(DRAFT);
        for (Map<String, Object> attribute : attributes) {
            byte[] bytes = (byte[]) attribute.get("attribute_bytes");
            String asText = new String(bytes, StandardCharsets.ISO_8859_1);
            assertThat(asText)
                    .as("%s as stored", attribute.get("attribute_name"))
                    .doesNotContain("Grace", "Hopper", "grace.hopper", "nhs.net", "Warfarin", "Ward 9")
                    .startsWith("\u0004test");
        }
        assertThat(onA.get("/concern/check").text()).contains("Grace Hopper", "grace.hopper@nhs.net");
    }

    @Test
    void aDraftCopiedIntoAnotherSessionDoesNotOpenThere() {
        FormBrowser owner = new FormBrowser(portA);
        assertThat(owner.submit(reachIdentity(owner), "identity", "ANONYMOUS").text())
                .as("the check page shows the draft's answers")
                .contains("Warfarin is issued without INR checks.");
        FormBrowser other = new FormBrowser(portB);
        other.get("/concern/where");
        // Both sessions hold a draft (the first page starts one); the owner's was made first.
        List<String> sessions = jdbc.sql("select primary_id from spring_session order by creation_time")
                .query(String.class)
                .list();
        assertThat(sessions).hasSize(2);
        assertThat(jdbc.sql("""
                        update spring_session_attributes set attribute_bytes = (
                          select attribute_bytes from spring_session_attributes
                          where session_primary_id = ? and attribute_name = ?)
                        where session_primary_id = ? and attribute_name = ?""")
                        .params(sessions.get(0), DRAFT, sessions.get(1), DRAFT)
                        .update())
                .isEqualTo(1);

        Page check = other.get("/concern/check");

        assertThat(check.text()).doesNotContain("Warfarin is issued without INR checks.");

        assertThat(owner.get("/concern/check").text()).contains("Warfarin is issued without INR checks.");
    }

    @Test
    void theSessionTableNeverHoldsAnIdTheBrowserWasGivenNorLosesTheDraftWhenSigningInRenewsIt() throws Exception {
        FormBrowser onA = new FormBrowser(portA);
        FormBrowser onB = onA.at(portB);
        onB.submit(reachIdentity(onA), "identity", "ANONYMOUS");
        Matcher receipt = RECEIPT.matcher(raise(portA).body());
        assertThat(receipt.find()).isTrue();

        Page status = onB.submit(onA.get("/follow-up"), "reference", receipt.group(1), "secret", receipt.group(2));

        assertThat(status.path()).isEqualTo("/follow-up/status");
        assertThat(status.status()).isEqualTo(200);
        assertThat(onA.get("/follow-up/status").status())
                .as("the other replica finds the session under its new id")
                .isEqualTo(200);
        assertThat(onA.get("/concern/check").text())
                .as("the draft, sealed again for the new id, still opens")
                .contains("Warfarin is issued without INR checks.");
        List<String> cookies = onA.receivedCookies(SESSION_COOKIE);
        assertThat(cookies)
                .as("an id when the form started and a new one on signing in")
                .hasSizeGreaterThanOrEqualTo(2)
                .doesNotHaveDuplicates();
        List<String> stored = storedSessionIds(jdbc);
        assertThat(stored).hasSize(1);
        for (String cookie : cookies) {
            assertThat(stored).doesNotContain(cookie, sessionIdIn(cookie));
        }
    }

    @Test
    void aCookieMadeFromTheStoredSessionIdOpensNoDraft() {
        FormBrowser owner = new FormBrowser(portA);
        assertThat(owner.submit(reachIdentity(owner), "identity", "ANONYMOUS").text())
                .contains("Warfarin is issued without INR checks.");
        String stored = storedSessionIds(jdbc).getFirst();

        for (String value : List.of(cookieFor(stored), stored)) {
            FormBrowser copier = FormBrowser.withCookie(portB, SESSION_COOKIE, value);
            assertThat(copier.get("/concern/check").text())
                    .as("a cookie %s made from the stored id", value)
                    .doesNotContain("Warfarin is issued without INR checks.", "Beech House Surgery");
        }

        assertThat(owner.at(portB).get("/concern/check").text())
                .as("the owner's cookie still opens it")
                .contains("Warfarin is issued without INR checks.");
    }

    @Test
    void theSignInLimitPerReferenceIsReachedAsFastSpreadOverBothReplicas() {
        FormBrowser onA = new FormBrowser(portA);
        FormBrowser onB = onA.at(portB);
        Page signIn = onA.get("/follow-up");

        for (int i = 0; i < REFERENCE_LIMIT; i++) {
            Page tried = (i % 2 == 0 ? onB : onA).submit(signIn, "reference", "QC-2026-000042", "secret", "guess" + i);
            assertThat(tried.status()).as("try %d", i + 1).isEqualTo(200);
        }
        Page refused =
                (REFERENCE_LIMIT % 2 == 0 ? onB : onA).submit(signIn, "reference", "QC-2026-000042", "secret", "guess");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(onB.submit(signIn, "reference", "QC-2026-000043", "secret", "guess")
                        .status())
                .as("another reference is not held up")
                .isEqualTo(200);
    }

    @Test
    void theSignInLimitPerClientIsReachedAsFastSpreadOverBothReplicas() {
        FormBrowser onA = new FormBrowser(portA);
        FormBrowser onB = onA.at(portB);
        Page signIn = onA.get("/follow-up");

        for (int i = 0; i < CLIENT_SIGN_IN_LIMIT; i++) {
            Page tried = (i % 2 == 0 ? onA : onB).submit(signIn, "reference", "QC-2026-00010" + i, "secret", "guess");
            assertThat(tried.status()).as("try %d", i + 1).isEqualTo(200);
        }

        assertThat(onB.submit(signIn, "reference", "QC-2026-000200", "secret", "guess")
                        .status())
                .isEqualTo(429);
        assertThat(onA.submit(signIn, "reference", "QC-2026-000201", "secret", "guess")
                        .status())
                .isEqualTo(429);
    }

    @Test
    void theApiRateLimitIsReachedAsFastSpreadOverBothReplicasAndNothingMoreIsStored() throws Exception {
        long before = concerns();
        for (int i = 0; i < API_LIMIT; i++) {
            assertThat(raise(i % 2 == 0 ? portA : portB).statusCode())
                    .as("concern %d", i + 1)
                    .isEqualTo(201);
        }

        HttpResponse<String> refusedOnA = raise(portA);
        HttpResponse<String> refusedOnB = raise(portB);

        assertThat(refusedOnA.statusCode()).isEqualTo(429);
        assertThat(refusedOnB.statusCode()).isEqualTo(429);
        assertThat(refusedOnB.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refusedOnB.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 61));
        assertThat(concerns()).isEqualTo(before + API_LIMIT);
        assertThat(jdbc.sql("select key_hash from rate_limit_window")
                        .query(byte[].class)
                        .list())
                .as("the client address is stored only as a keyed hash")
                .singleElement()
                .isEqualTo(a.getBean(IdentityVault.class).keyedHash("intake-client\u001f127.0.0.1"));
    }

    private static Page reachIdentity(FormBrowser browser) {
        Page where = browser.get("/concern/where");
        Page provider = browser.submit(where, "kind", "GP_PRACTICE", "trustQuery", "");
        Page service = browser.submit(
                provider, "providerName", "Beech House Surgery", "icbCode", "QOP", "providerOdsCode", "P84001");
        Page when = browser.submit(service, "service", "Ward 9");
        Page whatHappened = browser.submit(when, "when", "OVER_A_PERIOD", "period", "over the last few weeks");
        Page danger = browser.submit(whatHappened, "description", "Warfarin is issued without INR checks.");
        Page affected = browser.submit(danger, "danger", "no");
        Page professionals = browser.submit(affected, "affected", "NO_ONE_YET");
        Page raisedBefore = browser.submit(professionals, "involved", "no");
        return browser.submit(raisedBefore, "raisedBefore", "FIRST_TIME");
    }

    private static HttpResponse<String> raise(int port) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/concerns"))
                        .header("Content-Type", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"R0A\"},\"description\":\"Replica check\",\"identity\":\"ANONYMOUS\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long concerns() {
        return jdbc.sql("select count(*) from concern").query(Long.class).single();
    }
}
