package org.knowbridge.portal.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import org.knowbridge.portal.domain.Notifications;
import org.knowbridge.portal.domain.QueryString;
import org.knowbridge.portal.service.InboxService;

/** The inbox: what happened to the user's firm or organisation, newest first. */
@Path("/inbox")
@Produces(MediaType.TEXT_HTML)
public class InboxPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(Notifications notifications, String nextPage);
    }

    private final InboxService inbox;

    InboxPage(InboxService inbox) {
        this.inbox = inbox;
    }

    @GET
    public TemplateInstance show(@RestQuery String cursor) {
        Notifications page = inbox.page(QueryString.valueOf(cursor));
        String next = page.nextCursor() == null
                ? null
                : new QueryString().add("cursor", page.nextCursor()).toString();
        return Templates.inbox(page, next);
    }
}
