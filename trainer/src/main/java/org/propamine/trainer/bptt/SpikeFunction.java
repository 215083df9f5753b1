package org.propamine.trainer.bptt;

/**
 * The spike nonlinearity {@code s = f(v − v_th)} and the derivative BPTT uses for it.
 *
 * <ul>
 *   <li>{@link #heaviside(double)}: forward {@code s = H(u)} (1 when {@code u ≥ 0}), backward the fast-sigmoid
 *       surrogate {@code ∂s/∂u ≈ 1/(1 + k|u|)²} (Zenke &amp; Ganguli 2018; SPEC §4, k ≈ 10).</li>
 *   <li>{@link #smooth(double)}: forward the logistic {@code s = σ(k u)}, backward its exact derivative
 *       {@code k σ(1−σ)} — the float64 test mode in which BPTT gradients must equal finite differences.</li>
 * </ul>
 */
public interface SpikeFunction {

    /** Spike value for membrane distance {@code u = v − v_th}. */
    double spike(double u);

    /** The derivative used in the backward pass at {@code u}. */
    double derivative(double u);

    /** Heaviside forward with the fast-sigmoid surrogate of slope {@code k} (> 0, default 10). */
    static SpikeFunction heaviside(double k) {
        if (!(k > 0)) throw new IllegalArgumentException("surrogate slope k is " + k + ", expected > 0");
        return new SpikeFunction() {
            @Override
            public double spike(double u) {
                return u >= 0 ? 1 : 0;
            }

            @Override
            public double derivative(double u) {
                double d = 1 + k * Math.abs(u);
                return 1 / (d * d);
            }

            @Override
            public String toString() {
                return "heaviside(fast-sigmoid k=" + k + ")";
            }
        };
    }

    /** Smooth logistic spikes {@code σ(k u)} with their exact derivative (gradient-check mode). */
    static SpikeFunction smooth(double k) {
        if (!(k > 0)) throw new IllegalArgumentException("smooth spike slope k is " + k + ", expected > 0");
        return new SpikeFunction() {
            @Override
            public double spike(double u) {
                return 1 / (1 + Math.exp(-k * u));
            }

            @Override
            public double derivative(double u) {
                double s = spike(u);
                return k * s * (1 - s);
            }

            @Override
            public String toString() {
                return "smooth(k=" + k + ")";
            }
        };
    }
}
