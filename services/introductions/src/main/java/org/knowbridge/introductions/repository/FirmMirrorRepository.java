package org.knowbridge.introductions.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.knowbridge.introductions.domain.MirroredFirm;

@ApplicationScoped
public class FirmMirrorRepository implements PanacheRepositoryBase<MirroredFirm, String> {}
