package org.candour.intake.followup;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.candour.intake.concern.Concern;
import org.candour.intake.concern.RaiseConcern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets the team handling a concern ask its reporter a question, and read the answers. The reporter
 * sees a question on their follow-up page as soon as it is asked.
 */
@Service
public class AskReporter {

    private final RaiseConcern concerns;
    private final Questions questions;
    private final Clock clock;

    AskReporter(RaiseConcern concerns, Questions questions, Clock clock) {
        this.concerns = concerns;
        this.questions = questions;
        this.clock = clock;
    }

    /**
     * @param text the question, 1 to {@link Question#MAX_LENGTH} characters once trimmed
     * @throws UnknownConcernException if no concern has the reference
     */
    @Transactional
    public Question ask(String reference, String text) {
        Concern concern = concern(reference);
        Question question = new Question(UUID.randomUUID(), text.strip(), clock.instant(), null, null);
        questions.add(concern.id(), question);
        return question;
    }

    /**
     * The questions asked about the concern, oldest first, with their answers.
     *
     * @throws UnknownConcernException if no concern has the reference
     */
    @Transactional(readOnly = true)
    public List<Question> asked(String reference) {
        return questions.of(concern(reference).id());
    }

    /**
     * One question asked about the concern.
     *
     * @throws UnknownConcernException if no concern has the reference
     */
    @Transactional(readOnly = true)
    public Optional<Question> asked(String reference, UUID questionId) {
        return questions.find(concern(reference).id(), questionId);
    }

    private Concern concern(String reference) {
        return concerns.find(reference).orElseThrow(() -> UnknownConcernException.withReference(reference));
    }
}
