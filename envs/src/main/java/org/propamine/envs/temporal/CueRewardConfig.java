package org.propamine.envs.temporal;

/**
 * Size and timing of {@link CueRewardEnv} (Miconi et al. 2019, "Backpropamine", cue-reward association).
 *
 * @param cueBits bits per cue (≥ 2, default 20)
 * @param cues number of distinct cues per episode, one of which is the target (≥ 2, default 4)
 * @param trials trials per episode (≥ 1, default 20)
 * @param cueSteps steps each of the two cues of a trial is shown (≥ 1, default 2)
 * @param noise input-current noise and spurious spikes (default none)
 */
public record CueRewardConfig(int cueBits, int cues, int trials, int cueSteps, InputNoise noise) {

    public CueRewardConfig {
        if (cueBits < 2) throw new IllegalArgumentException("cueReward.cueBits is " + cueBits + ", expected >= 2");
        if (cues < 2) throw new IllegalArgumentException("cueReward.cues is " + cues + ", expected >= 2");
        if (trials < 1) throw new IllegalArgumentException("cueReward.trials is " + trials + ", expected >= 1");
        if (cueSteps < 1) throw new IllegalArgumentException("cueReward.cueSteps is " + cueSteps + ", expected >= 1");
        if (noise == null) throw new IllegalArgumentException("cueReward.noise is missing");
    }

    /** 4 cues of 20 bits, 20 trials, 2 steps per cue, no noise. */
    public static CueRewardConfig defaults() {
        return new CueRewardConfig(20, 4, 20, 2, InputNoise.none());
    }

    public CueRewardConfig withNoise(InputNoise n) {
        return new CueRewardConfig(cueBits, cues, trials, cueSteps, n);
    }

    public CueRewardConfig withTrials(int n) {
        return new CueRewardConfig(cueBits, cues, n, cueSteps, noise);
    }

    /** Steps per trial: two cues, one response step, one feedback step. */
    public int trialLength() {
        return 2 * cueSteps + 2;
    }

    public int episodeLength() {
        return trials * trialLength();
    }
}
