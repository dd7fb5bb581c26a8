package org.knowbridge.portal.service;

import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.knowbridge.portal.client.FirmProfilesApi;
import org.knowbridge.portal.domain.ImportJob;

/** An agency's bulk imports of firms from a file: started here, run and followed in firm-profiles. */
@RequestScoped
public class FirmImportService {

    private final FirmProfilesApi firms;

    FirmImportService(@RestClient FirmProfilesApi firms) {
        this.firms = firms;
    }

    /** JSON Lines when the file's name says so (.jsonl, .ndjson), else CSV: the two formats firm-profiles reads. */
    public ImportJob start(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson")
                ? firms.importJsonLines(content)
                : firms.importCsv(content);
    }

    public ImportJob progress(String jobId) {
        return firms.importJob(jobId);
    }
}
