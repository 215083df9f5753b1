package org.propamine.plasticity;

/**
 * Oja's rule: {@code H ← H + η·y_i·(x_j − y_i·H)}, i.e. {@code Δ = η y_i x_j − η y_i² H}
 * (a_i = η y_i, b_i = η y_i², c_i = 0): Hebbian growth with a post-activity-dependent decay that
 * normalises each post neuron's trace vector.
 */
public final class Oja implements PlasticityRule {
    @Override
    public String name() {
        return "oja";
    }

    @Override
    public void coefficients(double eta, double[] ruleParams, double[] y, double[] theta, int n,
                             double[] a, double[] b, double[] c) {
        for (int i = 0; i < n; i++) {
            double ey = eta * y[i];
            a[i] = ey;
            b[i] = ey * y[i];
            c[i] = 0;
        }
    }
}
