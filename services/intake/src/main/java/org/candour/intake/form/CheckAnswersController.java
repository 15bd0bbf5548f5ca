package org.candour.intake.form;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.candour.events.IdentityChoice;
import org.candour.events.ProviderKind;
import org.candour.events.RaisedRoute;
import org.candour.intake.concern.RaiseConcern;
import org.candour.intake.concern.UnknownOrganisationException;
import org.candour.intake.concern.web.RaiseConcernRequest;
import org.candour.organisations.Icb;
import org.candour.organisations.OrganisationDirectory;
import org.candour.organisations.Trust;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Checking the answers, sending the concern, and the confirmation with its reference (and for an
 * anonymous reporter the receipt code, shown once).
 */
@Controller
class CheckAnswersController {

    /** Where the form is sent from; rate-limited like the API ({@code ClientRateLimit}). */
    static final String SEND = "/concern/check";

    static final String CONFIRMATION = "/concern/confirmation";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final RaiseConcern raiseConcern;
    private final Validator validator;
    private final OrganisationDirectory directory;

    CheckAnswersController(RaiseConcern raiseConcern, Validator validator, OrganisationDirectory directory) {
        this.raiseConcern = raiseConcern;
        this.validator = validator;
        this.directory = directory;
    }

    @GetMapping(SEND)
    ModelAndView check(HttpSession session) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.CHECK, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        Map<String, Object> model = Pages.model(
                "Check your answers before sending your concern",
                FormErrors.none(),
                FormFlow.back(Step.CHECK, draft, false),
                SEND);
        model.put("rows", rows(draft));
        return Pages.show("concern/check", model);
    }

    /**
     * Checks the whole concern with the API's rules, raises it, and forgets the answers. The draft's
     * id is the idempotency key, so a second click while the first is being sent raises nothing more.
     */
    @PostMapping(SEND)
    ModelAndView send(HttpSession session) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.CHECK, draft)) {
            // A second click on "Send" after the first was sent: the browser shows this answer, not the
            // first, so it must lead to the reference and receipt code too.
            if (draft.kind() == null && SentConcern.in(session).isPresent()) {
                return Pages.redirect(CONFIRMATION);
            }
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        RaiseConcernRequest request = draft.toRequest();
        Optional<ReturnedProblem> problem = validator.validate(request).stream()
                .map(violation -> ReturnedProblem.forProperty(
                        violation.getPropertyPath().toString(), violation.getMessage(), draft))
                .min(Comparator.comparing(ReturnedProblem::step).thenComparing(ReturnedProblem::field));
        if (problem.isPresent()) {
            return sendBack(session, problem.get());
        }
        RaiseConcern.Raised raised;
        try {
            raised = raiseConcern.raise(request.toCommand(), "form-" + draft.id());
        } catch (UnknownOrganisationException e) {
            return sendBack(session, ReturnedProblem.forProperty(e.field(), e.getMessage(), draft));
        } catch (DuplicateKeyException e) {
            // The same draft is being sent by another request from this session, which will finish it.
            return Pages.redirect(CONFIRMATION);
        }
        ConcernDraft.discard(session);
        new SentConcern(
                        raised.concern().reference().value(),
                        raised.receiptCode(),
                        raised.concern().identity(),
                        raised.concern().immediateDanger())
                .keepIn(session);
        return Pages.redirect(CONFIRMATION);
    }

    @GetMapping(CONFIRMATION)
    ModelAndView confirmation(HttpSession session, HttpServletResponse response) {
        Optional<SentConcern> sent = SentConcern.in(session);
        if (sent.isEmpty()) {
            return Pages.redirect("/");
        }
        // The receipt code must rest in no cache, and the page must not come back from history.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        sent.get().withoutReceiptCode().keepIn(session);
        Map<String, Object> model = Pages.model("Concern sent", FormErrors.none(), "/", CONFIRMATION);
        model.put("sent", sent.get());
        model.put("anonymous", sent.get().identity() == IdentityChoice.ANONYMOUS);
        return Pages.show("concern/confirmation", model);
    }

    private static ModelAndView sendBack(HttpSession session, ReturnedProblem problem) {
        problem.keepIn(session);
        return Pages.redirect(problem.step().path(true));
    }

    /**
     * A row of the summary list.
     *
     * @param key what was asked
     * @param lines the answer, a line each
     * @param preserveLines whether the answer's own line breaks are shown (what happened)
     * @param change where to change it
     * @param hidden what "Change" changes, for screen reader users
     */
    record Row(String key, List<String> lines, boolean preserveLines, String change, String hidden) {}

    private List<Row> rows(ConcernDraft draft) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("Where it happened", where(draft), Step.WHERE, "where it happened"));
        if (draft.kind() == ProviderKind.NHS_TRUST && draft.areaAsked()) {
            String icb = draft.icbCode();
            rows.add(row(
                    "Area of the care",
                    List.of(
                            icb == null
                                    ? "Not sure"
                                    : directory.icb(icb).map(Icb::name).orElse(icb)),
                    Step.WHERE_AREA,
                    "the area the care was in"));
        }
        rows.add(row(
                "Service, ward or department",
                List.of(draft.service() == null || draft.service().isEmpty() ? "Not given" : draft.service()),
                Step.SERVICE,
                "service, ward or department"));
        rows.add(row("When it happened", List.of(when(draft)), Step.WHEN, "when it happened"));
        rows.add(new Row(
                "What happened",
                List.of(String.valueOf(draft.description())),
                true,
                Step.WHAT_HAPPENED.path(true),
                "what happened"));
        rows.add(row(
                "Anyone in danger now",
                List.of(Boolean.TRUE.equals(draft.immediateDanger()) ? "Yes" : "No"),
                Step.DANGER,
                "whether anyone is in danger now"));
        rows.add(row(
                "Who was affected",
                draft.affected() == null
                        ? List.of()
                        : draft.affected().stream().map(Labels::affected).toList(),
                Step.AFFECTED,
                "who was affected"));
        if (draft.harmAsked() && draft.harm() != null) {
            rows.add(row(
                    "How badly they were affected",
                    List.of(Labels.harm(draft.harm())),
                    Step.HARM,
                    "how badly they were affected"));
        }
        rows.add(row("Professionals involved", professionals(draft), Step.PROFESSIONALS, "the professionals involved"));
        rows.add(row("Raised before", raisedBefore(draft), Step.RAISED_BEFORE, "where you raised it before"));
        rows.add(row("How you want to be known", identity(draft), Step.IDENTITY, "how you want to be known"));
        return rows;
    }

    private static Row row(String key, List<String> lines, Step step, String hidden) {
        return new Row(key, lines, false, step.path(true), hidden);
    }

    private List<String> where(ConcernDraft draft) {
        ProviderKind kind = draft.kind();
        if (kind == ProviderKind.NHS_TRUST) {
            String code = String.valueOf(draft.trustCode());
            return List.of(directory.trust(code).map(Trust::name).orElse(code), "ODS code " + code);
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.valueOf(draft.providerName()));
        lines.add(kind == null ? "" : capitalise(Labels.kindInSentence(kind)));
        String icb = String.valueOf(draft.icbCode());
        lines.add(directory.icb(icb).map(Icb::name).orElse(icb));
        if (!draft.providerOdsCode().isEmpty()) {
            lines.add("ODS code " + draft.providerOdsCode());
        }
        return lines;
    }

    private static String when(ConcernDraft draft) {
        return switch (draft.when()) {
            case ON_A_DATE -> "On " + formatted(draft.occurredOn());
            case OVER_A_PERIOD -> draft.period();
            case NOT_SURE -> "Not sure";
            case null -> "";
        };
    }

    private static List<String> professionals(ConcernDraft draft) {
        if (!Boolean.TRUE.equals(draft.professionalsInvolved())) {
            return List.of("No");
        }
        return draft.professionals().stream()
                .map(row -> (row.role() == null ? "" : Labels.role(row.role()))
                        + (row.name().isEmpty() ? "" : ": " + row.name()))
                .toList();
    }

    private static List<String> raisedBefore(ConcernDraft draft) {
        List<RaisedRoute> routes = draft.raisedBefore();
        if (routes == null || routes.isEmpty()) {
            return List.of("No, this is the first time");
        }
        List<String> lines = new ArrayList<>(routes.stream().map(Labels::route).toList());
        if (draft.finalResponseOn() != null) {
            lines.add("Final response on " + formatted(draft.finalResponseOn()));
        }
        return lines;
    }

    private static List<String> identity(ConcernDraft draft) {
        IdentityChoice identity = draft.identity();
        if (identity == null) {
            return List.of();
        }
        if (identity == IdentityChoice.ANONYMOUS) {
            return List.of(Labels.identity(identity));
        }
        return List.of(Labels.identity(identity), draft.reporterName(), draft.reporterEmail());
    }

    private static String formatted(@Nullable LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
