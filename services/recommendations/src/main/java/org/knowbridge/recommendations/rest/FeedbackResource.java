package org.knowbridge.recommendations.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knowbridge.contracts.vocabulary.BusinessKey;
import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;
import org.knowbridge.recommendations.domain.Feedback;
import org.knowbridge.recommendations.service.FeedbackService;

@Path("/api/v1/firms/{firmId}/recommendations/feedback")
@Tag(name = "Feedback", description = "What firms said about suggested partners")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SME, Roles.AGENCY, Roles.ADMIN})
public class FeedbackResource {

    private final FeedbackService feedback;
    private final Caller caller;

    public FeedbackResource(FeedbackService feedback, Caller caller) {
        this.feedback = feedback;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listFeedback",
            summary = "The firm's feedback on suggested partners",
            description =
                    "Every partner the firm accepted or declined, latest first; for the firm's SME account, its agency and admins.")
    public List<Feedback> list(@PathParam("firmId") @BusinessKey String firmId) {
        return feedback.of(firmId, caller);
    }

    @PUT
    @Path("/{partnerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "giveFeedback",
            summary = "Accept or decline a suggested partner",
            description =
                    "A declined partner is never suggested to the firm again; an accepted one is kept on the firm's "
                            + "shortlist. Answers once the feedback is stored durably. A firm this service does not know is "
                            + "a 404; a partner never suggested to the firm is a 400 naming partnerId, and a decline reason "
                            + "on an acceptance a 400 naming reason.")
    public Feedback give(
            @PathParam("firmId") @BusinessKey String firmId,
            @PathParam("partnerId") @BusinessKey String partnerId,
            @Valid @NotNull FeedbackInput input) {
        return feedback.give(firmId, partnerId, input.verdict(), input.reason(), input.comment(), caller);
    }
}
