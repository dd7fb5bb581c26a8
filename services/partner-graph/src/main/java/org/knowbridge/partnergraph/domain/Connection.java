package org.knowbridge.partnergraph.domain;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;

/**
 * The shortest chain of organisations between two of them, each step linked by a collaboration or a joint
 * project. Empty steps and {@code connected = false} when there is none within the hop limit.
 */
public record Connection(
        String from, String to, boolean connected, int hops, List<Organisation> organisations, List<Step> steps) {

    /**
     * One hop: from one organisation to the next, through a collaboration (its key and channel) or a joint
     * project (its key, acronym, and channel PROJECT_EXCHANGE).
     */
    @Schema(name = "ConnectionStep")
    public record Step(
            String from,
            String to,
            String via,
            String viaKey,
            String viaName,
            KnowledgeChannel channel,
            Integer year) {}

    public static Connection none(String from, String to) {
        return new Connection(from, to, false, 0, List.of(), List.of());
    }
}
