package org.candour.intake.form;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.candour.events.ProfessionalRole;
import org.candour.intake.concern.web.RaiseConcernRequest.ProfessionalRequest;
import org.candour.intake.form.ConcernDraft.ProfessionalAnswer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whether professionals were involved, and if so a list of them by role, optionally named. Rows are
 * added and removed with buttons that send the whole list, so the list works without JavaScript and
 * nothing typed is lost.
 */
@Controller
class ProfessionalsController {

    /** As many as the API takes; more belong in what happened. */
    static final int MAX_PROFESSIONALS = 20;

    private final FormValidation validation;

    ProfessionalsController(FormValidation validation) {
        this.validation = validation;
    }

    @GetMapping("/concern/professionals")
    ModelAndView involved(HttpSession session, @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.PROFESSIONALS, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        return Pages.show(
                "concern/professionals",
                involvedModel(
                        draft,
                        ReturnedProblem.shownOn(Step.PROFESSIONALS, session),
                        SafetyController.yesNo(draft.professionalsInvolved()),
                        change));
    }

    @PostMapping("/concern/professionals")
    ModelAndView answerInvolved(
            HttpSession session,
            @RequestParam(defaultValue = "") String involved,
            @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.PROFESSIONALS, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        if (!involved.equals("yes") && !involved.equals("no")) {
            FormErrors errors = new FormErrors();
            errors.reject("involved", "Select yes if any professionals were involved");
            return Pages.showAgain("concern/professionals", involvedModel(draft, errors, involved, change));
        }
        draft.answerProfessionalsInvolved(involved.equals("yes"));
        draft.saveIn(session);
        return Pages.redirect(FormFlow.after(Step.PROFESSIONALS, draft, change));
    }

    @GetMapping("/concern/professionals/list")
    ModelAndView list(HttpSession session, @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.PROFESSIONALS_LIST, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        return Pages.show(
                "concern/professionals-list",
                listModel(
                        draft,
                        ReturnedProblem.shownOn(Step.PROFESSIONALS_LIST, session),
                        draft.professionals(),
                        change));
    }

    /**
     * One address for the three buttons: "Add another professional" (action=add), "Remove"
     * (remove=row number) and "Continue".
     */
    @PostMapping("/concern/professionals/list")
    ModelAndView answerList(
            HttpSession session,
            HttpServletRequest request,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String remove,
            @RequestParam(defaultValue = "false") boolean change) {
        ConcernDraft draft = ConcernDraft.in(session);
        if (!FormFlow.canShow(Step.PROFESSIONALS_LIST, draft)) {
            return Pages.redirect(FormFlow.firstUnanswered(draft));
        }
        List<ProfessionalAnswer> rows = rows(request);
        if (!remove.isEmpty()) {
            int index = remove.matches("[0-9]{1,2}") ? Integer.parseInt(remove) - 1 : -1;
            if (index >= 0 && index < rows.size() && rows.size() > 1) {
                rows.remove(index);
            }
            draft.editProfessionals(rows);
            draft.saveIn(session);
            return Pages.redirect(Step.PROFESSIONALS_LIST.path(change));
        }
        if (action.equals("add")) {
            if (rows.size() < MAX_PROFESSIONALS) {
                rows.add(ProfessionalAnswer.EMPTY);
            }
            draft.editProfessionals(rows);
            draft.saveIn(session);
            return Pages.redirect(Step.PROFESSIONALS_LIST.path(change) + "#professional-" + rows.size() + "-role");
        }
        FormErrors errors = new FormErrors();
        for (int i = 0; i < rows.size(); i++) {
            ProfessionalAnswer row = rows.get(i);
            Map<String, String> problems = validation.check(
                    new ProfessionalRequest(row.role(), row.name().isBlank() ? null : row.name()));
            String prefix = "professional-" + (i + 1);
            String roleProblem = problems.get("role");
            if (roleProblem != null) {
                errors.reject(prefix + "-role", roleProblem);
            }
            String nameProblem = problems.get("name");
            if (nameProblem != null) {
                errors.reject(prefix + "-name", nameProblem);
            }
        }
        String tooMany = validation.checkValue(
                "professionals",
                rows.stream()
                        .map(row -> new ProfessionalRequest(row.role(), null))
                        .toList());
        if (tooMany != null && !errors.any()) {
            errors.reject("professional-1-role", tooMany);
        }
        if (errors.any()) {
            return Pages.showAgain("concern/professionals-list", listModel(draft, errors, rows, change));
        }
        draft.confirmProfessionals(rows.stream()
                .map(row -> new ProfessionalAnswer(row.role(), row.name().strip()))
                .toList());
        draft.saveIn(session);
        return Pages.redirect(FormFlow.after(Step.PROFESSIONALS_LIST, draft, change));
    }

