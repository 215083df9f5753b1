package org.propamine.envs;

import java.util.Arrays;

/**
 * A box-shaped space of real vectors (Gymnasium {@code spaces.Box}): every element {@code i} lies in
 * {@code [low[i], high[i]]}; bounds may be infinite. The logical shape (e.g. {@code {K, C}} for a spike
 * raster of K substeps by C channels) is row-major over a flat {@code double[]} of {@link #size()}.
 *
 * <p>Immutable: the arrays are copied in and never handed out (use {@link #low(int)} / {@link #high(int)}).
 */
public final class Box {
    private final double[] low;
    private final double[] high;
    private final int[] shape;

    private Box(double[] low, double[] high, int[] shape) {
        if (low.length != high.length) {
            throw new IllegalArgumentException("Box: low has " + low.length + " elements, high has " + high.length);
        }
        int n = 1;
        for (int d : shape) {
            if (d <= 0) throw new IllegalArgumentException("Box: shape " + Arrays.toString(shape) + " has a non-positive dimension");
            n *= d;
        }
        if (n != low.length) {
            throw new IllegalArgumentException("Box: shape " + Arrays.toString(shape) + " holds " + n + " elements, bounds have " + low.length);
        }
        for (int i = 0; i < low.length; i++) {
            if (Double.isNaN(low[i]) || Double.isNaN(high[i]) || low[i] > high[i]) {
                throw new IllegalArgumentException("Box: bound " + i + " is [" + low[i] + ", " + high[i] + "], expected low <= high");
            }
        }
        this.low = low.clone();
        this.high = high.clone();
        this.shape = shape.clone();
    }

    /** A flat box with the given per-element bounds. */
    public static Box of(double[] low, double[] high) {
        return new Box(low, high, new int[] {low.length});
    }

    /** A box with the same bounds {@code [low, high]} on every element of the given shape. */
    public static Box uniform(double low, double high, int... shape) {
        int n = 1;
        for (int d : shape) n *= d;
        double[] lo = new double[Math.max(n, 0)];
        double[] hi = new double[lo.length];
        Arrays.fill(lo, low);
        Arrays.fill(hi, high);
        return new Box(lo, hi, shape);
    }

    /** A box with the given bounds reinterpreted under a logical shape (product must equal the size). */
    public static Box shaped(double[] low, double[] high, int... shape) {
        return new Box(low, high, shape);
    }

    /** Number of elements. */
    public int size() {
        return low.length;
    }

    /** The logical shape (a copy). */
    public int[] shape() {
        return shape.clone();
    }

    public double low(int i) {
        return low[i];
    }

    public double high(int i) {
        return high[i];
    }

    /** True when {@code x} has {@link #size()} elements, none NaN, all inside the bounds. */
    public boolean contains(double[] x) {
        if (x.length != low.length) return false;
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= low[i] && x[i] <= high[i])) return false;
        }
        return true;
    }

    /**
     * Clips {@code x} into the box in place and returns how many elements were outside.
     * NaN elements are not clipped (callers reject them first).
     */
    public int clip(double[] x) {
        int clipped = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < low[i]) {
                x[i] = low[i];
                clipped++;
            } else if (x[i] > high[i]) {
                x[i] = high[i];
                clipped++;
            }
        }
        return clipped;
    }

    /** Writes a uniform sample into {@code dest} (finite bounds only; infinite ones give a standard normal). */
    public void sample(java.util.random.RandomGenerator rng, double[] dest) {
        for (int i = 0; i < low.length; i++) {
            boolean finite = Double.isFinite(low[i]) && Double.isFinite(high[i]);
            dest[i] = finite ? low[i] + (high[i] - low[i]) * rng.nextDouble() : rng.nextGaussian();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Box b && Arrays.equals(low, b.low) && Arrays.equals(high, b.high) && Arrays.equals(shape, b.shape);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(low) + Arrays.hashCode(high);
    }

    @Override
    public String toString() {
        return "Box(shape=" + Arrays.toString(shape) + ")";
    }
}
