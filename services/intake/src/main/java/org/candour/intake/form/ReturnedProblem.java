package org.candour.intake.form;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.candour.events.IdentityChoice;
import org.candour.events.ProviderKind;

/**
 * A problem found only when the whole concern was checked before sending it, to be shown on the
 * page that can put it right. Each page checks its own answers with the same rules, so this should
 * not happen; it guards against rules that span pages and a directory that changed meanwhile.
 *
 * @param step the page to go back to
 * @param field the field on that page
 * @param target the control the error summary links to
 * @param message what to do
 */
record ReturnedProblem(Step step, String field, String target, String message) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String SESSION_ATTRIBUTE = ReturnedProblem.class.getName();
    private static final Pattern PROFESSIONAL = Pattern.compile("professionals\\[(\\d+)]\\.(role|name)");

    /** The page and field for a property of the request that broke a rule. */
    static ReturnedProblem forProperty(String property, String message, ConcernDraft draft) {
        Matcher professional = PROFESSIONAL.matcher(property);
        if (professional.matches()) {
            String field =
                    "professional-" + (Integer.parseInt(professional.group(1)) + 1) + "-" + professional.group(2);
            return new ReturnedProblem(Step.PROFESSIONALS_LIST, field, field, message);
        }
        boolean trust = draft.kind() == ProviderKind.NHS_TRUST;
        String identity = draft.identity() == IdentityChoice.CONFIDENTIAL ? "confidential" : "named";
        return switch (property) {
            case "provider.odsCode" ->
                trust ? on(Step.WHERE, "trust-query", message) : on(Step.WHERE_PROVIDER, "provider-ods-code", message);
            case "provider.name" -> on(Step.WHERE_PROVIDER, "provider-name", message);
            case "provider.icbCode" ->
                trust ? on(Step.WHERE_AREA, "area", message) : on(Step.WHERE_PROVIDER, "icb", message);
            case "service" -> on(Step.SERVICE, "service", message);
            case "occurred.on" -> new ReturnedProblem(Step.WHEN, "occurred", "occurred-day", message);
            case "occurred.period" -> on(Step.WHEN, "period", message);
            case "description" -> on(Step.WHAT_HAPPENED, "description", message);
            case "immediateDanger" -> on(Step.DANGER, "danger", message);
            case "affected" -> on(Step.AFFECTED, "affected", message);
            case "harm" -> on(Step.HARM, "harm", message);
            case "professionals" -> on(Step.PROFESSIONALS_LIST, "professional-1-role", message);
            case "raisedBefore.finalResponseOn" ->
                new ReturnedProblem(Step.RAISED_BEFORE, "final-response", "final-response-day", message);
            case "raisedBefore", "raisedBefore.routes" -> on(Step.RAISED_BEFORE, "raised-before", message);
            case "reporter.name" -> on(Step.IDENTITY, identity + "-name", message);
            case "reporter.email" -> on(Step.IDENTITY, identity + "-email", message);
            case "identity", "reporter" -> on(Step.IDENTITY, "identity", message);
            default -> on(Step.WHERE, "kind", message);
        };
    }

    private static ReturnedProblem on(Step step, String field, String message) {
        return new ReturnedProblem(step, field, field, message);
    }

    void keepIn(HttpSession session) {
        session.setAttribute(SESSION_ATTRIBUTE, this);
    }

    /** The errors to show on a page: the returned problem if it belongs there (shown once), or none. */
    static FormErrors shownOn(Step step, HttpSession session) {
        FormErrors errors = new FormErrors();
        if (session.getAttribute(SESSION_ATTRIBUTE) instanceof ReturnedProblem problem && problem.step() == step) {
            session.removeAttribute(SESSION_ATTRIBUTE);
            if (problem.target().equals(problem.field() + "-day")) {
                errors.rejectDate(problem.field(), problem.message());
            } else {
                errors.reject(problem.field(), problem.target(), problem.message());
            }
        }
        return errors;
    }
}
