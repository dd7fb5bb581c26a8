package org.knowbridge.contracts.vocabulary;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A business key as {@link BusinessKeys#PATTERN} describes it; null is valid. */
@Documented
@Constraint(validatedBy = BusinessKey.Validator.class)
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.ANNOTATION_TYPE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface BusinessKey {

    String message() default "must be a business key: letters, digits and : . _ / -, at most 100 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<BusinessKey, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || BusinessKeys.isKey(value);
        }
    }
}
