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

/**
 * Turns organisations and collaborations into the arrays of a {@link GraphSnapshot}: from nothing, or from the
 * previous snapshot when only some organisations' collaborations changed (its numbering of organisations and
 * every other organisation's partner row are kept as they are).
 */
final class SnapshotBuilder {

    private static final java.util.Comparator<Collaboration> BY_ID = (a, b) -> a.id().compareTo(b.id());

    final long version;
    Organisation[] organisations;
    Map<String, Integer> indexById;
    String[] countries;
    int[] countryOf;
    EdgeBlock[] blocks;
    int edgeBits;
    int[] firstYear;
    int[] lastYear;
    int minYear;
    int maxYear;
    TermBags knowledgeAreas;
    TermBags programmes;
    List<Collaboration> collaborationList;
    CollaborationRows collaborationRows;
    int[][] membersOf;
    int[][] rolesOf;
    private int[][] members;
    private int[][] roles;
    // Patching only: the previous positions before which collaborations were added (ascending), and whether the
    // term vocabularies stay as they were.
    private int[] insertedAt = new int[0];
    // Patching only: the positions of the added and replaced collaborations in the new list (ascending).
    private int[] changedPositions = new int[0];
    private boolean vocabulariesKept;

    private final Collection<Organisation> knownOrganisations;
    private final Collection<Collaboration> collaborations;
    private final GraphSnapshot previous;
    final int[] touchedNodes;
    final long patchedFrom;
    private final List<Collaboration> changed;

    SnapshotBuilder(long version, Collection<Organisation> organisations, Collection<Collaboration> collaborations) {
        this.version = version;
        this.knownOrganisations = organisations;
        this.collaborations = collaborations;
        this.previous = null;
        this.touchedNodes = null;
        this.patchedFrom = -1;
        this.changed = List.of();
    }

    /**
     * A builder that starts from {@code previous}: the organisations are the same, the collaborations are those
     * of {@code previous} with {@code changed} ones added or put in place of those with their id (none removed),
     * and only the touched nodes (ascending) took part in a changed one.
     */
    SnapshotBuilder(GraphSnapshot previous, int[] touchedNodes, long version, List<Collaboration> changed) {
        this.version = version;
        this.knownOrganisations = List.of();
        this.collaborations = List.of();
        this.previous = previous;
        this.touchedNodes = touchedNodes;
        this.patchedFrom = previous.version;
        this.changed = changed;
    }

    GraphSnapshot build() {
        if (previous == null) {
            indexOrganisations();
        } else {
            organisations = previous.organisations;
            indexById = previous.indexById;
            countries = previous.countries;
            countryOf = previous.countryOf;
        }
        int n = organisations.length;
        // One row per collaboration, ordered by id: its members' indices (each once) and the role each played.
        List<Collaboration> collabs = previous == null ? everyCollaboration() : changedCollaborations();
        // Every node's row in a build from scratch; in a patch only the touched nodes' (the others are null).
        int[][] collabsOf = previous == null ? collaborationsOfEveryNode(n) : collaborationsOfTouchedNodes(n);
        collaborationRows = previous == null
                ? CollaborationRows.of(collabsOf)
                : previous.collaborationRows.patched(insertedAt, touchedNodes, rowsOf(touchedNodes, collabsOf));
        collaborationList = List.copyOf(collabs);
        membersOf = members;
        rolesOf = roles;
        if (previous == null) {
            nodeActivity(collabs, collabsOf);
        } else {
            touchedNodeActivity(collabs, collabsOf);
        }
        // Terms and adjacency are independent: the terms are counted on another core meanwhile.
        java.util.concurrent.CompletableFuture<Void> counted = java.util.concurrent.CompletableFuture.runAsync(() -> {
            if (vocabulariesKept) {
                keptTerms(collabs, collabsOf);
            } else {
                // A vocabulary numbered anew counts every node's terms: every row, not only the touched ones.
                terms(collabs, previous == null ? collabsOf : collaborationRows.all());
            }
        });
        adjacency(collabs, members, roles, collabsOf);
        counted.join();
        return new GraphSnapshot(this);
    }

