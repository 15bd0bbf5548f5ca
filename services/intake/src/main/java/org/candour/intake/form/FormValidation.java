package org.candour.intake.form;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.candour.intake.concern.web.RaiseConcernRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks answers with the same validator and the same rules as the API ({@link RaiseConcernRequest}),
 * so that the form and the API accept the same concerns and say the same things about the rest.
 */
@Component
class FormValidation {

    private final Validator validator;

    FormValidation(Validator validator) {
        this.validator = validator;
    }

    /** The first problem with each property of a part of the request, by property path. */
    Map<String, String> check(Object part) {
        return firstPerProperty(validator.validate(part));
    }

    /** The first problem with one property of the request, if the value breaks its rules. */
    @Nullable
    String checkValue(String property, @Nullable Object value) {
        return firstPerProperty(validator.validateValue(RaiseConcernRequest.class, property, value))
                .get(property);
    }

    /**
     * Orders a property's problems so that the most basic is shown: missing before too long, too
     * long before anything else.
     */
    private static <T> Map<String, String> firstPerProperty(Set<ConstraintViolation<T>> violations) {
        Map<String, String> first = new LinkedHashMap<>();
        violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) ->
                                v.getPropertyPath().toString())
                        .thenComparingInt(FormValidation::rank)
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> first.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        return first;
    }

    private static int rank(ConstraintViolation<?> violation) {
        Class<? extends Annotation> type =
                violation.getConstraintDescriptor().getAnnotation().annotationType();
        if (type == NotNull.class || type == NotBlank.class) {
            return 0;
        }
        return type == Size.class ? 1 : 2;
    }
}
