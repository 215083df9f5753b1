package org.propamine.trainer.bptt;

/**
 * The rule term Δ of each plasticity family (SPEC §5) and its partial derivatives, for synapse j → i with
 * pre trace {@code x = x_j}, post trace {@code y = y_i}, trace {@code h = H_ij}, BCM threshold
 * {@code θ = θ_i}, rate {@code η ∈ (0, 1)} and ABCD coefficients {@code (A, B, C, D)}:
 *
 * <ul>
 *   <li>{@link #NONE}: no plastic trace (α ≡ 0); the non-plastic baseline.</li>
 *   <li>{@link #HEBBIAN} (decaying): {@code Δ = η (x y − h)}, i.e. {@code H ← (1−η) H + η x y}.</li>
 *   <li>{@link #OJA}: {@code Δ = η y (x − y h)}.</li>
 *   <li>{@link #BCM}: {@code Δ = η x y (y − θ)}; the threshold follows {@code θ ← θ + κ (y² − θ)},
 *       {@code κ = Δt/τ_θ}.</li>
 *   <li>{@link #ABCD} (Najarro &amp; Risi 2020): {@code Δ = η (A x y + B x + C y + D)}.</li>
 * </ul>
 *
 * Pure functions of their arguments (no state); the partials are what BPTT chains through.
 */
public enum RuleFamily {
    NONE, HEBBIAN, OJA, BCM, ABCD;

    /** True for every family with a plastic trace. */
    public boolean plastic() {
        return this != NONE;
    }

    /** Number of learnable rule coefficients besides η (4 for ABCD, else 0). */
    public int coefficientCount() {
        return this == ABCD ? 4 : 0;
    }

    /** Δ, with {@code k} = the ABCD coefficients (ignored by the other families). */
    public double delta(double x, double y, double h, double theta, double eta, double[] k, int ko) {
        return eta * unscaled(x, y, h, theta, k, ko);
    }

    /** Δ/η: the derivative of Δ with respect to η. */
    public double unscaled(double x, double y, double h, double theta, double[] k, int ko) {
        return switch (this) {
            case NONE -> 0;
            case HEBBIAN -> x * y - h;
            case OJA -> y * (x - y * h);
            case BCM -> x * y * (y - theta);
            case ABCD -> k[ko] * x * y + k[ko + 1] * x + k[ko + 2] * y + k[ko + 3];
        };
    }

    /** ∂Δ/∂x. */
    public double dx(double x, double y, double h, double theta, double eta, double[] k, int ko) {
        return switch (this) {
            case NONE -> 0;
            case HEBBIAN, OJA -> eta * y;
            case BCM -> eta * y * (y - theta);
            case ABCD -> eta * (k[ko] * y + k[ko + 1]);
        };
    }

    /** ∂Δ/∂y. */
    public double dy(double x, double y, double h, double theta, double eta, double[] k, int ko) {
        return switch (this) {
            case NONE -> 0;
            case HEBBIAN -> eta * x;
            case OJA -> eta * (x - 2 * y * h);
            case BCM -> eta * x * (2 * y - theta);
            case ABCD -> eta * (k[ko] * x + k[ko + 2]);
        };
    }

    /** ∂Δ/∂h. */
    public double dh(double y, double eta) {
        return switch (this) {
            case HEBBIAN -> -eta;
            case OJA -> -eta * y * y;
            default -> 0;
        };
    }

    /** ∂Δ/∂θ (BCM only). */
    public double dtheta(double x, double y, double eta) {
        return this == BCM ? -eta * x * y : 0;
    }

    /**
     * Adds {@code g·∂Δ/∂(A,B,C,D)} into {@code dest[o..o+3]} (ABCD only): {@code η·(x y, x, y, 1)}.
     */
    public void addCoefficientGradient(double g, double x, double y, double eta, double[] dest, int o) {
        if (this != ABCD) return;
        dest[o] += g * eta * x * y;
        dest[o + 1] += g * eta * x;
        dest[o + 2] += g * eta * y;
        dest[o + 3] += g * eta;
    }
}
