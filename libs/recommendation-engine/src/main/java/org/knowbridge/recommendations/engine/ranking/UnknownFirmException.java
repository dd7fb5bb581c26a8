package org.knowbridge.recommendations.engine.ranking;

/** The graph does not know the firm and the request carries no profile to rank from. */
public final class UnknownFirmException extends RuntimeException {

    public UnknownFirmException(String firmId) {
        super("firm " + firmId + " is not in the graph and no profile was given");
    }
}
