package org.knowbridge.recommendations.engine.ranking;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.PartnerKind;

/**
 * Who to rank partners for, and which partners may be suggested.
 *
 * @param firmId        the firm's organisation id in the graph; may be unknown to the graph (cold start)
 * @param profile       what the firm said about itself; required when the graph does not know the firm
 * @param limit         how many suggestions at most
 * @param excluded      organisations never to suggest (declined or blocked by the firm)
 * @param hidden        organisations never to suggest either, asked of each candidate: those the firm may not
 *                      see (a set of them would be copied for every request, and there can be as many as firms)
 * @param onlyCountries when not empty, suggest only partners in these countries (a hard filter)
 * @param onlyKinds     when not empty, suggest only partners of these kinds (a hard filter)
 * @param onlyChannels  when not empty, suggest only partners that took part in at least one collaboration
 *                      through one of these channels (a hard filter)
 * @param onlyTypes     when not empty, suggest only organisations of these types (a hard filter)
 * @param onlySme       when not null, suggest only SMEs (true) or only organisations that are not (false)
 */
public record RankingRequest(
        String firmId,
        Optional<FirmProfile> profile,
        int limit,
        Set<String> excluded,
        Predicate<String> hidden,
        Set<String> onlyCountries,
        Set<PartnerKind> onlyKinds,
        Set<KnowledgeChannel> onlyChannels,
        Set<OrganisationType> onlyTypes,
        Boolean onlySme) {

    private static final Predicate<String> NONE_HIDDEN = id -> false;

    public RankingRequest {
        Objects.requireNonNull(firmId, "firmId");
        profile = profile == null ? Optional.empty() : profile;
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        excluded = excluded == null ? Set.of() : Set.copyOf(excluded);
        hidden = hidden == null ? NONE_HIDDEN : hidden;
        onlyCountries = onlyCountries == null ? Set.of() : Set.copyOf(onlyCountries);
        onlyKinds = onlyKinds == null ? Set.of() : Set.copyOf(onlyKinds);
        onlyChannels = onlyChannels == null ? Set.of() : Set.copyOf(onlyChannels);
        onlyTypes = onlyTypes == null ? Set.of() : Set.copyOf(onlyTypes);
    }

    /** Without channel, type and SME filters (the form before channels could be filtered on). */
    public RankingRequest(
            String firmId,
            Optional<FirmProfile> profile,
            int limit,
            Set<String> excluded,
            Set<String> onlyCountries,
            Set<PartnerKind> onlyKinds) {
        this(firmId, profile, limit, excluded, NONE_HIDDEN, onlyCountries, onlyKinds, Set.of(), Set.of(), null);
    }

    /** The firm's top {@code limit} partners, no filters. */
    public static RankingRequest forFirm(String firmId, int limit) {
        return new RankingRequest(
                firmId, Optional.empty(), limit, Set.of(), NONE_HIDDEN, Set.of(), Set.of(), Set.of(), Set.of(), null);
    }

    public RankingRequest withProfile(FirmProfile p) {
        return new RankingRequest(
                firmId,
                Optional.of(p),
                limit,
                excluded,
                hidden,
                onlyCountries,
                onlyKinds,
                onlyChannels,
                onlyTypes,
                onlySme);
    }

    public RankingRequest excluding(Set<String> ids) {
        return new RankingRequest(
                firmId, profile, limit, ids, hidden, onlyCountries, onlyKinds, onlyChannels, onlyTypes, onlySme);
    }

    /** Organisations never to suggest, asked of each candidate (see {@code hidden} above). */
    public RankingRequest hiding(Predicate<String> ids) {
        return new RankingRequest(
                firmId, profile, limit, excluded, ids, onlyCountries, onlyKinds, onlyChannels, onlyTypes, onlySme);
    }

    public RankingRequest onlyIn(Set<String> countries) {
        return new RankingRequest(
                firmId, profile, limit, excluded, hidden, countries, onlyKinds, onlyChannels, onlyTypes, onlySme);
    }

    public RankingRequest onlyOfKinds(Set<PartnerKind> kinds) {
        return new RankingRequest(
                firmId, profile, limit, excluded, hidden, onlyCountries, kinds, onlyChannels, onlyTypes, onlySme);
    }

    /** Only partners that worked with someone through at least one of these channels (empty: no filter). */
    public RankingRequest throughChannels(Set<KnowledgeChannel> channels) {
        return new RankingRequest(
                firmId, profile, limit, excluded, hidden, onlyCountries, onlyKinds, channels, onlyTypes, onlySme);
    }

    /** Only organisations of these types, e.g. companies (empty: no filter). */
    public RankingRequest onlyOfTypes(Set<OrganisationType> types) {
        return new RankingRequest(
                firmId, profile, limit, excluded, hidden, onlyCountries, onlyKinds, onlyChannels, types, onlySme);
    }

    /** Only SMEs (true), only organisations that are not SMEs (false), or either (null). */
    public RankingRequest onlySme(Boolean sme) {
        return new RankingRequest(
                firmId, profile, limit, excluded, hidden, onlyCountries, onlyKinds, onlyChannels, onlyTypes, sme);
    }
}
