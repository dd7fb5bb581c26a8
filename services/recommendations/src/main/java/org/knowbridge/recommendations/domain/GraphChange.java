package org.knowbridge.recommendations.domain;

import java.util.List;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;

/** One change to the collaboration graph, read from partner-graph's events. */
public sealed interface GraphChange {

    /** The organisations whose neighbourhood the change touches directly. */
    List<String> organisationKeys();

    record OrganisationUpserted(Organisation organisation) implements GraphChange {
        @Override
        public List<String> organisationKeys() {
            return List.of(organisation.id());
        }
    }

    record CollaborationRecorded(Collaboration collaboration) implements GraphChange {
        @Override
        public List<String> organisationKeys() {
            return collaboration.participants().stream()
                    .map(p -> p.organisationId())
                    .toList();
        }
    }

    record CollaborationEnded(String key, int endYear, Outcome outcome, List<String> organisationKeys)
            implements GraphChange {
        public CollaborationEnded {
            organisationKeys = List.copyOf(organisationKeys);
        }
    }

    /**
     * The node is gone: erased (with its part in every collaboration), or merged into {@code mergedInto}, the
     * register node a verified link made the same firm, where its collaborations moved.
     */
    record OrganisationErased(String key, String firmId, String mergedInto) implements GraphChange {
        @Override
        public List<String> organisationKeys() {
            return mergedInto == null ? List.of(key) : List.of(key, mergedInto);
        }
    }
}
