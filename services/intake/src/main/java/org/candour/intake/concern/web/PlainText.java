package org.candour.intake.concern.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * Text a person typed, in any language and with any emoji, but without the invisible characters
 * that make it read differently from what it says: control characters, text-direction overrides
 * and isolates (the "Trojan Source" trick), zero-width spaces and byte-order marks. Zero-width
 * joiners stay allowed: emoji sequences and several scripts need them.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    String message() default
            "Remove the hidden characters (such as a right-to-left override or a zero-width space) and try again";

    /** Whether line breaks and tabs are allowed, as in a description. */
    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {

        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || value.codePoints().allMatch(this::allowed);
        }

        private boolean allowed(int c) {
            if (c == '\n' || c == '\r' || c == '\t') {
                return multiline;
            }
            return !(Character.getType(c) == Character.CONTROL
                    || Character.getType(c) == Character.SURROGATE
                    || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069)
                    || c == 0x200B
                    || c == 0x2060
                    || c == 0xFEFF);
        }
    }
}
