package org.propamine.envs.encoding;

/**
 * Change-triggered (send-on-delta) coding. Within an env step the normalised value moves linearly from the
 * previous observation to the current one over the K substeps, {@code z_k = z_prev + (k+1)/K·(z − z_prev)};
 * each dimension keeps a reference r and in a substep emits at most one spike: {@code +1} when
 * {@code z_k − r ≥ θ} (then r ← r + θ), {@code −1} when {@code r − z_k ≥ θ} (then r ← r − θ). Without split the
 * channel carries ±1; with the ± split the up and down events go to channels 2d and 2d+1 as 1s. The first
 * observation of an episode sets r and emits nothing. θ &gt; 0 in normalised units (default 0.05).
 */
public final class DeltaEncoder extends RangeEncoder {
    private final double threshold;
    private final double[] previous;
    private final double[] reference;
    private boolean primed;

    public DeltaEncoder(InputRange range, int substeps, boolean split, double threshold) {
        super(range, substeps, split);
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("encoding.threshold = " + threshold + ": expected > 0");
        }
        this.threshold = threshold;
        this.previous = new double[range.dims()];
        this.reference = new double[range.dims()];
    }

    @Override
    public double min() {
        return split ? 0 : -1;
    }

    @Override
    public double max() {
        return 1;
    }

    @Override
    public void reset(long seed) {
        primed = false;
    }

    @Override
    public void encode(double[] obs, double[] raster) {
        int c = channels(), dims = range.dims();
        java.util.Arrays.fill(raster, 0, substeps * c, 0);
        for (int d = 0; d < dims; d++) {
            double z = range.normalise(d, obs[d]);
            if (!primed) {
                previous[d] = z;
                reference[d] = z;
                continue;
            }
            double z0 = previous[d], r = reference[d];
            for (int k = 0; k < substeps; k++) {
                double zk = z0 + (k + 1) * (z - z0) / substeps;
                int base = k * c;
                if (zk - r >= threshold) {
                    r += threshold;
                    raster[base + (split ? 2 * d : d)] = 1;
                } else if (r - zk >= threshold) {
                    r -= threshold;
                    if (split) raster[base + 2 * d + 1] = 1;
                    else raster[base + d] = -1;
                }
            }
            previous[d] = z;
            reference[d] = r;
        }
        primed = true;
    }
}
