package org.knowbridge.partnergraph.repository;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowbridge.partnergraph.domain.OrganisationSearch.Criteria;

/**
 * Which index a search starts from, and that it names only the filters it uses. What each search finds is tested
 * against the real graph (SearchResourceTest, SearchFiltersAndFacetsTest); this pins the choice of start, which
 * those small datasets cannot tell apart by speed.
 */
class SearchMatchingTest {

    private static final String AREA = "/natural sciences";

    @Test
    void wordsStartFromTheFullTextIndexAndKeepEveryOtherFilter() {
        String cypher = SearchMatching.results(
                new Criteria(List.of("robot"), "FI", List.of("UNIVERSITY"), true, AREA, 9, 2023));
        assertTrue(cypher.startsWith("CALL db.index.fulltext.queryNodes('organisation_search'"), cypher);
        assertTrue(cypher.contains("o.country = $country"), cypher);
        assertTrue(cypher.contains("o.type IN $types"), cypher);
        assertTrue(cypher.contains("$sme"), cypher);
        assertTrue(cypher.contains("$areaPath"), cypher);
        assertTrue(cypher.contains("$activeSince"), cypher);
    }

    @Test
    void aNarrowAreaStartsFromItsProjectsABroadOneIsAFilter() {
        String narrow = SearchMatching.results(criteria(null, null, SearchMatching.NARROW_AREA));
        assertTrue(narrow.startsWith("MATCH (k:KnowledgeArea)"), narrow);

        String broad = SearchMatching.results(criteria(null, null, SearchMatching.NARROW_AREA + 1));
        assertFalse(broad.contains("KnowledgeArea"), broad);
        assertTrue(broad.contains("path STARTS WITH $areaPath"), broad);
    }

    @Test
    void withoutWordsOrANarrowAreaTheCountryThenTheTypeIndexLeads() {
        String country = SearchMatching.results(criteria("FI", List.of("UNIVERSITY"), 0));
        assertTrue(country.startsWith("MATCH (o:Organisation {country: $country})"), country);
        assertTrue(country.contains("o.type IN $types"), country);

        String type = SearchMatching.results(criteria(null, List.of("UNIVERSITY"), 0));
        assertTrue(type.startsWith("MATCH (o:Organisation)\nWHERE o.type IN $types"), type);
    }

    @Test
    void filtersNotAskedAreNotInTheQuery() {
        String every = SearchMatching.results(new Criteria(List.of(), null, null, null, null, 0, null));
        for (String parameter : List.of("$country", "$types", "$sme", "$areaPath", "$activeSince")) {
            assertFalse(every.contains(parameter), parameter + " in " + every);
        }
    }

    private static Criteria criteria(String country, List<String> types, int areaSize) {
        return new Criteria(List.of(), country, types, null, areaSize == 0 ? null : AREA, areaSize, null);
    }
}
