package org.knowbridge.firmprofiles.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.knowbridge.platform.importing.ImportState;

/** A bulk onboarding run and its progress, updated as each batch of lines commits. */
@Entity
@Table(name = "import_job")
public class ImportJob {

    @Id
    public UUID id;

    /** The org_id of the agency that uploaded the file; null for an admin. */
    @Column(name = "owner_org", length = 100)
    public String ownerOrg;

    @Column(nullable = false, length = 20)
    public String format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ImportState status;

    /** The service instance running it, and when that instance last showed it was alive. */
    @Column(name = "owner_instance", length = 200)
    public String ownerInstance;

    @Column(name = "heartbeat_at")
    public OffsetDateTime heartbeatAt;

    @Column(name = "total_lines", nullable = false)
    public int totalLines;

    @Column(nullable = false)
    public int processed;

    @Column(nullable = false)
    public int created;

    @Column(nullable = false)
    public int updated;

    @Column(nullable = false)
    public int unchanged;

    /** Lines that are no firm, e.g. organisations that are not SMEs. */
    @Column(nullable = false)
    public int skipped;

    @Column(nullable = false)
    public int failed;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
