package org.candour.classification;

import org.springframework.http.HttpHeaders;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Reviewer accounts for tests, configured the way an operator would: a username and a bcrypt hash. */
public final class Reviewers {

    public static final String QUALITY_LEAD = "quality.lead@mft.example";
    public static final String FTSU_GUARDIAN = "ftsu.guardian@mft.example";
    public static final String PASSWORD = "correct horse battery staple";

    private Reviewers() {}

    /** Configures both reviewers; cost 4 keeps sign-in fast in tests, production hashes use 12 or more. */
    public static void register(DynamicPropertyRegistry registry) {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
        String hash = encoder.encode(PASSWORD);
        registry.add("candour.classification.reviewers[0].username", () -> QUALITY_LEAD);
        registry.add("candour.classification.reviewers[0].password-hash", () -> hash);
        registry.add("candour.classification.reviewers[1].username", () -> FTSU_GUARDIAN);
        registry.add("candour.classification.reviewers[1].password-hash", () -> hash);
    }

    public static void signIn(HttpHeaders headers, String reviewer) {
        headers.setBasicAuth(reviewer, PASSWORD);
    }
}
