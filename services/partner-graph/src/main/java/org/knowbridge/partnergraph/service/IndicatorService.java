package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.partnergraph.domain.ForeignCollaborationIndicators;
import org.knowbridge.partnergraph.domain.ForeignCollaborationIndicators.Group;
import org.knowbridge.partnergraph.domain.ForeignCollaborationIndicators.Share;
import org.knowbridge.partnergraph.domain.Viewer;
import org.knowbridge.partnergraph.repository.PartnerQueryRepository;
import org.knowbridge.partnergraph.repository.PartnerQueryRepository.FirmForeignLinks;

/** Aggregates the foreign links of SME firms into the agency indicators. */
@ApplicationScoped
public class IndicatorService {

    static final String UNKNOWN_SECTOR = "UNKNOWN";

    private final PartnerQueryRepository queries;

    public IndicatorService(PartnerQueryRepository queries) {
        this.queries = queries;
    }

    /** Over the firms and partners {@code viewer} may see; {@code source} limits the firms to one register's. */
    public ForeignCollaborationIndicators foreignCollaboration(
            String country, String source, Integer fromYear, Integer toYear, Viewer viewer) {
        List<FirmForeignLinks> firms = queries.foreignLinksOfSmes(country, source, fromYear, toYear, viewer);
        Map<String, List<FirmForeignLinks>> byGroup = new TreeMap<>();
        for (FirmForeignLinks firm : firms) {
            String sector = firm.sector() == null ? UNKNOWN_SECTOR : firm.sector();
            byGroup.computeIfAbsent(firm.country() + "\u0000" + sector, k -> new ArrayList<>())
                    .add(firm);
        }
        List<Group> groups = byGroup.values().stream()
                .map(members -> group(members.get(0).country(), sectorOf(members.get(0)), members))
                .sorted(Comparator.comparing(Group::country).thenComparing(Group::sector))
                .toList();
        return new ForeignCollaborationIndicators(fromYear, toYear, group(country, null, firms), groups);
    }

    private static String sectorOf(FirmForeignLinks firm) {
        return firm.sector() == null ? UNKNOWN_SECTOR : firm.sector();
    }

    static Group group(String country, String sector, List<FirmForeignLinks> firms) {
        long total = firms.size();
        long foreign = firms.stream().filter(f -> !f.channels().isEmpty()).count();
        Map<PartnerKind, Long> kinds = new EnumMap<>(PartnerKind.class);
        Map<KnowledgeChannel, Long> channels = new EnumMap<>(KnowledgeChannel.class);
        for (FirmForeignLinks firm : firms) {
            firm.kinds().forEach(k -> kinds.merge(k, 1L, Long::sum));
            firm.channels().forEach(c -> channels.merge(c, 1L, Long::sum));
        }
        List<Share> byKind = new ArrayList<>();
        for (PartnerKind kind : PartnerKind.values()) {
            byKind.add(
                    new Share(kind.name(), kinds.getOrDefault(kind, 0L), share(kinds.getOrDefault(kind, 0L), total)));
        }
        List<Share> byChannel = new ArrayList<>();
        for (KnowledgeChannel channel : KnowledgeChannel.values()) {
            byChannel.add(new Share(
                    channel.name(),
                    channels.getOrDefault(channel, 0L),
                    share(channels.getOrDefault(channel, 0L), total)));
        }
        return new Group(country, sector, total, foreign, share(foreign, total), byKind, byChannel);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}
