package org.candour.delivery.web;

import static org.candour.web.Problems.problem;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.candour.events.Destination;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The national bodies that receive webhooks, and the check every {@code /api/v1/bodies/{body}} door
 * makes: a code that is no such body is a bad request (which bodies exist is public); a body other
 * than the one the token's {@code body} claim names is not found, so that nothing about another
 * body's endpoints or cases leaks.
 */
public final class Bodies {

    /** The claim naming the body a client acts for (the authorisation server's body clients set it). */
    public static final String CLAIM = "body";

    /** Every destination except the trust's board and the ICB's quality group, which read cases in other ways. */
    public static final Set<Destination> NATIONAL =
            Set.copyOf(EnumSet.complementOf(EnumSet.of(Destination.TRUST_BOARD, Destination.ICS_QUALITY_GROUP)));

    private Bodies() {}

    /** The body in the path, if it is a national body and the token acts for it. */
    public static Destination own(String body, Jwt token) {
        Destination destination = NATIONAL.stream()
                .filter(candidate -> candidate.name().equals(body))
                .findFirst()
                .orElseThrow(() -> problem(
                        HttpStatus.BAD_REQUEST,
                        "Not a national body",
                        "'body' must be one of "
                                + NATIONAL.stream()
                                        .map(Destination::name)
                                        .sorted()
                                        .collect(Collectors.joining(", "))
                                + "."));
        if (!body.equals(token.getClaimAsString(CLAIM))) {
            throw problem(HttpStatus.NOT_FOUND, "Not found", "There is nothing for this client at body " + body + ".");
        }
        return destination;
    }

    /** Who did it, for the records: the token's client id, or its subject. */
    public static String client(Jwt token) {
        String client = token.getClaimAsString("client_id");
        return client != null ? client : token.getSubject();
    }
}
