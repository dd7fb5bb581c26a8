package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.partnergraph.domain.Collaboration;
import org.knowbridge.partnergraph.domain.CollaborationSource;
import org.knowbridge.partnergraph.domain.Viewer;
import org.knowbridge.platform.messaging.OutboxEvent;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.Node;

/**
 * Explicit collaborations: a {@code :Collaboration} node with one {@code :PARTY} relationship per side,
 * which carries the kind that side is to the other. A node rather than one relationship because a
 * collaboration has two directed points of view and its own lifecycle (recorded, ended).
 */
@ApplicationScoped
public class CollaborationRepository {

    private static final String RECORD = """
            MATCH (first:Organisation {key: $first.organisationKey})
            MATCH (second:Organisation {key: $second.organisationKey})
            CREATE (c:Collaboration {key: $key, channel: $channel, startYear: $startYear, endYear: $endYear,
                                     outcome: $outcome, source: $source, createdAt: datetime()})
            CREATE (first)-[:PARTY {partnerKind: $first.partnerKind}]->(c)
            CREATE (second)-[:PARTY {partnerKind: $second.partnerKind}]->(c)
            RETURN count(c) AS created
            """;

    private static final String FIND = """
            MATCH (c:Collaboration {key: $key})
            MATCH (o:Organisation)-[p:PARTY]->(c)
            WITH c, o, p ORDER BY o.key
            RETURN c, collect({organisationKey: o.key, partnerKind: p.partnerKind}) AS parties
            """;

    // A collaboration tells who worked with whom: with a party the viewer may not see, it is not there for it.
    private static final String FIND_VISIBLE = """
            MATCH (c:Collaboration {key: $key})
            WHERE NOT EXISTS { MATCH (party:Organisation)-[:PARTY]->(c) WHERE NOT %s }
            MATCH (o:Organisation)-[p:PARTY]->(c)
            WITH c, o, p ORDER BY o.key
            RETURN c, collect({organisationKey: o.key, partnerKind: p.partnerKind}) AS parties
            """.formatted(FirmVisibility.visible("party"));

    /** Ends only a running collaboration, so two concurrent ends cannot both succeed. */
    private static final String END = """
            MATCH (c:Collaboration {key: $key})
            WHERE c.endYear IS NULL
            SET c.endYear = $endYear, c.outcome = $outcome, c.updatedAt = datetime()
            RETURN count(c) AS ended
            """;

    private final Driver driver;

    public CollaborationRepository(Driver driver) {
        this.driver = driver;
    }

    public void record(Collaboration collaboration, OutboxEvent event) {
        Map<String, Object> params = new HashMap<>();
        params.put("key", collaboration.key());
        params.put("channel", collaboration.channel().name());
        params.put("startYear", collaboration.startYear());
        params.put("endYear", collaboration.endYear());
        params.put("outcome", collaboration.outcome().name());
        params.put("source", collaboration.source().name());
        params.put("first", party(collaboration.parties().get(0)));
        params.put("second", party(collaboration.parties().get(1)));
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                long created = tx.run(RECORD, params).single().get("created").asLong();
                if (created != 1) {
                    throw new IllegalStateException(
                            "A party of " + collaboration.key() + " disappeared while recording it");
                }
                OutboxRepository.append(tx, List.of(event));
            });
        }
    }

    public Optional<Collaboration> findByKey(String key) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(FIND, Map.of("key", key)).stream()
                    .findFirst()
                    .map(CollaborationRepository::toCollaboration));
        }
    }

    /** The collaboration, when {@code viewer} may see every party of it. */
    public Optional<Collaboration> findVisible(String key, Viewer viewer) {
        try (Session session = driver.session()) {
            return session.executeRead(tx ->
                    tx.run(FIND_VISIBLE, Map.of("key", key, "viewer", viewer.asParameter())).stream()
                            .findFirst()
                            .map(CollaborationRepository::toCollaboration));
        }
    }

    /** Ends the collaboration with its event; false when it had ended already. */
    public boolean end(Collaboration ended, OutboxEvent event) {
        Map<String, Object> params = Map.of(
                "key",
                ended.key(),
                "endYear",
                ended.endYear(),
                "outcome",
                ended.outcome().name());
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                if (tx.run(END, params).single().get("ended").asLong() == 0) {
                    return false;
                }
                OutboxRepository.append(tx, List.of(event));
                return true;
            });
        }
    }

    private static Map<String, Object> party(Collaboration.Party party) {
        return Map.of(
                "organisationKey",
                party.organisationKey(),
                "partnerKind",
                party.partnerKind().name());
    }

    private static Collaboration toCollaboration(Record record) {
        Node c = record.get("c").asNode();
        List<Collaboration.Party> parties = record.get("parties")
                .asList(v -> new Collaboration.Party(
                        v.get("organisationKey").asString(),
                        PartnerKind.valueOf(v.get("partnerKind").asString())));
        return new Collaboration(
                c.get("key").asString(),
                KnowledgeChannel.valueOf(c.get("channel").asString()),
                c.get("startYear").asInt(),
                c.get("endYear").isNull() ? null : c.get("endYear").asInt(),
                Outcome.valueOf(c.get("outcome").asString()),
                CollaborationSource.valueOf(c.get("source").asString()),
                parties);
    }
}
