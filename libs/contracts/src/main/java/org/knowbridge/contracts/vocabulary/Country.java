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

/** A country as {@link CountryCode} accepts it (any case, EL and UK included); null is valid. */
@Documented
@Constraint(validatedBy = Country.Validator.class)
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.ANNOTATION_TYPE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface Country {

    String message() default "must be an ISO 3166-1 alpha-2 code (or XK, EL, UK), e.g. FI";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<Country, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CountryCode.isCountry(value);
        }
    }
}
