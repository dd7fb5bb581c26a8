package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.knowbridge.contracts.vocabulary.KnowledgeAreas;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.partnergraph.domain.KnowledgeArea;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.partnergraph.domain.OrganisationSearch;
import org.knowbridge.partnergraph.domain.Viewer;
import org.knowbridge.partnergraph.repository.SearchRepository;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;

/**
 * Partner search over the organisations the viewer may see: words, filters, a cursor, and facets over the whole
 * result. The cursor is the position of the next result, opaque to callers; there is no cap on how far it goes.
 */
@ApplicationScoped
public class SearchService {

    /** How many knowledge areas the facets list, most frequent first. */
    static final int TOP_AREAS = 10;

    static final int MAX_WORDS = 12;

    /** How many areas and topics a result names as why it matched. */
    static final int MATCHES_PER_KIND = 2;

    private final SearchRepository repository;
    private final KnowledgeAreaCatalog areas;

    public SearchService(SearchRepository repository, KnowledgeAreaCatalog areas) {
        this.repository = repository;
        this.areas = areas;
    }

    /** Search; {@code areaId} is a taxonomy id (everything under it counts), {@code cursor} as a page returned it. */
    public OrganisationSearch.SearchPage search(
            String q,
            String country,
            OrganisationType type,
            Boolean sme,
            String areaId,
            Integer activeSince,
            String cursor,
            int limit,
            Viewer viewer) {
        List<String> words = KnowledgeAreaCatalog.words(q);
        if (q != null && !q.isBlank() && words.isEmpty()) {
            throw invalid("q", "must hold at least one word (letters or digits)");
        }
        if (words.size() > MAX_WORDS) {
            throw invalid("q", "must hold at most " + MAX_WORDS + " words");
        }
        KnowledgeArea asked = areaId == null || areaId.isBlank() ? null : areas.require(areaId.trim(), "area");
        int offset = offset(cursor);
        OrganisationSearch.Criteria criteria = new OrganisationSearch.Criteria(
                words,
                country,
                storedNames(type),
                sme,
                asked == null ? null : asked.path(),
                asked == null ? 0 : asked.organisations(),
                activeSince);
        CompletableFuture<SearchRepository.Facets> pendingFacets =
                repository.facets(criteria, TOP_AREAS, viewer).toCompletableFuture();
        List<SearchRepository.Row> page = repository.page(criteria, offset, limit, viewer);
        SearchRepository.Why why = words.isEmpty() || page.isEmpty()
                ? null
                : repository.why(
                        words,
                        page.stream()
                                .map(r -> (String) r.organisation().get("key"))
                                .toList());
        List<OrganisationSearch.SearchResult> items =
                page.stream().map(r -> result(r, why)).toList();
        SearchRepository.Facets facets = await(pendingFacets);
        boolean more = offset + items.size() < facets.total();
        return new OrganisationSearch.SearchPage(
                items,
                facets.total(),
                more ? cursorOf(offset + items.size()) : null,
                new OrganisationSearch.SearchFacets(
                        counts(facets.countries()),
                        counts(facets.types()),
                        counts(facets.sme()),
                        facets.areas().stream()
                                .map(a -> {
                                    String path = (String) a.get("path");
                                    KnowledgeArea area = areas.ofPath(path).orElse(null);
                                    return new OrganisationSearch.AreaFacet(
                                            area == null ? KnowledgeAreas.id(path) : area.id(),
                                            KnowledgeAreas.label(path),
                                            ((Number) a.get("count")).longValue());
                                })
                                .toList()));
    }

    /** The facets read beside the page; their failure is the search's, as if read in turn. */
    private static SearchRepository.Facets await(CompletableFuture<SearchRepository.Facets> facets) {
        try {
            return facets.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private OrganisationSearch.SearchResult result(SearchRepository.Row row, SearchRepository.Why why) {
        Map<String, Object> o = row.organisation();
        Organisation organisation = new Organisation(
                (String) o.get("key"),
                (String) o.get("name"),
                (String) o.get("country"),
                OrganisationType.stored((String) o.get("type")).orElse(OrganisationType.OTHER),
                Boolean.TRUE.equals(o.get("sme")),
                (String) o.get("sector"));
        List<OrganisationSearch.SearchMatch> matched = new ArrayList<>();
        if (why != null) {
            String key = organisation.key();
            if (why.byName().contains(key)) {
                matched.add(new OrganisationSearch.SearchMatch("NAME", organisation.name(), null));
            }
            // Areas are shown by label with their id, never as a raw path: the best-scoring ones first.
            @SuppressWarnings("unchecked")
            List<String> paths = (List<String>) o.getOrDefault("areaPaths", List.of());
            (paths == null ? List.<String>of() : paths)
                    .stream()
                            .filter(why.areaScores()::containsKey)
                            .sorted(Comparator.comparing(
                                    (String p) -> -why.areaScores().get(p)))
                            .limit(MATCHES_PER_KIND)
                            .forEach(p -> matched.add(new OrganisationSearch.SearchMatch(
                                    "AREA",
                                    KnowledgeAreas.label(p),
                                    areas.ofPath(p).map(KnowledgeArea::id).orElse(KnowledgeAreas.id(p)))));
            why.topics().getOrDefault(key, List.of()).stream()
                    .limit(MATCHES_PER_KIND)
                    .forEach(t -> matched.add(new OrganisationSearch.SearchMatch("TOPIC", t, null)));
        }
        return new OrganisationSearch.SearchResult(
                organisation, row.relevance() == null ? null : Math.round(row.relevance() * 1000) / 1000.0, matched);
    }

    private static List<OrganisationSearch.FacetCount> counts(List<Map<String, Object>> rows) {
        return rows.stream()
                .filter(r -> r.get("value") != null)
                .map(r -> new OrganisationSearch.FacetCount(
                        String.valueOf(r.get("value")), ((Number) r.get("count")).longValue()))
                .toList();
    }

    private static List<String> storedNames(OrganisationType type) {
        if (type == null) {
            return null;
        }
        return type == OrganisationType.COMPANY
                ? List.of(type.name(), OrganisationType.LEGACY_COMPANY)
                : List.of(type.name());
    }

    static String cursorOf(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    static int offset(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            if (text.startsWith("o:")) {
                int offset = Integer.parseInt(text.substring(2));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // Answered below: not a cursor this service handed out.
        }
        throw invalid("cursor", "must be a nextCursor as a previous page returned it");
    }

    private static ProblemException invalid(String parameter, String message) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED,
                "Invalid " + parameter,
                List.of(new Problem.FieldError(parameter, message)));
    }
}
