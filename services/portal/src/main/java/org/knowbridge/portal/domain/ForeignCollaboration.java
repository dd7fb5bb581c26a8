package org.knowbridge.portal.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * partner-graph's foreign-collaboration indicators (ForeignCollaborationIndicators), the fields the agency's
 * charts use: the total with its split by kind of partner and by channel, and the groups per country and sector.
 */
public record ForeignCollaboration(Group total, List<Group> groups) {

    public ForeignCollaboration {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** Per country (its sectors added up), the most SMEs first. */
    public List<Group> byCountry() {
        Map<String, long[]> counts = new TreeMap<>();
        for (Group g : groups) {
            long[] c = counts.computeIfAbsent(g.country() == null ? "" : g.country(), k -> new long[2]);
            c[0] += g.smeFirms();
            c[1] += g.withForeignCollaboration();
        }
        List<Group> out = new ArrayList<>();
        counts.forEach((country, c) -> out.add(new Group(
                country.isEmpty() ? null : country,
                c[0],
                c[1],
                c[0] == 0 ? 0 : (double) c[1] / c[0],
                List.of(),
                List.of())));
        out.sort(Comparator.comparingLong(Group::smeFirms)
                .reversed()
                .thenComparing(g -> g.country() == null ? "" : g.country()));
        return out;
    }

    /** SMEs, how many work with foreign partners, and the split by what those partners are and how they work. */
    public record Group(
            String country,
            long smeFirms,
            long withForeignCollaboration,
            double share,
            List<Share> byPartnerKind,
            List<Share> byChannel) {

        public Group {
            byPartnerKind = byPartnerKind == null ? List.of() : List.copyOf(byPartnerKind);
            byChannel = byChannel == null ? List.of() : List.copyOf(byChannel);
        }
    }

    /** The SMEs with a foreign partner of one kind (or through one channel), and their share of all SMEs counted. */
    public record Share(String value, long firms, double share) {}
}
