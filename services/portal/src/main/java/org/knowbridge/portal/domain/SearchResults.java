package org.knowbridge.portal.domain;

import java.util.List;

/** One page of partner-graph's partner search: the hits, why each matched, and the facets over the whole result. */
public record SearchResults(List<Hit> items, long total, String nextCursor, Facets facets) {

    public SearchResults {
        items = items == null ? List.of() : List.copyOf(items);
        facets = facets == null ? new Facets(null, null, null) : facets;
    }

    /** An organisation found, and on what it matched (its NAME, a knowledge AREA, a project TOPIC). */
    public record Hit(Organisation organisation, List<Match> matched) {

        public Hit {
            matched = matched == null ? List.of() : List.copyOf(matched);
        }
    }

    public record Match(String on, String text) {}

    /** Counts per country, type and SME flag over the whole result. */
    public record Facets(List<Count> countries, List<Count> types, List<Count> sme) {

        public Facets {
            countries = countries == null ? List.of() : List.copyOf(countries);
            types = types == null ? List.of() : List.copyOf(types);
            sme = sme == null ? List.of() : List.copyOf(sme);
        }
    }

    public record Count(String value, long count) {}
}
