package org.knowbridge.platform.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.knowbridge.platform.problem.Problem;

/**
 * Documents the error answers every operation really gives: each 4xx response carries the problem+json
 * schema, and operations on one resource ({@code /{id}}) also document 404, and 400 for a malformed path
 * parameter (one shared response, {@code MalformedPathParameter}) unless they already document a 400.
 * Registered through {@code mp.openapi.filter}, so no resource has to repeat it.
 */
public class ProblemDocumentationFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String MALFORMED_PATH_PARAMETER = "MalformedPathParameter";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        openAPI.getComponents()
                .addResponse(
                        MALFORMED_PATH_PARAMETER,
                        OASFactory.createAPIResponse()
                                .description("A path parameter is malformed, e.g. an id of the wrong form; the"
                                        + " problem names it")
                                .content(problemContent()));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            boolean singleResource = path.getKey().contains("{");
            for (Operation operation : path.getValue().getOperations().values()) {
                document(operation, singleResource);
            }
        }
    }

    private static void document(Operation operation, boolean singleResource) {
        if (operation.getResponses() == null) {
            return;
        }
        if (singleResource && operation.getResponses().getAPIResponse("404") == null) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            "404",
                            OASFactory.createAPIResponse().description("Not found, or not visible to the caller"));
        }
        if (singleResource && operation.getResponses().getAPIResponse("400") == null) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            "400",
                            OASFactory.createAPIResponse().ref("#/components/responses/" + MALFORMED_PATH_PARAMETER));
        }
        for (Map.Entry<String, APIResponse> response :
                operation.getResponses().getAPIResponses().entrySet()) {
            boolean shared = response.getValue().getRef() != null;
            if (!shared
                    && (response.getKey().startsWith("4") || response.getKey().startsWith("5"))) {
                response.getValue().setContent(problemContent());
            }
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", stringSchema("Where the rejected input is, e.g. legalName or errors[2].country"))
                .addProperty("message", stringSchema("Why it was rejected"));
        return OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem document")
                .addRequired("type")
                .addRequired("title")
                .addRequired("status")
                .addProperty("type", stringSchema("Stable error type, e.g. urn:knowbridge:problem:validation-failed"))
                .addProperty("title", stringSchema("Short summary of the type"))
                .addProperty("status", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", stringSchema("What went wrong this time"))
                .addProperty("instance", stringSchema("The request path"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .type(java.util.List.of(Schema.SchemaType.ARRAY))
                                .items(fieldError));
    }

    private static Schema stringSchema(String description) {
        return OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.STRING))
                .description(description);
    }
}
