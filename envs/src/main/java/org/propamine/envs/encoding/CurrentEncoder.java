package org.propamine.envs.encoding;

/**
 * Value as input current: every substep carries {@code gain·z_d} with z_d ∈ [−1, 1] the normalised observation
 * ({@link InputRange}). With the ± split, dimension d has channels 2d = {@code gain·max(z_d, 0)} and
 * 2d+1 = {@code gain·max(−z_d, 0)} (both ≥ 0, so a sign is carried by which input is active). Deterministic;
 * gain &gt; 0, default 1.
 */
public final class CurrentEncoder extends RangeEncoder {
    private final double gain;

    public CurrentEncoder(InputRange range, int substeps, boolean split, double gain) {
        super(range, substeps, split);
        if (!(gain > 0) || Double.isInfinite(gain)) throw new IllegalArgumentException("encoding.gain = " + gain + ": expected > 0");
        this.gain = gain;
    }

    @Override
    public double min() {
        return split ? 0 : -gain;
    }

    @Override
    public double max() {
        return gain;
    }

    @Override
    public void reset(long seed) {}

    @Override
    public void encode(double[] obs, double[] raster) {
        int c = channels(), dims = range.dims();
        for (int d = 0; d < dims; d++) {
            signed(gain * range.normalise(d, obs[d]), raster, d);
        }
        for (int k = 1; k < substeps; k++) System.arraycopy(raster, 0, raster, k * c, c);
    }
}
