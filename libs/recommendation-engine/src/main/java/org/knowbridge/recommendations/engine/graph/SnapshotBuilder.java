package org.knowbridge.recommendations.engine.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;
import org.knowbridge.recommendations.engine.model.Participant;

/** Turns organisations and collaborations into the arrays of a {@link GraphSnapshot}. */
final class SnapshotBuilder {

    final long version;
    Organisation[] organisations;
    Map<String, Integer> indexById;
    String[] countries;
    int[] countryOf;
    int[] offsets;
    int[] neighbours;
    int[] sharedCollaborations;
    int[] lastYearTogether;
    int[] outcomeMask;
    int[] channelMask;
    int[] roleMask;
    int[] collaborationCount;
    int[] firstYear;
    int[] lastYear;
    int minYear;
    int maxYear;
    TermBags knowledgeAreas;
    TermBags programmes;
    List<Collaboration> collaborationList;
    int[][] collaborationsOf;

    private final Collection<Organisation> knownOrganisations;
    private final Collection<Collaboration> collaborations;

    SnapshotBuilder(long version, Collection<Organisation> organisations, Collection<Collaboration> collaborations) {
        this.version = version;
        this.knownOrganisations = organisations;
        this.collaborations = collaborations;
    }

    GraphSnapshot build() {
        indexOrganisations();
        int n = organisations.length;
        // One row per collaboration: its members' indices (each once) and the role each played.
        List<Collaboration> collabs = new ArrayList<>(collaborations);
        collabs.sort((a, b) -> a.id().compareTo(b.id()));
        int[][] members = new int[collabs.size()][];
        int[][] roles = new int[collabs.size()][];
        int[] perNode = new int[n];
        // A participant listed twice keeps the role it was listed with last; scratch rows avoid a map per
        // collaboration.
        int[] roleOf = new int[n];
        Arrays.fill(roleOf, -1);
        int[] listed = new int[n];
        for (int c = 0; c < collabs.size(); c++) {
            int size = 0;
            for (Participant p : collabs.get(c).participants()) {
                PartnerKind role = p.role();
                int i = indexById.get(p.organisationId());
                if (roleOf[i] < 0) {
                    listed[size++] = i;
                }
                roleOf[i] = role == null ? organisations[i].kind().ordinal() : role.ordinal();
            }
            int[] m = Arrays.copyOf(listed, size);
            Arrays.sort(m);
            int[] r = new int[size];
            for (int k = 0; k < size; k++) {
                r[k] = roleOf[m[k]];
                roleOf[m[k]] = -1;
                perNode[m[k]]++;
            }
            members[c] = m;
            roles[c] = r;
        }
        int[][] collabsOf = new int[n][];
        for (int i = 0; i < n; i++) {
            collabsOf[i] = new int[perNode[i]];
        }
        int[] fill = new int[n];
        for (int c = 0; c < members.length; c++) {
            for (int i : members[c]) {
                collabsOf[i][fill[i]++] = c;
            }
        }
        collaborationList = List.copyOf(collabs);
        collaborationsOf = collabsOf;
        nodeActivity(collabs, collabsOf);
        // Terms and adjacency are independent: the terms are counted on another core meanwhile.
        java.util.concurrent.CompletableFuture<Void> counted =
                java.util.concurrent.CompletableFuture.runAsync(() -> terms(collabs, collabsOf));
        adjacency(collabs, members, roles, collabsOf);
        counted.join();
        return new GraphSnapshot(this);
    }

