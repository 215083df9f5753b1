package org.propamine.envs.encoding;

import org.propamine.envs.Box;

/**
 * Per-dimension range [lo_d, hi_d] used to normalise observations: {@code z_d = clamp(2(x_d − lo_d)/(hi_d − lo_d) − 1,
 * −1, 1)}. Finite bounds of the observation space are used as they are; a dimension with an infinite bound uses
 * {@code [−scale, scale]} instead (scale &gt; 0, default 1, in the observation's own unit).
 */
public final class InputRange {
    private final double[] lo;
    private final double[] hi;

    private InputRange(double[] lo, double[] hi) {
        this.lo = lo;
        this.hi = hi;
    }

    /** The range of {@code space}, with {@code [−scale, scale]} for dimensions with an infinite bound. */
    public static InputRange of(Box space, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) throw new IllegalArgumentException("encoding.scale = " + scale + ": expected > 0");
        int n = space.size();
        double[] lo = new double[n], hi = new double[n];
        for (int d = 0; d < n; d++) {
            boolean finite = Double.isFinite(space.low(d)) && Double.isFinite(space.high(d)) && space.high(d) > space.low(d);
            lo[d] = finite ? space.low(d) : -scale;
            hi[d] = finite ? space.high(d) : scale;
        }
        return new InputRange(lo, hi);
    }

    public int dims() {
        return lo.length;
    }

    public double lo(int d) {
        return lo[d];
    }

    public double hi(int d) {
        return hi[d];
    }

    /** Normalised value z ∈ [−1, 1] of {@code x} in dimension {@code d}. */
    public double normalise(int d, double x) {
        double z = 2 * (x - lo[d]) / (hi[d] - lo[d]) - 1;
        return z > 1 ? 1 : (z < -1 ? -1 : z);
    }
}
