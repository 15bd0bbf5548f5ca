package org.candour.intake.followup;

import java.time.Instant;
import java.util.List;

/**
 * What a reporter sees of their concern.
 *
 * @param reference the concern's reference
 * @param raisedAt when it was raised
 * @param progress what has happened so far, oldest first, starting with its receipt
 * @param questions the questions asked about it, oldest first, with the answers given
 */
public record ConcernStatus(String reference, Instant raisedAt, List<Progress> progress, List<Question> questions) {

    public ConcernStatus {
        progress = List.copyOf(progress);
        questions = List.copyOf(questions);
    }

    /**
     * One step, in plain words.
     *
     * @param words what happened, e.g. "Shared with the Care Quality Commission (CQC)"
     * @param at when
     */
    public record Progress(String words, Instant at) {}
}
