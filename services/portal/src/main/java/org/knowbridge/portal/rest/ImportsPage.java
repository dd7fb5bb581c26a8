package org.knowbridge.portal.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.knowbridge.portal.domain.ImportJob;
import org.knowbridge.portal.service.FirmImportService;

/** An agency imports firms from a file and follows the import: a progress bar, then the lines that failed. */
@Path("/firms/imports")
public class ImportsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(String problem);

        static native TemplateInstance job(ImportJob job);
    }

    private final FirmImportService imports;
    private final CsrfTokens csrf;

    ImportsPage(FirmImportService imports, CsrfTokens csrf) {
        this.imports = imports;
        this.csrf = csrf;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form() {
        return Templates.upload(null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response start(@RestForm("csrf-token") String token, @RestForm FileUpload file) {
        csrf.verify(token);
        if (file == null || file.size() == 0) {
            return Response.status(400)
                    .type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.upload("Choose a CSV or JSON Lines file to import.")
                            .render())
                    .build();
        }
        ImportJob job = imports.start(file.fileName(), read(file));
        return Response.seeOther(URI.create("/firms/imports/" + job.id())).build();
    }

    @GET
    @Path("{jobId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance job(@RestPath String jobId) {
        return Templates.job(imports.progress(jobId));
    }

    /** What the page's script polls while the import runs. */
    @GET
    @Path("{jobId}/progress")
    @Produces(MediaType.APPLICATION_JSON)
    public ImportJob progress(@RestPath String jobId) {
        return imports.progress(jobId);
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
