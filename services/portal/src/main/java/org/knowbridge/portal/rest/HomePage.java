package org.knowbridge.portal.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.knowbridge.portal.service.SignedInUser;

/**
 * The front door: signed in, straight to where the user's work is (an SME's suggestions, an agency's firms, a
 * partner's introductions); signed out, a page to sign in again.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut();
    }

    private final SignedInUser user;

    HomePage(SignedInUser user) {
        this.user = user;
    }

    @GET
    public Response home() {
        String start = user.isSme() ? "/suggestions" : user.isAgency() ? "/firms" : "/introductions";
        return Response.seeOther(URI.create(start)).build();
    }

    @GET
    @Path("signed-out")
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
