package org.candour.intake.form;

import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.candour.events.IdentityChoice;
import org.candour.events.RaisedRoute;
import org.candour.intake.concern.web.RaiseConcernRequest.RaisedBeforeRequest;
import org.candour.intake.concern.web.RaiseConcernRequest.Reporter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Where the reporter raised it before, and how they want to be known. */
@Controller
class ReporterController {

    /** The checkbox that says it was not raised before; it stands alone. */
    static final String FIRST_TIME = "FIRST_TIME";

    static final String DATE_OF_FINAL_RESPONSE = "Date of the final response";

    private final FormValidation validation;

    ReporterController(FormValidation validation) {
        this.validation = validation;
    }

    @GetMapping("/concern/raised-before")
    ModelAndView raisedBefore(HttpSession session, @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.RAISED_BEFORE, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        List<String> chosen = new ArrayList<>();
        if (draft.raisedBefore() != null) {
            draft.raisedBefore().forEach(route -> chosen.add(route.name()));
            if (draft.raisedBefore().isEmpty()) {
                chosen.add(FIRST_TIME);
            }
        }
        return Pages.show(
                "concern/raised-before",
                raisedBeforeModel(
                        draft,
                        ReturnedProblem.shownOn(Step.RAISED_BEFORE, session),
                        chosen,
                        draft.finalResponseTyped(),
                        change));
    }

    @PostMapping("/concern/raised-before")
    ModelAndView answerRaisedBefore(
            HttpSession session,
            @RequestParam(defaultValue = "") List<String> raisedBefore,
            @RequestParam(name = "finalResponse[day]", defaultValue = "") String day,
            @RequestParam(name = "finalResponse[month]", defaultValue = "") String month,
            @RequestParam(name = "finalResponse[year]", defaultValue = "") String year,
            @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.RAISED_BEFORE, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        List<RaisedRoute> routes = new ArrayList<>();
        for (RaisedRoute route : RaisedRoute.values()) {
            if (raisedBefore.contains(route.name())) {
                routes.add(route);
            }
        }
        boolean firstTime = raisedBefore.contains(FIRST_TIME);
        // The date belongs to the complaint; typed and then hidden by unticking it, it is not an answer.
        DateParts typed =
                routes.contains(RaisedRoute.FORMAL_COMPLAINT) ? new DateParts(day, month, year) : DateParts.BLANK;
        FormErrors errors = new FormErrors();
        Optional<LocalDate> responseOn = Optional.empty();
        if (routes.isEmpty() && !firstTime) {
            errors.reject("raised-before", "Select where you have raised this before, or 'No, this is the first time'");
        } else if (firstTime && !routes.isEmpty()) {
            errors.reject(
                    "raised-before",
                    "Select 'No, this is the first time' on its own, or select only where you raised it before");
        } else {
            responseOn = DetailsController.readDate(errors, "final-response", typed, DATE_OF_FINAL_RESPONSE, false);
            if (!errors.any()) {
                DetailsController.rejectAll(
                        errors,
                        validation.check(new RaisedBeforeRequest(routes, responseOn.orElse(null))),
                        "finalResponseOn",
                        "final-response",
                        true);
            }
        }
        if (errors.any()) {
            return Pages.showAgain(
                    "concern/raised-before",
                    raisedBeforeModel(draft, errors, raisedBefore, new DateParts(day, month, year), change));
        }
        draft.answerRaisedBefore(routes, typed, responseOn.orElse(null));
        draft.saveIn(session);
        return Pages.redirect(FormFlow.after(Step.RAISED_BEFORE, draft, change));
    }

    @GetMapping("/concern/identity")
    ModelAndView identity(HttpSession session, @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.IDENTITY, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        String identity = draft.identity() == null ? "" : draft.identity().name();
        return Pages.show(
                "concern/identity",
                identityModel(
                        draft,
                        ReturnedProblem.shownOn(Step.IDENTITY, session),
                        identity,
                        draft.reporterName(),
                        draft.reporterEmail(),
                        change));
    }

    @PostMapping("/concern/identity")
    ModelAndView answerIdentity(
            HttpSession session,
            @RequestParam(defaultValue = "") String identity,
            @RequestParam(defaultValue = "") String namedName,
            @RequestParam(defaultValue = "") String namedEmail,
            @RequestParam(defaultValue = "") String confidentialName,
            @RequestParam(defaultValue = "") String confidentialEmail,
            @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.IDENTITY, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        Optional<IdentityChoice> choice = Pages.parse(IdentityChoice.class, identity);
        FormErrors errors = new FormErrors();
        String name = "";
        String email = "";
        if (choice.isEmpty()) {
            errors.reject("identity", "Select how you want to be known");
        } else if (choice.get() != IdentityChoice.ANONYMOUS) {
            String prefix = choice.get() == IdentityChoice.NAMED ? "named" : "confidential";
            name = choice.get() == IdentityChoice.NAMED ? namedName : confidentialName;
            email = (choice.get() == IdentityChoice.NAMED ? namedEmail : confidentialEmail).strip();
            Map<String, String> problems = validation.check(new Reporter(name, email));
            DetailsController.rejectAll(errors, problems, "name", prefix + "-name", false);
            DetailsController.rejectAll(errors, problems, "email", prefix + "-email", false);
        }
        if (errors.any()) {
            String typedName = identity.equals("CONFIDENTIAL") ? confidentialName : namedName;
            String typedEmail = identity.equals("CONFIDENTIAL") ? confidentialEmail : namedEmail;
            return Pages.showAgain(
                    "concern/identity", identityModel(draft, errors, identity, typedName, typedEmail, change));
        }
        draft.answerIdentity(choice.orElseThrow(), name.strip(), email);
        draft.saveIn(session);
        return Pages.redirect(FormFlow.after(Step.IDENTITY, draft, change));
    }

    private Map<String, Object> raisedBeforeModel(
            ConcernDraft draft, FormErrors errors, List<String> chosen, DateParts finalResponse, boolean change) {
        Choices choices = Choices.forField("raised-before");
        for (RaisedRoute route : RaisedRoute.values()) {
            choices.option(route.name(), Labels.route(route), null, chosen.contains(route.name()));
        }
        choices.or().exclusiveOption(FIRST_TIME, "No, this is the first time", chosen.contains(FIRST_TIME));
        Map<String, Object> model = Pages.model(
                "Have you raised this before?",
                errors,
                FormFlow.back(Step.RAISED_BEFORE, draft, change),
                Step.RAISED_BEFORE.path(change));
        model.put("choices", choices.list());
        model.put("finalResponse", finalResponse);
        return model;
    }

    private Map<String, Object> identityModel(
            ConcernDraft draft, FormErrors errors, String identity, String name, String email, boolean change) {
        Choices choices = Choices.forField("identity");
        for (IdentityChoice choice : IdentityChoice.values()) {
            choices.option(
                    choice.name(),
                    Labels.identity(choice),
                    Labels.identityHint(choice),
                    choice.name().equals(identity));
        }
        Map<String, Object> model = Pages.model(
                "How do you want to be known?",
                errors,
                FormFlow.back(Step.IDENTITY, draft, change),
                Step.IDENTITY.path(change));
        model.put("choices", choices.list());
        model.put("identity", identity);
        model.put("name", name);
        model.put("email", email);
        return model;
    }
}
