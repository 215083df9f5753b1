package org.propamine.trainer.cluster;

/** A cluster could not be formed or used; the message is one line naming the address and what to check. */
public final class ClusterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ClusterException(String message) {
        super(message);
    }

    public ClusterException(String message, Throwable cause) {
        super(message, cause);
    }
}
