package org.propamine.envs.temporal;

/**
 * Size and timing of {@link PatternMemoryEnv} (Miconi, Clune, Stanley 2018, binary pattern completion).
 *
 * @param bits pattern length N (≥ 2, even; default 64 for the spiking version)
 * @param patterns patterns per episode (≥ 1, default 5)
 * @param presentations times each pattern is shown, in shuffled order (≥ 1, default 2)
 * @param onSteps steps a pattern stays on (≥ 1, default 6)
 * @param offSteps blank steps after each pattern (≥ 0, default 4)
 * @param testSteps steps the degraded test pattern is shown; the target applies on each (≥ 1, default 6)
 * @param noise input-current noise and spurious spikes (default none)
 */
public record PatternMemoryConfig(int bits, int patterns, int presentations, int onSteps, int offSteps,
                                  int testSteps, InputNoise noise) {

    public PatternMemoryConfig {
        if (bits < 2 || bits % 2 != 0) throw new IllegalArgumentException("patternMemory.bits is " + bits + ", expected an even number >= 2");
        if (patterns < 1) throw new IllegalArgumentException("patternMemory.patterns is " + patterns + ", expected >= 1");
        if (presentations < 1) throw new IllegalArgumentException("patternMemory.presentations is " + presentations + ", expected >= 1");
        if (onSteps < 1) throw new IllegalArgumentException("patternMemory.onSteps is " + onSteps + ", expected >= 1");
        if (offSteps < 0) throw new IllegalArgumentException("patternMemory.offSteps is " + offSteps + ", expected >= 0");
        if (testSteps < 1) throw new IllegalArgumentException("patternMemory.testSteps is " + testSteps + ", expected >= 1");
        if (noise == null) throw new IllegalArgumentException("patternMemory.noise is missing");
    }

    /** N = 64, 5 patterns shown twice, 6 on / 4 off, 6 test steps, no noise. */
    public static PatternMemoryConfig defaults() {
        return new PatternMemoryConfig(64, 5, 2, 6, 4, 6, InputNoise.none());
    }

    public PatternMemoryConfig withBits(int n) {
        return new PatternMemoryConfig(n, patterns, presentations, onSteps, offSteps, testSteps, noise);
    }

    public PatternMemoryConfig withNoise(InputNoise n) {
        return new PatternMemoryConfig(bits, patterns, presentations, onSteps, offSteps, testSteps, n);
    }

    public PatternMemoryConfig withTiming(int on, int off, int test) {
        return new PatternMemoryConfig(bits, patterns, presentations, on, off, test, noise);
    }

    /** Steps per episode: {@code patterns·presentations·(on+off) + test}. */
    public int episodeLength() {
        return patterns * presentations * (onSteps + offSteps) + testSteps;
    }
}
