package org.candour.intake.form;

import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.candour.events.ProviderKind;
import org.candour.intake.concern.UnknownOrganisationException;
import org.candour.intake.concern.web.RaiseConcernRequest.ProviderRequest;
import org.candour.organisations.Icb;
import org.candour.organisations.OrganisationDirectory;
import org.candour.organisations.Trust;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where it happened: the kind of provider, then the NHS trust found by name or ODS code (and, for a
 * trust that serves several ICBs, the area the care was in), or the name and ICB of any other provider.
 */
@Controller
class WhereController {

    /** Matches listed at once; a longer list is no help, a more precise search is. */
    static final int MATCHES_SHOWN = 20;

    private static final int MAX_QUERY = 200;

    /** The answer for a reporter who does not know which of the trust's areas the care was in. */
    static final String NOT_SURE = "NOT_SURE";

    private final OrganisationDirectory directory;
    private final IcbChoices icbs;
    private final FormValidation validation;

    WhereController(OrganisationDirectory directory, IcbChoices icbs, FormValidation validation) {
        this.directory = directory;
        this.icbs = icbs;
        this.validation = validation;
    }

    @GetMapping("/concern/where")
    ModelAndView where(HttpSession session, @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        String kind = draft.kind() == null ? "" : draft.kind().name();
        return Pages.show(
                "concern/where",
                whereModel(
                        draft,
                        ReturnedProblem.shownOn(Step.WHERE, session),
                        kind,
                        nullToEmpty(draft.trustQuery()),
                        change));
    }

    @PostMapping("/concern/where")
    ModelAndView answerWhere(
            HttpSession session,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String trustQuery,
            @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        FormErrors errors = new FormErrors();
        Optional<ProviderKind> chosen = Pages.parse(ProviderKind.class, kind);
        if (chosen.isEmpty()) {
            reject(errors, validation.check(new ProviderRequest(null, null, null, null)), "kind", "kind");
            return Pages.showAgain("concern/where", whereModel(draft, errors, kind, trustQuery, change));
        }
        if (chosen.get() != ProviderKind.NHS_TRUST) {
            draft.choseKind(chosen.get());
            draft.saveIn(session);
            return Pages.redirect(Step.WHERE_PROVIDER.path(change));
        }
        return search(session, draft, trustQuery, change, errors, "trust-query")
                .orElseGet(() -> Pages.showAgain("concern/where", whereModel(draft, errors, kind, trustQuery, change)));
    }

    @GetMapping("/concern/where/trust")
    ModelAndView trusts(HttpSession session, @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.WHERE_TRUST, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        return Pages.show(
                "concern/where-trust",
                trustsModel(draft, ReturnedProblem.shownOn(Step.WHERE_TRUST, session), draft.trustCode(), "", change));
    }

    @PostMapping("/concern/where/trust")
    ModelAndView chooseTrust(
            HttpSession session,
            @RequestParam(defaultValue = "") String trust,
            @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.WHERE_TRUST, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        FormErrors errors = new FormErrors();
        Map<String, String> problems =
                validation.check(new ProviderRequest(ProviderKind.NHS_TRUST, emptyToNull(trust), null, null));
        if (problems.containsKey("odsCode")) {
            errors.reject("trust", problems.get("odsCode"));
        } else {
            Optional<Trust> found = directory.trust(trust);
            if (found.isPresent()) {
                draft.choseTrust(nullToEmpty(draft.trustQuery()), found.get().code(), servesSeveralIcbs(found.get()));
                draft.saveIn(session);
                return Pages.redirect(FormFlow.after(Step.WHERE_TRUST, draft, change));
            }
            errors.reject("trust", UnknownOrganisationException.trust(trust).getMessage());
        }
        return Pages.showAgain("concern/where-trust", trustsModel(draft, errors, trust, "", change));
    }

    @PostMapping("/concern/where/trust/search")
    ModelAndView searchAgain(
            HttpSession session,
            @RequestParam(defaultValue = "") String trustQuery,
            @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.WHERE_TRUST, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        FormErrors errors = new FormErrors();
        return search(session, draft, trustQuery, change, errors, "trust-search")
                .orElseGet(() -> Pages.showAgain(
                        "concern/where-trust", trustsModel(draft, errors, draft.trustCode(), trustQuery, change)));
    }

