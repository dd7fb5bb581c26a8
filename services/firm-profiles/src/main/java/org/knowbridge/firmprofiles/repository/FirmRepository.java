package org.knowbridge.firmprofiles.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.knowbridge.contracts.vocabulary.FirmStatus;
import org.knowbridge.firmprofiles.domain.Firm;
import org.knowbridge.firmprofiles.domain.FirmQuery;
import org.knowbridge.firmprofiles.domain.FirmScope;

@ApplicationScoped
public class FirmRepository implements PanacheRepositoryBase<Firm, UUID> {

    /** Up to {@code query.limit() + 1} firms in id order: the extra one tells whether another page follows. */
    public Uni<List<Firm>> page(FirmScope scope, FirmQuery query) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        switch (scope.kind()) {
            case ALL -> {}
            case OWN_FIRM -> {
                where.add("id = :ownFirm");
                parameters.and("ownFirm", UUID.fromString(scope.value()));
            }
            case ONBOARDED_BY -> {
                where.add("onboardedBy = :agency");
                parameters.and("agency", scope.value());
            }
            case PARTNER_VISIBLE -> {
                where.add("status = :published and listedToPartners = true");
                parameters.and("published", FirmStatus.PUBLISHED);
            }
        }
        if (query.country() != null) {
            where.add("country = :country");
            parameters.and("country", query.country());
        }
        if (query.sectorPrefix() != null) {
            where.add("sector like :sector");
            parameters.and("sector", likeEscaped(query.sectorPrefix()) + "%");
        }
        if (query.sizeClass() != null) {
            where.add("sizeClass = :sizeClass");
            parameters.and("sizeClass", query.sizeClass());
        }
        if (query.status() != null) {
            where.add("status = :status");
            parameters.and("status", query.status());
        }
        if (query.knowledgeArea() != null) {
            where.add("(array_contains(knowledgeAreasOffered, :area) or array_contains(knowledgeAreasSought, :area))");
            parameters.and("area", query.knowledgeArea());
        }
        if (query.nameContains() != null) {
            where.add("lower(legalName) like :name escape '\\'");
            parameters.and("name", "%" + likeEscaped(query.nameContains().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.after() != null) {
            where.add("id > :after");
            parameters.and("after", query.after());
        }
        String hql = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by id";
        return find(hql, parameters).range(0, query.limit()).list();
    }

    public Uni<List<Firm>> findByExternalIds(Collection<String> externalIds) {
        return list("externalId in ?1", externalIds);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
