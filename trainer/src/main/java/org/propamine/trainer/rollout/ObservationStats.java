package org.propamine.trainer.rollout;

import java.util.Arrays;

/**
 * Running observation statistics for input normalisation (Salimans et al. 2017 normalise observations by
 * statistics gathered from rollouts): count, per-element sum and sum of squares. The normalised observation
 * is {@code clip((o − μ)/√(max(var, 1e-8)), −5, 5)} with {@code μ = sum/count},
 * {@code var = sumSq/count − μ²}; with count 0 the identity is used.
 *
 * <p>Immutable (arrays never written after construction); {@link #plus} builds a new value. Part of the
 * trainer state and of checkpoints.
 */
public record ObservationStats(long count, double[] sum, double[] sumSq) {
    /** Normalised observations are clipped to ±this. */
    public static final double CLIP = 5.0;
    private static final double MIN_VARIANCE = 1e-8;

    public ObservationStats {
        if (count < 0) throw new IllegalArgumentException("observation stats count must be >= 0, got " + count);
        if (sum.length != sumSq.length) throw new IllegalArgumentException("observation stats sum/sumSq lengths differ");
    }

    /** No observations yet, for {@code dim}-element observations. */
    public static ObservationStats empty(int dim) {
        return new ObservationStats(0, new double[dim], new double[dim]);
    }

    public int dimension() {
        return sum.length;
    }

    /** These statistics plus {@code count} more observations with the given sums (fresh arrays). */
    public ObservationStats plus(long moreCount, double[] moreSum, double[] moreSumSq) {
        double[] s = sum.clone();
        double[] q = sumSq.clone();
        for (int i = 0; i < s.length; i++) {
            s[i] += moreSum[i];
            q[i] += moreSumSq[i];
        }
        return new ObservationStats(count + moreCount, s, q);
    }

    /** Writes μ into {@code mean} and 1/σ into {@code invStd} (identity when count is 0). */
    public void normalizer(double[] mean, double[] invStd) {
        if (count == 0) {
            Arrays.fill(mean, 0);
            Arrays.fill(invStd, 1);
            return;
        }
        for (int i = 0; i < sum.length; i++) {
            double mu = sum[i] / count;
            double var = sumSq[i] / count - mu * mu;
            mean[i] = mu;
            invStd[i] = 1 / Math.sqrt(Math.max(var, MIN_VARIANCE));
        }
    }
}
