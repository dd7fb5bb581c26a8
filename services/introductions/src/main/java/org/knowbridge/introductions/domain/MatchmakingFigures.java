package org.knowbridge.introductions.domain;

/**
 * The matchmaking figures of a set of introductions.
 *
 * @param requestsSent         every request, whatever became of it
 * @param open                 waiting for an answer
 * @param accepted             accepted, with or without an outcome since
 * @param declined             declined
 * @param agreementsSigned     accepted and ended in a signed agreement
 * @param medianSecondsToAnswer the median time from request to answer of those answered; null when none was
 */
public record MatchmakingFigures(
        long requestsSent,
        long open,
        long accepted,
        long declined,
        long agreementsSigned,
        Double medianSecondsToAnswer) {

    public long answered() {
        return accepted + declined;
    }

    /** Accepted of those answered; null when none was answered yet. */
    public Double acceptanceRate() {
        return answered() == 0 ? null : Math.round(1000.0 * accepted / answered()) / 1000.0;
    }
}
