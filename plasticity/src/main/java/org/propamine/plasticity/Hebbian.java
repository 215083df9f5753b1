package org.propamine.plasticity;

/**
 * Decaying Hebbian rule: {@code H ← (1−η)·H + η·x_j·y_i}, i.e. {@code Δ = η(x_j y_i − H)}
 * (a_i = η y_i, b_i = η, c_i = 0). H relaxes towards the recent pre/post coincidence x_j y_i ∈ [0, 1].
 */
public final class Hebbian implements PlasticityRule {
    @Override
    public String name() {
        return "hebbian";
    }

    @Override
    public void coefficients(double eta, double[] ruleParams, double[] y, double[] theta, int n,
                             double[] a, double[] b, double[] c) {
        for (int i = 0; i < n; i++) {
            a[i] = eta * y[i];
            b[i] = eta;
            c[i] = 0;
        }
    }
}
