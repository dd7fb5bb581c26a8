package org.knowbridge.partnergraph.domain;

import java.util.List;

/**
 * A partner search: its criteria, and what it answers (a page of results, the total, and facet counts over the
 * whole result, not only the page).
 */
public final class OrganisationSearch {

    private OrganisationSearch() {}

    /**
     * What is asked; null means any.
     *
     * @param words       the words of the full-text query (letters and digits only), empty for none
     * @param types       the names a type is stored under (COMPANY also under its legacy name)
     * @param areaPath    the path of an area: organisations with a project in it or in an area under it
     * @param areaSize    how many organisations the area holds, as the taxonomy last counted them (0 without one)
     * @param activeSince organisations with a project of this year or later, or a collaboration running then
     */
    public record Criteria(
            List<String> words,
            String country,
            List<String> types,
            Boolean sme,
            String areaPath,
            int areaSize,
            Integer activeSince) {}

    /** Why a result matched: its NAME, a knowledge AREA (by label, with its id) or a project TOPIC. */
    public record SearchMatch(String on, String text, String areaId) {}

    /** One organisation found; relevance is null when no words were asked (the results are then by name). */
    public record SearchResult(Organisation organisation, Double relevance, List<SearchMatch> matched) {}

    public record FacetCount(String value, long count) {}

    public record AreaFacet(String id, String label, long count) {}

    /** Counts over the whole result: by country, by type, by SME flag, and its most frequent knowledge areas. */
    public record SearchFacets(
            List<FacetCount> countries, List<FacetCount> types, List<FacetCount> sme, List<AreaFacet> areas) {}

    /** A page of results; nextCursor fetches the next one (null on the last). */
    public record SearchPage(List<SearchResult> items, long total, String nextCursor, SearchFacets facets) {}
}
