package org.candour.intake.followup;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A question the team handling a concern asked its reporter, with the reporter's answer once they
 * give one. Nothing in it says who the reporter is: the answer is only what they chose to write.
 *
 * @param id the question's id
 * @param text what the team asked
 * @param askedAt when
 * @param answer the reporter's answer, once given
 * @param answeredAt when they answered
 */
public record Question(
        UUID id,
        String text,
        Instant askedAt,
        @Nullable String answer,
        @Nullable Instant answeredAt) {

    /** The longest question or answer, in characters. */
    public static final int MAX_LENGTH = 5_000;

    public Question {
        requireText(text, "question");
        if (answer != null) {
            requireText(answer, "answer");
        }
        if ((answer == null) != (answeredAt == null)) {
            throw new IllegalArgumentException("An answer and the time it was given go together, question " + id);
        }
    }

    public boolean answered() {
        return answer != null;
    }

    static String requireText(String text, String what) {
        if (text.isBlank() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "A " + what + " has 1 to " + MAX_LENGTH + " characters, not " + text.length());
        }
        return text;
    }
}
