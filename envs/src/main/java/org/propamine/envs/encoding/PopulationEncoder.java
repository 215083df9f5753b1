package org.propamine.envs.encoding;

/**
 * Population coding with Gaussian receptive fields (PopSAN, Tang et al. 2020). Dimension d is covered by n
 * neurons (channels d·n + p) with centres {@code μ_p = lo_d + p·(hi_d − lo_d)/(n − 1)} evenly over its
 * {@link InputRange} and width {@code σ = sigma·(hi_d − lo_d)/(n − 1)}; the activation is
 * {@code A_p = exp(−½((x_d − μ_p)/σ)²) ∈ (0, 1]} (x clamped into the range). Deterministic spikes as in PopSAN:
 * each channel integrates {@code v ← v + A_p} every substep and spikes when {@code v ≥ 1}, then {@code v ← v − 1}
 * (v reset to 0 at episode start). n ≥ 2 (default 5), sigma &gt; 0 (default 0.5). The ± split does not apply.
 */
public final class PopulationEncoder extends RangeEncoder {
    private final int neurons;
    private final double sigma;
    private final double[] activation;
    private final double[] v;

    public PopulationEncoder(InputRange range, int substeps, int neurons, double sigma) {
        super(range, substeps, false);
        if (neurons < 2) throw new IllegalArgumentException("encoding.neurons = " + neurons + ": expected >= 2");
        if (!(sigma > 0) || Double.isInfinite(sigma)) throw new IllegalArgumentException("encoding.sigma = " + sigma + ": expected > 0");
        this.neurons = neurons;
        this.sigma = sigma;
        this.activation = new double[channels()];
        this.v = new double[channels()];
    }

    @Override
    public int channels() {
        return range.dims() * neurons;
    }

    @Override
    public double min() {
        return 0;
    }

    @Override
    public double max() {
        return 1;
    }

    @Override
    public void reset(long seed) {
        java.util.Arrays.fill(v, 0);
    }

    @Override
    public void encode(double[] obs, double[] raster) {
        int c = channels(), dims = range.dims();
        for (int d = 0; d < dims; d++) {
            double lo = range.lo(d), hi = range.hi(d);
            double spacing = (hi - lo) / (neurons - 1);
            double s = sigma * spacing;
            double x = Math.min(hi, Math.max(lo, obs[d]));
            for (int p = 0; p < neurons; p++) {
                double u = (x - (lo + p * spacing)) / s;
                activation[d * neurons + p] = Math.exp(-0.5 * u * u);
            }
        }
        for (int k = 0; k < substeps; k++) {
            int base = k * c;
            for (int ch = 0; ch < c; ch++) {
                double vi = v[ch] + activation[ch];
                double spike = vi >= 1 ? 1.0 : 0.0;
                v[ch] = vi - spike;
                raster[base + ch] = spike;
            }
        }
    }

    /** The receptive-field activation A of channel {@code ch} for the last observation. */
    public double activation(int ch) {
        return activation[ch];
    }
}
