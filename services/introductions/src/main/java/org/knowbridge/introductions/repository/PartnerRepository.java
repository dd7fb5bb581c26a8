package org.knowbridge.introductions.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.knowbridge.introductions.domain.PartnerOrganisation;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<PartnerOrganisation, String> {}
