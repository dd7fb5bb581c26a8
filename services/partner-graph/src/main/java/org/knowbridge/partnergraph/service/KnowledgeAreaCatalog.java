package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.knowbridge.contracts.vocabulary.KnowledgeAreas;
import org.knowbridge.partnergraph.domain.KnowledgeArea;
import org.knowbridge.partnergraph.repository.KnowledgeAreaRepository;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;

/**
 * The taxonomy of knowledge areas, built from the areas the projects in the graph use (and every broader area of
 * their paths), with counts that include the areas below. Kept in memory: a few thousand areas; rebuilt when the
 * graph's count of areas, area links or participations moves (one cheap query per use).
 */
@ApplicationScoped
public class KnowledgeAreaCatalog {

    /** How many close areas a problem suggests for words that match none. */
    static final int SUGGESTIONS = 5;

    private record Snapshot(String fingerprint, Map<String, KnowledgeArea> byId, Map<String, String> idByPath) {}

    private final KnowledgeAreaRepository repository;
    private volatile Snapshot snapshot;

    public KnowledgeAreaCatalog(KnowledgeAreaRepository repository) {
        this.repository = repository;
    }

    /** The area with this id, if the data has it. */
    public Optional<KnowledgeArea> find(String id) {
        return Optional.ofNullable(current().byId().get(id));
    }

    /** The area of a stored path (its id and label), if the data has it. */
    public Optional<KnowledgeArea> ofPath(String path) {
        Snapshot s = current();
        String id = s.idByPath().get(path);
        return id == null ? Optional.empty() : Optional.ofNullable(s.byId().get(id));
    }

    /** The top-level areas (parent null) or the areas directly under {@code parentId}, largest first. */
    public List<KnowledgeArea> children(String parentId) {
        return current().byId().values().stream()
                .filter(a -> parentId == null ? a.parentId() == null : parentId.equals(a.parentId()))
                .sorted(LARGEST_FIRST)
                .toList();
    }

    /**
     * Areas whose path (its label and the broader areas' labels) has a word starting with each of the words asked
     * ("robot" finds "robotics" and "autonomous robots", "knowledge" never "acknowledge"), largest first.
     */
    public List<KnowledgeArea> matching(String words) {
        List<String> asked = words(words);
        if (asked.isEmpty()) {
            return List.of();
        }
        return current().byId().values().stream()
                .filter(a -> {
                    List<String> label = words(a.path());
                    return asked.stream().allMatch(w -> label.stream().anyMatch(l -> l.startsWith(w)));
                })
                .sorted(LARGEST_FIRST)
                .toList();
    }

    /**
     * Areas close to words that match none: few letters apart from a word of their label; those closest to all the
     * words (their broader areas' labels included) first, so that "robotcs marine" puts "marine robotics" before
     * "marine biology".
     */
    public List<KnowledgeArea> suggestions(String words) {
        List<String> asked = words(words);
        if (asked.isEmpty()) {
            return List.of();
        }
        int allowed = Math.max(1, asked.stream().mapToInt(String::length).max().orElse(0) / 3);
        Map<KnowledgeArea, Integer> distance = new HashMap<>();
        for (KnowledgeArea area : current().byId().values()) {
            if (closest(asked, words(area.label())) <= allowed) {
                List<String> path = words(area.path());
                distance.put(
                        area,
                        asked.stream().mapToInt(w -> closest(List.of(w), path)).sum());
            }
        }
        return distance.entrySet().stream()
                .sorted(Map.Entry.<KnowledgeArea, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(LARGEST_FIRST)))
                .limit(SUGGESTIONS)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The fewest letters apart any asked word is from a word of {@code label} (or from its start, plus one). */
    private static int closest(List<String> asked, List<String> label) {
        int best = Integer.MAX_VALUE;
        for (String w : asked) {
            for (String l : label) {
                String prefix = l.length() > w.length() + 2 ? l.substring(0, w.length()) : l;
                best = Math.min(best, Math.min(levenshtein(w, l), levenshtein(w, prefix) + 1));
            }
        }
        return best;
    }

