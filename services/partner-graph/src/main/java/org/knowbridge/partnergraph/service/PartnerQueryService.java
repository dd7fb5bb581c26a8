package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.knowbridge.partnergraph.domain.Connection;
import org.knowbridge.partnergraph.domain.PartnerFilter;
import org.knowbridge.partnergraph.domain.PartnerLink;
import org.knowbridge.partnergraph.domain.Viewer;
import org.knowbridge.partnergraph.repository.PartnerQueryRepository;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;

/**
 * A firm's partner neighbourhood and how two organisations are connected, as far as the viewer may see: a firm
 * it may not see is unknown (404) as the subject, and left out of neighbourhoods and paths.
 */
@ApplicationScoped
public class PartnerQueryService {

    /** A page of partners and the cursor of the next page (null on the last). */
    public record PartnerPage(List<PartnerLink> items, String nextCursor) {}

    private final PartnerQueryRepository queries;

    public PartnerQueryService(PartnerQueryRepository queries) {
        this.queries = queries;
    }

    public PartnerPage partners(String key, PartnerFilter filter, String after, int limit, Viewer viewer) {
        if (filter.fromYear() != null && filter.toYear() != null && filter.toYear() < filter.fromYear()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "The year range is empty",
                    List.of(new Problem.FieldError("toYear", "must not be before fromYear")));
        }
        requireVisible(key, viewer);
        List<PartnerLink> page = queries.partners(key, filter, after, limit + 1, viewer);
        boolean more = page.size() > limit;
        List<PartnerLink> items = more ? page.subList(0, limit) : page;
        return new PartnerPage(
                items, more ? items.get(items.size() - 1).partner().key() : null);
    }

    public Connection connection(String from, String to, Viewer viewer) {
        if (from.equals(to)) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "An organisation is not connected to itself",
                    List.of(new Problem.FieldError("b", "must differ from a")));
        }
        requireVisible(from, viewer);
        requireVisible(to, viewer);
        return queries.connection(from, to, viewer).orElseGet(() -> Connection.none(from, to));
    }

    private void requireVisible(String key, Viewer viewer) {
        if (!queries.visible(key, viewer)) {
            throw ProblemException.notFound("Organisation", key);
        }
    }
}
