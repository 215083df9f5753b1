package org.propamine.envs.encoding;

/**
 * Rate coding: in each substep, channel c spikes (1) with probability {@code p_c = pMax·r_c}, independently,
 * where r = (z_d + 1)/2 ∈ [0, 1] without split, and r = max(z_d, 0), max(−z_d, 0) for the ± channels.
 * z_d is the normalised observation ({@link InputRange}); pMax ∈ (0, 1], default 1. Draws come from a
 * SplitMix64 stream reseeded by {@link #reset(long)}, so an episode's raster is a pure function of the reset
 * seed and the observations.
 */
public final class PoissonEncoder extends RangeEncoder {
    private final double pMax;
    private final double[] prob;
    private final SplitMix64 rng = new SplitMix64();

    public PoissonEncoder(InputRange range, int substeps, boolean split, double pMax) {
        super(range, substeps, split);
        if (!(pMax > 0 && pMax <= 1)) throw new IllegalArgumentException("encoding.max_prob = " + pMax + ": expected 0 < max_prob <= 1");
        this.pMax = pMax;
        this.prob = new double[channels()];
        rng.seed(0);
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
        rng.seed(seed);
    }

    @Override
    public void encode(double[] obs, double[] raster) {
        int c = channels(), dims = range.dims();
        for (int d = 0; d < dims; d++) {
            double z = range.normalise(d, obs[d]);
            if (split) {
                signed(pMax * z, prob, d); // pMax > 0: max(pMax·z, 0) = pMax·max(z, 0) exactly
            } else {
                prob[d] = pMax * 0.5 * (z + 1);
            }
        }
        for (int k = 0; k < substeps; k++) {
            int base = k * c;
            for (int ch = 0; ch < c; ch++) raster[base + ch] = rng.nextDouble() < prob[ch] ? 1.0 : 0.0;
        }
    }
}
