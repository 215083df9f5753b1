package org.propamine.trainer.bptt;

import java.util.List;
import org.propamine.envs.temporal.InputNoise;

/**
 * Size of the claim-C1 experiment ({@link TemporalExperiment}): every rule × noise level × seed on both tasks.
 *
 * @param rules rule ids from the plasticity registry ({@code none} is the non-plastic baseline)
 * @param noise noise levels (≥ 1), applied to both tasks; level 0 is usually noise-free
 * @param seeds runs per (task, rule, noise) cell, seeds 1..seeds (≥ 1)
 * @param patternBits PatternMemory pattern length N (hidden layer 2N)
 * @param patternIterations BPTT steps per PatternMemory run
 * @param patternBatch episodes per PatternMemory step
 * @param cueTrials CueReward trials per episode
 * @param cueHidden CueReward hidden LIF neurons (≥ {@link CuePrior#NEURONS} = 15 for the {@link CuePrior})
 * @param cueIterations REINFORCE steps per CueReward run
 * @param cueBatch episodes per CueReward step (≥ 2)
 * @param learningRate Adam step size of PatternMemory (CueReward uses {@link TemporalExperiment#CUE_LEARNING_RATE})
 * @param evalEpisodes fixed-seed evaluation episodes per PatternMemory run
 * @param cueEvalEpisodes fixed-seed evaluation episodes per CueReward run (its metric is a count of right answers
 *     out of 20, so it needs more episodes than PatternMemory's 32-bit error for the same precision)
 */
public record TemporalExperimentConfig(List<String> rules, List<InputNoise> noise, int seeds, int patternBits,
                                       int patternIterations, int patternBatch, int cueTrials, int cueHidden,
                                       int cueIterations, int cueBatch, double learningRate, int evalEpisodes,
                                       int cueEvalEpisodes) {
    /** The rules of claim C1: the non-plastic SNN, Hebbian, Oja, BCM and their neuromodulated forms. */
    public static final List<String> C1_RULES = List.of("none", "hebbian", "oja", "bcm", "nm-hebbian", "nm-oja", "nm-bcm");
    /** Noise levels: none; σ 0.25 with 2% spurious spikes; σ 0.5 with 5% spurious spikes. */
    public static final List<InputNoise> C1_NOISE = List.of(InputNoise.none(), new InputNoise(0.25, 0.02), new InputNoise(0.5, 0.05));

    public TemporalExperimentConfig {
        rules = List.copyOf(rules);
        noise = List.copyOf(noise);
        if (rules.isEmpty()) throw new IllegalArgumentException("experiment.rules is empty, expected at least one rule id");
        if (noise.isEmpty()) throw new IllegalArgumentException("experiment.noise is empty, expected at least one level");
        if (seeds < 1) throw new IllegalArgumentException("experiment.seeds is " + seeds + ", expected >= 1");
        if (patternBits < 2 || patternBits % 2 != 0) throw new IllegalArgumentException("experiment.patternBits is " + patternBits + ", expected an even number >= 2");
        if (patternIterations < 1 || cueIterations < 1) throw new IllegalArgumentException("experiment iterations must be >= 1");
        if (patternBatch < 1) throw new IllegalArgumentException("experiment.patternBatch is " + patternBatch + ", expected >= 1");
        if (cueBatch < 2) throw new IllegalArgumentException("experiment.cueBatch is " + cueBatch + ", expected >= 2");
        if (cueTrials < 2) throw new IllegalArgumentException("experiment.cueTrials is " + cueTrials + ", expected >= 2");
        if (cueHidden < 1) throw new IllegalArgumentException("experiment.cueHidden is " + cueHidden + ", expected >= 1");
        if (!(learningRate > 0)) throw new IllegalArgumentException("experiment.learningRate is " + learningRate + ", expected > 0");
        if (evalEpisodes < 1) throw new IllegalArgumentException("experiment.evalEpisodes is " + evalEpisodes + ", expected >= 1");
        if (cueEvalEpisodes < 1) throw new IllegalArgumentException("experiment.cueEvalEpisodes is " + cueEvalEpisodes + ", expected >= 1");
    }

    /** The same number of evaluation episodes for both tasks. */
    public TemporalExperimentConfig(List<String> rules, List<InputNoise> noise, int seeds, int patternBits,
                                    int patternIterations, int patternBatch, int cueTrials, int cueHidden,
                                    int cueIterations, int cueBatch, double learningRate, int evalEpisodes) {
        this(rules, noise, seeds, patternBits, patternIterations, patternBatch, cueTrials, cueHidden, cueIterations,
                cueBatch, learningRate, evalEpisodes, evalEpisodes);
    }

    /** This size with {@code n} seeds per cell. */
    public TemporalExperimentConfig withSeeds(int n) {
        return new TemporalExperimentConfig(rules, noise, n, patternBits, patternIterations, patternBatch, cueTrials,
                cueHidden, cueIterations, cueBatch, learningRate, evalEpisodes, cueEvalEpisodes);
    }

    /**
     * The full C1 grid: 7 rules × 3 noise levels × 3 seeds on both tasks, about 23 min of CPU time on one core
     * (measured, see README): PatternMemory with N = 32 signed bits (hidden 64) and 1000 BPTT steps of 8 episodes
     * (the linear-recall floor of a Hebbian trace at N = 16 is about 11% bit error, at N = 32 about 3%; the env
     * default 64 costs ~4× more per episode), CueReward with 20 trials, the {@link CuePrior}'s 15 hidden neurons and
     * 400 REINFORCE steps of 16 episodes; Adam step 2e−2 decaying to 2e−3 (CueReward 3e−4 to 3e−5); final
     * evaluation on 32 PatternMemory and 128 CueReward episodes (a CueReward episode's 20 answers give a binomial
     * standard error of 0.25 per episode at chance, so 128 episodes resolve 0.2 of 20 between two networks).
     */
    public static TemporalExperimentConfig full() {
        return new TemporalExperimentConfig(C1_RULES, C1_NOISE, 3, 32, 1000, 8, 20, CuePrior.NEURONS, 400, 16, 2e-2, 32, 128);
    }

    /** A minutes-scale smoke size for tests and {@code --quick}: 2 rules × 2 noise levels × 1 seed, tiny tasks. */
    public static TemporalExperimentConfig quick() {
        return new TemporalExperimentConfig(List.of("none", "nm-hebbian"), List.of(C1_NOISE.get(0), C1_NOISE.get(2)), 1,
                8, 6, 4, 4, CuePrior.NEURONS, 6, 4, 1e-2, 4);
    }

    /** Number of training runs (two tasks). */
    public int runCount() {
        return 2 * rules.size() * noise.size() * seeds;
    }
}
