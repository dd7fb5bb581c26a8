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
import org.knowbridge.firmprofiles.repository.BulkInsert.Column;

@ApplicationScoped
public class FirmRepository implements PanacheRepositoryBase<Firm, UUID> {

    /** Every column of {@link Firm}: a new field needs its column here too (BulkInsertTest checks). */
    private static final BulkInsert<Firm> INSERT = new BulkInsert<>(
            "firm",
            List.of(
                    new Column<>("id", "uuid", firm -> firm.id),
                    new Column<>("external_id", "varchar(100)", firm -> firm.externalId),
                    new Column<>("legal_name", "varchar(300)", firm -> firm.legalName),
                    new Column<>("country", "varchar(2)", firm -> firm.country),
                    new Column<>("nuts_region", "varchar(5)", firm -> firm.nutsRegion),
                    new Column<>("sector", "varchar(8)", firm -> firm.sector),
                    new Column<>("employees", "integer", firm -> firm.employees),
                    new Column<>("turnover_eur", "bigint", firm -> firm.turnoverEur),
                    new Column<>("size_class", "varchar(10)", firm -> firm.sizeClass),
                    new Column<>("founding_year", "integer", firm -> firm.foundingYear),
                    new Column<>("export_share", "double precision", firm -> firm.exportShare),
                    new Column<>("rd_intensity", "double precision", firm -> firm.rdIntensity),
                    new Column<>("knowledge_areas_offered", "varchar(200)[]", firm -> firm.knowledgeAreasOffered),
                    new Column<>("knowledge_areas_sought", "varchar(200)[]", firm -> firm.knowledgeAreasSought),
                    new Column<>("target_countries", "varchar(2)[]", firm -> firm.targetCountries),
                    new Column<>("partner_kinds", "varchar(30)[]", firm -> firm.partnerKinds),
                    new Column<>("channels", "varchar(30)[]", firm -> firm.channels),
                    new Column<>("status", "varchar(20)", firm -> firm.status),
                    new Column<>("listed_to_partners", "boolean", firm -> firm.listedToPartners),
                    new Column<>("contact_allowed", "boolean", firm -> firm.contactAllowed),
                    new Column<>("onboarded_by", "varchar(100)", firm -> firm.onboardedBy),
                    new Column<>("created_at", "timestamptz", firm -> firm.createdAt),
                    new Column<>("updated_at", "timestamptz", firm -> firm.updatedAt),
                    new Column<>("contact_name", "varchar(200)", firm -> firm.contactName),
                    new Column<>("contact_role", "varchar(200)", firm -> firm.contactRole),
                    new Column<>("contact_email", "varchar(254)", firm -> firm.contactEmail),
                    new Column<>("contact_phone", "varchar(40)", firm -> firm.contactPhone),
                    new Column<>("contact_consent_at", "timestamptz", firm -> firm.contactConsentAt),
                    new Column<>("contact_consent_by", "varchar(200)", firm -> firm.contactConsentBy),
                    new Column<>("version", "bigint", firm -> firm.version)));

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

    /**
     * Inserts new firms in one statement of the current transaction, without making them managed entities:
     * for bulk imports, which change nothing of them after. A firm whose id or external id is taken fails the
     * whole statement, as a persist would fail its flush.
     */
    public Uni<Void> insertAll(List<Firm> firms) {
        return INSERT.insert(firms);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