    @GetMapping("/concern/where/provider")
    ModelAndView provider(HttpSession session, @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.WHERE_PROVIDER, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        return Pages.show(
                "concern/where-provider",
                providerModel(
                        draft,
                        ReturnedProblem.shownOn(Step.WHERE_PROVIDER, session),
                        nullToEmpty(draft.providerName()),
                        nullToEmpty(draft.icbCode()),
                        draft.providerOdsCode(),
                        change));
    }

    @PostMapping("/concern/where/provider")
    ModelAndView describeProvider(
            HttpSession session,
            @RequestParam(defaultValue = "") String providerName,
            @RequestParam(defaultValue = "") String icbCode,
            @RequestParam(defaultValue = "") String providerOdsCode,
            @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.WHERE_PROVIDER, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        FormErrors errors = new FormErrors();
        Map<String, String> problems = validation.check(
                new ProviderRequest(draft.kind(), emptyToNull(providerOdsCode), providerName, emptyToNull(icbCode)));
        reject(errors, problems, "name", "provider-name");
        reject(errors, problems, "icbCode", "icb");
        reject(errors, problems, "odsCode", "provider-ods-code");
        if (!errors.has("icb") && directory.icb(icbCode).isEmpty()) {
            errors.reject("icb", UnknownOrganisationException.icb(icbCode).getMessage());
        }
        if (errors.any()) {
            return Pages.showAgain(
                    "concern/where-provider",
                    providerModel(draft, errors, providerName, icbCode, providerOdsCode, change));
        }
        draft.describedProvider(
                providerName.strip(),
                icbCode.strip().toUpperCase(Locale.ROOT),
                providerOdsCode.strip().toUpperCase(Locale.ROOT));
        draft.saveIn(session);
        return Pages.redirect(FormFlow.after(Step.WHERE_PROVIDER, draft, change));
    }

    /**
     * The area the care was in, for a trust that serves several ICBs: that ICB alone is then told of the
     * concern; "Not sure" tells each of them.
     */
    @GetMapping("/concern/where/area")
    ModelAndView area(HttpSession session, @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.WHERE_AREA, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        String chosen = !draft.areaAnswered() ? "" : draft.icbCode() == null ? NOT_SURE : draft.icbCode();
        return Pages.show(
                "concern/where-area",
                areaModel(draft, ReturnedProblem.shownOn(Step.WHERE_AREA, session), chosen, change));
    }

    @PostMapping("/concern/where/area")
    ModelAndView answerArea(
            HttpSession session,
            @RequestParam(defaultValue = "") String area,
            @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.WHERE_AREA, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        FormErrors errors = new FormErrors();
        if (area.isEmpty()) {
            errors.reject("area", "Choose the area the care was in, or Not sure");
        } else if (area.equals(NOT_SURE)) {
            draft.answerArea(null);
        } else {
            Optional<Trust> trust = directory.trust(String.valueOf(draft.trustCode()));
            List<Icb> served = trust.map(directory::icbsServedBy).orElse(List.of());
            Optional<Icb> icb =
                    served.stream().filter(each -> each.code().equals(area)).findFirst();
            if (icb.isPresent()) {
                draft.answerArea(icb.get().code());
            } else if (trust.isPresent()) {
                // Only a tampered form, or a directory changed since the page was shown, sends another code.
                errors.reject(
                        "area",
                        UnknownOrganisationException.icbNotServed(trust.get(), served, area)
                                .getMessage());
            } else {
                errors.reject(
                        "area",
                        UnknownOrganisationException.trust(String.valueOf(draft.trustCode()))
                                .getMessage());
            }
        }
        if (errors.any()) {
            return Pages.showAgain("concern/where-area", areaModel(draft, errors, area, change));
        }
        draft.saveIn(session);
        return Pages.redirect(FormFlow.after(Step.WHERE_AREA, draft, change));
    }

    /**
     * Searches the directory: an exact ODS code or a single match is chosen at once, several go to a
     * list to choose from, none is an error beside the search box.
     */
    private Optional<ModelAndView> search(
            HttpSession session, ConcernDraft draft, String typed, boolean change, FormErrors errors, String field) {
        String query = typed.strip();
        if (query.isEmpty()) {
            errors.reject(field, "Enter the name or ODS code of the trust");
            return Optional.empty();
        }
        if (query.length() > MAX_QUERY) {
            errors.reject(field, "Keep the search to " + MAX_QUERY + " characters or fewer");
            return Optional.empty();
        }
        Optional<Trust> exact = directory.trust(query);
        List<Trust> matches = exact.map(List::of).orElseGet(() -> directory.searchTrusts(query, 2));
        if (matches.isEmpty()) {
            errors.reject(
                    field,
                    "No NHS trust matches '" + query + "'. Check the spelling or try the ODS code, for example R0A.");
            return Optional.empty();
        }
        if (matches.size() == 1) {
            draft.choseTrust(query, matches.getFirst().code(), servesSeveralIcbs(matches.getFirst()));
            draft.saveIn(session);
            return Optional.of(Pages.redirect(FormFlow.after(Step.WHERE, draft, change)));
        }
        draft.searchedForTrust(query);
        draft.saveIn(session);
        return Optional.of(Pages.redirect(Step.WHERE_TRUST.path(change)));
    }

