package org.knowbridge.recommendations.engine.ranking;

import java.util.Set;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.recommendations.engine.model.SortedSets;

/**
 * What a firm tells the platform about itself and what it looks for. A firm with collaborations in the graph
 * may still pass one (its sought areas and preferences sharpen the ranking); a firm without any relies on it
 * entirely (cold start).
 *
 * @param country         ISO 3166-1 alpha-2 (or the EU codes EL, UK), as the graph spells countries
 * @param sector          NACE Rev. 2 code; may be empty
 * @param soughtAreas     knowledge areas it seeks (EuroSciVoc paths or keywords)
 * @param targetCountries countries it wants partners in (preferred, not exclusive); empty = any
 * @param preferredKinds  partner kinds it prefers; empty = any
 */
public record FirmProfile(
        String country,
        String sector,
        boolean sme,
        Set<String> soughtAreas,
        Set<String> targetCountries,
        Set<PartnerKind> preferredKinds,
        Set<KnowledgeChannel> preferredChannels) {

    public FirmProfile {
        country = country == null ? "" : country;
        sector = sector == null ? "" : sector;
        soughtAreas = SortedSets.copyOf(soughtAreas);
        targetCountries = targetCountries == null ? Set.of() : Set.copyOf(targetCountries);
        preferredKinds = preferredKinds == null ? Set.of() : Set.copyOf(preferredKinds);
        preferredChannels = preferredChannels == null ? Set.of() : Set.copyOf(preferredChannels);
    }

    /** An SME of that country with nothing more said. */
    public static FirmProfile of(String country) {
        return new FirmProfile(country, "", true, Set.of(), Set.of(), Set.of(), Set.of());
    }

    public FirmProfile seeking(Set<String> areas) {
        return new FirmProfile(country, sector, sme, areas, targetCountries, preferredKinds, preferredChannels);
    }

    public FirmProfile targeting(Set<String> countries) {
        return new FirmProfile(country, sector, sme, soughtAreas, countries, preferredKinds, preferredChannels);
    }

    public FirmProfile preferring(Set<PartnerKind> kinds) {
        return new FirmProfile(country, sector, sme, soughtAreas, targetCountries, kinds, preferredChannels);
    }
}
