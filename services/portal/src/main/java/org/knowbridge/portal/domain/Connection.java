package org.knowbridge.portal.domain;

import java.util.List;

/** The shortest chain between two organisations (partner-graph's connection), empty when there is none. */
public record Connection(
        String from, String to, boolean connected, int hops, List<Organisation> organisations, List<Step> steps) {

    public Connection {
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** One hop, through a collaboration or a joint project. */
    public record Step(
            String from, String to, String via, String viaKey, String viaName, String channel, Integer year) {}
}
