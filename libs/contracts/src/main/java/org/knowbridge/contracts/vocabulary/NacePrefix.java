package org.knowbridge.contracts.vocabulary;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The start of a NACE Rev. 2 code with its section letter ({@link NaceCodes#PREFIX_PATTERN}), for filters; null is valid. */
@Documented
@Pattern(regexp = NaceCodes.PREFIX_PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.ANNOTATION_TYPE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface NacePrefix {

    String message() default "must be a NACE Rev. 2 code or its prefix, e.g. C26";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
