package org.candour.intake.followup.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.candour.intake.concern.web.PlainText;
import org.candour.intake.followup.Question;
import org.jspecify.annotations.Nullable;

/**
 * A reporter's answer to a question, as the page sends it, checked by the same rules for hidden
 * characters as the concern itself.
 *
 * @param answer what the reporter wrote
 */
record AnswerForm(
        @NotBlank(message = "Enter your answer")
        @Size(max = Question.MAX_LENGTH, message = "Your answer must be 5,000 characters or fewer")
        @PlainText(multiline = true)
        @Nullable
        String answer) {}
