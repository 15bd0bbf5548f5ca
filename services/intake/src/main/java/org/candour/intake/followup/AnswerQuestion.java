package org.candour.intake.followup;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reporter answers a question about their own concern, once. The answer is stored as they wrote
 * it and nothing else about them goes with it.
 */
@Service
public class AnswerQuestion {

    /** What became of an answer. */
    public enum Outcome {
        ANSWERED,
        /** Answered before, perhaps from another tab: the first answer stands. */
        ALREADY_ANSWERED,
        /** No such question about this concern. */
        NO_SUCH_QUESTION
    }

    private final Questions questions;
    private final Clock clock;

    AnswerQuestion(Questions questions, Clock clock) {
        this.questions = questions;
        this.clock = clock;
    }

    /**
     * @param concernId the concern the reporter signed in to; a question about another is not found
     * @param answer 1 to {@link Question#MAX_LENGTH} characters once trimmed
     */
    @Transactional
    public Outcome answer(UUID concernId, UUID questionId, String answer) {
        String text = Question.requireText(answer.strip(), "answer");
        if (questions.answer(concernId, questionId, text, clock.instant())) {
            return Outcome.ANSWERED;
        }
        return questions.find(concernId, questionId).isPresent() ? Outcome.ALREADY_ANSWERED : Outcome.NO_SUCH_QUESTION;
    }
}