    /** Known organisations plus any participant never upserted (kept, with unknown attributes). */
    private void indexOrganisations() {
        Map<String, Organisation> all = new HashMap<>();
        for (Organisation o : knownOrganisations) {
            all.put(o.id(), o);
        }
        for (Collaboration c : collaborations) {
            for (Participant p : c.participants()) {
                all.computeIfAbsent(
                        p.organisationId(), id -> new Organisation(id, "", "", OrganisationType.OTHER, false, null));
            }
        }
        String[] ids = all.keySet().toArray(String[]::new);
        Arrays.sort(ids);
        organisations = new Organisation[ids.length];
        indexById = new HashMap<>(ids.length * 2);
        TreeSet<String> countrySet = new TreeSet<>();
        for (int i = 0; i < ids.length; i++) {
            organisations[i] = all.get(ids[i]);
            indexById.put(ids[i], i);
            countrySet.add(organisations[i].country());
        }
        countries = countrySet.toArray(String[]::new);
        countryOf = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            countryOf[i] = Arrays.binarySearch(countries, organisations[i].country());
        }
    }

    private void nodeActivity(List<Collaboration> collabs, int[][] collabsOf) {
        int n = organisations.length;
        collaborationCount = new int[n];
        firstYear = new int[n];
        lastYear = new int[n];
        minYear = Integer.MAX_VALUE;
        maxYear = 0;
        for (int i = 0; i < n; i++) {
            collaborationCount[i] = collabsOf[i].length;
            int first = Integer.MAX_VALUE;
            int last = 0;
            for (int c : collabsOf[i]) {
                first = Math.min(first, collabs.get(c).year());
                last = Math.max(last, collabs.get(c).lastActiveYear());
            }
            firstYear[i] = collabsOf[i].length == 0 ? 0 : first;
            lastYear[i] = last;
        }
        for (Collaboration c : collabs) {
            minYear = Math.min(minYear, c.year());
            maxYear = Math.max(maxYear, c.lastActiveYear());
        }
        if (collabs.isEmpty()) {
            minYear = 0;
        }
    }

    /** Merges every node's collaborations into one entry per partner, in partner order. */
    private void adjacency(List<Collaboration> collabs, int[][] members, int[][] roles, int[][] collabsOf) {
        int n = organisations.length;
        offsets = new int[n + 1];
        int[] slot = new int[n];
        Arrays.fill(slot, -1);
        int[] touched = new int[n];
        int[] count = new int[n];
        int[] last = new int[n];
        int[] outcomes = new int[n];
        int[] channels = new int[n];
        int[] rolesSeen = new int[n];
        IntArray nb = new IntArray();
        IntArray w = new IntArray();
        IntArray ly = new IntArray();
        IntArray om = new IntArray();
        IntArray cm = new IntArray();
        IntArray rm = new IntArray();
        // Per collaboration once, rather than once per pair of its members.
        int[] lastActive = new int[collabs.size()];
        int[] outcomeBit = new int[collabs.size()];
        int[] channelBit = new int[collabs.size()];
        for (int c = 0; c < collabs.size(); c++) {
            Collaboration collab = collabs.get(c);
            lastActive[c] = collab.lastActiveYear();
            outcomeBit[c] = 1 << collab.outcome().ordinal();
            channelBit[c] = 1 << collab.channel().ordinal();
        }
        for (int i = 0; i < n; i++) {
            int t = 0;
            for (int c : collabsOf[i]) {
                int[] m = members[c];
                int[] r = roles[c];
                for (int k = 0; k < m.length; k++) {
                    int j = m[k];
                    if (j == i) {
                        continue;
                    }
                    if (slot[j] < 0) {
                        slot[j] = t;
                        touched[t++] = j;
                        count[j] = 0;
                        last[j] = 0;
                        outcomes[j] = 0;
                        channels[j] = 0;
                        rolesSeen[j] = 0;
                    }
                    count[j]++;
                    last[j] = Math.max(last[j], lastActive[c]);
                    outcomes[j] |= outcomeBit[c];
                    channels[j] |= channelBit[c];
                    rolesSeen[j] |= 1 << r[k];
                }
            }
            Arrays.sort(touched, 0, t);
            for (int k = 0; k < t; k++) {
                int j = touched[k];
                nb.add(j);
                w.add(count[j]);
                ly.add(last[j]);
                om.add(outcomes[j]);
                cm.add(channels[j]);
                rm.add(rolesSeen[j]);
                slot[j] = -1;
            }
            offsets[i + 1] = nb.size();
        }
        neighbours = nb.toArray();
        sharedCollaborations = w.toArray();
        lastYearTogether = ly.toArray();
        outcomeMask = om.toArray();
        channelMask = cm.toArray();
        roleMask = rm.toArray();
    }

    private void terms(List<Collaboration> collabs, int[][] collabsOf) {
        int n = organisations.length;
        Vocabulary areas = new Vocabulary();
        Vocabulary calls = new Vocabulary();
        int[][] declaredAreas = new int[n][];
        for (int i = 0; i < n; i++) {
            declaredAreas[i] = areas.ids(organisations[i].knowledgeAreas());
        }
        int[][] areasOf = new int[collabs.size()][];
        int[][] callsOf = new int[collabs.size()][];
        for (int c = 0; c < collabs.size(); c++) {
            Collaboration collab = collabs.get(c);
            areasOf[c] = areas.ids(collab.knowledgeAreas());
            callsOf[c] = collab.programme().isEmpty() ? new int[0] : calls.ids(List.of(collab.programme()));
        }
        int[][] none = new int[n][0];
        knowledgeAreas = TermBags.count(areas.terms, areas.ids, declaredAreas, areasOf, collabsOf);
        programmes = TermBags.count(calls.terms, calls.ids, none, callsOf, collabsOf);
    }

    /** Term ids in order of first sight. */
    private static final class Vocabulary {
        final List<String> terms = new ArrayList<>();
        final Map<String, Integer> ids = new HashMap<>();

        int[] ids(java.util.Collection<String> words) {
            int[] out = new int[words.size()];
            int k = 0;
            for (String word : words) {
                out[k++] = ids.computeIfAbsent(word, w -> {
                    terms.add(w);
                    return terms.size() - 1;
                });
            }
            return out;
        }
    }

    /** A growable int array, to avoid boxing while building the edge arrays. */
    private static final class IntArray {
        private int[] data = new int[1024];
        private int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
