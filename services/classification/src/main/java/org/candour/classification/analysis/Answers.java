package org.candour.classification.analysis;

import java.util.List;
import java.util.Objects;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.HarmLevel;
import org.candour.events.Professional;
import org.candour.events.ProfessionalRole;
import org.candour.events.RaisedBefore;

/**
 * The reporter's structured answers on the form. They take precedence over what the words suggest; the
 * words fill the gaps.
 *
 * @param reportedHarm how badly, as the reporter judged it; UNKNOWN when they did not say
 * @param immediateDanger whether the reporter said someone is in danger now
 * @param professionals the roles of the professionals the reporter named
 * @param raisedBefore whether and how it was raised before
 */
public record Answers(
        HarmLevel reportedHarm,
        boolean immediateDanger,
        List<ProfessionalRole> professionals,
        RaisedBefore raisedBefore) {

    public Answers {
        Objects.requireNonNull(reportedHarm, "reportedHarm");
        professionals = List.copyOf(professionals);
        Objects.requireNonNull(raisedBefore, "raisedBefore");
    }

    /**
     * Whether the reporter left the harm unanswered, so the words grade it: the rules first, then the term reader,
     * which learns only from such concerns (ADR 0036).
     */
    public boolean harmLeftToTheWords() {
        return reportedHarm == HarmLevel.UNKNOWN;
    }

    /** No answers beyond the words: every finding comes from the text. */
    public static Answers none() {
        return new Answers(HarmLevel.UNKNOWN, false, List.of(), RaisedBefore.notRaised());
    }

    public static Answers of(ConcernRaisedV1 concern) {
        return new Answers(
                concern.reportedHarm(),
                concern.immediateDanger(),
                concern.professionals().stream().map(Professional::role).toList(),
                concern.raisedBefore());
    }
}
