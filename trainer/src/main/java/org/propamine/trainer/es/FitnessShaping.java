package org.propamine.trainer.es;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** How raw fitness values become the weights of the gradient estimate. */
public enum FitnessShaping {
    /**
     * Centred ranks (Salimans et al. 2017): the i-th smallest of n values gets {@code i/(n−1) − 0.5}, in
     * [−0.5, 0.5] and summing to 0; invariant to any monotone transform of the fitness and robust to outliers.
     * Ties are ranked by candidate index (stable), so the result is deterministic.
     */
    CENTERED_RANK {
        @Override
        public double[] shape(double[] fitness) {
            int n = fitness.length;
            double[] out = new double[n];
            if (n == 1) return out;
            Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble(i -> fitness[i]));
            for (int rank = 0; rank < n; rank++) out[order[rank]] = rank / (double) (n - 1) - 0.5;
            return out;
        }
    },
    /** The raw values unchanged (for hand-checkable tests and already-normalised objectives). */
    RAW {
        @Override
        public double[] shape(double[] fitness) {
            return fitness.clone();
        }
    };

    /** Shaped weights for {@code fitness} (finite values; a fresh array). */
    public abstract double[] shape(double[] fitness);
}
