package org.candour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.candour.testsupport.Infrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs the browser tests in {@code browser-tests/}: Debian's Chromium, driven by playwright-core,
 * fills in the form as a new user would, with JavaScript on and off, and axe-core checks every
 * page against WCAG 2.2 A and AA. Intake runs here, on real Kafka and PostgreSQL.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "candour.messaging.relay.interval=50ms",
            "candour.intake.rate-limit.requests-per-minute=10000",
            "candour.intake.identity-keys[0].id=browser",
            "candour.intake.identity-keys[0].secret=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
            "candour.intake.handling-team-tokens[0]=" + BrowserIT.HANDLING_TEAM_TOKEN
        })
// Every intake test context consumes as group intake on the one broker: only one may be alive at a time.
@DirtiesContext
class BrowserIT {

    static final String HANDLING_TEAM_TOKEN = "browser-tests-handling-team-token-0123456789";

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final Path TESTS = Path.of("browser-tests");
    private static final Path CHROMIUM = Path.of(System.getProperty("candour.chromium", "/usr/bin/chromium"));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("intake_browser_it", registry);
    }

    @Value("${local.server.port}")
    int port;

    @Test
    void formWorksInARealBrowserWithAndWithoutJavaScriptAndEveryPageIsAccessible() throws Exception {
        assertThat(CHROMIUM)
                .as("Chromium is needed for the browser tests: `./candour test` installs Debian's chromium,"
                        + " or set -Dcandour.chromium to another Chromium")
                .isExecutable();
        assertThat(TESTS.resolve("node_modules/playwright-core"))
                .as("the build installs playwright-core with npm ci in the pre-integration-test phase")
                .isDirectory();

        ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-concurrency=1", "--test-reporter=spec")
                .directory(TESTS.toFile())
                .redirectErrorStream(true);
        node.environment().put("INTAKE_URL", "http://127.0.0.1:" + port);
        node.environment().put("CHROMIUM", CHROMIUM.toString());
        node.environment().put("HANDLING_TEAM_TOKEN", HANDLING_TEAM_TOKEN);
        Process run = node.start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                System.out.println("[browser] " + line);
                output.add(line);
            }
        }
        boolean finished = run.waitFor(10, TimeUnit.MINUTES);
        Files.write(Path.of("target/browser-tests.log"), output);

        assertThat(finished).as("browser tests finished within 10 minutes").isTrue();
        assertThat(run.exitValue())
                .as("browser tests passed; their output is above and in target/browser-tests.log")
                .isZero();
        assertThat(output).anySatisfy(line -> assertThat(line).matches(".*pass [1-9][0-9]*.*"));
    }
}
