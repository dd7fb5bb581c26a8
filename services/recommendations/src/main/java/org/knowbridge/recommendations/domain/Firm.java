package org.knowbridge.recommendations.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.PartnerKind;

/**
 * A firm registered on the platform, as far as recommending needs it: mirrored from firm-profiles' events.
 *
 * @param preferredKinds    kinds of partner it prefers: they come first, among partners of similar strength
 * @param externalId  its key in another register when it has one (e.g. {@code cordis:999908587}): the graph
 *                    node holding its collaborations
 * @param onboardedBy the agency (org id) that onboarded it, null when it registered itself
 * @param listed      published and consented to be shown to partners (the event's {@code listed} with status
 *                    PUBLISHED): only then may other firms be shown it, as a suggestion or in a reason
 */
public record Firm(
        String firmId,
        String country,
        String sector,
        boolean sme,
        List<String> knowledgeAreasSought,
        List<String> targetCountries,
        Set<PartnerKind> preferredKinds,
        Set<KnowledgeChannel> preferredChannels,
        String onboardedBy,
        String externalId,
        boolean listed) {

    public Firm {
        knowledgeAreasSought = List.copyOf(knowledgeAreasSought);
        targetCountries = List.copyOf(targetCountries);
        preferredKinds = Set.copyOf(preferredKinds);
        preferredChannels = Set.copyOf(preferredChannels);
    }

    /**
     * Whether a ranking for this firm equals one for {@code other}: the same on everything ranking reads (what it
     * is, seeks, where, and its graph node). False means its suggestions must be computed again.
     */
    public boolean ranksLike(Firm other) {
        return other != null
                && country.equals(other.country)
                && java.util.Objects.equals(sector, other.sector)
                && sme == other.sme
                && knowledgeAreasSought.equals(other.knowledgeAreasSought)
                && targetCountries.equals(other.targetCountries)
                && preferredKinds.equals(other.preferredKinds)
                && preferredChannels.equals(other.preferredChannels)
                && java.util.Objects.equals(externalId, other.externalId);
    }

    public Optional<String> external() {
        return Optional.ofNullable(externalId);
    }
}
