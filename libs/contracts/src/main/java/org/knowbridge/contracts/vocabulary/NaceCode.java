package org.knowbridge.contracts.vocabulary;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A NACE Rev. 2 code as {@link NaceCodes#isCode} accepts it; null is valid. The {@link Pattern} puts the rule in
 * the OpenAPI documents too.
 */
@Documented
@Pattern(regexp = NaceCodes.PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = NaceCode.Validator.class)
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.ANNOTATION_TYPE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface NaceCode {

    String message() default "must be a NACE Rev. 2 code, e.g. C26, C26.1 or 62.01";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<NaceCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || NaceCodes.isCode(value);
        }
    }
}
