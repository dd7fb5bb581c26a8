package org.knowbridge.recommendations.domain;

import java.util.Set;
import java.util.TreeSet;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.PartnerKind;

/**
 * Which suggestions a caller wants: how many, and optionally only partners of some kinds, in some countries,
 * that worked through some channels, of some organisation types, or only SMEs or only others (hard filters;
 * empty or null means any).
 *
 * @param sme true for SMEs only, false for all but SMEs, null for either
 */
public record PartnerQuery(
        int limit,
        Set<PartnerKind> kinds,
        Set<String> countries,
        Set<KnowledgeChannel> channels,
        Set<OrganisationType> types,
        Boolean sme) {

    public static final int MAX_LIMIT = 50;
    public static final int DEFAULT_LIMIT = 10;

    public PartnerQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be within 1.." + MAX_LIMIT);
        }
        kinds = Set.copyOf(kinds);
        countries = Set.copyOf(countries);
        channels = Set.copyOf(channels);
        types = Set.copyOf(types);
    }

    /** The unfiltered top list: what is computed ahead and published. */
    public static PartnerQuery top(int limit) {
        return new PartnerQuery(limit, Set.of(), Set.of(), Set.of(), Set.of(), null);
    }

    /**
     * The same filters, whatever the limit: rankings are computed to the maximum and cut per request. Every
     * filter is in it, or two different lists would share one cached ranking.
     */
    public String filterKey() {
        return new TreeSet<>(kinds.stream().map(Enum::name).toList()) + "|" + new TreeSet<>(countries) + "|"
                + new TreeSet<>(channels.stream().map(Enum::name).toList()) + "|"
                + new TreeSet<>(types.stream().map(Enum::name).toList()) + "|"
                + (sme == null ? "" : sme);
    }
}
