package org.candour.intake.followup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.candour.intake.concern.web.PlainText;
import org.candour.intake.followup.AskReporter;
import org.candour.intake.followup.Question;
import org.candour.intake.followup.UnknownConcernException;
import org.candour.web.ProblemResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The handling team asks a concern's reporter questions and reads the answers. Answers carry only
 * what the reporter wrote and when: nothing that says who they are.
 */
@RestController
@RequestMapping("/api/v1/concerns/{reference}/questions")
@Tag(name = "Questions to the reporter", description = "For the team handling a concern")
@SecurityScheme(
        name = QuestionController.HANDLING_TEAM,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "Interim: a token of the team handling concerns, from candour.intake.handling-team-tokens,"
                + " until OAuth2 sign-in lands")
@SecurityRequirement(name = QuestionController.HANDLING_TEAM)
class QuestionController {

    static final String HANDLING_TEAM = "handlingTeamToken";

    private final AskReporter askReporter;

    QuestionController(AskReporter askReporter) {
        this.askReporter = askReporter;
    }

    @Operation(
            operationId = "askQuestion",
            summary = "Ask the reporter a question",
            description = "The reporter sees it on their follow-up page at once and can answer it there.")
    @ApiResponse(
            responseCode = "201",
            description = "Asked. Location names the question.",
            headers = @Header(name = "Location", description = "/api/v1/concerns/{reference}/questions/{id}"))
    @ProblemResponse(
            responseCode = "400",
            description = "The question is blank, too long or holds hidden characters (errors[].field is text)")
    @ProblemResponse(
            responseCode = "401",
            description = "No handling team token, or a wrong one; WWW-Authenticate: Bearer")
    @ProblemResponse(responseCode = "404", description = "No concern has this reference")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<QuestionResponse> ask(
            @PathVariable String reference, @Valid @RequestBody AskRequest request, BindingResult validation) {
        if (validation.hasErrors() || request.text() == null) {
            throw invalid(validation);
        }
        Question question = askReporter.ask(reference, request.text());
        return ResponseEntity.created(URI.create("/api/v1/concerns/" + reference + "/questions/" + question.id()))
                .cacheControl(CacheControl.noStore())
                .body(QuestionResponse.of(question));
    }

    @Operation(
            operationId = "listQuestions",
            summary = "The questions asked about a concern, oldest first, with the reporter's answers")
    @ApiResponse(responseCode = "200", description = "The questions")
    @ProblemResponse(
            responseCode = "401",
            description = "No handling team token, or a wrong one; WWW-Authenticate: Bearer")
    @ProblemResponse(responseCode = "404", description = "No concern has this reference")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    QuestionsResponse asked(@PathVariable String reference) {
        return new QuestionsResponse(
                reference,
                askReporter.asked(reference).stream().map(QuestionResponse::of).toList());
    }

    @Operation(
            operationId = "getQuestion",
            summary = "One question asked about a concern, with the reporter's answer once given")
    @ApiResponse(responseCode = "200", description = "The question")
    @ProblemResponse(
            responseCode = "401",
            description = "No handling team token, or a wrong one; WWW-Authenticate: Bearer")
    @ProblemResponse(
            responseCode = "404",
            description = "No concern has this reference, or no such question was asked about it")
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    QuestionResponse asked(@PathVariable String reference, @PathVariable UUID id) {
        return askReporter
                .asked(reference, id)
                .map(QuestionResponse::of)
                .orElseThrow(() -> notFound(
                        "Question not found", "No question " + id + " was asked about the concern " + reference + "."));
    }

    /** Handled here rather than in the API-wide advice: the exception belongs to this feature. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownConcern(UnknownConcernException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(notFound("Concern not found", e.getMessage()).getBody());
    }

    private static ErrorResponseException invalid(BindingResult validation) {
        List<Map<String, String>> errors = validation.getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .distinct()
                .toList();
        if (errors.isEmpty()) {
            errors = List.of(Map.of("field", "text", "message", AskRequest.BLANK));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                String.join(
                        "; ",
                        errors.stream()
                                .map(error -> error.get("field") + ": " + error.get("message"))
                                .toList()));
        problem.setTitle("The question has invalid fields");
        problem.setProperty("errors", errors);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    private static ErrorResponseException notFound(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle(title);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    /**
     * A question for the reporter.
     *
     * @param text the question, up to 5,000 characters; line breaks are kept. Write it for someone
     *     who may be anonymous: do not ask for their name.
     */
    record AskRequest(
            @NotBlank(message = BLANK)
            @Size(max = Question.MAX_LENGTH, message = "Keep the question to 5,000 characters or fewer")
            @PlainText(multiline = true)
            @Nullable
            String text) {

        static final String BLANK = "Write the question for the reporter";
    }

    /**
     * A question and, once given, its answer.
     *
     * @param id the question's id
     * @param text the question
     * @param askedAt when it was asked
     * @param answer the reporter's answer, as they wrote it; none yet if not answered
     * @param answeredAt when they answered
     */
    record QuestionResponse(
            UUID id,
            String text,
            Instant askedAt,
            @Nullable String answer,
            @Nullable Instant answeredAt) {

        static QuestionResponse of(Question question) {
            return new QuestionResponse(
                    question.id(), question.text(), question.askedAt(), question.answer(), question.answeredAt());
        }
    }

    /**
     * @param reference the concern's reference
     * @param questions oldest first
     */
    record QuestionsResponse(String reference, List<QuestionResponse> questions) {}
}
