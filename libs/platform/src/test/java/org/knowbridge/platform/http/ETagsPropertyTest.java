package org.knowbridge.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;

/** If-Match as clients send it: the version handed out comes back in every form, anything else is 412 or 428. */
class ETagsPropertyTest {

    @Property(tries = 1000)
    void theVersionHandedOutIsReadBackInEveryFormClientsEcho(@ForAll @LongRange(min = 0) long version) {
        String tag = ETags.of(version).getValue();
        for (String echoed : Set.of(tag, "\"" + tag + "\"", "W/\"" + tag + "\"", " \"" + tag + "\" ")) {
            assertEquals(version, ETags.expectedVersion(echoed, "firm"), echoed);
        }
    }

    @Property(tries = 1000)
    void anyOtherHeaderIsAVersionOrAPreconditionProblem(@ForAll String ifMatch) {
        try {
            ETags.expectedVersion(ifMatch, "firm");
        } catch (ProblemException e) {
            assertTrue(
                    e.type() == ProblemType.PRECONDITION_FAILED
                            || (e.type() == ProblemType.PRECONDITION_REQUIRED && ifMatch.isBlank()),
                    ifMatch + ": " + e.type());
        }
    }
}
