package org.propamine.plasticity;

/** The non-plastic baseline {@code none}: Δ = 0, α ≡ 0, so W_eff = W; no trace is stored or updated. */
public final class NoPlasticity implements PlasticityRule {
    @Override
    public String name() {
        return "none";
    }

    @Override
    public boolean isPlastic() {
        return false;
    }

    @Override
    public void coefficients(double eta, double[] ruleParams, double[] y, double[] theta, int n,
                             double[] a, double[] b, double[] c) {
        java.util.Arrays.fill(a, 0, n, 0);
        java.util.Arrays.fill(b, 0, n, 0);
        java.util.Arrays.fill(c, 0, n, 0);
    }
}
