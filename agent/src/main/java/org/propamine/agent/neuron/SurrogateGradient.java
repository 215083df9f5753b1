package org.propamine.agent.neuron;

/**
 * A smooth stand-in for the spike nonlinearity s = H(x), x = v − v_th, for surrogate-gradient learning
 * (Norse/snnTorch style factories). {@link #value(double)} is a smooth step in [0, 1] with value(0) = ½, and
 * {@link #derivative(double)} is exactly its derivative, so a "smooth forward" mode can be checked
 * against finite differences; the backward pass of a spiking forward uses {@code derivative} as ∂s/∂v.
 */
public interface SurrogateGradient {

    /** Smooth step σ(x) ∈ [0, 1]. */
    double value(double x);

    /** dσ/dx (≥ 0, peaked at x = 0). */
    double derivative(double x);

    /**
     * Fast sigmoid (Zenke &amp; Ganguli's SuperSpike): σ(x) = ½(1 + kx/(1 + k|x|)),
     * σ'(x) = (k/2)/(1 + k|x|)². Proportional to SPEC §4's {@code 1/(1+k|x|)²}; k ≈ 10, k &gt; 0.
     */
    static SurrogateGradient fastSigmoid(double k) {
        positive("k", k);
        return new SurrogateGradient() {
            public double value(double x) {
                return 0.5 * (1 + k * x / (1 + k * Math.abs(x)));
            }

            public double derivative(double x) {
                double d = 1 + k * Math.abs(x);
                return 0.5 * k / (d * d);
            }
        };
    }

    /** Arctangent: σ(x) = ½ + atan(π a x / 2)/π, σ'(x) = (a/2)/(1 + (π a x/2)²); a &gt; 0 (default 2). */
    static SurrogateGradient atan(double a) {
        positive("a", a);
        return new SurrogateGradient() {
            public double value(double x) {
                return 0.5 + Math.atan(Math.PI * a * x / 2) / Math.PI;
            }

            public double derivative(double x) {
                double z = Math.PI * a * x / 2;
                return 0.5 * a / (1 + z * z);
            }
        };
    }

    /**
     * Triangle of half-width w &gt; 0: σ'(x) = max(0, 1 − |x|/w)/w; σ is its integral, piecewise quadratic:
     * 0 for x ≤ −w, (x+w)²/(2w²) up to 0, 1 − (w−x)²/(2w²) up to w, 1 beyond.
     */
    static SurrogateGradient triangle(double w) {
        positive("w", w);
        return new SurrogateGradient() {
            public double value(double x) {
                if (x <= -w) return 0;
                if (x >= w) return 1;
                return x <= 0 ? (x + w) * (x + w) / (2 * w * w) : 1 - (w - x) * (w - x) / (2 * w * w);
            }

            public double derivative(double x) {
                return Math.max(0, 1 - Math.abs(x) / w) / w;
            }
        };
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) throw new IllegalArgumentException("surrogate " + name + " = " + v + ": expected > 0");
    }
}
