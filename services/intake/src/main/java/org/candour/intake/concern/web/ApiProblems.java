package org.candour.intake.concern.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.candour.intake.concern.ContactDetailsMismatchException;
import org.candour.intake.concern.IdempotencyKeyReusedException;
import org.candour.intake.concern.UnknownOrganisationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every API error as an RFC 9457 problem: a title, a detail a person can act on, and for invalid
 * fields an {@code errors} list naming each field.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail unknownOrganisation(UnknownOrganisationException e) {
        return invalid(List.of(new FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler
    ProblemDetail contactDetailsMismatch(ContactDetailsMismatchException e) {
        return invalid(List.of(new FieldError("reporter", e.getMessage())));
    }

    @ExceptionHandler
    ProblemDetail invalidIdempotencyKey(InvalidIdempotencyKeyException e) {
        return invalid(List.of(new FieldError(ConcernController.IDEMPOTENCY_KEY, e.getMessage())));
    }

    @ExceptionHandler
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Idempotency-Key already used");
        return problem;
    }

    /** Two requests with the same Idempotency-Key at once: the one that lost the race rolled back. */
    @ExceptionHandler
    ProblemDetail concurrentRequest(DuplicateKeyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "Another request with this Idempotency-Key is being processed. Retry it in a moment to get its"
                        + " reference.");
        problem.setTitle("Request in progress");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), String.valueOf(error.getDefaultMessage())))
                .distinct()
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof DatabindException invalidValue
                && !invalidValue.getPath().isEmpty()) {
            String field = invalidValue.getPath().stream()
                    .map(reference -> reference.getPropertyName() == null
                            ? "[" + reference.getIndex() + "]"
                            : reference.getPropertyName())
                    .collect(Collectors.joining("."));
            return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(field, notAllowed(invalidValue)))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON. Send a JSON object such as "
                        + "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"R0A\"},\"description\":\"...\","
                        + "\"identity\":\"ANONYMOUS\"}.");
        problem.setTitle("Malformed request body");
        return ResponseEntity.badRequest().body(problem);
    }

    /** Says what would be accepted: the values of a list, or the form of a date. */
    private static String notAllowed(DatabindException e) {
        if (e instanceof MismatchedInputException mismatch) {
            Class<?> target = mismatch.getTargetType();
            if (target != null && target.isEnum()) {
                return "This value is not allowed here: use one of "
                        + Arrays.stream(target.getEnumConstants())
                                .map(String::valueOf)
                                .collect(Collectors.joining(", "));
            }
            if (target == LocalDate.class) {
                return "Enter a real date as YYYY-MM-DD, for example 2026-02-28";
            }
        }
        return "This value is not allowed here";
    }

    private static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                errors.stream()
                        .map(error -> error.field() + ": " + error.message())
                        .collect(Collectors.joining("; ")));
        problem.setTitle("The concern has invalid fields");
        problem.setProperty("errors", errors.stream().map(FieldError::asMap).toList());
        return problem;
    }

    private record FieldError(String field, String message) {
        Map<String, String> asMap() {
            return Map.of("field", field, "message", message);
        }
    }
}
