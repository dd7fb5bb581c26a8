package org.knowbridge.introductions.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.knowbridge.introductions.domain.Introduction;
import org.knowbridge.introductions.domain.IntroductionState;
import org.knowbridge.introductions.domain.Route;

@ApplicationScoped
public class IntroductionRepository implements PanacheRepositoryBase<Introduction, UUID> {

    public Uni<Long> countOpen(String firmId) {
        return count("firmId = ?1 and state = ?2", firmId, IntroductionState.REQUESTED);
    }

    public Uni<Introduction> findOpen(String firmId, String organisationKey) {
        return find(
                        "firmId = ?1 and organisationKey = ?2 and state = ?3",
                        firmId,
                        organisationKey,
                        IntroductionState.REQUESTED)
                .firstResult();
    }

    /**
     * Introductions sent by the given firm, or (agency) by the firms it onboarded, or (admin: both null) by any;
     * newest first.
     */
    public Uni<List<Introduction>> sent(String firmId, String onboardingAgency, IntroductionState state, int limit) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (firmId != null) {
            where.add("firmId = :firm");
            parameters.and("firm", firmId);
        }
        if (onboardingAgency != null) {
            where.add("firmId in (select f.id from MirroredFirm f where f.onboardedBy = :agency)");
            parameters.and("agency", onboardingAgency);
        }
        return page(where, parameters, state, limit);
    }

    /**
     * Introductions received: delivered to one of the organisation keys, or brokered by the agency; newest first.
     *
     * @param organisationKeys the keys the caller answers for (its own, the firms it onboarded)
     * @param brokerAgency     the agency's org_id, for the requests it brokers; null for other callers
     */
    public Uni<List<Introduction>> received(
            List<String> organisationKeys,
            String onboardingAgency,
            String brokerAgency,
            IntroductionState state,
            int limit) {
        List<String> anyOf = new ArrayList<>();
        Parameters parameters = new Parameters().and("organisation", Route.ORGANISATION);
        if (!organisationKeys.isEmpty()) {
            anyOf.add("(route = :organisation and organisationKey in :keys)");
            parameters.and("keys", organisationKeys);
        }
        if (onboardingAgency != null) {
            anyOf.add("(route = :organisation and organisationKey in "
                    + "(select f.id from MirroredFirm f where f.onboardedBy = :onboarding))");
            parameters.and("onboarding", onboardingAgency);
        }
        if (brokerAgency != null) {
            anyOf.add("(route = :broker and brokerAgency = :brokerAgency)");
            parameters.and("broker", Route.BROKER).and("brokerAgency", brokerAgency);
        }
        if (anyOf.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return page(List.of("(" + String.join(" or ", anyOf) + ")"), parameters, state, limit);
    }

    /** Open requests past their expiry, oldest first. */
    public Uni<List<Introduction>> due(OffsetDateTime now, int limit) {
        return find("state = ?1 and expiresAt <= ?2 order by expiresAt", IntroductionState.REQUESTED, now)
                .page(0, limit)
                .list();
    }

    /** Every introduction the firm sent. */
    public Uni<List<Introduction>> ofFirm(String firmId) {
        return list("firmId", firmId);
    }

    private Uni<List<Introduction>> page(
            List<String> where, Parameters parameters, IntroductionState state, int limit) {
        List<String> conditions = new ArrayList<>(where);
        if (state != null) {
            conditions.add("state = :state");
            parameters.and("state", state);
        }
        String query =
                (conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ") + "order by requestedAt desc, id";
        if (conditions.isEmpty()) {
            query = "from Introduction " + query;
        }
        return find(query, parameters).page(0, limit).list();
    }
}