    private Map<String, Object> whereModel(
            ConcernDraft draft, FormErrors errors, String kind, String trustQuery, boolean change) {
        Choices kinds = Choices.forField("kind");
        Arrays.stream(ProviderKind.values())
                .forEach(each -> kinds.option(
                        each.name(),
                        Labels.kind(each),
                        Labels.kindHint(each),
                        each.name().equals(kind)));
        Map<String, Object> model = Pages.model(
                "Where did it happen?", errors, FormFlow.back(Step.WHERE, draft, change), Step.WHERE.path(change));
        model.put("kinds", kinds.list());
        model.put("trustQuery", trustQuery);
        return model;
    }

    private Map<String, Object> trustsModel(
            ConcernDraft draft, FormErrors errors, @Nullable String chosen, String searchQuery, boolean change) {
        String query = nullToEmpty(draft.trustQuery());
        List<Trust> matches = directory.searchTrusts(query, MATCHES_SHOWN + 1);
        Choices trusts = Choices.forField("trust");
        matches.stream()
                .limit(MATCHES_SHOWN)
                .forEach(trust -> trusts.option(
                        trust.code(),
                        trust.name(),
                        "ODS code " + trust.code(),
                        trust.code().equals(chosen)));
        Map<String, Object> model = Pages.model(
                "Which NHS trust?",
                errors,
                FormFlow.back(Step.WHERE_TRUST, draft, change),
                Step.WHERE_TRUST.path(change));
        model.put("trusts", trusts.list());
        model.put("query", query);
        model.put("more", matches.size() > MATCHES_SHOWN);
        model.put("searchAction", Step.WHERE_TRUST.path() + "/search" + (change ? "?change=true" : ""));
        model.put("searchQuery", searchQuery);
        return model;
    }

    private Map<String, Object> areaModel(ConcernDraft draft, FormErrors errors, String chosen, boolean change) {
        Optional<Trust> trust = directory.trust(String.valueOf(draft.trustCode()));
        Choices areas = Choices.forField("area");
        trust.map(directory::icbsServedBy)
                .orElse(List.of())
                .forEach(icb ->
                        areas.option(icb.code(), icb.name(), null, icb.code().equals(chosen)));
        areas.or().option(NOT_SURE, "Not sure", null, NOT_SURE.equals(chosen));
        Map<String, Object> model = Pages.model(
                "Which area was the care in?",
                errors,
                FormFlow.back(Step.WHERE_AREA, draft, change),
                Step.WHERE_AREA.path(change));
        model.put("areas", areas.list());
        model.put("trustName", trust.map(Trust::name).orElse(String.valueOf(draft.trustCode())));
        return model;
    }

    /** Whether the trust serves more than one ICB, so the reporter is asked which area the care was in. */
    private boolean servesSeveralIcbs(Trust trust) {
        return directory.icbsServedBy(trust).size() > 1;
    }

    private Map<String, Object> providerModel(
            ConcernDraft draft, FormErrors errors, String name, String icb, String odsCode, boolean change) {
        String kind = Labels.kindInSentence(draft.kind() == null ? ProviderKind.GP_PRACTICE : draft.kind());
        Map<String, Object> model = Pages.model(
                "What is the name of the " + kind + "?",
                errors,
                FormFlow.back(Step.WHERE_PROVIDER, draft, change),
                Step.WHERE_PROVIDER.path(change));
        model.put("kind", kind);
        model.put("providerName", name);
        model.put("icbCode", icb.strip().toUpperCase(Locale.ROOT));
        model.put("icbs", icbs.all());
        model.put("providerOdsCode", odsCode);
        return model;
    }

    private static void reject(FormErrors errors, Map<String, String> problems, String property, String field) {
        String message = problems.get(property);
        if (message != null) {
            errors.reject(field, message);
        }
    }

    static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    static @Nullable String emptyToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
