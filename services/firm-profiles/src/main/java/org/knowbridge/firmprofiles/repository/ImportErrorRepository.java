package org.knowbridge.firmprofiles.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.knowbridge.firmprofiles.domain.ImportError;

@ApplicationScoped
public class ImportErrorRepository implements PanacheRepositoryBase<ImportError, Long> {

    public Uni<List<ImportError>> firstOfJob(UUID jobId, int limit) {
        return find("jobId = ?1 order by line, id", jobId).range(0, limit - 1).list();
    }
}
