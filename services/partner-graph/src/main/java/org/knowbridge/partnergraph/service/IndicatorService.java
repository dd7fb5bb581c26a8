package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.contracts.vocabulary.SizeClass;
import org.knowbridge.partnergraph.domain.ForeignCollaborationIndicators;
import org.knowbridge.partnergraph.domain.ForeignCollaborationIndicators.Group;
import org.knowbridge.partnergraph.domain.ForeignCollaborationIndicators.Share;
import org.knowbridge.partnergraph.domain.Viewer;
import org.knowbridge.partnergraph.repository.PartnerQueryRepository;
import org.knowbridge.partnergraph.repository.PartnerQueryRepository.FirmForeignLinks;

/** Aggregates the foreign links of SME firms into the agency indicators. */
@ApplicationScoped
public class IndicatorService {

    static final String UNKNOWN = "UNKNOWN";

    // Smallest first, as surveys tabulate them; UNKNOWN last. Ties broken by name, so no two values merge.
    private static final List<String> SIZE_ORDER = Stream.concat(
                    Arrays.stream(SizeClass.values()).map(Enum::name), Stream.of(UNKNOWN))
            .toList();
    private static final Comparator<String> SMALLEST_FIRST =
            Comparator.<String>comparingInt(SIZE_ORDER::indexOf).thenComparing(Comparator.naturalOrder());

    private final PartnerQueryRepository queries;

    public IndicatorService(PartnerQueryRepository queries) {
        this.queries = queries;
    }

    /** Over the firms and partners {@code viewer} may see; {@code source} limits the firms to one register's. */
    public ForeignCollaborationIndicators foreignCollaboration(
            String country, String source, Integer fromYear, Integer toYear, Viewer viewer) {
        List<FirmForeignLinks> firms = queries.foreignLinksOfSmes(country, source, fromYear, toYear, viewer);
        List<Group> bySector =
                byCountryAnd(firms, FirmForeignLinks::sector, Comparator.naturalOrder()).entrySet().stream()
                        .map(cell ->
                                group(cell.getKey().country(), cell.getKey().value(), null, cell.getValue()))
                        .toList();
        List<Group> bySize = byCountryAnd(firms, FirmForeignLinks::sizeClass, SMALLEST_FIRST).entrySet().stream()
                .map(cell -> group(cell.getKey().country(), null, cell.getKey().value(), cell.getValue()))
                .toList();
        return new ForeignCollaborationIndicators(
                fromYear, toYear, group(country, null, null, firms), bySector, bySize);
    }

    /** A country and a value of one facet of its firms. */
    private record Cell(String country, String value) {}

    /** The firms per country and {@code facet} ({@code UNKNOWN} when null), ordered by country, then value. */
    private static Map<Cell, List<FirmForeignLinks>> byCountryAnd(
            List<FirmForeignLinks> firms, Function<FirmForeignLinks, String> facet, Comparator<String> valueOrder) {
        Map<Cell, List<FirmForeignLinks>> cells =
                new TreeMap<>(Comparator.comparing(Cell::country).thenComparing(Cell::value, valueOrder));
        for (FirmForeignLinks firm : firms) {
            String value = facet.apply(firm);
            cells.computeIfAbsent(new Cell(firm.country(), value == null ? UNKNOWN : value), k -> new ArrayList<>())
                    .add(firm);
        }
        return cells;
    }

    static Group group(String country, String sector, String sizeClass, List<FirmForeignLinks> firms) {
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
        return new Group(country, sector, sizeClass, total, foreign, share(foreign, total), byKind, byChannel);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}
