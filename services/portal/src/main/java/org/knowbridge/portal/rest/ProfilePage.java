package org.knowbridge.portal.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.knowbridge.portal.domain.ApiProblem;
import org.knowbridge.portal.domain.ProfileForm;
import org.knowbridge.portal.service.ProfileService;
import org.knowbridge.portal.service.ProfileService.Versioned;

/** The SME's own profile: read it, change it (never over a change made meanwhile), send it for review. */
@Path("/profile")
@Produces(MediaType.TEXT_HTML)
public class ProfilePage {

    @CheckedTemplate
    static class Templates {
        /**
         * @param form     what the form shows: what the user typed when the service refused it, else the profile
         * @param problem  the service's words for a refusal, or null
         * @param errors   per field the service named, its message
         */
        static native TemplateInstance profile(
                Versioned profile,
                ProfileForm form,
                String problem,
                Map<String, String> errors,
                String saved,
                FilterOptions options);
    }

    private final ProfileService profiles;
    private final CsrfTokens csrf;

    ProfilePage(ProfileService profiles, CsrfTokens csrf) {
        this.profiles = profiles;
        this.csrf = csrf;
    }

    @GET
    public TemplateInstance show(@RestQuery String saved) {
        Versioned profile = profiles.read();
        return Templates.profile(profile, ProfileForm.of(profile.firm()), null, Map.of(), saved, FilterOptions.ALL);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @RestForm("csrf-token") String token, @RestForm String etag, @BeanParam ProfileFormFields fields) {
        csrf.verify(token);
        ProfileForm form = fields.form();
        try {
            profiles.save(etag, form);
        } catch (ApiProblem refused) {
            if (refused.status() == 412) {
                // Changed meanwhile: show it as it is now, and say so, rather than overwrite that change.
                Versioned now = profiles.read();
                return page(
                        409,
                        Templates.profile(
                                now,
                                ProfileForm.of(now.firm()),
                                "Your profile was changed elsewhere since you opened this page. Here it is as it is"
                                        + " now: make your change again.",
                                Map.of(),
                                null,
                                FilterOptions.ALL));
            }
            if (refused.status() != 400) {
                throw refused;
            }
            return page(
                    400,
                    Templates.profile(
                            profiles.read(), form, refused.detail(), refused.fieldErrors(), null, FilterOptions.ALL));
        }
        return Response.seeOther(URI.create("/profile?saved=profile")).build();
    }

    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestForm("csrf-token") String token) {
        csrf.verify(token);
        profiles.submit();
        return Response.seeOther(URI.create("/profile?saved=submitted")).build();
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(page.render())
                .build();
    }
}
