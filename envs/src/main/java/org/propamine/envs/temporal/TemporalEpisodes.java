package org.propamine.envs.temporal;

import java.util.SplittableRandom;
import org.propamine.envs.Box;

/**
 * Episode plumbing shared by the temporal tasks ({@link PatternMemoryEnv}, {@link CueRewardEnv}): the observation
 * box (spike channels in [0, 1], unbounded once {@link InputNoise} adds current noise), the step guards, random
 * ±1 bit vectors and their "± split" spike encoding (channel 2i = 1 for bit i = +1, 2i+1 = 1 for −1).
 */
final class TemporalEpisodes {

    private TemporalEpisodes() {
    }

    /** {@code channels} spike channels: [0, 1] when {@code noise} adds no current noise, else unbounded. */
    static Box observationSpace(int channels, InputNoise noise) {
        return noise.currentSigma() == 0
                ? Box.uniform(0, 1, channels)
                : Box.uniform(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, channels);
    }

    /** Throws (one line naming the env) for a step before the first reset or after the final step. */
    static void checkStep(String id, SplittableRandom rng, int t, int episodeLength) {
        if (rng == null) throw new IllegalStateException(id + ": step before reset");
        if (t >= episodeLength) throw new IllegalStateException(id + ": step after the episode ended; call reset");
    }

    /** Fills {@code dest} with independent ±1 bits, one {@code rng.nextBoolean()} each (true = +1), in index order. */
    static void randomSigns(SplittableRandom rng, double[] dest) {
        for (int i = 0; i < dest.length; i++) dest[i] = rng.nextBoolean() ? 1 : -1;
    }

    /**
     * Sets the ± split spike of every bit into {@code dest} ({@code dest[2i] = 1} for a positive bit i,
     * {@code dest[2i+1] = 1} otherwise), skipping bits with {@code zeroed[i]} ({@code zeroed} may be null).
     * Other entries are left as they are.
     */
    static void encodeSigns(double[] bits, boolean[] zeroed, double[] dest) {
        for (int i = 0; i < bits.length; i++) {
            if (zeroed != null && zeroed[i]) continue;
            dest[2 * i + (bits[i] > 0 ? 0 : 1)] = 1;
        }
    }
}
