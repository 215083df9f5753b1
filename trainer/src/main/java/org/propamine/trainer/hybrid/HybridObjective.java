package org.propamine.trainer.hybrid;

/**
 * What a {@link HybridTrainer} optimises: a true return for ES (to maximise; need not be differentiable) and a
 * surrogate gradient source (e.g. BPTT of a differentiable loss), each on the episodes of a generation, plus
 * a fixed evaluation score for the episodes-to-target comparison. Implementations count the episodes they run.
 */
public interface HybridObjective {

    /** Number of parameters. */
    int dimension();

    /** The true return of {@code params} on generation {@code generation}'s episodes (common to all candidates). */
    double fitness(double[] params, long generation);

    /**
     * Writes the true return of each of {@code candidates} into {@code dest} (same as calling
     * {@link #fitness(double[], long)} on each in order; implementations may run them in parallel, with the same
     * results).
     */
    default void fitness(double[][] candidates, long generation, double[] dest) {
        for (int k = 0; k < candidates.length; k++) dest[k] = fitness(candidates[k], generation);
    }

    /** Writes an ascent direction of the surrogate objective at {@code params} into {@code dest}. */
    void surrogateGradient(double[] params, long generation, double[] dest);

    /** Score on fixed evaluation episodes (higher is better; not counted as training episodes). */
    double evaluate(double[] params);

    /** Training episodes run so far (fitness and gradient calls). */
    long episodes();
}
