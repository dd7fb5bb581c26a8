package org.knowbridge.systemtests.fuzz;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowbridge.platform.testing.RealStack;
import org.knowbridge.systemtests.RunningPlatform.Service;

/** The operations of a service's checked-in contract (api-specs/SERVICE.yaml), every $ref resolved. */
final class Contracts {

    private Contracts() {}

    static List<ContractOperation> operations(Service service) {
        Path file = RealStack.repositoryRoot().resolve("api-specs").resolve(service.serviceName() + ".yaml");
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().read(file.toString(), null, options);
        if (api == null || api.getPaths() == null) {
            throw new IllegalStateException("Cannot read the contract " + file);
        }
        List<ContractOperation> operations = new ArrayList<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) ->
                                operations.add(operation(service, method.name(), path, item, operation))));
        return operations;
    }

    private static ContractOperation operation(
            Service service, String method, String path, PathItem item, Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        Map<String, Schema<?>> bodies = new LinkedHashMap<>();
        boolean bodyRequired = false;
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            for (Map.Entry<String, MediaType> content :
                    operation.getRequestBody().getContent().entrySet()) {
                bodies.put(content.getKey(), content.getValue().getSchema());
            }
            bodyRequired = Boolean.TRUE.equals(operation.getRequestBody().getRequired());
        }
        return new ContractOperation(
                service, method, path, parameters, bodies, bodyRequired, access(operation, method, path));
    }

    private static Map<String, String> access(Operation operation, String method, String path) {
        Object access = operation.getExtensions() == null
                ? null
                : operation.getExtensions().get("x-access");
        if (!(access instanceof Map<?, ?> rules)) {
            throw new IllegalStateException(method + " " + path + " declares no x-access");
        }
        Map<String, String> byRole = new LinkedHashMap<>();
        rules.forEach((role, rule) -> byRole.put(String.valueOf(role), String.valueOf(rule)));
        return byRole;
    }
}
