package org.knowbridge.partnergraph.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One line of the bulk export: an organisation, a project or a bilateral collaboration, each a JSON object
 * whose first field {@code kind} says which.
 */
public sealed interface ExportLine {

    @JsonProperty("kind")
    String kind();

    /**
     * @param firmId      the platform firm this node is (its own key for a mirrored firm, the firm's id for the
     *                    node of its register id), or null
     * @param onboardedBy the org_id of the agency that onboarded that firm, or null
     */
    @JsonPropertyOrder({
        "kind",
        "key",
        "name",
        "country",
        "type",
        "sme",
        "sector",
        "firmId",
        "onboardedBy",
        "knowledgeAreas"
    })
    record OrganisationLine(
            String key,
            String name,
            String country,
            String type,
            boolean sme,
            String sector,
            String firmId,
            String onboardedBy,
            List<String> knowledgeAreas)
            implements ExportLine {
        @Override
        public String kind() {
            return "organisation";
        }
    }

    /**
     * @param acronym      the project's short title, null when the source gave none
     * @param participants the distinct keys of the organisations that took part, in key order
     */
    @JsonPropertyOrder({"kind", "key", "year", "acronym", "programme", "topic", "knowledgeAreas", "participants"})
    record ProjectLine(
            String key,
            Integer year,
            String acronym,
            String programme,
            String topic,
            List<String> knowledgeAreas,
            List<String> participants)
            implements ExportLine {
        @Override
        public String kind() {
            return "project";
        }
    }

    @JsonPropertyOrder({
        "kind",
        "key",
        "channel",
        "startYear",
        "endYear",
        "outcome",
        "source",
        "parties",
        "knowledgeAreas"
    })
    record CollaborationLine(
            String key,
            String channel,
            int startYear,
            Integer endYear,
            String outcome,
            String source,
            List<Party> parties,
            List<String> knowledgeAreas)
            implements ExportLine {
        @Override
        public String kind() {
            return "collaboration";
        }
    }

    @JsonPropertyOrder({"organisationKey", "partnerKind"})
    record Party(String organisationKey, String partnerKind) {}
}
