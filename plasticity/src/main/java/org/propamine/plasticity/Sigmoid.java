package org.propamine.plasticity;

/** The logistic function that keeps learnable rates in (0, 1): {@code η = σ(raw) = 1/(1+e^{−raw})}. */
public final class Sigmoid {
    private Sigmoid() {}

    /** σ(raw) ∈ (0, 1). */
    public static double of(double raw) {
        return 1.0 / (1.0 + Math.exp(-raw));
    }

    /** Inverse σ⁻¹(p) = ln(p/(1−p)) for p ∈ (0, 1): the raw value that gives rate p. */
    public static double logit(double p) {
        if (!(p > 0 && p < 1)) throw new IllegalArgumentException("logit(" + p + "): expected 0 < p < 1");
        return Math.log(p / (1 - p));
    }
}
