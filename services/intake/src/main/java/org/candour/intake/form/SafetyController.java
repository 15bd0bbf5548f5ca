package org.candour.intake.form;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.candour.events.AffectedPerson;
import org.candour.events.HarmLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Whether anyone is in danger now, who was affected and how badly. */
@Controller
class SafetyController {

    private static final List<AffectedPerson> ON_THEIR_OWN =
            List.of(AffectedPerson.NO_ONE_YET, AffectedPerson.NOT_SURE);

    private final FormValidation validation;

    SafetyController(FormValidation validation) {
        this.validation = validation;
    }

    @GetMapping("/concern/danger")
    ModelAndView danger(HttpSession session, @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.DANGER, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        return Pages.show(
                "concern/danger",
                dangerModel(
                        draft, ReturnedProblem.shownOn(Step.DANGER, session), yesNo(draft.immediateDanger()), change));
    }

    @PostMapping("/concern/danger")
    ModelAndView answerDanger(
            HttpSession session,
            @RequestParam(defaultValue = "") String danger,
            @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.DANGER, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        if (!danger.equals("yes") && !danger.equals("no")) {
            FormErrors errors = new FormErrors();
            errors.reject("danger", "Select yes if anyone is in danger now");
            return Pages.showAgain("concern/danger", dangerModel(draft, errors, danger, change));
        }
        draft.answerDanger(danger.equals("yes"));
        draft.saveIn(session);
        return Pages.redirect(FormFlow.after(Step.DANGER, draft, change));
    }

    /** The warning again, for those who did not see it appear: without JavaScript it shows here. */
    @GetMapping("/concern/danger/act-now")
    ModelAndView actNow(HttpSession session, @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.ACT_NOW, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        Map<String, Object> model = Pages.model(
                "Act now if someone is in danger",
                FormErrors.none(),
                Step.DANGER.path(change),
                FormFlow.after(Step.ACT_NOW, draft, change));
        return Pages.show("concern/act-now", model);
    }

    @GetMapping("/concern/affected")
    ModelAndView affected(HttpSession session, @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.AFFECTED, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        List<String> chosen = draft.affected() == null
                ? List.of()
                : draft.affected().stream().map(Enum::name).toList();
        return Pages.show(
                "concern/affected",
                affectedModel(draft, ReturnedProblem.shownOn(Step.AFFECTED, session), chosen, change));
    }

    @PostMapping("/concern/affected")
    ModelAndView answerAffected(
            HttpSession session,
            @RequestParam(defaultValue = "") List<String> affected,
            @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.AFFECTED, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        List<AffectedPerson> people = new ArrayList<>();
        for (AffectedPerson person : AffectedPerson.values()) {
            if (affected.contains(person.name())) {
                people.add(person);
            }
        }
        FormErrors errors = new FormErrors();
        if (people.isEmpty()) {
            errors.reject("affected", "Select who was affected, or 'Not sure'");
        } else if (people.size() > 1 && people.stream().anyMatch(ON_THEIR_OWN::contains)) {
            errors.reject(
                    "affected",
                    "Select 'No one yet, it is a risk' or 'Not sure' on its own, or select only the people affected");
        } else {
            String problem = validation.checkValue("affected", people);
            if (problem != null) {
                errors.reject("affected", problem);
            }
        }
        if (errors.any()) {
            return Pages.showAgain("concern/affected", affectedModel(draft, errors, affected, change));
        }
        draft.answerAffected(people);
        draft.saveIn(session);
        return Pages.redirect(FormFlow.after(Step.AFFECTED, draft, change));
    }

    @GetMapping("/concern/harm")
    ModelAndView harm(HttpSession session, @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.HARM, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        String harm = draft.harm() == null ? "" : draft.harm().name();
        return Pages.show("concern/harm", harmModel(draft, ReturnedProblem.shownOn(Step.HARM, session), harm, change));
    }

    @PostMapping("/concern/harm")
    ModelAndView answerHarm(
            HttpSession session,
            @RequestParam(defaultValue = "") String harm,
            @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.HARM, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        Optional<HarmLevel> level = Pages.parse(HarmLevel.class, harm);
        if (level.isEmpty()) {
            FormErrors errors = new FormErrors();
            errors.reject("harm", "Select how badly they were affected, or 'Not known yet'");
            return Pages.showAgain("concern/harm", harmModel(draft, errors, harm, change));
        }
        draft.answerHarm(level.get());
        draft.saveIn(session);
        return Pages.redirect(FormFlow.after(Step.HARM, draft, change));
    }

    static String yesNo(@Nullable Boolean answer) {
        return answer == null ? "" : answer ? "yes" : "no";
    }

    private Map<String, Object> dangerModel(ConcernDraft draft, FormErrors errors, String danger, boolean change) {
        Map<String, Object> model = Pages.model(
                "Is anyone in danger now?",
                errors,
                FormFlow.back(Step.DANGER, draft, change),
                Step.DANGER.path(change));
        model.put(
                "choices",
                Choices.forField("danger")
                        .option("yes", "Yes", null, danger.equals("yes"))
                        .option("no", "No", null, danger.equals("no"))
                        .list());
        return model;
    }

    private Map<String, Object> affectedModel(
            ConcernDraft draft, FormErrors errors, List<String> chosen, boolean change) {
        Choices choices = Choices.forField("affected");
        for (AffectedPerson person : AffectedPerson.values()) {
            if (ON_THEIR_OWN.contains(person)) {
                if (person == ON_THEIR_OWN.getFirst()) {
                    choices.or();
                }
                choices.exclusiveOption(person.name(), Labels.affected(person), chosen.contains(person.name()));
            } else {
                choices.option(person.name(), Labels.affected(person), null, chosen.contains(person.name()));
            }
        }
        Map<String, Object> model = Pages.model(
                "Who was affected?", errors, FormFlow.back(Step.AFFECTED, draft, change), Step.AFFECTED.path(change));
        model.put("choices", choices.list());
        return model;
    }

    private Map<String, Object> harmModel(ConcernDraft draft, FormErrors errors, String harm, boolean change) {
        Choices choices = Choices.forField("harm");
        for (HarmLevel level : HarmLevel.values()) {
            if (level == HarmLevel.UNKNOWN) {
                choices.or();
            }
            choices.option(
                    level.name(),
                    Labels.harm(level),
                    Labels.harmHint(level),
                    level.name().equals(harm));
        }
        Map<String, Object> model = Pages.model(
                "How badly were they affected?",
                errors,
                FormFlow.back(Step.HARM, draft, change),
                Step.HARM.path(change));
        model.put("choices", choices.list());
        return model;
    }
}
