package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.knowbridge.contracts.vocabulary.EnumNames;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.partnergraph.domain.Collaboration;
import org.knowbridge.partnergraph.domain.CollaborationSource;
import org.knowbridge.partnergraph.domain.CollaborationStatus;
import org.knowbridge.partnergraph.domain.IntroductionAgreement;
import org.knowbridge.platform.messaging.OutboxEvent;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Agreements signed after introductions, recorded as confirmed collaborations keyed {@code introduction:<id>}.
 * The firm's side is the node the recommender ranks it from: the node of the register it was imported from
 * when the firm names one that exists, else its own mirror.
 */
@ApplicationScoped
public class IntroductionAgreementRepository {

    private static final String PARTIES = """
            OPTIONAL MATCH (c:Collaboration {key: $key})
            OPTIONAL MATCH (erased:ErasedFirm {key: $firmId})
            OPTIONAL MATCH (firm:Organisation {key: $firmId})
            OPTIONAL MATCH (registered:Organisation {key: firm.externalId})
            WITH c, erased, coalesce(registered, firm) AS side
            OPTIONAL MATCH (other:Organisation {key: $organisationKey})
            RETURN c IS NOT NULL AS recorded, erased IS NOT NULL AS erased,
                   side.key AS firmKey, side.type AS firmType, other.key AS otherKey, other.type AS otherType
            """;

    private static final String RECORD = """
            MATCH (first:Organisation {key: $firmKey})
            MATCH (second:Organisation {key: $otherKey})
            CREATE (c:Collaboration {key: $key, channel: $channel, startYear: $startYear, endYear: null,
                                     outcome: $outcome, source: $source, status: 'CONFIRMED',
                                     introductionId: $introductionId, claimedBy: 'introductions',
                                     createdAt: datetime()})
            CREATE (first)-[:PARTY {partnerKind: $firmKind}]->(c)
            CREATE (second)-[:PARTY {partnerKind: $otherKind}]->(c)
            """;

    /** Neo4j's code when a CREATE meets a key another transaction committed since this one read it. */
    private static final String CONSTRAINT_VIOLATED = "Neo.ClientError.Schema.ConstraintValidationFailed";

    private static final int ATTEMPTS = 3;

    private final Driver driver;

    public IntroductionAgreementRepository(Driver driver) {
        this.driver = driver;
    }

    /** What recording an agreement did. */
    public enum Result {
        RECORDED,
        /** Recorded before: a replayed or repeated event. */
        ALREADY_RECORDED,
        /** The firm was erased: nothing to record. */
        FIRM_ERASED,
        /** A party is not in the graph (yet). */
        PARTY_MISSING
    }

    /**
     * Records each agreement not recorded yet, with its CollaborationRecorded event, in one transaction; the result
     * of each, in order.
     *
     * <p>Another consumer of the same topic (a second instance during a rollout, or a replay into the same graph)
     * may record the same agreement between this transaction's check and its write; the key's uniqueness
     * constraint then refuses the write. The batch is read again, so that agreement counts as recorded before
     * instead of failing the consumer.
     */
    public List<Result> record(
            List<IntroductionAgreement> agreements, Function<Collaboration, OutboxEvent> recordedEvent) {
        for (int attempt = 1; ; attempt++) {
            try (Session session = driver.session()) {
                return session.executeWrite(tx -> agreements.stream()
                        .map(agreement -> record(tx, agreement, recordedEvent))
                        .toList());
            } catch (ClientException e) {
                if (!CONSTRAINT_VIOLATED.equals(e.code()) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static Result record(
            TransactionContext tx,
            IntroductionAgreement agreement,
            Function<Collaboration, OutboxEvent> recordedEvent) {
        Map<String, Object> params = new HashMap<>();
        params.put("key", agreement.collaborationKey());
        params.put("firmId", agreement.firmId());
        params.put("organisationKey", agreement.organisationKey());
        Record parties = tx.run(PARTIES, params).single();
        if (parties.get("recorded").asBoolean()) {
            return Result.ALREADY_RECORDED;
        }
        if (parties.get("erased").asBoolean()) {
            return Result.FIRM_ERASED;
        }
        if (parties.get("firmKey").isNull()
                || parties.get("otherKey").isNull()
                || parties.get("firmKey")
                        .asString()
                        .equals(parties.get("otherKey").asString())) {
            return Result.PARTY_MISSING;
        }
        // What each side is to the other follows from its type alone: a firm is OTHER until someone says more.
        Collaboration collaboration = new Collaboration(
                agreement.collaborationKey(),
                agreement.channel(),
                agreement.year(),
                null,
                Outcome.UNKNOWN,
                CollaborationSource.INTRODUCTION,
                CollaborationStatus.CONFIRMED,
                null,
                List.of(
                        new Collaboration.Party(parties.get("firmKey").asString(), kindOf(parties.get("firmType"))),
                        new Collaboration.Party(parties.get("otherKey").asString(), kindOf(parties.get("otherType")))));
        params.put("firmKey", collaboration.parties().get(0).organisationKey());
        params.put("otherKey", collaboration.parties().get(1).organisationKey());
        params.put("firmKind", collaboration.parties().get(0).partnerKind().name());
        params.put("otherKind", collaboration.parties().get(1).partnerKind().name());
        params.put("channel", collaboration.channel().name());
        params.put("startYear", collaboration.startYear());
        params.put("outcome", collaboration.outcome().name());
        params.put("source", collaboration.source().name());
        params.put("introductionId", agreement.introductionId());
        tx.run(RECORD, params).consume();
        OutboxRepository.append(tx, List.of(recordedEvent.apply(collaboration)));
        return Result.RECORDED;
    }

    private static org.knowbridge.contracts.vocabulary.PartnerKind kindOf(org.neo4j.driver.Value type) {
        Optional<OrganisationType> parsed =
                type.isNull() ? Optional.empty() : EnumNames.parse(OrganisationType.class, type.asString());
        return parsed.orElse(OrganisationType.OTHER).partnerKind();
    }
}
