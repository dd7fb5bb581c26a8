package org.knowbridge.introductions.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knowbridge.introductions.service.NotificationService;
import org.knowbridge.introductions.service.ReadInput;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Roles;

@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "What happened that concerns the caller's firm or organisation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final NotificationService notifications;

    public NotificationResource(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    @RolesAllowed({Roles.SME, Roles.AGENCY, Roles.PARTNER})
    @Operation(
            operationId = "listNotifications",
            summary = "My notifications, newest first",
            description = "An SME user's firm's; an agency's (the firms it onboarded, the requests it brokers); a "
                    + "partner's organisation's. New or changed suggestions, introductions received, answered or "
                    + "expired, collaborations claimed with it that await its confirmation (with the "
                    + "partner-graph paths to read, confirm or reject the claim; once decided, the outcome instead, "
                    + "and read), and the other side's confirmation or rejection of the claims it made.")
    @APIResponse(
            responseCode = "200",
            description = "One page",
            content = @Content(schema = @Schema(implementation = NotificationView.Page.class)))
    @APIResponse(responseCode = "400", description = "A bad since, cursor, limit or unread")
    public Uni<NotificationView.Page> list(
            @Parameter(
                            description = "Only those that happened at or after this instant (ISO 8601)",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("since")
                    String since,
            @Parameter(
                            description = "The nextCursor of the previous page",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 20))
                    @QueryParam("cursor")
                    String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Parameter(
                            description = "true: unread ones only",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    @QueryParam("unread")
                    String unread) {
        return notifications
                .page(instant(since), cursor(cursor), flag(unread), limit)
                .map(page -> new NotificationView.Page(
                        page.items().stream().map(NotificationView::of).toList(), page.nextCursor()));
    }

    @GET
    @Path("/count")
    @RolesAllowed({Roles.SME, Roles.AGENCY, Roles.PARTNER})
    @Operation(
            operationId = "countNotifications",
            summary = "How many of my notifications are unread",
            description = "One indexed count: cheap enough to poll.")
    @APIResponse(
            responseCode = "200",
            description = "The count",
            content = @Content(schema = @Schema(implementation = NotificationView.Count.class)))
    public Uni<NotificationView.Count> count() {
        return notifications.unread().map(NotificationView.Count::new);
    }

    @POST
    @Path("/read")
    @RolesAllowed({Roles.SME, Roles.AGENCY, Roles.PARTNER})
    @Operation(
            operationId = "markNotificationsRead",
            summary = "Mark notifications read",
            description = "The listed ids (at most 200; ids that are not the caller's are ignored), or every one up "
                    + "to and including upTo. Marking again changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "Marked",
            content = @Content(schema = @Schema(implementation = NotificationView.Read.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of ids and upTo, or too many ids")
    @APIResponse(responseCode = "404", description = "upTo is not one of the caller's notifications")
    public Uni<NotificationView.Read> read(@Valid @NotNull ReadInput input) {
        return notifications
                .markRead(input)
                .chain(marked -> notifications.unread().map(unread -> new NotificationView.Read(marked, unread)));
    }

    private static OffsetDateTime instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid("since", "must be an ISO 8601 instant with offset, e.g. 2026-01-31T08:00:00Z");
        }
    }

    private static Long cursor(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Answered below.
        }
        throw invalid("cursor", "must be the nextCursor of a previous page");
    }

    private static boolean flag(String value) {
        if (value == null || value.isBlank() || value.strip().equals("false")) {
            return false;
        }
        if (value.strip().equals("true")) {
            return true;
        }
        throw invalid("unread", "must be true or false");
    }

    static ProblemException invalid(String field, String message) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED, field + " " + message, List.of(new Problem.FieldError(field, message)));
    }
}
