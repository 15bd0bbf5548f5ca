package org.candour.intake.form;

import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.candour.intake.concern.web.RaiseConcernRequest.OccurredRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Which service, when it happened, and what happened. */
@Controller
class DetailsController {

    static final String DATE_IT_HAPPENED = "Date it happened";

    private final FormValidation validation;

    DetailsController(FormValidation validation) {
        this.validation = validation;
    }

    @GetMapping("/concern/service")
    ModelAndView service(HttpSession session, @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.SERVICE, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        String service = draft.service() == null ? "" : draft.service();
        return Pages.show(
                "concern/service",
                serviceModel(draft, ReturnedProblem.shownOn(Step.SERVICE, session), service, change));
    }

    @PostMapping("/concern/service")
    ModelAndView answerService(
            HttpSession session,
            @RequestParam(defaultValue = "") String service,
            @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.SERVICE, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        String problem = validation.checkValue("service", service);
        if (problem != null) {
            FormErrors errors = new FormErrors();
            errors.reject("service", problem);
            return Pages.showAgain("concern/service", serviceModel(draft, errors, service, change));
        }
        draft.answerService(service.strip());
        draft.saveIn(session);
        return Pages.redirect(FormFlow.after(Step.SERVICE, draft, change));
    }

    @GetMapping("/concern/when")
    ModelAndView when(HttpSession session, @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.WHEN, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        String when = draft.when() == null ? "" : draft.when().name();
        return Pages.show(
                "concern/when",
                whenModel(
                        draft,
                        ReturnedProblem.shownOn(Step.WHEN, session),
                        when,
                        draft.occurredTyped(),
                        draft.period(),
                        change));
    }

    @PostMapping("/concern/when")
    ModelAndView answerWhen(
            HttpSession session,
            @RequestParam(defaultValue = "") String when,
            @RequestParam(name = "occurred[day]", defaultValue = "") String day,
            @RequestParam(name = "occurred[month]", defaultValue = "") String month,
            @RequestParam(name = "occurred[year]", defaultValue = "") String year,
            @RequestParam(defaultValue = "") String period,
            @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.WHEN, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        DateParts typed = new DateParts(day, month, year);
        FormErrors errors = new FormErrors();
        Optional<ConcernDraft.When> chosen = Pages.parse(ConcernDraft.When.class, when);
        if (chosen.isEmpty()) {
            errors.reject("when", "Select when it happened");
        } else {
            switch (chosen.get()) {
                case ON_A_DATE -> {
                    Optional<LocalDate> date = readDate(errors, "occurred", typed, DATE_IT_HAPPENED, true);
                    date.ifPresent(on ->
                            rejectAll(errors, validation.check(new OccurredRequest(on, null)), "on", "occurred", true));
                    if (!errors.any()) {
                        draft.happenedOn(typed, date.orElseThrow());
                    }
                }
                case OVER_A_PERIOD -> {
                    if (period.isBlank()) {
                        errors.reject("period", "Describe the period, for example over the last few weeks");
                    } else {
                        rejectAll(
                                errors, validation.check(new OccurredRequest(null, period)), "period", "period", false);
                    }
                    if (!errors.any()) {
                        draft.happenedOver(period.strip());
                    }
                }
                case NOT_SURE -> draft.happenedWhenNotSure();
            }
        }
        if (errors.any()) {
            return Pages.showAgain("concern/when", whenModel(draft, errors, when, typed, period, change));
        }
        draft.saveIn(session);
        return Pages.redirect(FormFlow.after(Step.WHEN, draft, change));
    }

    @GetMapping("/concern/what-happened")
    ModelAndView whatHappened(HttpSession session, @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.WHAT_HAPPENED, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        String description = draft.description() == null ? "" : draft.description();
        return Pages.show(
                "concern/what-happened",
                descriptionModel(draft, ReturnedProblem.shownOn(Step.WHAT_HAPPENED, session), description, change));
    }

    @PostMapping("/concern/what-happened")
    ModelAndView answerWhatHappened(
            HttpSession session,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.WHAT_HAPPENED, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        // Browsers send each line break as CRLF; counted as one character, as the character count does.
        String text = description.replace("\r\n", "\n");
        String problem = validation.checkValue("description", text);
        if (problem != null) {
            FormErrors errors = new FormErrors();
            errors.reject("description", problem);
            return Pages.showAgain("concern/what-happened", descriptionModel(draft, errors, text, change));
        }
        draft.describe(text);
        draft.saveIn(session);
        return Pages.redirect(FormFlow.after(Step.WHAT_HAPPENED, draft, change));
    }

    /** A date that is required or optional, read as the date pattern asks; errors go against field. */
    static Optional<LocalDate> readDate(
            FormErrors errors, String field, DateParts typed, String name, boolean required) {
        return switch (DateAnswer.read(typed, name)) {
            case DateAnswer.Valid valid -> Optional.of(valid.date());
            case DateAnswer.Invalid invalid -> {
                errors.rejectDate(field, invalid.message(), invalid.wrong());
                yield Optional.empty();
            }
            case DateAnswer.Blank blank -> {
                if (required) {
                    errors.rejectDate(field, "Enter the " + name.toLowerCase(Locale.ROOT));
                }
                yield Optional.empty();
            }
        };
    }

    /** Puts the API's message for a property beside the form's field; a date's message covers all of it. */
    static void rejectAll(
            FormErrors errors, Map<String, String> problems, String property, String field, boolean date) {
        String message = problems.get(property);
        if (message == null) {
            return;
        }
        if (date) {
            errors.rejectDate(field, message);
        } else {
            errors.reject(field, message);
        }
    }

    private Map<String, Object> serviceModel(ConcernDraft draft, FormErrors errors, String service, boolean change) {
        Map<String, Object> model = Pages.model(
                "Which service, ward or department?",
                errors,
                FormFlow.back(Step.SERVICE, draft, change),
                Step.SERVICE.path(change));
        model.put("service", service);
        return model;
    }

    private Map<String, Object> whenModel(
            ConcernDraft draft, FormErrors errors, String when, DateParts occurred, String period, boolean change) {
        Choices choices = Choices.forField("when")
                .option(ConcernDraft.When.ON_A_DATE.name(), "On a particular date", null, "ON_A_DATE".equals(when))
                .option(
                        ConcernDraft.When.OVER_A_PERIOD.name(),
                        "Over a period of time",
                        null,
                        "OVER_A_PERIOD".equals(when))
                .or()
                .option(ConcernDraft.When.NOT_SURE.name(), "I'm not sure", null, "NOT_SURE".equals(when));
        Map<String, Object> model = Pages.model(
                "When did it happen?", errors, FormFlow.back(Step.WHEN, draft, change), Step.WHEN.path(change));
        model.put("choices", choices.list());
        model.put("occurred", occurred);
        model.put("period", period);
        return model;
    }

    private Map<String, Object> descriptionModel(
            ConcernDraft draft, FormErrors errors, String description, boolean change) {
        Map<String, Object> model = Pages.model(
                "What happened?",
                errors,
                FormFlow.back(Step.WHAT_HAPPENED, draft, change),
                Step.WHAT_HAPPENED.path(change));
        model.put("description", description);
        return model;
    }
}
