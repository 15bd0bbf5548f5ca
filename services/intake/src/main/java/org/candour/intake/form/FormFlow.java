package org.candour.intake.form;

import org.candour.events.ProviderKind;

/**
 * Which page comes next, which came before, and which pages may be shown yet. A page can be shown
 * once every page before it is answered, so a page reached by its address without the earlier
 * answers sends the reporter to the first one missing.
 */
final class FormFlow {

    private FormFlow() {}

    static Step firstUnanswered(ConcernDraft draft) {
        if (draft.kind() == null) {
            return Step.WHERE;
        }
        if (!draft.whereAnswered()) {
            if (draft.kind() != ProviderKind.NHS_TRUST) {
                return Step.WHERE_PROVIDER;
            }
            if (draft.trustQuery() == null) {
                return Step.WHERE;
            }
            return draft.trustCode() == null ? Step.WHERE_TRUST : Step.WHERE_AREA;
        }
        if (draft.service() == null) {
            return Step.SERVICE;
        }
        if (draft.when() == null) {
            return Step.WHEN;
        }
        if (draft.description() == null) {
            return Step.WHAT_HAPPENED;
        }
        if (draft.immediateDanger() == null) {
            return Step.DANGER;
        }
        if (draft.affected() == null) {
            return Step.AFFECTED;
        }
        if (draft.harmAsked() && draft.harm() == null) {
            return Step.HARM;
        }
        if (draft.professionalsInvolved() == null) {
            return Step.PROFESSIONALS;
        }
        if (!draft.professionalsAnswered()) {
            return Step.PROFESSIONALS_LIST;
        }
        if (draft.raisedBefore() == null) {
            return Step.RAISED_BEFORE;
        }
        if (draft.identity() == null) {
            return Step.IDENTITY;
        }
        return Step.CHECK;
    }

    /** Whether the page applies to these answers and everything before it is answered. */
    static boolean canShow(Step step, ConcernDraft draft) {
        return applies(step, draft) && step.ordinal() <= firstUnanswered(draft).ordinal();
    }

    /** The page after this one when going forwards. */
    static Step next(Step step, ConcernDraft draft) {
        for (int i = step.ordinal() + 1; i < Step.values().length; i++) {
            Step candidate = Step.values()[i];
            if (candidate != Step.WHERE_TRUST && candidate != Step.WHERE_PROVIDER && applies(candidate, draft)) {
                return candidate;
            }
        }
        return Step.CHECK;
    }

    /**
     * Where "Back" goes: the previous question, skipping the pages that only confirm or warn, or the
     * check page when changing an answer from there.
     */
    static String back(Step step, ConcernDraft draft, boolean change) {
        if (change) {
            return Step.CHECK.path();
        }
        if (step == Step.WHERE) {
            return "/";
        }
        for (int i = step.ordinal() - 1; i >= 0; i--) {
            Step candidate = Step.values()[i];
            if (candidate != Step.WHERE_TRUST && candidate != Step.ACT_NOW && applies(candidate, draft)) {
                return candidate.path();
            }
        }
        return Step.WHERE.path();
    }

    /**
     * Where to go after answering a page: onwards, or back to the check page when changing an answer,
     * unless the change needs another answer first.
     */
    static String after(Step step, ConcernDraft draft, boolean change) {
        if (!change) {
            return next(step, draft).path();
        }
        if (step == Step.DANGER && Boolean.TRUE.equals(draft.immediateDanger())) {
            return Step.ACT_NOW.path(true);
        }
        Step missing = firstUnanswered(draft);
        return missing == Step.CHECK ? Step.CHECK.path() : missing.path(true);
    }

    private static boolean applies(Step step, ConcernDraft draft) {
        return switch (step) {
            case WHERE_TRUST -> draft.kind() == ProviderKind.NHS_TRUST && draft.trustQuery() != null;
            case WHERE_PROVIDER -> draft.kind() != null && draft.kind() != ProviderKind.NHS_TRUST;
            case WHERE_AREA -> draft.kind() == ProviderKind.NHS_TRUST && draft.areaAsked();
            case ACT_NOW -> Boolean.TRUE.equals(draft.immediateDanger());
            case HARM -> draft.harmAsked();
            case PROFESSIONALS_LIST -> Boolean.TRUE.equals(draft.professionalsInvolved());
            default -> true;
        };
    }
}
