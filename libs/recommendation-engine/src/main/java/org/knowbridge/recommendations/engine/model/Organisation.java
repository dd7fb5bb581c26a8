package org.knowbridge.recommendations.engine.model;

import java.util.Objects;
import java.util.Set;
import org.knowbridge.contracts.vocabulary.PartnerKind;

/**
 * An organisation as the graph knows it: a node. Firms registered on the platform are organisations too.
 *
 * @param knowledgeAreas declared areas (EuroSciVoc paths or keywords); areas of its collaborations are added by the graph
 */
public record Organisation(
        String id, String name, String country, PartnerKind kind, boolean sme, Set<String> knowledgeAreas) {

    public Organisation {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        country = country == null ? "" : country;
        kind = kind == null ? PartnerKind.OTHER : kind;
        knowledgeAreas = SortedSets.copyOf(knowledgeAreas);
    }

    /** The name for sentences: the id when the name is unknown. */
    public String displayName() {
        return name.isBlank() ? id : name;
    }
}
