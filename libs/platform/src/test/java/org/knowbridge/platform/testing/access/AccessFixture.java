package org.knowbridge.platform.testing.access;

import java.util.Optional;

/**
 * Builds, for one operation, the request a role makes on an object of a class, creating the object first
 * (through the API, uniquely named) when the call may change or erase it. Empty when the class does not exist
 * for the role ({@link Target#OWN} of a role that owns no such object, e.g. a partner's firm or an admin's
 * anything) or for the object ({@link Target#UNPUBLISHED} of an object that is never published, e.g. an
 * import job); {@link Target#OTHERS} and {@link Target#NONE} always have a request.
 */
@FunctionalInterface
public interface AccessFixture {

    Optional<AccessCall> call(String role, Target target);

    /** A fixture for an operation on no object: the same request for every role. */
    static AccessFixture objectless(java.util.function.Supplier<AccessCall> call) {
        return (role, target) -> Optional.of(call.get());
    }
}
