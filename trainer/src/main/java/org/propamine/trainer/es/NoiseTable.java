package org.propamine.trainer.es;

import java.util.SplittableRandom;

/**
 * A shared table of standard-normal noise (OpenAI's {@code SharedNoiseTable}, Salimans et al. 2017): a
 * perturbation of a {@code dim}-vector is the slice {@code [index, index + dim)} of the table, so a worker
 * returns only {@code (index, fitness)} and any candidate can be rebuilt from the index.
 *
 * <p>The table is {@code size} floats drawn from {@code new SplittableRandom(seed).nextGaussian()}; the same
 * (seed, size) give the same table on any JVM. Immutable and thread-safe after construction. Float storage
 * halves the memory (2^24 entries = 64 MiB); values are widened to double when read.
 */
public final class NoiseTable {
    /** Default size: 2^24 floats (64 MiB), enough for parameter vectors up to ~10^6 entries. */
    public static final int DEFAULT_SIZE = 1 << 24;

    private final float[] noise;
    private final long seed;

    private NoiseTable(float[] noise, long seed) {
        this.noise = noise;
        this.seed = seed;
    }

    /**
     * A table of {@code size} N(0, 1) floats drawn from {@code seed}.
     *
     * @param seed the table seed (stored in checkpoints)
     * @param size number of entries (≥ 1; default {@link #DEFAULT_SIZE})
     */
    public static NoiseTable generate(long seed, int size) {
        if (size < 1) throw new IllegalArgumentException("noise table size must be >= 1, got " + size);
        SplittableRandom rng = new SplittableRandom(seed);
        float[] values = new float[size];
        for (int i = 0; i < size; i++) values[i] = (float) rng.nextGaussian();
        return new NoiseTable(values, seed);
    }

    /** A table with explicit values (for hand-computable tests); its seed is reported as 0. */
    public static NoiseTable of(float... values) {
        if (values.length < 1) throw new IllegalArgumentException("noise table needs at least one value");
        return new NoiseTable(values.clone(), 0L);
    }

    /** Number of entries. */
    public int size() {
        return noise.length;
    }

    /** The seed the table was generated from (0 for {@link #of}). */
    public long seed() {
        return seed;
    }

    /** Entry {@code i}. */
    public double get(int i) {
        return noise[i];
    }

    /** Number of valid start indices for a slice of {@code dim} entries: {@code size − dim + 1}. */
    public int indexCount(int dim) {
        if (dim < 1 || dim > noise.length) {
            throw new IllegalArgumentException("a perturbation of " + dim + " parameters does not fit a noise table of "
                    + noise.length + " entries (raise the noise table size)");
        }
        return noise.length - dim + 1;
    }

    /** A uniform random start index for a slice of {@code dim} entries. */
    public int sampleIndex(SplittableRandom rng, int dim) {
        return rng.nextInt(indexCount(dim));
    }

    /**
     * Writes {@code dest[i] = base[i] + scale_i · noise[index + i]} for {@code i < dest.length}, where
     * {@code scale_i = scale[0]} when {@code scale} has one element (isotropic) and {@code scale[i]} otherwise.
     * {@code base} and {@code dest} may be the same array.
     */
    public void perturb(double[] base, double[] scale, double sign, int index, double[] dest) {
        boolean isotropic = scale.length == 1;
        for (int i = 0; i < dest.length; i++) {
            double s = isotropic ? scale[0] : scale[i];
            dest[i] = base[i] + sign * s * noise[index + i];
        }
    }

    /** Adds {@code weight · noise[index + i]} to {@code acc[i]} for every i (the ES weighted sum). */
    public void addScaled(double weight, int index, double[] acc) {
        for (int i = 0; i < acc.length; i++) acc[i] += weight * noise[index + i];
    }
}
