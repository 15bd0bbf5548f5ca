package org.candour.classification.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.candour.classification.RaisedConcerns;
import org.candour.classification.Reviewers;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.EventType;
import org.candour.testsupport.EventPublisher;
import org.candour.testsupport.Infrastructure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The triage pages over real HTTP, as a browser without JavaScript uses them: cookies, CSRF tokens, forms. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class TriagePageIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final EventPublisher events = new EventPublisher(infrastructure.kafkaBootstrapServers());
    private static final String REASON = "Spoke to the reporter: a nurse gave the wrong insulin dose twice.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private HttpClient browser;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("triage_page_it", registry);
        Reviewers.register(registry);
    }

    @BeforeEach
    void openBrowser() {
        browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Test
    void reviewerSignsInFindsTheConcernInTheQueueAndCorrectsItWithTheForm() throws Exception {
        ConcernRaisedV1 concern = raiseAndAwaitClassification("asdf");

        HttpResponse<String> unsigned = get("/triage");
        assertThat(unsigned.statusCode()).isEqualTo(302);
        assertThat(unsigned.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        signIn();

        HttpResponse<String> queueResponse = get("/triage");
        assertThat(queueResponse.statusCode()).isEqualTo(200);
        assertThat(queueResponse.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy)
                        .contains("default-src 'none'", "style-src 'self'", "form-action 'self'")
                        .doesNotContain("unsafe-inline"));
        Document queue = Jsoup.parse(queueResponse.body());
        assertThat(queue.select("html").attr("lang")).isEqualTo("en-GB");
        assertThat(queue.select("script, style, [style]")).isEmpty();
        Element link = queue.selectFirst("a:contains(" + concern.reference() + ")");
        assertThat(link).isNotNull();
        assertThat(link.closest("tr").text())
                .contains("Manchester University NHS Foundation Trust", "too short to classify");

        Document page = Jsoup.parse(get(link.attr("href")).body());
        everyFieldHasALabelAndEveryFieldsetALegend(page);
        assertThat(page.select("script, style, [style]")).isEmpty();
        assertThat(page.text()).contains("no domain cue matched; needs a person to confirm");
        Form form = Form.of(page);
        assertThat(form.value("basedOnRevision")).isEqualTo("1");
        assertThat(form.value("_csrf")).isNotBlank();

        form.set("reason", "");
        form.set("professionals[0].role", "HEALTHCARE_ASSISTANT");
        form.set("professionals[0].fitnessToPractise", "true");
        HttpResponse<String> refused = post(form);
        assertThat(refused.statusCode()).isEqualTo(200);
        Document errors = Jsoup.parse(refused.body());
        assertThat(errors.select(".error-summary a").eachText())
                .anySatisfy(message -> assertThat(message).isEqualTo("Give a reason for your review"))
                .anySatisfy(message -> assertThat(message).contains("HEALTHCARE_ASSISTANT is not registered"));
        assertThat(errors.select(".error-summary a").eachAttr("href")).contains("#reason", "#professionals");
        assertThat(errors.select("#reason").isEmpty()).isFalse();
        assertThat(revisions(concern.concernId())).isEqualTo(1);

        form = Form.of(errors);
        assertThat(form.value("professionals[0].role")).isEqualTo("HEALTHCARE_ASSISTANT");
        form.set("reason", REASON);
        form.set("primaryDomain", "SAFE");
        form.set("domains", "SAFE");
        form.set("harm", "MODERATE");
        form.set("incidentCategory", "MEDICATION");
        form.set("professionals[0].role", "NURSE");
        form.set("professionals[0].fitnessToPractise", "true");
        HttpResponse<String> reviewed = post(form);
        assertThat(reviewed.statusCode()).isEqualTo(302);
        String location = reviewed.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/triage/" + concern.concernId());

        Document after = Jsoup.parse(get(location).body());
        assertThat(after.select("[role=status]").text()).contains("revision 2");
        assertThat(after.select("#current-revision").text()).isEqualTo("2");
        Element review = after.selectFirst("tr.review");
        assertThat(review).isNotNull();
        assertThat(review.text())
                .contains(
                        Reviewers.QUALITY_LEAD, REASON, "harm: UNKNOWN → MODERATE", "primaryDomain: EXPERIENCE → SAFE");
        assertThat(Form.of(after).value("basedOnRevision")).isEqualTo("2");
        assertThat(revisions(concern.concernId())).isEqualTo(2);
        assertThat(get("/triage").body()).doesNotContain(concern.reference());
    }

    @Test
    void formPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        ConcernRaisedV1 concern = raiseAndAwaitClassification("asdf");
        signIn();
        Form form = Form.of(Jsoup.parse(get("/triage/" + concern.concernId()).body()));
        form.set("reason", REASON);
        form.set("_csrf", "forged");

        assertThat(post(form).statusCode()).isEqualTo(403);
        assertThat(revisions(concern.concernId())).isEqualTo(1);
    }

    @Test
    void wrongPasswordIsToldOnTheSignInPage() throws Exception {
        Form form = Form.of(Jsoup.parse(get("/login").body()));
        form.set("username", Reviewers.QUALITY_LEAD);
        form.set("password", "not the password");

        HttpResponse<String> refused = post(form);

        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        Document page = Jsoup.parse(get("/login?error").body());
        assertThat(page.select(".error-summary a").text())
                .isEqualTo("Enter the username and password of a reviewer's account");
        assertThat(get("/triage").statusCode()).isEqualTo(302);
    }

    private void signIn() throws Exception {
        Document signIn = Jsoup.parse(get("/login").body());
        everyFieldHasALabelAndEveryFieldsetALegend(signIn);
        Form form = Form.of(signIn);
        form.set("username", Reviewers.QUALITY_LEAD);
        form.set("password", Reviewers.PASSWORD);
        HttpResponse<String> signedIn = post(form);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(URI.create(to).getPath()).isEqualTo("/triage"));
    }

    private static void everyFieldHasALabelAndEveryFieldsetALegend(Document page) {
        for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
            assertThat(page.select("label[for=" + field.id() + "]"))
                    .as("label for %s", field.attr("name"))
                    .hasSize(1);
        }
        for (Element fieldset : page.select("fieldset")) {
            assertThat(fieldset.child(0).tagName())
                    .as("legend of %s", fieldset.id())
                    .isEqualTo("legend");
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(Form form) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(uri(form.action()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(form.encoded()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : "http://127.0.0.1:" + port + path);
    }

    private ConcernRaisedV1 raiseAndAwaitClassification(String description) {
        ConcernRaisedV1 concern = RaisedConcerns.about(description);
        events.publish(EventType.CONCERN_RAISED_V1, concern.concernId(), concern, UUID.randomUUID());
        await().until(() -> revisions(concern.concernId()) == 1);
        return concern;
    }

    private long revisions(UUID concernId) {
        return jdbc.sql("select count(*) from classification_revision where concern_id = ?")
                .param(concernId)
                .query(Long.class)
                .single();
    }
}