    /** Every node's collaboration positions, ascending, from the member rows. */
    private int[][] collaborationsOfEveryNode(int n) {
        int[] perNode = new int[n];
        for (int[] m : members) {
            for (int i : m) {
                perNode[i]++;
            }
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
        return collabsOf;
    }

    /** The touched nodes' rows, in the new numbering; the other nodes' are left null (kept by the patch). */
    private int[][] collaborationsOfTouchedNodes(int n) {
        int[][] collabsOf = new int[n][];
        for (int i : touchedNodes) {
            collabsOf[i] = CollaborationRows.positionsWith(
                    i, previous.collaborationRows.shiftedRow(i, insertedAt), changedPositions, members);
        }
        return collabsOf;
    }

    private static int[][] rowsOf(int[] nodes, int[][] collabsOf) {
        int[][] rows = new int[nodes.length][];
        for (int t = 0; t < nodes.length; t++) {
            rows[t] = collabsOf[nodes[t]];
        }
        return rows;
    }

    private List<Collaboration> everyCollaboration() {
        List<Collaboration> collabs = new ArrayList<>(collaborations);
        collabs.sort(BY_ID);
        members = new int[collabs.size()][];
        roles = new int[collabs.size()][];
        MemberRow row = new MemberRow(organisations.length);
        for (int c = 0; c < collabs.size(); c++) {
            row.of(collabs.get(c), c);
        }
        return collabs;
    }

    /**
     * The previous snapshot's collaborations with the changed ones merged in by id: the unchanged keep their
     * member rows, in runs copied whole.
     */
    private List<Collaboration> changedCollaborations() {
        List<Collaboration> before = previous.collaborations;
        List<Collaboration> sorted = new ArrayList<>(changed);
        sorted.sort(BY_ID);
        int[] at = new int[sorted.size()];
        int added = 0;
        for (int k = 0; k < sorted.size(); k++) {
            at[k] = positionOf(before, sorted.get(k).id());
            added += at[k] < 0 ? 1 : 0;
        }
        List<Collaboration> collabs = new ArrayList<>(before.size() + added);
        members = new int[before.size() + added][];
        roles = new int[before.size() + added][];
        MemberRow row = new MemberRow(organisations.length);
        int[] position = new int[sorted.size()];
        insertedAt = new int[added];
        int next = 0;
        for (int k = 0, a = 0; k < sorted.size(); k++) {
            // a replaced one sits where it was, a new one where its id goes
            int end = at[k] >= 0 ? at[k] : -at[k] - 1;
            if (at[k] < 0) {
                insertedAt[a++] = end;
            }
            keep(before, next, end, collabs);
            collabs.add(sorted.get(k));
            position[k] = collabs.size() - 1;
            row.of(sorted.get(k), position[k]);
            next = at[k] >= 0 ? end + 1 : end;
        }
        keep(before, next, before.size(), collabs);
        changedPositions = position.clone();
        Arrays.sort(changedPositions);
        vocabulariesKept = sameVocabularies(sorted, at, position);
        return collabs;
    }

    private void keep(List<Collaboration> before, int from, int to, List<Collaboration> into) {
        System.arraycopy(previous.membersOf, from, members, into.size(), to - from);
        System.arraycopy(previous.rolesOf, from, roles, into.size(), to - from);
        into.addAll(before.subList(from, to));
    }

    /** The collaboration's position in a list ordered by id, or (-(insertion point) - 1). */
    private static int positionOf(List<Collaboration> byId, String id) {
        int lo = 0;
        int hi = byId.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int order = byId.get(mid).id().compareTo(id);
            if (order < 0) {
                lo = mid + 1;
            } else if (order > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /**
     * Writes a collaboration's members (indices ascending, each once) and their roles; a participant listed
     * twice keeps the role it was listed with last. Scratch rows avoid a map per collaboration.
     */
    private final class MemberRow {
        private final int[] roleOf;
        private final int[] listed;

        MemberRow(int nodes) {
            roleOf = new int[nodes];
            Arrays.fill(roleOf, -1);
            listed = new int[nodes];
        }

        void of(Collaboration collaboration, int at) {
            int size = 0;
            for (Participant p : collaboration.participants()) {
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
            }
            members[at] = m;
            roles[at] = r;
        }
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
        firstYear = new int[n];
        lastYear = new int[n];
        for (int i = 0; i < n; i++) {
            activityOf(i, collabs, collabsOf[i]);
        }
        yearRange(collabs);
    }

    private void activityOf(int i, List<Collaboration> collabs, int[] positions) {
        int first = Integer.MAX_VALUE;
        int last = 0;
        for (int c : positions) {
            first = Math.min(first, collabs.get(c).year());
            last = Math.max(last, collabs.get(c).lastActiveYear());
        }
        firstYear[i] = positions.length == 0 ? 0 : first;
        lastYear[i] = last;
    }

    private void yearRange(List<Collaboration> collabs) {
        minYear = Integer.MAX_VALUE;
        maxYear = 0;
        for (Collaboration c : collabs) {
            minYear = Math.min(minYear, c.year());
            maxYear = Math.max(maxYear, c.lastActiveYear());
        }
        if (collabs.isEmpty()) {
            minYear = 0;
        }
    }

    /** The previous activity kept; only the touched nodes' recounted (the others' collaborations are the same). */
    private void touchedNodeActivity(List<Collaboration> collabs, int[][] collabsOf) {
        firstYear = previous.firstYear.clone();
        lastYear = previous.lastYear.clone();
        for (int i : touchedNodes) {
            activityOf(i, collabs, collabsOf[i]);
        }
        boolean onlyAdded = changedPositions.length == insertedAt.length;
        if (!onlyAdded || previous.collaborations.isEmpty()) {
            // A replaced collaboration may have held the earliest or latest year.
            yearRange(collabs);
            return;
        }
        minYear = previous.minYear;
        maxYear = previous.maxYear;
        for (int c : changedPositions) {
            minYear = Math.min(minYear, collabs.get(c).year());
            maxYear = Math.max(maxYear, collabs.get(c).lastActiveYear());
        }
    }

    /** Every node's partners, one entry per partner in partner order; blocks of untouched nodes kept as they were. */
    private void adjacency(List<Collaboration> collabs, int[][] members, int[][] roles, int[][] collabsOf) {
        int n = organisations.length;
        int[] lastActive = new int[collabs.size()];
        int[] outcomeBit = new int[collabs.size()];
        int[] channelBit = new int[collabs.size()];
        if (previous == null) {
            for (int c = 0; c < collabs.size(); c++) {
                collaborationBits(collabs, c, lastActive, outcomeBit, channelBit);
            }
        } else {
            // Only the touched nodes' rows are merged: only their collaborations are read.
            for (int i : touchedNodes) {
                for (int c : collabsOf[i]) {
                    collaborationBits(collabs, c, lastActive, outcomeBit, channelBit);
                }
            }
        }
        PartnerRow row = new PartnerRow(n, lastActive, outcomeBit, channelBit);
        blocks = previous == null
                ? EdgeBlock.every(n, row, members, roles, collabsOf)
                : EdgeBlock.patched(previous.blocks, touchedNodes, row, members, roles, collabsOf);
        edgeBits = EdgeBlock.edgeBits(blocks);
    }

    private static void collaborationBits(
            List<Collaboration> collabs, int c, int[] lastActive, int[] outcomeBit, int[] channelBit) {
        Collaboration collab = collabs.get(c);
        lastActive[c] = collab.lastActiveYear();
        outcomeBit[c] = 1 << collab.outcome().ordinal();
        channelBit[c] = 1 << collab.channel().ordinal();
    }

    private void terms(List<Collaboration> collabs, int[][] collabsOf) {
        int n = organisations.length;
        Vocabulary areas = new Vocabulary();
        Vocabulary calls = new Vocabulary();
        int[][] declaredAreas = new int[n][];
        for (int i = 0; i < n; i++) {
            declaredAreas[i] = areas.ids(organisations[i].knowledgeAreas(), -1);
        }
        int[][] areasOf = new int[collabs.size()][];
        int[][] callsOf = new int[collabs.size()][];
        for (int c = 0; c < collabs.size(); c++) {
            Collaboration collab = collabs.get(c);
            areasOf[c] = areas.ids(collab.knowledgeAreas(), c);
            callsOf[c] = calls.ids(callOf(collab), c);
        }
        int[][] none = new int[n][0];
        knowledgeAreas = TermBags.count(areas.terms, areas.ids, areas.firstSeen(), declaredAreas, areasOf, collabsOf);
        programmes = TermBags.count(calls.terms, calls.ids, calls.firstSeen(), none, callsOf, collabsOf);
    }

    /** The previous vocabularies kept; only the touched nodes' terms are counted anew. */
    private void keptTerms(List<Collaboration> collabs, int[][] collabsOf) {
        knowledgeAreas = previous.knowledgeAreas.recount(
                shifted(previous.knowledgeAreas.firstSeen),
                touchedNodes,
                i -> organisations[i].knowledgeAreas(),
                c -> collabs.get(c).knowledgeAreas(),
                collabsOf);
        programmes = previous.programmes.recount(
                shifted(previous.programmes.firstSeen),
                touchedNodes,
                i -> List.of(),
                c -> callOf(collabs.get(c)),
                collabsOf);
    }

    private static List<String> callOf(Collaboration c) {
        return c.programme().isEmpty() ? List.of() : List.of(c.programme());
    }

    /**
     * Whether the added and replaced collaborations leave both vocabularies as a build from scratch would number
     * them: a replaced one keeps its terms, and every term of an added one is known and first seen before it (or
     * declared by an organisation).
     */
    private boolean sameVocabularies(List<Collaboration> sorted, int[] at, int[] position) {
        for (int k = 0; k < sorted.size(); k++) {
            Collaboration c = sorted.get(k);
            if (at[k] >= 0) {
                Collaboration was = previous.collaborations.get(at[k]);
                if (!was.knowledgeAreas().equals(c.knowledgeAreas())
                        || !was.programme().equals(c.programme())) {
                    return false;
                }
            } else if (!seenBefore(previous.knowledgeAreas, c.knowledgeAreas(), position[k])
                    || !seenBefore(previous.programmes, callOf(c), position[k])) {
                return false;
            }
        }
        return true;
    }

    private boolean seenBefore(TermBags bags, Collection<String> words, int position) {
        for (String word : words) {
            int t = bags.termId(word);
            if (t < 0
                    || (bags.firstSeen[t] >= 0
                            && CollaborationRows.shifted(bags.firstSeen[t], insertedAt) >= position)) {
                return false;
            }
        }
        return true;
    }

    private int[] shifted(int[] firstSeen) {
        int[] out = firstSeen.clone();
        for (int t = 0; t < out.length; t++) {
            out[t] = out[t] < 0 ? out[t] : CollaborationRows.shifted(out[t], insertedAt);
        }
        return out;
    }

    /** Term ids in order of first sight, and where each was first seen. */
    private static final class Vocabulary {
        final List<String> terms = new ArrayList<>();
        final Map<String, Integer> ids = new HashMap<>();
        private final List<Integer> seenAt = new ArrayList<>();

        /** Ids of the words; {@code source} is where they are: -1 a node's own, else a collaboration's position. */
        int[] ids(java.util.Collection<String> words, int source) {
            int[] out = new int[words.size()];
            int k = 0;
            for (String word : words) {
                out[k++] = ids.computeIfAbsent(word, w -> {
                    terms.add(w);
                    seenAt.add(source);
                    return terms.size() - 1;
                });
            }
            return out;
        }

        int[] firstSeen() {
            return seenAt.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
