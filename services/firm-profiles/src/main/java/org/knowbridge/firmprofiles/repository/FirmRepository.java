package org.knowbridge.firmprofiles.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.knowbridge.firmprofiles.domain.Firm;

@ApplicationScoped
public class FirmRepository implements PanacheRepositoryBase<Firm, UUID> {
}