    /** The rows as sent: professionals[0].role, professionals[0].name, and so on, at most 20. */
    private static List<ProfessionalAnswer> rows(HttpServletRequest request) {
        List<ProfessionalAnswer> rows = new ArrayList<>();
        for (int i = 0; i < MAX_PROFESSIONALS; i++) {
            String role = request.getParameter("professionals[" + i + "].role");
            String name = request.getParameter("professionals[" + i + "].name");
            if (role == null && name == null) {
                break;
            }
            rows.add(new ProfessionalAnswer(
                    Pages.parse(ProfessionalRole.class, role).orElse(null), name == null ? "" : name));
        }
        if (rows.isEmpty()) {
            rows.add(ProfessionalAnswer.EMPTY);
        }
        return rows;
    }

    private Map<String, Object> involvedModel(ConcernDraft draft, FormErrors errors, String involved, boolean change) {
        Map<String, Object> model = Pages.model(
                "Were any professionals involved?",
                errors,
                FormFlow.back(Step.PROFESSIONALS, draft, change),
                Step.PROFESSIONALS.path(change));
        model.put(
                "choices",
                Choices.forField("involved")
                        .option("yes", "Yes", null, involved.equals("yes"))
                        .option("no", "No", null, involved.equals("no"))
                        .list());
        return model;
    }

    /**
     * A row of the list on the page.
     *
     * @param number its number, from 1
     * @param role the chosen role's name, or empty
     * @param name the name typed
     */
    record Row(int number, String role, String name) {
        public String id() {
            return "professional-" + number;
        }

        public int index() {
            return number - 1;
        }
    }

    /**
     * A role in the list.
     *
     * @param value what the list sends
     * @param label what it says
     */
    record RoleOption(String value, String label) {}

    /**
     * A group of roles in the list.
     *
     * @param label the group's heading
     * @param roles its roles
     */
    record RoleGroupOption(String label, List<RoleOption> roles) {}

    private Map<String, Object> listModel(
            ConcernDraft draft, FormErrors errors, List<ProfessionalAnswer> answers, boolean change) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            ProfessionalAnswer answer = answers.get(i);
            rows.add(new Row(i + 1, roleName(answer.role()), answer.name()));
        }
        Map<String, Object> model = Pages.model(
                "Which professionals were involved?",
                errors,
                FormFlow.back(Step.PROFESSIONALS_LIST, draft, change),
                Step.PROFESSIONALS_LIST.path(change));
        model.put("rows", rows);
        model.put("canAdd", rows.size() < MAX_PROFESSIONALS);
        model.put("max", MAX_PROFESSIONALS);
        model.put(
                "roleGroups",
                Labels.ROLE_GROUPS.stream()
                        .map(group -> new RoleGroupOption(
                                group.label(),
                                group.roles().stream()
                                        .map(role -> new RoleOption(role.name(), Labels.role(role)))
                                        .toList()))
                        .toList());
        model.put(
                "ungroupedRoles",
                Labels.UNGROUPED_ROLES.stream()
                        .map(role -> new RoleOption(role.name(), Labels.role(role)))
                        .toList());
        return model;
    }

    private static String roleName(@Nullable ProfessionalRole role) {
        return role == null ? "" : role.name();
    }
}
