package org.propamine.envs.encoding;

/**
 * Value as input current: every substep carries {@code gain·z_d} with z_d ∈ [−1, 1] the normalised observation
 * ({@link InputRange}). With the ± split, dimension d has channels 2d = {@code gain·max(z_d, 0)} and
 * 2d+1 = {@code gain·max(−z_d, 0)} (both ≥ 0, so a sign is carried by which input is active). Deterministic;
 * gain &gt; 0, default 1.
 */
public final class CurrentEncoder implements SpikeEncoder {
    private final InputRange range;
    private final int substeps;
    private final boolean split;
    private final double gain;

    public CurrentEncoder(InputRange range, int substeps, boolean split, double gain) {
        Encoders.checkSubsteps(substeps);
        if (!(gain > 0) || Double.isInfinite(gain)) throw new IllegalArgumentException("encoding.gain = " + gain + ": expected > 0");
        this.range = range;
        this.substeps = substeps;
        this.split = split;
        this.gain = gain;
    }

    @Override
    public int dims() {
        return range.dims();
    }

    @Override
    public int substeps() {
        return substeps;
    }

    @Override
    public int channels() {
        return split ? 2 * range.dims() : range.dims();
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
            double z = gain * range.normalise(d, obs[d]);
            if (split) {
                raster[2 * d] = z > 0 ? z : 0;
                raster[2 * d + 1] = z < 0 ? -z : 0;
            } else {
                raster[d] = z;
            }
        }
        for (int k = 1; k < substeps; k++) System.arraycopy(raster, 0, raster, k * c, c);
    }
}
