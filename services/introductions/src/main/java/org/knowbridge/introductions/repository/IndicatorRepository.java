package org.knowbridge.introductions.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowbridge.introductions.domain.MatchmakingFigures;
import org.knowbridge.introductions.domain.MatchmakingIndicators;

/**
 * The matchmaking figures, computed by the database in one pass: over all introductions, and by the country and
 * by the type of the organisation asked (grouping sets), so each median is a true median of its group.
 */
@ApplicationScoped
public class IndicatorRepository {

    private static final String FIGURES = """
            select grouping(organisation_country) as all_countries, grouping(organisation_type) as all_types,
                   organisation_country, organisation_type,
                   count(*) as sent,
                   count(*) filter (where state = 'REQUESTED') as open,
                   count(*) filter (where state in ('ACCEPTED', 'MEETING_HELD', 'AGREEMENT_SIGNED')) as accepted,
                   count(*) filter (where state = 'DECLINED') as declined,
                   count(*) filter (where state = 'AGREEMENT_SIGNED') as signed,
                   percentile_cont(0.5) within group (order by extract(epoch from answered_at - requested_at)::float8)
                       filter (where answered_at is not null) as median_seconds
            from introduction
            %s
            group by grouping sets ((), (organisation_country), (organisation_type))
            """;

    private static final String OF_AGENCY = "where firm_id in (select id from firm where onboarded_by = $1)";

    private final Pool pool;

    public IndicatorRepository(Pool pool) {
        this.pool = pool;
    }

    /** Of the introductions the firms the agency onboarded sent, or (agency null) of all. */
    public Uni<MatchmakingIndicators> figures(String onboardingAgency) {
        Uni<RowSet<Row>> rows = onboardingAgency == null
                ? pool.query(FIGURES.formatted("")).execute()
                : pool.preparedQuery(FIGURES.formatted(OF_AGENCY)).execute(Tuple.of(onboardingAgency));
        return rows.map(IndicatorRepository::figures);
    }

    private static MatchmakingIndicators figures(RowSet<Row> rows) {
        MatchmakingFigures total = new MatchmakingFigures(0, 0, 0, 0, 0, null);
        Map<String, MatchmakingFigures> byCountry = new LinkedHashMap<>();
        Map<String, MatchmakingFigures> byType = new LinkedHashMap<>();
        List<Row> all = new ArrayList<>();
        rows.forEach(all::add);
        for (Row row : all) {
            MatchmakingFigures figures = new MatchmakingFigures(
                    row.getLong("sent"),
                    row.getLong("open"),
                    row.getLong("accepted"),
                    row.getLong("declined"),
                    row.getLong("signed"),
                    row.getDouble("median_seconds"));
            boolean allCountries = row.getInteger("all_countries") == 1;
            boolean allTypes = row.getInteger("all_types") == 1;
            if (allCountries && allTypes) {
                total = figures;
            } else if (!allCountries) {
                byCountry.put(row.getString("organisation_country"), figures);
            } else {
                byType.put(row.getString("organisation_type"), figures);
            }
        }
        return new MatchmakingIndicators(total, byCountry, byType);
    }
}
