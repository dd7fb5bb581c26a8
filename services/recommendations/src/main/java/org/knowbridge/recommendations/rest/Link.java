package org.knowbridge.recommendations.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where to go next: a path of this service (relative) or another service's operation (absolute), with the
 * method when it is not GET and what to send when it takes a body.
 *
 * @param prefill the fields of the body already known, e.g. the firm and the organisation
 */
@Schema(name = "Link")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Link(
        String href,

        @Schema(description = "The HTTP method; GET when absent")
        String method,

        String title,

        @Schema(description = "Fields of the request body already known")
        Map<String, String> prefill) {

    static Link to(String href) {
        return new Link(href, null, null, null);
    }

    static String detailOf(String firmId, String partnerKey) {
        return "/api/v1/firms/" + firmId + "/recommendations/" + partnerKey;
    }
}
