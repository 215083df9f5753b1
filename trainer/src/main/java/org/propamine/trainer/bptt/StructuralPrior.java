package org.propamine.trainer.bptt;

import org.propamine.agent.spec.NetworkSpec;

/**
 * A fixed change to the seeded initial parameters of a temporal network ({@link PairedPrior} for PatternMemory,
 * {@link CuePrior} for CueReward), applied identically for every plasticity rule: it changes where training
 * starts, not which rule can win.
 */
public interface StructuralPrior {
    /** No prior: the agent's initialisation unchanged. */
    StructuralPrior NONE = (spec, layout, params) -> { };

    /** Changes {@code params} (codec order of {@code spec}, laid out by {@code layout}) in place. */
    void apply(NetworkSpec spec, SnnLayout layout, double[] params);

    /**
     * Marks in {@code frozen} (codec order, one flag per parameter, all false on entry) the parameters that are
     * fixed wiring rather than learnable: the trainer zeroes their gradient, so they keep the value
     * {@link #apply} gave them. Default: none.
     */
    default void freeze(NetworkSpec spec, SnnLayout layout, boolean[] frozen) { }
}
