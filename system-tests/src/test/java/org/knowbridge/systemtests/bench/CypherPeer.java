package org.knowbridge.systemtests.bench;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;

/**
 * The recommender a user would otherwise write: one Cypher query per request on partner-graph's Neo4j, ranking
 * the organisations two hops away (partners of its partners, through projects and recorded collaborations) by
 * how many partners they share with the firm's organisation, foreign only, not yet its partners, top ten. No
 * cache: every request is a first request, which is what the benchmark holds our uncached answers against.
 */
final class CypherPeer implements AutoCloseable {

    static final String TWO_HOP_COMMON_PARTNERS = """
            MATCH (me:Organisation {key: $key})
            MATCH (me)-[:PARTICIPATED_IN|PARTY]->()<-[:PARTICIPATED_IN|PARTY]-(partner:Organisation)
            WHERE partner <> me
            WITH me, collect(DISTINCT partner) AS partners
            UNWIND partners AS partner
            MATCH (partner)-[:PARTICIPATED_IN|PARTY]->()<-[:PARTICIPATED_IN|PARTY]-(candidate:Organisation)
            WHERE candidate <> me AND candidate.country <> me.country AND NOT candidate IN partners
              AND ($country IS NULL OR candidate.country = $country)
            RETURN candidate.key AS key, count(DISTINCT partner) AS common
            ORDER BY common DESC, key
            LIMIT $limit
            """;

    /** The register's SMEs with collaborations: the firms it has something to rank for. */
    private static final String SMES_WITH_PARTNERS = """
            MATCH (o:Organisation)
            WHERE o.sme = true AND o.key STARTS WITH 'cordis:' AND EXISTS { (o)-[:PARTICIPATED_IN]->() }
            RETURN o.key AS key
            ORDER BY key
            LIMIT $limit
            """;

    private final Driver driver;

    CypherPeer(String uri) {
        driver = GraphDatabase.driver(uri, AuthTokens.none());
        driver.verifyConnectivity();
    }

    /** The ten suggestions for one organisation, as keys, best first. */
    List<String> suggest(String organisationKey) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(
                            TWO_HOP_COMMON_PARTNERS,
                            Map.of("key", organisationKey, "limit", 10, "country", Values.NULL))
                    .list(row -> row.get("key").asString()));
        }
    }

    /** Up to {@code limit} SMEs of the imported register that took part in projects, by key. */
    List<String> smesWithPartners(int limit) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(SMES_WITH_PARTNERS, Map.of("limit", limit))
                    .list(row -> row.get("key").asString()));
        }
    }

    @Override
    public void close() {
        driver.close();
    }
}
