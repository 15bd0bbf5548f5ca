package org.candour.intake.concern.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A part of the request whose fields depend on each other. Each broken rule is reported against
 * the field the person must change, so the form can show the message beside it.
 */
public interface CrossFieldChecked {

    /** Reports each broken rule with {@link Violations#reject}. */
    void check(Violations violations);

    /** Collects broken rules against named fields. */
    final class Violations {

        private final ConstraintValidatorContext context;
        private boolean valid = true;

        Violations(ConstraintValidatorContext context) {
            this.context = context;
        }

        void reject(String field, String message) {
            valid = false;
            context.buildConstraintViolationWithTemplate(
                            message.replace("{", "\\{").replace("$", "\\$"))
                    .addPropertyNode(field)
                    .addConstraintViolation();
        }
    }

    @Target({ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Checked.Validator.class)
    @interface Checked {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<Checked, CrossFieldChecked> {
            @Override
            public boolean isValid(CrossFieldChecked value, ConstraintValidatorContext context) {
                context.disableDefaultConstraintViolation();
                Violations violations = new Violations(context);
                value.check(violations);
                return violations.valid;
            }
        }
    }
}
