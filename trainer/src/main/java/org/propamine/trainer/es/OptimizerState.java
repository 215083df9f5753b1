package org.propamine.trainer.es;

/**
 * The evolving state of an {@link Optimizer}: the step counter and up to two moment vectors.
 *
 * <ul>
 *   <li>{@link Adam}: {@code first} = m (first moment), {@code second} = v (second raw moment).</li>
 *   <li>{@link Sgd}, {@link ClipUp}: {@code first} = velocity, {@code second} empty.</li>
 * </ul>
 *
 * <p>Array ownership: the arrays are never written after construction (each update builds new ones), so a
 * state can be shared and checkpointed safely. Don't rely on record {@code equals} for the arrays.
 */
public record OptimizerState(long step, double[] first, double[] second) {
    public OptimizerState {
        if (step < 0) throw new IllegalArgumentException("optimizer step must be >= 0, got " + step);
        if (first == null || second == null) throw new IllegalArgumentException("optimizer moments must not be null");
    }

    /** A zero state for {@code dim} parameters with one or two moment vectors. */
    public static OptimizerState zeros(int dim, boolean twoMoments) {
        return new OptimizerState(0, new double[dim], new double[twoMoments ? dim : 0]);
    }
}
