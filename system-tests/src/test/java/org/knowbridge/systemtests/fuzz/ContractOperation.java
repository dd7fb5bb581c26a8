package org.knowbridge.systemtests.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowbridge.systemtests.RunningPlatform.Service;

/**
 * One operation of a checked-in contract, as the fuzzer needs it.
 *
 * @param access the operation's {@code x-access}: role (sme, agency, partner, admin) to any, own or none
 * @param bodies the request body's schema by content type; empty when the operation takes none
 */
record ContractOperation(
        Service service,
        String method,
        String path,
        List<Parameter> parameters,
        Map<String, Schema<?>> bodies,
        boolean bodyRequired,
        Map<String, String> access) {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    boolean writes() {
        return WRITES.contains(method);
    }

    /** Whether the role may call the operation at all (on its own objects, for {@code own}). */
    boolean allows(Role role) {
        return role != Role.ANONYMOUS && !"none".equals(access.getOrDefault(role.accessKey(), "none"));
    }

    List<Parameter> parameters(String in) {
        return parameters.stream().filter(p -> in.equals(p.getIn())).toList();
    }

    String name() {
        return method + " " + path;
    }
}
