package org.knowbridge.recommendations.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.knowbridge.recommendations.domain.GraphVocabulary;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;
import org.knowbridge.recommendations.engine.model.Participant;

/**
 * partner-graph's JSON for organisations and bilateral collaborations, as the engine's model: the same fields
 * in its bulk export and in its events, read in this one place.
 */
public final class GraphJson {

    private GraphJson() {
    }

    public static Organisation organisation(JsonNode json) {
        return new Organisation(json.path("key").asText(), json.path("name").asText(""),
                GraphVocabulary.country(json.path("country").asText(null)), GraphVocabulary.kindOfType(json.path("type").asText()),
                json.path("sme").asBoolean(false), Set.copyOf(JsonFields.strings(json.path("knowledgeAreas"))));
    }

    /** A collaboration with its two parties and the kind each is to the other; running while endYear is null. */
    public static Collaboration collaboration(JsonNode json) {
        List<Participant> parties = new ArrayList<>();
        json.path("parties").forEach(p -> parties.add(new Participant(p.path("organisationKey").asText(),
                GraphVocabulary.partnerKind(p.path("partnerKind").asText()))));
        return new Collaboration(json.path("key").asText(), json.path("startYear").asInt(),
                GraphVocabulary.channel(json.path("channel").asText()), GraphVocabulary.outcome(json.path("outcome").asText()),
                parties, Set.copyOf(JsonFields.strings(json.path("knowledgeAreas"))), "", json.path("endYear").asInt(0));
    }
}
