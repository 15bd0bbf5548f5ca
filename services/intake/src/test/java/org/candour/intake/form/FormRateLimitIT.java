package org.candour.intake.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.candour.intake.form.FormBrowser.Page;
import org.candour.testsupport.Infrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** "Send your concern" shares the API's per-client limit, and a person over it gets a page, not JSON. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "candour.intake.rate-limit.requests-per-minute=2",
            "candour.intake.identity-keys[0].id=test",
            "candour.intake.identity-keys[0].secret=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
        })
// Every intake test context consumes as group intake on the one broker: only one may be alive at a time.
@DirtiesContext
class FormRateLimitIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("intake_form_rate_limit_it", registry);
    }

    @Test
    void sendingOverTheLimitGetsAPageWithRetryAfterAndKeepsTheAnswers() {
        FormBrowser browser = new FormBrowser(port);
        Page where = browser.get("/concern/where");
        assertThat(browser.submit(where, "kind", "NHS_TRUST", "trustQuery", "R0A")
                        .path())
                .as("other pages are not limited")
                .isEqualTo("/concern/service");
        String token = FormBrowser.csrfToken(where);
        for (int i = 0; i < 2; i++) {
            assertThat(browser.post("/concern/check", "_csrf", token).path()).isEqualTo("/concern/service");
        }
        long stored = jdbc.sql("select count(*) from concern").query(Long.class).single();

        Page refused = browser.post("/concern/check", "_csrf", token);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(refused.title()).isEqualTo("Too many concerns sent at once - Raise a concern about care - NHS");
        assertThat(refused.text()).contains("your answers are saved");
        assertThat(jdbc.sql("select count(*) from concern").query(Long.class).single())
                .isEqualTo(stored);
        assertThat(browser.get("/concern/service").byId("service"))
                .as("the answers are kept")
                .isNotNull();
    }
}
