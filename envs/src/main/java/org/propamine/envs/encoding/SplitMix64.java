package org.propamine.envs.encoding;

/**
 * A reseedable SplitMix64 generator (Steele, Lea &amp; Flood 2014) so an encoder can restart its random stream at
 * every {@code reset(seed)} without allocating. Same seed ⇒ same sequence on any thread and JVM.
 */
final class SplitMix64 {
    private static final long GAMMA = 0x9E3779B97F4A7C15L;
    private long state;

    void seed(long seed) {
        state = mix(seed ^ 0x2545F4914F6CDD1DL);
    }

    long nextLong() {
        return mix(state += GAMMA);
    }

    /** Uniform in [0, 1) with 53 random bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
