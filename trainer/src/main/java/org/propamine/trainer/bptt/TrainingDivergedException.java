package org.propamine.trainer.bptt;

/** A run stopped because its loss or gradient became NaN/∞ or exploded; the message names the last good checkpoint. */
public final class TrainingDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TrainingDivergedException(String message) {
        super(message);
    }
}
