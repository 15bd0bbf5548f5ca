package org.candour.intake.followup.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.candour.intake.followup.ConcernStatus;
import org.candour.intake.followup.Question;
import org.jspecify.annotations.Nullable;

/**
 * The status page's content, with dates as people in England read them. Public because the
 * template reads it by reflection.
 *
 * @param reference the concern's reference
 * @param raisedOn the date it was raised
 * @param steps what happened so far, oldest first
 * @param questions the questions asked, oldest first
 */
public record StatusPage(String reference, String raisedOn, List<Step> steps, List<QuestionItem> questions) {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

    static StatusPage of(ConcernStatus status) {
        return new StatusPage(
                status.reference(),
                date(status.raisedAt()),
                status.progress().stream()
                        .map(step -> new Step(date(step.at()), step.words()))
                        .toList(),
                status.questions().stream().map(QuestionItem::of).toList());
    }

    static String date(Instant at) {
        return DATE.format(at);
    }

    /** One step: when and what. */
    public record Step(String on, String words) {}

    /**
     * One question with its answer, or a field to answer it in.
     *
     * @param id the question's id, which names its form
     * @param field the id of its answer field, unique on the page
     * @param paragraphs the question, line by line as it was written
     * @param askedOn when it was asked
     * @param answer the answer, line by line, once given
     * @param answeredOn when it was answered
     */
    public record QuestionItem(
            UUID id,
            String field,
            List<String> paragraphs,
            String askedOn,
            List<String> answer,
            @Nullable String answeredOn) {

        static QuestionItem of(Question question) {
            String answer = question.answer();
            Instant answeredAt = question.answeredAt();
            return new QuestionItem(
                    question.id(),
                    "answer-" + question.id(),
                    paragraphs(question.text()),
                    date(question.askedAt()),
                    answer == null ? List.of() : paragraphs(answer),
                    answeredAt == null ? null : date(answeredAt));
        }

        private static List<String> paragraphs(String text) {
            return text.lines().filter(line -> !line.isBlank()).toList();
        }
    }
}