    /** The area with this id, or a 400 naming {@code parameter} that suggests areas close to what was given. */
    public KnowledgeArea require(String id, String parameter) {
        return find(id).orElseThrow(() -> unknown(id, parameter));
    }

    /** A 400 problem for words or an id that name no area, with close areas as suggestions ("label (id)"). */
    public ProblemException unknown(String given, String parameter) {
        List<KnowledgeArea> close = matching(given.replace('-', ' ').replace('.', ' '));
        if (close.isEmpty()) {
            close = suggestions(given.replace('-', ' ').replace('.', ' '));
        }
        String message = close.isEmpty()
                ? "matches no knowledge area; see /api/v1/knowledge-areas"
                : "matches no knowledge area; did you mean: "
                        + String.join(
                                ", ",
                                close.stream()
                                        .limit(SUGGESTIONS)
                                        .map(a -> a.label() + " (" + a.id() + ")")
                                        .toList());
        return new ProblemException(
                ProblemType.VALIDATION_FAILED,
                "'" + given + "' is no knowledge area",
                List.of(new Problem.FieldError(parameter, message)));
    }

    private static final Comparator<KnowledgeArea> LARGEST_FIRST =
            Comparator.comparingInt(KnowledgeArea::organisations).reversed().thenComparing(KnowledgeArea::id);

    private Snapshot current() {
        String fingerprint = repository.fingerprint();
        Snapshot s = snapshot;
        if (s == null || !s.fingerprint().equals(fingerprint)) {
            s = build(fingerprint);
            snapshot = s;
        }
        return s;
    }

    private Snapshot build(String fingerprint) {
        Map<String, String> idByPath = new HashMap<>();
        Map<String, String> pathById = new LinkedHashMap<>();
        for (String path : repository.paths()) {
            for (String p = path; p != null; p = KnowledgeAreas.parentPath(p)) {
                String id = KnowledgeAreas.id(p);
                if (id.isEmpty()) {
                    break;
                }
                idByPath.putIfAbsent(p, id);
                pathById.putIfAbsent(id, p.strip());
            }
        }
        // Each project counts once in an area and every area above it; organisations likewise.
        Map<String, BitSet> projects = new HashMap<>();
        Map<String, BitSet> organisations = new HashMap<>();
        Map<String, Integer> organisationIndex = new HashMap<>();
        List<KnowledgeAreaRepository.ProjectAreas> all = repository.projects();
        for (int i = 0; i < all.size(); i++) {
            KnowledgeAreaRepository.ProjectAreas project = all.get(i);
            List<Integer> participants = new ArrayList<>();
            for (String key : project.participants()) {
                participants.add(organisationIndex.computeIfAbsent(key, k -> organisationIndex.size()));
            }
            for (String path : project.areas()) {
                for (String p = path; p != null; p = KnowledgeAreas.parentPath(p)) {
                    String id = idByPath.get(p);
                    if (id == null) {
                        break;
                    }
                    projects.computeIfAbsent(id, k -> new BitSet()).set(i);
                    BitSet orgs = organisations.computeIfAbsent(id, k -> new BitSet());
                    participants.forEach(orgs::set);
                }
            }
        }
        Map<String, KnowledgeArea> byId = new HashMap<>();
        pathById.forEach((id, path) -> {
            String parent = KnowledgeAreas.parentPath(path);
            byId.put(
                    id,
                    new KnowledgeArea(
                            id,
                            KnowledgeAreas.label(path),
                            path,
                            parent == null ? null : KnowledgeAreas.id(parent),
                            cardinality(projects.get(id)),
                            cardinality(organisations.get(id))));
        });
        return new Snapshot(fingerprint, Map.copyOf(byId), Map.copyOf(idByPath));
    }

    private static int cardinality(BitSet set) {
        return set == null ? 0 : set.cardinality();
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(Math.min(row[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous[b.length()];
    }
}
