package org.candour.routing.feed;

import static org.candour.web.Problems.detail;
import static org.candour.web.Problems.problem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.candour.events.CaseRoutedV1.EscalationTier;
import org.candour.events.CaseStatusChangedV1;
import org.candour.events.HarmLevel;
import org.candour.events.QualityDomain;
import org.candour.organisations.OrganisationDirectory;
import org.candour.web.ProblemResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The feed an ICB's System Quality Group reads its cases from and acknowledges them through. A client
 * sees only the ICB its access token names: any other ICB, and any case not its own, is not found
 * (404, never 403, so that existence does not leak). Every case listed, read or acknowledged is
 * recorded with the client that did it.
 */
@RestController
@Tag(
        name = "ICB case feed",
        description = "An ICB's routed cases, newest last, with cursor paging and filters, and their acknowledgement")
@SecurityRequirement(name = "machine-client")
class IcbCasesController {

    static final int MAX_LIMIT = 100;
    static final int MAX_NOTE = 2000;
    /** The feed's dates are days in England. */
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,10}");
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private final IcbCases cases;
    private final AcknowledgeCase acknowledgeCase;
    private final FeedProperties properties;
    private final OrganisationDirectory directory;
    private final Clock clock;

    IcbCasesController(
            IcbCases cases,
            AcknowledgeCase acknowledgeCase,
            FeedProperties properties,
            OrganisationDirectory directory,
            Clock clock) {
        this.cases = cases;
        this.acknowledgeCase = acknowledgeCase;
        this.properties = properties;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * A page of the ICB's cases.
     *
     * @param cursor where the last page ended; poll with the last cursor to get cases routed since
     */
    @GetMapping("/api/v1/icbs/{icbCode}/cases")
    @Operation(
            summary = "The ICB's cases, in the order they were routed, a page at a time",
            description = "Cases routed to the ICB's System Quality Group, oldest first. `cursor` continues"
                    + " where the last page ended; it is always returned, so a client that polls with the last cursor"
                    + " it was given receives only the cases routed since. `more` says whether more match now."
                    + " Filters combine; dates are days in England, both inclusive. Needs scope cases.read.")
    @ApiResponse(responseCode = "200", description = "A page of the ICB's cases")
    @ProblemResponse(
            responseCode = "400",
            description = "Not an ICB code, or a filter, the limit or the cursor is not valid; errors name each")
    @ProblemResponse(responseCode = "401", description = "No valid bearer token")
    @ProblemResponse(responseCode = "404", description = "An ICB this client does not act for")
    CasePage list(
            @PathVariable String icbCode,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Parameter(description = "1 to 100; 20 when absent") @Nullable String limit,
            @RequestParam(required = false) @Parameter(description = "a quality domain the concern touches") @Nullable
                    String domain,
            @RequestParam(required = false) @Parameter(description = "the concern's graded harm") @Nullable String harm,
            @RequestParam(required = false) @Parameter(description = "the provider's ODS code") @Nullable
                    String provider,
            @RequestParam(required = false)
                    @Parameter(description = "routed on or after this day, YYYY-MM-DD")
                    @Nullable
                    String from,
            @RequestParam(required = false)
                    @Parameter(description = "routed on or before this day, YYYY-MM-DD")
                    @Nullable
                    String to,
            @RequestParam(required = false)
                    @Parameter(description = "NEW, RECEIVED, IN_REVIEW, CLOSED or WITHDRAWN")
                    @Nullable
                    String status,
            @RequestParam(required = false) @Parameter(description = "the escalation tier proposed") @Nullable
                    String tier,
            @AuthenticationPrincipal Jwt token) {
        String icb = ownIcb(icbCode, token);
        List<Map<String, String>> errors = new ArrayList<>();
        FeedCursor after = cursor == null
                ? FeedCursor.START
                : FeedCursor.parse(cursor).orElseGet(() -> {
                    errors.add(error("cursor", "This cursor was not issued by this feed. Start again without one."));
                    return FeedCursor.START;
                });
        int size = limit(limit, errors);
        LocalDate fromDay = day("from", from, errors);
        LocalDate toDay = day("to", to, errors);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            errors.add(error("to", "The day 'to' must not be before 'from'."));
        }
        if (provider != null && !ODS_CODE.matcher(provider).matches()) {
            errors.add(
                    error("provider", "Give the provider's ODS code: 3 to 10 capital letters or digits, such as R0A."));
        }
        CaseQuery query = new CaseQuery(
                named("domain", domain, QualityDomain.class, errors),
                named("harm", harm, HarmLevel.class, errors),
                provider,
                fromDay == null ? null : fromDay.atStartOfDay(ENGLAND).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(ENGLAND).toInstant(),
                named("status", status, CaseStatus.class, errors),
                named("tier", tier, EscalationTier.class, errors));
        if (!errors.isEmpty()) {
            throw invalid("The case feed query is not valid", errors);
        }
        IcbCases.Page page = cases.page(icb, query, after, size);
        cases.recordAccess(
                page.cases().stream().map(IcbCase::caseId).toList(),
                client(token),
                IcbCases.Access.LISTED,
                clock.instant());
        String next = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("cursor", page.next().token())
                .build()
                .toUriString();
        return new CasePage(page.cases(), page.next().token(), page.more(), next);
    }

    @GetMapping("/api/v1/icbs/{icbCode}/cases/{caseId}")
    @Operation(summary = "One of the ICB's cases, with every acknowledgement", description = "Needs scope cases.read.")
    @ApiResponse(responseCode = "200", description = "The case")
    @ProblemResponse(responseCode = "404", description = "Not an ICB this client acts for, or not one of its cases")
    IcbCase read(@PathVariable String icbCode, @PathVariable UUID caseId, @AuthenticationPrincipal Jwt token) {
        String icb = ownIcb(icbCode, token);
        IcbCase found = cases.find(icb, caseId).orElseThrow(() -> new CaseNotFoundException(icb, caseId));
        cases.recordAccess(List.of(caseId), client(token), IcbCases.Access.READ, clock.instant());
        return found;
    }

    @PostMapping("/api/v1/icbs/{icbCode}/cases/{caseId}/acknowledgement")
    @Operation(
            summary = "Say where the ICB has got to with a case: received, in review or closed, with a note",
            description = "Moves the case forward (RECEIVED, IN_REVIEW, CLOSED; the same status again adds a note)"
                    + " and announces it as CaseStatusChangedV1, so the reporter's status page says the system"
                    + " received, is reviewing or closed it (never the note) and the timeline shows it with the note."
                    + " Needs scope cases.acknowledge.")
    @ApiResponse(responseCode = "200", description = "The case as it now stands")
    @ProblemResponse(responseCode = "400", description = "The status or note is missing or not valid; errors name each")
    @ProblemResponse(responseCode = "404", description = "Not an ICB this client acts for, or not one of its cases")
    @ProblemResponse(
            responseCode = "409",
            description = "The case was withdrawn or has already gone further; nothing changed")
    IcbCase acknowledge(
            @PathVariable String icbCode,
            @PathVariable UUID caseId,
            @RequestBody AcknowledgementRequest request,
            @AuthenticationPrincipal Jwt token) {
        String icb = ownIcb(icbCode, token);
        List<Map<String, String>> errors = new ArrayList<>();
        CaseStatusChangedV1.CaseStatus status =
                named("status", request.status(), CaseStatusChangedV1.CaseStatus.class, errors);
        if (request.status() == null) {
            errors.add(error("status", "Say where the ICB has got to: RECEIVED, IN_REVIEW or CLOSED."));
        }
        String note = request.note() == null || request.note().isBlank()
                ? null
                : request.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            errors.add(error("note", "Keep the note to " + MAX_NOTE + " characters; it has " + note.length() + "."));
        }
        if (note != null && UNPRINTABLE.matcher(note).find()) {
            errors.add(error("note", "The note contains control characters; send plain text."));
        }
        if (!errors.isEmpty() || status == null) {
            throw invalid("The acknowledgement is not valid", errors);
        }
        return acknowledgeCase.acknowledge(icb, caseId, status, note, client(token));
    }

    /**
     * What an ICB says about a case.
     *
     * @param status RECEIVED, IN_REVIEW or CLOSED
     * @param note what the ICB wants recorded with it (at most 2,000 characters); never shown to the reporter
     */
    record AcknowledgementRequest(
            @Nullable String status, @Nullable String note) {}

    /**
     * A page of the feed.
     *
     * @param cases the cases, in the order they were routed
     * @param cursor where this page ended: send it back to continue, now or later
     * @param more whether more cases match now
     * @param next this query again from the cursor
     */
    record CasePage(List<IcbCase> cases, String cursor, boolean more, String next) {}

    @ExceptionHandler
    ProblemDetail notFound(CaseNotFoundException e) {
        return detail(HttpStatus.NOT_FOUND, "No such case", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(CaseStatusConflictException e) {
        return detail(HttpStatus.CONFLICT, "The case cannot change like that", e.getMessage());
    }

    /**
     * The ICB asked for, if the token names it. A code that is no ICB at all is a bad request (which
     * codes are ICBs is public); an ICB other than the token's is not found, as its cases are not
     * this client's to know of.
     */
    private String ownIcb(String icbCode, Jwt token) {
        boolean shaped = ODS_CODE.matcher(icbCode).matches();
        if (!shaped || directory.icb(icbCode).isEmpty()) {
            throw problem(
                    HttpStatus.BAD_REQUEST,
                    "Not an ICB code",
                    "No ICB in the organisation directory has the code " + (shaped ? icbCode : "given")
                            + "; an ICB's code is its ODS code, such as QOP.");
        }
        if (!icbCode.equals(token.getClaimAsString(properties.icbClaim()))) {
            throw problem(
                    HttpStatus.NOT_FOUND,
                    "No such case feed",
                    "There is no case feed for this client at ICB " + icbCode + ".");
        }
        return icbCode;
    }

    private static String client(Jwt token) {
        String client = token.getClaimAsString("client_id");
        return client != null ? client : token.getSubject();
    }

    private static int limit(@Nullable String limit, List<Map<String, String>> errors) {
        if (limit == null) {
            return 20;
        }
        try {
            int size = Integer.parseInt(limit);
            if (size >= 1 && size <= MAX_LIMIT) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(error("limit", "Give a whole number of cases from 1 to " + MAX_LIMIT + "."));
        return 20;
    }

    private static @Nullable LocalDate day(String name, @Nullable String value, List<Map<String, String>> errors) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(error(name, "Give a real day as YYYY-MM-DD, for example 2026-11-02."));
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E named(
            String name, @Nullable String value, Class<E> type, List<Map<String, String>> errors) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        errors.add(error(
                name,
                "Use one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                        + "."));
        return null;
    }

    private static Map<String, String> error(String parameter, String message) {
        return Map.of("field", parameter, "message", message);
    }

    private static ErrorResponseException invalid(String title, List<Map<String, String>> errors) {
        ProblemDetail problem = detail(
                HttpStatus.BAD_REQUEST,
                title,
                errors.stream()
                        .map(e -> e.get("field") + ": " + e.get("message"))
                        .collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
