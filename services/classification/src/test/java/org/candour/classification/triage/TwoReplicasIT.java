package org.candour.classification.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.candour.testsupport.SessionTables.cookieFor;
import static org.candour.testsupport.SessionTables.sessionIdIn;
import static org.candour.testsupport.SessionTables.storedSessionIds;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.candour.classification.ClassificationApplication;
import org.candour.classification.RaisedConcerns;
import org.candour.classification.Reviewers;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.EventType;
import org.candour.testsupport.EventPublisher;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.Replicas;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two classification replicas, each its own application context on its own port, sharing one PostgreSQL
 * database and one broker as replicas in a deployment do: a reviewer's requests may reach either, and
 * neither their sign-in nor their CSRF token may notice.
 */
class TwoReplicasIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final EventPublisher events = new EventPublisher(infrastructure.kafkaBootstrapServers());
    private static final String REASON = "Spoke to the reporter: a nurse gave the wrong insulin dose twice.";
    private static final String WRONG_PASSWORD = "correct horse battery stable";
    private static final String SESSION_COOKIE = "JSESSIONID";

    private static Replicas replicas;
    private static ConfigurableApplicationContext a;
    private static int portA;
    private static int portB;
    private static JdbcClient jdbc;
    private static Duration timeout;
    private static String passwordHash;

    @BeforeAll
    static void startTwoReplicas() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("candour.messaging.relay.interval", "50ms");
        Reviewers.register((name, value) -> properties.put(name, value.get()));
        replicas = Replicas.start(
                infrastructure, "classification_replicas_it", ClassificationApplication.class, properties);
        a = replicas.a();
        portA = replicas.portA();
        portB = replicas.portB();
        jdbc = a.getBean(JdbcClient.class);
        timeout = a.getEnvironment().getRequiredProperty("server.servlet.session.timeout", Duration.class);
        passwordHash = a.getEnvironment().getRequiredProperty("candour.classification.reviewers[0].password-hash");
    }

    @AfterAll
    static void stopBoth() {
        if (replicas != null) {
            replicas.close();
        }
    }

    @BeforeEach
    void noSessionsYet() {
        jdbc.sql("delete from spring_session").update();
    }

    @Test
    void aReviewerSignedInOnOneReplicaCorrectsAConcernOnTheOtherOnce() throws Exception {
        ConcernRaisedV1 concern = raiseAndAwaitClassification();
        Browser browser = new Browser();

        HttpResponse<String> signedIn = browser.signIn(portA, Reviewers.PASSWORD);
        assertThat(signedIn.headers().firstValue("Set-Cookie"))
                .as("the container's name; withheld from other sites' forms (ADR 0026); gone when the browser closes")
                .hasValueSatisfying(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("; Path=/", "; HttpOnly", "; SameSite=Lax")
                        .doesNotContain("Max-Age", "Expires"));

        HttpResponse<String> queue = browser.get(portB, "/triage");
        assertThat(queue.statusCode()).as("the queue on the other replica").isEqualTo(200);
        assertThat(queue.body()).contains(concern.reference(), Reviewers.QUALITY_LEAD);

        Form form = Form.of(
                Jsoup.parse(browser.get(portA, "/triage/" + concern.concernId()).body()));
        form.set("reason", REASON);
        form.set("primaryDomain", "SAFE");
        form.set("domains", "SAFE");
        form.set("harm", "MODERATE");
        form.set("incidentCategory", "MEDICATION");
        HttpResponse<String> reviewed = browser.post(portB, form);

        assertThat(reviewed.statusCode())
                .as("a form from A's page, its CSRF token included, accepted by B")
                .isEqualTo(302);
        Document after = Jsoup.parse(browser.get(
                        portA,
                        reviewed.headers()
                                .firstValue("Location")
                                .map(URI::create)
                                .map(URI::getPath)
                                .orElseThrow())
                .body());
        assertThat(after.select("[role=status]").text())
                .as("B's notice shown by A")
                .contains("revision 2");
        assertThat(jdbc.sql("select reviewer from classification_review where concern_id = ?")
                        .param(concern.concernId())
                        .query(String.class)
                        .list())
                .containsExactly(Reviewers.QUALITY_LEAD);
        assertThat(revisions(concern.concernId())).isEqualTo(2);
    }

    @Test
    void aFormWithAForgedCsrfTokenIsRefusedByEitherReplica() throws Exception {
        ConcernRaisedV1 concern = raiseAndAwaitClassification();
        Browser browser = new Browser();
        browser.signIn(portA, Reviewers.PASSWORD);
        Form form = Form.of(
                Jsoup.parse(browser.get(portB, "/triage/" + concern.concernId()).body()));
        form.set("reason", REASON);
        form.set("_csrf", "forged");

        assertThat(browser.post(portA, form).statusCode()).isEqualTo(403);
        assertThat(browser.post(portB, form).statusCode()).isEqualTo(403);
        assertThat(revisions(concern.concernId())).isEqualTo(1);
    }

    @Test
    void signingOutOnOneReplicaSignsOutOnTheOther() throws Exception {
        Browser browser = new Browser();
        browser.signIn(portA, Reviewers.PASSWORD);
        Document queue = Jsoup.parse(browser.get(portB, "/triage").body());
        String token = queue.select("form.header__sign-out input[name=_csrf]").val();
        assertThat(token).isNotBlank();

        HttpResponse<String> signedOut = browser.post(portB, "/logout", "_csrf=" + token);

        assertThat(signedOut.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?signed-out"));
        assertThat(browser.get(portA, "/triage").statusCode()).isEqualTo(302);
    }

    @Test
    void theSessionTableHoldsNeitherAPasswordNorItsHash() throws Exception {
        Browser reviewer = new Browser();
        reviewer.signIn(portA, Reviewers.PASSWORD);
        reviewer.get(portB, "/triage");
        Browser mistaken = new Browser();
        HttpResponse<String> refused = mistaken.signIn(portB, WRONG_PASSWORD);
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        assertThat(Jsoup.parse(mistaken.get(portA, "/login?error").body())
                        .select(".error-summary a")
                        .text())
                .isEqualTo("Enter the username and password of a reviewer's account");

        List<Map<String, Object>> attributes = jdbc.sql(
                        "select attribute_name, attribute_bytes from spring_session_attributes")
                .query()
                .listOfRows();
        assertThat(attributes).extracting(row -> row.get("attribute_name")).contains("SPRING_SECURITY_CONTEXT");
        StringBuilder all = new StringBuilder();
        for (Map<String, Object> attribute : attributes) {
            String asText = new String((byte[]) attribute.get("attribute_bytes"), StandardCharsets.ISO_8859_1);
            assertThat(asText)
                    .as("%s as stored", attribute.get("attribute_name"))
                    .doesNotContain(Reviewers.PASSWORD, WRONG_PASSWORD, passwordHash, "$2a$");
            all.append(asText);
        }
        assertThat(all.toString())
                .as("the bytes are readable where they hold text")
                .contains(Reviewers.QUALITY_LEAD);
    }

    @Test
    void theSessionTableNeverHoldsAnIdTheBrowserWasGivenAndSigningInRenewsIt() throws Exception {
        Browser browser = new Browser();
        browser.get(portA, "/login");
        List<String> beforeSignIn = browser.receivedCookies();
        assertThat(beforeSignIn)
                .as("the sign-in form's session, for its CSRF token")
                .hasSize(1);

        browser.signIn(portB, Reviewers.PASSWORD);

        assertThat(browser.get(portA, "/triage").statusCode())
                .as("the other replica finds the session under its new id")
                .isEqualTo(200);
        List<String> cookies = browser.receivedCookies();
        assertThat(cookies)
                .as("an id for the sign-in form and a new one on signing in")
                .hasSize(2)
                .doesNotHaveDuplicates();
        List<String> stored = storedSessionIds(jdbc);
        assertThat(stored).hasSize(1);
        for (String cookie : cookies) {
            assertThat(stored).doesNotContain(cookie, sessionIdIn(cookie));
        }
        assertThat(Browser.withCookie(portA, beforeSignIn.getFirst()).get(portB, "/triage"))
                .as("the id from before signing in is not signed in")
                .satisfies(TwoReplicasIT::sentToSignIn);
        String current = sessionIdIn(cookies.getLast());
        for (Map<String, Object> attribute : jdbc.sql(
                        "select attribute_name, attribute_bytes from spring_session_attributes")
                .query()
                .listOfRows()) {
            assertThat(new String((byte[]) attribute.get("attribute_bytes"), StandardCharsets.ISO_8859_1))
                    .as("%s as stored", attribute.get("attribute_name"))
                    .doesNotContain(current);
        }
    }

    @Test
    void aCookieMadeFromTheStoredSessionIdIsNotSignedIn() throws Exception {
        Browser owner = new Browser();
        owner.signIn(portA, Reviewers.PASSWORD);
        String stored = storedSessionIds(jdbc).getFirst();

        for (String value : List.of(cookieFor(stored), stored)) {
            assertThat(Browser.withCookie(portA, value).get(portB, "/triage"))
                    .as("a cookie %s made from the stored id", value)
                    .satisfies(TwoReplicasIT::sentToSignIn);
        }

        assertThat(owner.get(portB, "/triage").statusCode())
                .as("the owner's cookie still opens the queue")
                .isEqualTo(200);
    }

    @Test
    void aSignInIdleForTheTimeoutEndsOnEitherReplica() throws Exception {
        assertThat(timeout).as("as the container's sessions were").isEqualTo(Duration.ofMinutes(30));
        Browser browser = new Browser();
        browser.signIn(portA, Reviewers.PASSWORD);
        assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
                        .param(Reviewers.QUALITY_LEAD)
                        .query(Long.class)
                        .single())
                .isEqualTo(timeout.toSeconds());

        idle(timeout.minusMinutes(1));
        assertThat(browser.get(portB, "/triage").statusCode())
                .as("a minute short of the timeout")
                .isEqualTo(200);

        idle(timeout.plusSeconds(1));
        HttpResponse<String> expired = browser.get(portB, "/triage");

        assertThat(expired.statusCode()).isEqualTo(302);
        assertThat(expired.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(browser.get(portA, "/triage").statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                        .param(Reviewers.QUALITY_LEAD)
                        .query(Long.class)
                        .single())
                .as("the expired session is deleted when read")
                .isZero();
    }

    /** As if the reviewer's last request had been this long ago. */
    private static void idle(Duration howLong) {
        assertThat(jdbc.sql("""
                        update spring_session
                        set last_access_time = last_access_time - :millis, expiry_time = expiry_time - :millis
                        where principal_name = :reviewer""")
                        .param("millis", howLong.toMillis())
                        .param("reviewer", Reviewers.QUALITY_LEAD)
                        .update())
                .isEqualTo(1);
    }

    private static void sentToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    private static ConcernRaisedV1 raiseAndAwaitClassification() {
        ConcernRaisedV1 concern = RaisedConcerns.about("asdf");
        events.publish(EventType.CONCERN_RAISED_V1, concern.concernId(), concern, UUID.randomUUID());
        await().until(() -> revisions(concern.concernId()) == 1);
        return concern;
    }

    private static long revisions(UUID concernId) {
        return jdbc.sql("select count(*) from classification_revision where concern_id = ?")
                .param(concernId)
                .query(Long.class)
                .single();
    }

    /** A browser without JavaScript whose cookies go to both replicas, as they would behind one address. */
    private static final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final List<String> received = new ArrayList<>();

        /** A browser that starts with this session cookie, as someone who made it up, or copied it, would. */
        static Browser withCookie(int port, String value) {
            Browser browser = new Browser();
            HttpCookie cookie = new HttpCookie(SESSION_COOKIE, value);
            // Version 0: sent as name=value, as a browser sends the cookie the service set.
            cookie.setVersion(0);
            cookie.setPath("/");
            browser.cookies.getCookieStore().add(uri(port, "/"), cookie);
            return browser;
        }

        /** Every session cookie value any response set, on either replica, in the order received. */
        List<String> receivedCookies() {
            return List.copyOf(received);
        }

        HttpResponse<String> signIn(int port, String password) throws IOException, InterruptedException {
            Form form = Form.of(Jsoup.parse(get(port, "/login").body()));
            form.set("username", Reviewers.QUALITY_LEAD);
            form.set("password", password);
            HttpResponse<String> response = post(port, form);
            assertThat(response.statusCode()).isEqualTo(302);
            return response;
        }

        HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
            return received(http.send(
                    HttpRequest.newBuilder(uri(port, path))
                            .header("Accept", "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        HttpResponse<String> post(int port, Form form) throws IOException, InterruptedException {
            return post(port, form.action(), form.encoded());
        }

        HttpResponse<String> post(int port, String path, String body) throws IOException, InterruptedException {
            return received(http.send(
                    HttpRequest.newBuilder(uri(port, path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "text/html")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        private HttpResponse<String> received(HttpResponse<String> response) {
            for (String header : response.headers().allValues("Set-Cookie")) {
                for (HttpCookie cookie : HttpCookie.parse(header)) {
                    if (cookie.getName().equals(SESSION_COOKIE)
                            && !cookie.getValue().isEmpty()) {
                        received.add(cookie.getValue());
                    }
                }
            }
            return response;
        }

        private static URI uri(int port, String path) {
            URI given = URI.create(path);
            String relative = given.isAbsolute() ? given.getRawPath() + queryOf(given) : path;
            return URI.create("http://127.0.0.1:" + port + relative);
        }

        private static String queryOf(URI uri) {
            return uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        }
    }
}
