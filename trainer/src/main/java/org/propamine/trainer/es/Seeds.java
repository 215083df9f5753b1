package org.propamine.trainer.es;

/**
 * Child seeds derived deterministically from a run seed, so every random draw of a run can be rebuilt from
 * (seed, generation, member, episode) alone — nothing depends on thread scheduling or on how many draws
 * came before. Mixing is SplitMix64's finaliser (Steele et al. 2014) applied along the path, with a distinct
 * stream tag per purpose so, e.g., the noise-index draw and the episode seeds of a generation never collide.
 */
public final class Seeds {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long NOISE_TABLE = 1;
    private static final long ASK = 2;
    private static final long EPISODE = 3;
    private static final long EVALUATION = 4;
    private static final long POLICY = 5;
    private static final long EXPLORATION = 6;

    private Seeds() {}

    /** SplitMix64's finaliser: a bijective 64-bit mix. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The seed at {@code path} below {@code base}: mix(... mix(mix(base + γ) ^ p0 + γ) ...). */
    public static long derive(long base, long... path) {
        long h = mix(base + GOLDEN);
        for (long p : path) h = mix((h ^ p) + GOLDEN);
        return h;
    }

    /** Seed of the shared noise table of a run. */
    public static long noiseTable(long runSeed) {
        return derive(runSeed, NOISE_TABLE);
    }

    /** Seed of the noise-index draw of {@code generation}. */
    public static long ask(long runSeed, long generation) {
        return derive(runSeed, ASK, generation);
    }

    /**
     * Seed of training episode {@code episode} of population member {@code member} (an antithetic pair shares
     * its member index, so both signs meet the same episodes: common random numbers).
     */
    public static long episode(long runSeed, long generation, long member, long episode) {
        return derive(runSeed, EPISODE, generation, member, episode);
    }

    /** Seed of the fixed evaluation episode {@code episode} (the same every generation). */
    public static long evaluation(long runSeed, long episode) {
        return derive(runSeed, EVALUATION, episode);
    }

    /**
     * Seed of exploration episode {@code episode} of {@code generation} (the policy-gradient episodes of the
     * hybrid trainer; a stream of its own, so they never share an episode with the ES candidates).
     */
    public static long exploration(long runSeed, long generation, long episode) {
        return derive(runSeed, EXPLORATION, generation, episode);
    }

    /** Seed passed to {@link org.propamine.agent.Policy#reset} for the episode seeded {@code episodeSeed}. */
    public static long policy(long episodeSeed) {
        return derive(episodeSeed, POLICY);
    }
}
