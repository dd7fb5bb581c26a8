package org.knowbridge.firmprofiles.service.importing;

import java.util.List;
import org.knowbridge.firmprofiles.domain.FirmProfile;
import org.knowbridge.firmprofiles.service.FirmProfileInput;
import org.knowbridge.platform.problem.Problem;

/** One line of an import file, read and checked. */
public sealed interface ImportLine {

    int line();

    /**
     * A firm to create or update, keyed by its external id. {@code given} says which fields the line holds:
     * fields it leaves out keep their current value on update.
     */
    record FirmLine(int line, String externalId, FirmProfileInput given, FirmProfile normalised)
            implements ImportLine {}

    /** A line that describes no firm, e.g. an organisation that is not an SME. */
    record Skipped(int line) implements ImportLine {}

    record Invalid(int line, List<Problem.FieldError> errors) implements ImportLine {}
}
