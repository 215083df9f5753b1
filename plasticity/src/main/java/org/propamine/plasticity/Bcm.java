package org.propamine.plasticity;

/**
 * BCM rule with a sliding threshold: {@code H ← H + η·x_j·y_i·(y_i − θ_i)}
 * (a_i = η y_i (y_i − θ_i), b_i = 0, c_i = 0), then, after H, the threshold slides towards the mean
 * squared activity: {@code θ_i ← θ_i + (Δt/τ_θ)·(y_i² − θ_i)} (see {@link #slideThreshold}).
 * θ starts at 0 every episode; with {@code Δt/τ_θ ≤ 1} and y ∈ [0, 1], θ stays in [0, 1].
 */
public final class Bcm implements PlasticityRule {
    @Override
    public String name() {
        return "bcm";
    }

    @Override
    public boolean usesThreshold() {
        return true;
    }

    @Override
    public void coefficients(double eta, double[] ruleParams, double[] y, double[] theta, int n,
                             double[] a, double[] b, double[] c) {
        for (int i = 0; i < n; i++) {
            a[i] = eta * y[i] * (y[i] - theta[i]);
            b[i] = 0;
            c[i] = 0;
        }
    }

    /** {@code θ_i ← θ_i + rate·(y_i² − θ_i)} with {@code rate = Δt/τ_θ ∈ (0, 1]}. */
    public static void slideThreshold(double[] y, double[] theta, int n, double rate) {
        for (int i = 0; i < n; i++) theta[i] += rate * (y[i] * y[i] - theta[i]);
    }
}
