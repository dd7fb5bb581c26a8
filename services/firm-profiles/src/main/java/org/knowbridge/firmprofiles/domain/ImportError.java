package org.knowbridge.firmprofiles.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Why one line of an import was rejected. */
@Entity
@Table(name = "import_error")
public class ImportError {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "job_id", nullable = false)
    public UUID jobId;

    /** 1-based line number in the uploaded file, header included. */
    @Column(nullable = false)
    public int line;

    @Column(length = 100)
    public String field;

    @Column(nullable = false, length = 500)
    public String message;

    public static ImportError of(UUID jobId, int line, String field, String message) {
        ImportError error = new ImportError();
        error.jobId = jobId;
        error.line = line;
        error.field = field == null ? null : truncate(field, 100);
        error.message = truncate(message == null ? "invalid" : message, 500);
        return error;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
