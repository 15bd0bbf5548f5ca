package org.candour.delivery.web;

import static java.util.stream.Collectors.joining;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.candour.delivery.notification.UnknownCaseException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the HTTP API as an RFC 9457 problem detail. Spring's defaults cover the framework's
 * own errors; bad parameters are named in an {@code errors} member, as in RFC 9457's example, so a
 * client can tell which one to fix.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail unknownCase(UnknownCaseException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setProperty("caseId", e.caseId());
        return problem;
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (!(e instanceof MethodArgumentTypeMismatchException mismatch)) {
            return super.handleTypeMismatch(e, headers, status, request);
        }
        String reason = expectation(mismatch.getRequiredType());
        ProblemDetail problem = badParameters(
                "Parameter '" + mismatch.getName() + "' " + reason + ", not '" + mismatch.getValue() + "'.",
                List.of(new InvalidParameter(mismatch.getName(), reason)));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidParameter> invalid = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new InvalidParameter(parameterName(result.getMethodParameter()), message(error))))
                .toList();
        ProblemDetail problem = badParameters(
                invalid.stream()
                                .map(parameter -> "Parameter '" + parameter.parameter() + "' " + parameter.detail())
                                .collect(joining("; "))
                        + ".",
                invalid);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ProblemDetail badParameters(String detail, List<InvalidParameter> invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty(
                "errors",
                invalid.stream()
                        .map(parameter -> Map.of("parameter", parameter.parameter(), "detail", parameter.detail()))
                        .toList());
        return problem;
    }

    private static String expectation(@Nullable Class<?> type) {
        if (type == null) {
            return "has the wrong form";
        }
        if (type.isEnum()) {
            return "must be one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(String::valueOf)
                            .collect(joining(", "));
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "must be a whole number";
        }
        return "must be a " + type.getSimpleName();
    }

    /** The name the client used, which {@code @RequestParam} may spell differently from the Java one. */
    private static String parameterName(MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null && !requestParam.name().isEmpty()) {
            return requestParam.name();
        }
        return String.valueOf(parameter.getParameterName());
    }

    private static String message(MessageSourceResolvable error) {
        String message = error.getDefaultMessage();
        return message == null ? "is invalid" : message;
    }

    private record InvalidParameter(String parameter, String detail) {}
}
