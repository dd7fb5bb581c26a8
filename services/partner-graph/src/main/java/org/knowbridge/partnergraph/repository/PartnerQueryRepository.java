package org.knowbridge.partnergraph.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowbridge.contracts.vocabulary.FirmStatus;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.partnergraph.domain.Connection;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.partnergraph.domain.PartnerFilter;
import org.knowbridge.partnergraph.domain.PartnerLink;
import org.knowbridge.partnergraph.domain.Viewer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;

/**
 * Read queries over collaborations. Project co-participation is not stored as pairs (it would be some
 * 700,000 relationships for Horizon Europe alone): it is derived here, as a PROJECT_EXCHANGE collaboration
 * in the project's year, with the partner's kind taken from its organisation type.
 */
@ApplicationScoped
public class PartnerQueryRepository {

    /** The kind a project co-participant counts as: projects tell what it is, not whether a firm supplies, buys or competes, so a firm is OTHER. */
    static final String PROJECT_PARTNER_KIND = """
            CASE partner.type WHEN 'UNIVERSITY' THEN 'UNIVERSITY'
                              WHEN 'RESEARCH_ORGANISATION' THEN 'RESEARCH_ORGANISATION'
                              WHEN 'PUBLIC_BODY' THEN 'PUBLIC_BODY'
                              WHEN 'CONSULTANCY' THEN 'CONSULTANCY'
                              ELSE 'OTHER' END""";

    /** Every link of organisation {@code o}: (partner, kind, channel, fromYear, toYear). */
    private static final String LINKS = """
            CALL (o) {
                MATCH (o)-[:PARTY]->(c:Collaboration)<-[p:PARTY]-(partner:Organisation)
                RETURN partner, p.partnerKind AS kind, c.channel AS channel, c.startYear AS fromYear, c.endYear AS toYear
              UNION ALL
                MATCH (o)-[:PARTICIPATED_IN]->(project:Project)<-[:PARTICIPATED_IN]-(partner:Organisation)
                WHERE partner <> o
                WITH DISTINCT partner, project
                RETURN partner, %s AS kind, 'PROJECT_EXCHANGE' AS channel, project.year AS fromYear, project.year AS toYear
            }
            """.formatted(PROJECT_PARTNER_KIND);

    private static final String PARTNERS = """
            MATCH (o:Organisation {key: $key})
            %s
            WITH partner, kind, channel, fromYear, toYear
            WHERE ($kind IS NULL OR kind = $kind)
              AND ($channel IS NULL OR channel = $channel)
              AND ($country IS NULL OR partner.country = $country)
              AND ($types IS NULL OR partner.type IN $types)
              AND ($sme IS NULL OR coalesce(partner.sme, false) = $sme)
              AND ($fromYear IS NULL OR toYear IS NULL OR toYear >= $fromYear)
              AND ($toYear IS NULL OR fromYear <= $toYear)
              AND ($after IS NULL OR partner.key > $after)
              AND %s
            WITH partner, collect(DISTINCT kind) AS kinds, collect(DISTINCT channel) AS channels,
                 min(fromYear) AS firstYear, max(coalesce(toYear, fromYear)) AS lastYear, count(*) AS links
            ORDER BY partner.key
            LIMIT $limit
            RETURN partner, kinds, channels, firstYear, lastYear, links
            """.formatted(LINKS, FirmVisibility.visible("partner"));

    private static final String VISIBLE = """
            MATCH (o:Organisation {key: $key})
            WHERE %s
            RETURN count(o) > 0 AS found
            """.formatted(FirmVisibility.visible("o"));

    // Projects and collaborations sit between organisations, so 4 organisation hops are 8 relationships. A path
    // avoids the firms the viewer may not see rather than hiding their names: a step through one would still
    // tell that it exists and whom it worked with.
    private static final String CONNECTION = """
            MATCH (a:Organisation {key: $from}), (b:Organisation {key: $to})
            MATCH path = shortestPath((a)-[:PARTICIPATED_IN|PARTY*..8]-(b))
            WHERE all(n IN nodes(path) WHERE NOT n:Organisation OR %s)
            RETURN path
            """.formatted(FirmVisibility.visible("n"));

    /**
     * Per SME firm: its country, sector, size class (a platform firm's, also on the register node it is linked to; a
     * register flags SMEs but knows no size) and the kinds and channels of its foreign links in the years. Each real firm
     * once: a register's organisation, or a platform firm once published (a firm linked to its register's node is
     * that one node; a firm whose claim to be an existing node is pending counts as that node). With a source, the SMEs of that
     * register as it flags them (of any type: CORDIS flags some research and other bodies as SMEs), whatever their
     * platform firm's state, so the figures are the register's.
     */
    private static final String FOREIGN_LINKS_OF_SMES = """
            MATCH (o:Organisation {sme: true})
            WHERE (o.type IN ['COMPANY', 'FIRM'] OR $source IS NOT NULL)
              AND ($country IS NULL OR o.country = $country) AND o.country IS NOT NULL
              AND ($source IS NULL OR o.source = $source)
              AND (o.firmId IS NULL OR o.status = '%4$s' OR ($source IS NOT NULL AND o.key <> o.firmId))
              AND NOT EXISTS {
                  MATCH (claim:LinkClaim {firmId: o.key, status: 'PENDING'})
                  MATCH (:Organisation {key: claim.organisationKey}) }
              AND %2$s
            OPTIONAL CALL (o) {
                %1$s
                WITH partner, kind, channel, fromYear, toYear
                WHERE partner.country IS NOT NULL AND partner.country <> o.country
                  AND %3$s
                  AND ($fromYear IS NULL OR toYear IS NULL OR toYear >= $fromYear)
                  AND ($toYear IS NULL OR fromYear <= $toYear)
                RETURN DISTINCT kind, channel
            }
            WITH o, collect(DISTINCT kind) AS kinds, collect(DISTINCT channel) AS channels
            RETURN o.country AS country, o.sector AS sector, o.sizeClass AS sizeClass, kinds, channels
            """.formatted(
                    LINKS.indent(4),
                    FirmVisibility.visible("o"),
                    FirmVisibility.visible("partner"),
                    FirmStatus.PUBLISHED.name());

    /** One SME firm's foreign links, as the indicators need them; sector and sizeClass null when not known. */
    public record FirmForeignLinks(
            String country,
            String sector,
            String sizeClass,
            List<PartnerKind> kinds,
            List<KnowledgeChannel> channels) {}

    private final Driver driver;

    public PartnerQueryRepository(Driver driver) {
        this.driver = driver;
    }

    /** True when the organisation exists and {@code viewer} may see it. */
    public boolean visible(String key, Viewer viewer) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(VISIBLE, Map.of("key", key, "viewer", viewer.asParameter()))
                    .single()
                    .get("found")
                    .asBoolean());
        }
    }

    /** Partners {@code viewer} may see, ordered by key, after the cursor {@code after}. */
    public List<PartnerLink> partners(String key, PartnerFilter filter, String after, int limit, Viewer viewer) {
        Map<String, Object> params = new HashMap<>();
        params.put("key", key);
        params.put("kind", filter.kind() == null ? null : filter.kind().name());
        params.put("channel", filter.channel() == null ? null : filter.channel().name());
        params.put("country", filter.country());
        params.put("types", storedNames(filter.type()));
        params.put("sme", filter.sme());
        params.put("fromYear", filter.fromYear());
        params.put("toYear", filter.toYear());
        params.put("after", after);
        params.put("limit", limit);
        params.put("viewer", viewer.asParameter());
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(PARTNERS, params)
                    .list(r -> new PartnerLink(
                            OrganisationRepository.toOrganisation(
                                    r.get("partner").asNode()),
                            r.get("kinds").asList(v -> PartnerKind.valueOf(v.asString())).stream()
                                    .sorted()
                                    .toList(),
                            r.get("channels").asList(v -> KnowledgeChannel.valueOf(v.asString())).stream()
                                    .sorted()
                                    .toList(),
                            r.get("firstYear").asInt(),
                            r.get("lastYear").asInt(),
                            r.get("links").asLong())));
        }
    }

    /** The shortest chain through organisations {@code viewer} may see. */
    public Optional<Connection> connection(String from, String to, Viewer viewer) {
        Map<String, Object> params = Map.of("from", from, "to", to, "viewer", viewer.asParameter());
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(CONNECTION, params).stream()
                    .findFirst()
                    .map(r -> toConnection(from, to, r.get("path").asPath())));
        }
    }

    /** Over the firms and partners {@code viewer} may see. */
    public List<FirmForeignLinks> foreignLinksOfSmes(
            String country, String source, Integer fromYear, Integer toYear, Viewer viewer) {
        Map<String, Object> params = new HashMap<>();
        params.put("source", source);
        params.put("country", country);
        params.put("fromYear", fromYear);
        params.put("toYear", toYear);
        params.put("viewer", viewer.asParameter());
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(FOREIGN_LINKS_OF_SMES, params)
                    .list(r -> new FirmForeignLinks(
                            r.get("country").asString(),
                            r.get("sector").asString(null),
                            r.get("sizeClass").asString(null),
                            r.get("kinds").asList(v -> PartnerKind.valueOf(v.asString())),
                            r.get("channels").asList(v -> KnowledgeChannel.valueOf(v.asString())))));
        }
    }

    private static Connection toConnection(String from, String to, Path path) {
        List<Node> nodes = new ArrayList<>();
        path.nodes().forEach(nodes::add);
        List<Organisation> organisations = new ArrayList<>();
        List<Connection.Step> steps = new ArrayList<>();
        // Nodes alternate: organisation, link (project or collaboration), organisation, ...
        for (int i = 0; i < nodes.size(); i += 2) {
            organisations.add(OrganisationRepository.toOrganisation(nodes.get(i)));
        }
        for (int i = 1; i < nodes.size(); i += 2) {
            Node link = nodes.get(i);
            String fromKey = organisations.get(i / 2).key();
            String toKey = organisations.get(i / 2 + 1).key();
            if (link.hasLabel("Project")) {
                steps.add(new Connection.Step(
                        fromKey,
                        toKey,
                        "PROJECT",
                        link.get("key").asString(),
                        link.get("acronym").asString(null),
                        KnowledgeChannel.PROJECT_EXCHANGE,
                        intOrNull(link.get("year"))));
            } else {
                steps.add(new Connection.Step(
                        fromKey,
                        toKey,
                        "COLLABORATION",
                        link.get("key").asString(),
                        null,
                        KnowledgeChannel.valueOf(link.get("channel").asString()),
                        intOrNull(link.get("startYear"))));
            }
        }
        return new Connection(from, to, true, steps.size(), organisations, steps);
    }

    /** The names a type may be stored under (COMPANY also as the legacy FIRM), or null for any type. */
    static List<String> storedNames(OrganisationType type) {
        if (type == null) {
            return null;
        }
        return type == OrganisationType.COMPANY
                ? List.of(type.name(), OrganisationType.LEGACY_COMPANY)
                : List.of(type.name());
    }

    static Integer intOrNull(Value value) {
        return value.isNull() ? null : value.asInt();
    }
}
